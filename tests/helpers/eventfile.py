"""Event files written by a test and read as the app reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError
from tests.helpers.moments import FIXED_NOW

MINIMAL = """\
version: 1
event:
  title: Test
  start: 9:00
segments:
  - title: Only
    duration: 4:30
"""


def load_text(tmp_path: Path, text: str | bytes, name: str = "event.yaml") -> LoadedEvent:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return load_event(path, now=FIXED_NOW)


def errors_of(tmp_path: Path, text: str | bytes) -> list[str]:
    with pytest.raises(EventFileError) as info:
        load_text(tmp_path, text)
    return [line.split(str(tmp_path / "event.yaml") + ":", 1)[1] for line in info.value.lines()]
