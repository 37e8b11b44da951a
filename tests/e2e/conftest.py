"""The end-to-end tier: real processes, sockets, X servers, Mosquitto, Chromium and Orca. Every
test under tests/e2e is marked `e2e` (`-m e2e` runs them alone, `-m 'not e2e'` leaves them out)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A conftest's collection hook sees every item of the session: mark only this tier's own.
    for item in items:
        if item.path.resolve().is_relative_to(HERE):
            item.add_marker(pytest.mark.e2e)
