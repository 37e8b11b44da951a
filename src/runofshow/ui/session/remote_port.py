"""Runs API requests on the GUI thread, where the show lives, and waits for the answer."""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from runofshow.net.api import PortUnavailableError
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.gui_call import answered_job

ANSWER_TIMEOUT_S = 5.0
#: Jobs run in one turn of the event loop before the windows repaint and the keys are read.
JOBS_PER_TURN = 50
#: A command's slow part, on the calling thread: what the command then runs inside, on the GUI thread.
Preparer = Callable[[Any], AbstractContextManager[object] | None]


class MainThreadPort(QObject):
    """A `ShowPort` whose calls are queued to the main thread; safe from any thread.

    Jobs travel in a plain thread-safe queue and only an argument-less signal crosses threads:
    passing Python objects through queued `Signal(object)` emissions corrupted reference counts
    in PySide6 6.12 (a crash at exit: "none_dealloc").
    """

    _wake = Signal()

    def __init__(self, controller: ShowController, prepare: Preparer | None = None) -> None:
        """`prepare` does a command's slow part (reading the event file for `reload`) on the
        calling thread, never the GUI's; the command runs on the GUI thread inside what it returns
        (which hands the result over, and takes it back after)."""
        super().__init__(controller)
        self._controller = controller
        self._prepare = prepare
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        # The jobs waiting now, then one repaint for all of them (ShowController.batch); a state
        # read among them is computed fresh from the show, as ever. At most JOBS_PER_TURN: under
        # a flood the event loop still gets its turn (the moderator's keys, a repaint) between.
        with self._controller.batch():
            for _ in range(JOBS_PER_TURN):
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    return
                job()
        if not self._jobs.empty():
            self._wake.emit()  # the rest on the next turn

    def _call(self, fn: Callable[[], Any]) -> Any:
        future, job = answered_job(fn)
        self._jobs.put(job)
        self._wake.emit()
        try:
            return future.result(timeout=ANSWER_TIMEOUT_S)
        except FutureTimeout:
            # "Try again" is only true of a job that will now never run. One the GUI thread has
            # already started is being applied: wait for its real answer instead.
            if future.cancel():
                raise PortUnavailableError("the app did not answer in time; nothing was done; try again") from None
            return future.result()

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = self._call(self._controller.snapshot)
        return state

    def command(self, data: Any) -> dict[str, Any] | None:
        before = self._prepare(data) if self._prepare is not None else None

        def run() -> dict[str, Any] | None:
            with before if before is not None else contextlib.nullcontext():
                return self._controller.dispatch(data)

        result: dict[str, Any] | None = self._call(run)
        return result
