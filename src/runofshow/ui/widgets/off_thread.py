"""Work off the GUI thread, its answer back on it: reading a stranger's file never freezes a window.

`run_off_thread(work, on_done)` runs `work()` on a daemon thread and calls `on_done(result)` (or
`on_done(exception)`) on the GUI thread, unless the returned `Job` was cancelled first (a closed
dialog, a newer read): a late answer is dropped.

The answers come back through one relay that lives as long as the application: a worker thread
never holds the last reference to a Qt object (one deleted from the wrong thread takes the process
with it), and a window that closes before its answer comes has nothing left for the thread to reach.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


class Job(Generic[T]):
    """One piece of work handed to a thread; `cancel()` drops its answer when it comes."""

    def __init__(self, on_done: Callable[[T | Exception], None]) -> None:
        self._on_done = on_done
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        self.cancelled = True

    def deliver(self, result: T | Exception) -> None:
        self.done = True
        if not self.cancelled:
            self._on_done(result)


class _Relay(QObject):
    arrived = Signal()  # argument-less across threads (see ui/session/remote_port.py)

    def __init__(self) -> None:
        super().__init__()
        self.answers: queue.SimpleQueue[tuple[Job[Any], Any]] = queue.SimpleQueue()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                job, result = self.answers.get_nowait()
            except queue.Empty:
                return
            job.deliver(result)


_relay: _Relay | None = None


def run_off_thread(work: Callable[[], T], on_done: Callable[[T | Exception], None], *, name: str) -> Job[T]:
    """Start `work` on a daemon thread (call from the GUI thread); `on_done` gets its answer there."""
    global _relay
    if _relay is None:
        _relay = _Relay()  # made on the GUI thread, the first time; never deleted
    relay = _relay
    job: Job[T] = Job(on_done)

    def run() -> None:
        result: object
        try:
            result = work()
        except Exception as exc:  # the caller's to show: a thread has nobody to tell
            result = exc
        relay.answers.put((job, result))
        relay.arrived.emit()

    threading.Thread(target=run, name=f"runofshow-{name}", daemon=True).start()
    return job
