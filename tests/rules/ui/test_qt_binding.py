"""Guards against a known-bad Qt binding: PySide6 6.12.0 loses a reference to None per call.

On Python 3.11 None is an ordinary object, so after a few thousand label updates its count
reaches zero and the interpreter aborts at exit ("none_dealloc"). pyproject.toml excludes that
release; this test says so plainly if an environment brings it back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("12:34")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"PySide6 {pyside_version} leaks references to None; install another release"
