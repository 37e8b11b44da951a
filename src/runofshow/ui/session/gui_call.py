"""A call from another thread run on the GUI thread, its answer handed back (or its exception).

Like remote_port.MainThreadPort, but for what is not a show's command (the standby's takeover):
a plain queue of jobs and an argument-less queued signal (Python objects through queued signals
corrupted reference counts in PySide6 6.12).
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

ANSWER_TIMEOUT_S = 30.0


def answered_job(fn: Callable[[], Any]) -> tuple[Future[Any], Callable[[], None]]:
    """`fn` as a job for the GUI thread, and the future its caller waits on: the job runs `fn`
    unless the caller gave up first (cancelled), and hands over its result or its exception."""
    future: Future[Any] = Future()

    def job() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn())
        except BaseException as exc:  # handed to the waiting thread, which re-raises it
            future.set_exception(exc)

    return future, job


class GuiCalls(QObject):
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            job()

    def call(self, fn: Callable[[], Any], timeout: float = ANSWER_TIMEOUT_S) -> Any:
        """Run `fn` on the GUI thread and return what it returns (from any other thread)."""
        future, job = answered_job(fn)
        self._jobs.put(job)
        self._wake.emit()
        return future.result(timeout=timeout)

    def soon(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread's next turn (from any thread), without waiting."""
        self._jobs.put(fn)
        self._wake.emit()
