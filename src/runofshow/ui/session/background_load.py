"""Read an edited event file off the GUI thread, with a time limit.

A 10 MB file (or a YAML bomb of anchors) takes seconds to parse; on the GUI thread that froze the
show's commands for as long. Here a daemon thread parses it and the answer comes back to the GUI
thread; past LIMIT_S the read is given up (its late answer is dropped) and the show goes on with
the version it has.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.core.clock import Clock, SystemClock
from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError

LIMIT_S = 15.0

#: What a read gave: the event, its problems, or None when it took too long.
Result = LoadedEvent | EventFileError | None


class BackgroundLoad(QObject):
    """One read of `path`; `on_done` is called on the GUI thread, exactly once."""

    _arrived = Signal()  # argument-less across threads (see ui/session/remote_port.py)

    def __init__(
        self, path: Path, on_done: Callable[[Result], None], *, clock: Clock | None = None, limit_s: float = LIMIT_S
    ) -> None:
        super().__init__()
        self._path = path
        self._on_done = on_done
        self._clock: Clock = clock or SystemClock()
        self._answer: queue.SimpleQueue[Result] = queue.SimpleQueue()
        self._finished = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self, singleShot=True, interval=int(limit_s * 1000))
        self._timer.timeout.connect(self._too_long)
        self._thread = threading.Thread(target=self._read, name="runofshow-reload", daemon=True)

    def start(self) -> None:
        self._timer.start()
        self._thread.start()

    def _read(self) -> None:
        try:
            result: Result = load_event(self._path, now=self._clock.now().wall)
        except EventFileError as exc:
            result = exc
        self._answer.put(result)
        self._arrived.emit()

    @Slot()
    def _deliver(self) -> None:
        result = self._answer.get_nowait()
        self._finish(result)

    def _too_long(self) -> None:
        self._finish(None)

    def _finish(self, result: Result) -> None:
        if self._finished:  # a late answer after the time limit: dropped
            return
        self._finished = True
        self._timer.stop()
        self._on_done(result)
