"""The run of one event file in the window: its journal, its controller, reloading and watching the file.

`open` recovers, resumes or starts the event's run (files/runs.py) and gives the controller
that drives it, with every accepted command recorded in the run's journal before anyone hears
of it; `reload` carries the same run on to a new version of the file; `close` marks the run as
closed cleanly. The windows are made by the session (session/show_app.py), which also decides
what the settings change in the event, and what the `reload` command does (`reloader`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from runofshow.core.clock import Clock, Instant, ShiftedClock
from runofshow.core.event import Event
from runofshow.core.records import EndRecord, TermRecord
from runofshow.core.wording import Words
from runofshow.files.journal import Journal
from runofshow.files.plan_file import CommandSaver, PlanFile
from runofshow.files.runs import LastRun, Run, open_run, reload_run
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.file_watch import FileWatch

Notices = list[tuple[str, Words]]  # (level, what to tell)


class EventRun:
    def __init__(self, state_dir: Path, *, reloader: Callable[[], dict[str, Any]] | None = None) -> None:
        self._state_dir = state_dir
        self._run: Run | None = None
        self._base: Clock | None = None
        self._watch: FileWatch | None = None
        self.controller: ShowController | None = None
        #: The event file as last read or saved: what Save compares against and writes into.
        self.plan_file: PlanFile | None = None
        #: What the `reload` command does: the session's (ShowApp.reload_command), which knows the windows.
        self.reloader = reloader

    @property
    def journal(self) -> Journal | None:
        return self._run.journal if self._run is not None else None

    @property
    def stood_down(self) -> TermRecord | None:
        """The term record that gave this run's show to another laptop, if one did (#29)."""
        return self._run.stood_down if self._run is not None else None

    @property
    def session_id(self) -> str:
        assert self._run is not None
        return self._run.session_id

    @property
    def last_record(self) -> Instant | None:
        """The journal's last record when the run was taken up again (None: a new run)."""
        return self._run.last_record if self._run is not None else None

    def open(
        self,
        event: Event,
        path: Path,
        base: Clock,
        *,
        mode: str,
        ask_resume: Callable[[LastRun], bool] | None,
        plan_file: PlanFile | None = None,
    ) -> tuple[ShowController, Notices]:
        """The event's run (recovered, resumed or new) and the controller that drives it.

        A run already open (another file) is closed cleanly first."""
        run = open_run(event, path, base, self._state_dir, mode=mode, ask_resume=ask_resume)
        self.close()
        self._base = base
        self.plan_file = plan_file
        return self._drive(run), run.notices

    def reload(self, event: Event, plan_file: PlanFile | None = None) -> tuple[ShowController, Notices]:
        """The same run on an edited event file: its journal replayed onto the new segments (by id)."""
        assert self._run is not None and self._base is not None
        run = reload_run(event, self._run, self._base)
        self.plan_file = plan_file
        return self._drive(run), run.notices

    def _drive(self, run: Run) -> ShowController:
        assert self._base is not None
        self._run = run
        recorder = _JournalRecorder(run.journal)
        base = self._base
        saver = CommandSaver(self.plan_file, lambda: base.now().wall) if self.plan_file is not None else None
        self.controller = ShowController(
            run.dispatcher, ShiftedClock(self._base, run.shift), record=recorder, saver=saver, reloader=self._reload
        )
        return self.controller

    def _reload(self) -> dict[str, Any]:
        from runofshow.core.fields import CommandError

        if self.reloader is None:
            raise CommandError("this show has no event file to reload")
        return self.reloader()

    @property
    def last_term(self) -> TermRecord | None:
        """The run's last term record: a takeover (here) or a standing down (#29), if any."""
        return self._run.last_term if self._run is not None else None

    def mark_stood_down(self, record: TermRecord) -> None:
        """Another laptop holds this run's show now (its term record is in the journal): the run is
        not closed cleanly any more, so a restart recovers it and stands down again, without asking."""
        if self._run is not None:
            self._run.stood_down = record

    def watch(self, path: Path, on_change: Callable[[Path], None]) -> None:
        """Call `on_change` when the event file changes on disk (one watch at a time)."""
        if self._watch is not None:
            self._watch.stop()
        self._watch = FileWatch(path, on_change)

    def close(self) -> None:
        """Mark the run as closed cleanly (an "end" record) and close its journal."""
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        run, controller = self._run, self.controller
        if controller is not None:
            controller.stop_ticking()  # nothing may change, or repaint, after the end
        if run is not None and controller is not None and run.journal.written and run.stood_down is None:
            with contextlib.suppress(OSError):  # a full disk: the run is recovered as crashed instead
                run.journal.append(EndRecord(controller.clock.now()))
        if run is not None:
            run.journal.close()
        self._run = None


class _JournalRecorder:
    """The controller's `Recorder` on a run's journal."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def command(self, cmd: dict[str, Any], at: Instant, request_id: str | None, by: str) -> int:
        seq = self._journal.record_command(cmd, at, request_id, by).seq
        assert seq is not None
        return seq

    def refused(self, seq: int, at: Instant) -> None:
        self._journal.record_refused(seq, at)
