"""Open the run of an event to show: a new one, the last one resumed, or one recovered after a crash.

Reads and repairs the journal (files.sessions), rebuilds the show from it (core.replay) and
returns the open journal to append to, with the notices the moderator should see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from runofshow.core.clock import Clock, Instant, RehearsalClock, SystemClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.plan_data import event_data
from runofshow.core.records import EndRecord, PlanRecord, Record, RunRecord, TermRecord
from runofshow.core.show import Show
from runofshow.core.wording import Words
from runofshow.files.journal import Journal, decode
from runofshow.files.sessions import SessionFile, SessionStore, boot_id

if TYPE_CHECKING:
    from runofshow.core.replay import Replayed
    from runofshow.core.report import Report


def replay(event: Event, records: list[Record], live: Instant, live_boot: str | None) -> Replayed:
    # Replaying needs every command (core/commands.py); a new run opens without importing them,
    # which is most of what stands between starting the app and its first frame.
    from runofshow.core.replay import replay as replay_records

    return replay_records(event, records, live, live_boot)


@dataclass(frozen=True, slots=True)
class LastRun:
    """What the moderator is asked about when an event's last run was closed cleanly."""

    closed_at: datetime  # in the event's zone
    rehearsal: bool
    ended: bool  # the show had run to its end


@dataclass(slots=True)
class Run:
    dispatcher: Dispatcher
    shift: float
    journal: Journal
    session_id: str
    notices: list[tuple[str, Words]] = field(default_factory=list)  # (level, what to tell)
    #: A run taken up again (recovered, resumed): its journal's last record, on the run's clock.
    #: What happened after it may not have been seen by anyone (automations: core/automation_watch.py).
    last_record: Instant | None = None
    #: The term record that gave the show to another laptop (#29): this one stood down.
    stood_down: TermRecord | None = None
    #: The run's last term record, if it was ever taken over (or stood down).
    last_term: TermRecord | None = None

    @property
    def show(self) -> Show:
        return self.dispatcher.show


def open_run(
    event: Event,
    event_path: Path,
    base: Clock,
    state_dir: Path,
    *,
    mode: str = "ask",
    ask_resume: Callable[[LastRun], bool] | None = None,
) -> Run:
    """`mode`: "ask" (a cleanly closed run: ask_resume decides), "resume" or "new".

    A run that did not end cleanly (crash, kill, power loss) is always recovered. The clock is
    first read after the question: a rehearsal clock does not run while it is open.
    """
    store = SessionStore(state_dir, event_path)
    # Only the system clock's monotonic time goes on across processes of one boot.
    boot = boot_id() if isinstance(base, SystemClock) else None
    tz = event.info.tz
    notices: list[tuple[str, Words]] = []
    last_record: Instant | None = None
    latest = store.latest()
    recovered = store.read(latest) if latest is not None and mode != "new" else None
    if recovered is not None and recovered.kept_aside is not None:
        notices.append(
            (
                "warning",
                Words(
                    "The session journal was damaged ({damage}). Recovered everything up to the "
                    "last good record; the damaged file is kept at {path}.",
                    damage=recovered.read.damage,
                    path=recovered.kept_aside,
                ),
            )
        )
    use = recovered is not None and bool(recovered.records)
    # One replay: what the run was (for the question), and, resumed, what goes on; only the
    # timeline's shift waits for the clock's reading after the answer.
    result = replay(event, recovered.records, base.now(), boot) if use and recovered is not None else None
    if use and recovered is not None and result is not None and recovered.ended_cleanly and mode == "ask":
        last = recovered.records[-1]
        assert isinstance(last, EndRecord)  # ended_cleanly
        asked = LastRun(last.at.wall.astimezone(tz), result.show.rehearsal, result.show.ended)
        use = ask_resume(asked) if ask_resume is not None else True
        if isinstance(base, RehearsalClock):
            base.start_now()
    live = base.now()
    if use and recovered is not None and result is not None:
        result.shift = result.shift_for(live, boot)
        journal = store.open(recovered.session, result.last_seq)
        journal.term = result.term
        stood_down, last_term = result.stood_down, result.last_term
        session_id = recovered.session.id
        when = f"{result.last_wall.astimezone(tz):%H:%M:%S}" if result.last_wall else Words("its start")
        told = (
            Words("Resumed the session from {time} ({count} recorded changes).", time=when, count=result.commands)
            if recovered.ended_cleanly
            else Words(
                "Recovered the session from {time} ({count} recorded changes).", time=when, count=result.commands
            )
        )
        notices.append(("info", told))
        if result.skipped:
            notices.append(
                ("warning", Words("{count} recorded change(s) no longer apply to this event file: {changes}",
                                  count=len(result.skipped), changes="; ".join(result.skipped[:3])))
            )  # fmt: skip
        if result.has_plan and event_data(event) not in (
            event_data(result.basis or event),
            event_data(result.show.event),
        ):
            notices.append(
                (
                    "warning",
                    Words(
                        "The event file has changed since this run's plan was recorded; the run goes on with "
                        "its own plan. Reload the file to take its changes."
                    ),
                )
            )
        if result.sequence_problems:
            notices.append(
                (
                    "warning",
                    Words(
                        "The session journal has lost or repeated lines: {problems}",
                        problems="; ".join(result.sequence_problems[:3]),
                    ),
                )
            )
        dispatcher, shift = result.dispatcher, result.shift
        has_plan = result.has_plan
        if result.last_mono is not None and result.last_wall is not None:
            last_record = Instant(result.last_mono, result.last_wall)
    else:
        rehearsal = isinstance(base, RehearsalClock)
        session, journal = store.create(live.wall, rehearsal=rehearsal)
        session_id = session.id
        dispatcher, shift = Dispatcher(Show(event, rehearsal=rehearsal)), 0.0
        has_plan = False
        stood_down = last_term = None
    # A rehearsal says so in the window's header (REHEARSAL), not in a notice that takes a band.
    at = Instant(live.mono + shift, live.wall)
    journal.defer(RunRecord(boot, live.mono, at))
    if not has_plan:
        # The plan the commands apply to, written with the first of them (not at start-up).
        journal.defer(PlanRecord(at, event_data(dispatcher.show.event)))
    return Run(dispatcher, shift, journal, session_id, notices, last_record, stood_down, last_term)


