"""A call made on the next event-loop turn, once however often it is asked for meanwhile.

Fitting a part to its size is asked for by every resize and change, and a fit that resizes
something asks again: done at once it recursed, done each time it ran many times per turn. This
runs it once, after the layout has settled, and never after its owner has gone with its window.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer


class NextTurn:
    def __init__(self, owner: QObject, call: Callable[[], object]) -> None:
        self._owner = owner
        self._call = call
        self._pending = False

    def __call__(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._owner, self._run)  # dropped if the owner goes first

    def _run(self) -> None:
        if shiboken6.isValid(self._owner):
            self._pending = False
            self._call()