class NoRunError(LookupError):
    """The event has no run (yet), or not the one asked for."""


def _run_file(event_path: Path, state_dir: Path, session_id: str | None) -> SessionFile:
    """A run of the event (the latest without an id), or `NoRunError` naming the runs there are."""
    store = SessionStore(state_dir, event_path)
    session = store.find(session_id) if session_id else store.latest()
    if session is None:
        known = ", ".join(run.id for run in store.runs()) or "none yet"
        wanted = f"no run '{session_id}'" if session_id else "no runs yet"
        raise NoRunError(f"{wanted} for {event_path} (runs: {known})")
    return session


def report_of_run(
    event: Event, event_path: Path, state_dir: Path, session_id: str | None = None
) -> tuple[Report, str | None]:
    """The report of a run (the latest by default), and the journal's damage if any.

    Reading for a report never changes the journal. A run still going is reported as of now.
    """
    session = _run_file(event_path, state_dir, session_id)
    from runofshow.core.report import build_report

    read = decode(session.path.read_bytes())
    base = SystemClock()
    live = base.now()
    result = replay(event, read.records, live, boot_id())
    last = read.records[-1] if read.records else None
    now = last.at if isinstance(last, EndRecord) else Instant(live.mono + result.shift, live.wall)
    return build_report(result.show, now, session.id), read.damage


@dataclass(frozen=True, slots=True)
class RunSummary:
    id: str
    started: datetime
    ended: datetime | None  # None: still open, or it crashed (recovered at the next start)
    rehearsal: bool
    segments_done: int
    segments: int
    damage: str | None


def runs_of_event(event: Event, event_path: Path, state_dir: Path) -> list[RunSummary]:
    """Every run of an event, oldest first; reading them changes nothing."""
    from runofshow.core.records import SessionRecord
    from runofshow.core.status import Status

    store = SessionStore(state_dir, event_path)
    out = []
    for session in store.runs():
        read = decode(session.path.read_bytes())
        header = next((r for r in read.records if isinstance(r, SessionRecord)), None)
        if header is None:
            continue
        show = replay(event, read.records, SystemClock().now(), None).show
        last = read.records[-1]
        out.append(
            RunSummary(
                id=session.id,
                started=header.created,
                ended=last.at.wall if isinstance(last, EndRecord) else None,
                rehearsal=header.rehearsal,
                segments_done=sum(1 for run in show.runs if run.status is Status.DONE),
                segments=len(show.runs),
                damage=read.damage,
            )
        )
    return out


def live_plan_of_run(event: Event, event_path: Path, state_dir: Path, session_id: str | None = None) -> Event:
    """The plan as a run (the latest by default) has it now, live edits and all."""
    read = decode(_run_file(event_path, state_dir, session_id).path.read_bytes())
    return replay(event, read.records, SystemClock().now(), None).show.event


def reload_run(event: Event, run: Run, base: Clock) -> Run:
    """The same run on an edited event file: its journal replayed onto the new segments (by id).

    The journal stays open and the timeline stays the same (same process, same shift). The new
    plan is journaled first (`JournalError` if it cannot be: the run stays as it was), so a
    recovery replays onto it too.
    """
    # Before the first change the journal is not on disk yet (its header waits to be written with
    # that change): nothing to replay, which is the organiser's usual moment to fix a typo.
    records = decode(run.journal.path.read_bytes()).records if run.journal.written else []
    live = base.now()
    records = [r for r in records if not isinstance(r, PlanRecord)]  # the new file's plan is the basis
    result = replay(event, records, live, None)
    result.show.rehearsal = run.show.rehearsal  # before the first change the journal cannot say
    run.journal.defer(PlanRecord(Instant(live.mono + run.shift, live.wall), event_data(event)))
    notices = [("info", Words("Reloaded the event file ({count} recorded changes replayed).", count=result.commands))]
    if result.skipped:
        notices.append(
            (
                "warning",
                Words(
                    "{count} recorded change(s) no longer apply: {changes}",
                    count=len(result.skipped),
                    changes="; ".join(result.skipped[:3]),
                ),
            )
        )
    return Run(
        result.dispatcher,
        run.shift,
        run.journal,
        run.session_id,
        notices,
        stood_down=run.stood_down,
        last_term=run.last_term,
    )
