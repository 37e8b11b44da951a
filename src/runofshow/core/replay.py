"""Rebuild a show from its journal records, and find where its timeline continues.

Replaying is deterministic: each recorded command goes through the same dispatcher at its
recorded instant, so the recovered show has the same segments, turns, queues, notes, messages,
undo steps and answers to request ids as before. A command that was refused when it was tried
(a `refused` record follows it) is refused again, silently. The commands apply to the journal's
own plan (its last `plan` record) when it has one, else to the event file's. Commands that no longer apply (the
event file changed since) are skipped and reported, and so is a gap or a repeat in `seq` (a
line lost or written twice): never replayed silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from runofshow.core.clock import Instant
from runofshow.core.commands import parse_command
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.fields import CommandError
from runofshow.core.plan_data import read_event
from runofshow.core.records import (
    FIRST_TERM,
    CommandRecord,
    PlanRecord,
    Record,
    RefusedRecord,
    RunRecord,
    SessionRecord,
    TermRecord,
)
from runofshow.core.show import Show


@dataclass(slots=True)
class Replayed:
    dispatcher: Dispatcher
    #: Add to the live base clock's monotonic readings to continue the session's timeline.
    shift: float = 0.0
    last_wall: datetime | None = None
    commands: int = 0
    #: The `seq` of the last command replayed (the journal goes on from the next).
    last_seq: int = 0
    skipped: list[str] = field(default_factory=list)
    #: Gaps and repeats in the commands' numbering (what was lost or written twice).
    sequence_problems: list[str] = field(default_factory=list)
    #: The plan the commands were replayed onto (the journal's, or the event file's).
    basis: Event | None = None
    #: The journal had a plan record (so it does not need another).
    has_plan: bool = False
    #: Where the journal's timeline stopped: its last monotonic reading, and the last run's boot
    #: and shift (None: no record with a time).
    last_mono: float | None = None
    run_boot: str | None = None
    run_shift: float | None = None
    #: The run's term (#29) and its last term record (None: the first term, never taken over).
    term: int = FIRST_TERM
    last_term: TermRecord | None = None

    @property
    def stood_down(self) -> TermRecord | None:
        """The term record that took the show from this laptop (another holds it), if any."""
        return self.last_term if self.last_term is not None and not self.last_term.here else None

    @property
    def show(self) -> Show:
        return self.dispatcher.show

    def shift_for(self, live: Instant, live_boot: str | None) -> float:
        """What to add to the live base clock's monotonic readings to continue the timeline."""
        if self.last_mono is None or self.last_wall is None:
            return 0.0
        if live_boot is not None and live_boot == self.run_boot and self.run_shift is not None:
            # Same boot: the monotonic clock went on while the app was down; keep the same axis.
            return self.run_shift
        # Another boot (or no way to tell): count the wall-clock time that passed, if any.
        down = max((live.wall - self.last_wall).total_seconds(), 0.0)
        return self.last_mono + down - live.mono


def replay(event: Event, records: Sequence[Record], live: Instant, live_boot: str | None) -> Replayed:
    """`live` is a reading of the base clock now (before any shift), `live_boot` its boot id."""
    plans = [r for r in records if isinstance(r, PlanRecord)]
    skipped: list[str] = []
    if plans:
        try:
            event = read_event(plans[-1].plan)
        except CommandError as exc:  # checksummed, so a bug of ours: the file's plan is next best
            skipped.append(f"the journal's plan could not be read ({exc}); replayed onto the event file")
    result = Replayed(Dispatcher(Show(event)), basis=event, has_plan=bool(plans), skipped=skipped)
    header = next((r for r in records if isinstance(r, SessionRecord)), None)
    result.show.rehearsal = header is not None and header.rehearsal
    refused = {r.seq for r in records if isinstance(r, RefusedRecord)}
    commands = [r for r in records if isinstance(r, CommandRecord)]
    # The newest command may have been cut off from its refused record by the crash itself.
    newest = commands[-1].seq if commands else None
    last_mono: float | None = None
    run_shift: float | None = None
    run_boot: str | None = None
    seen: set[int] = set()
    for record in records:
        if isinstance(record, SessionRecord | RefusedRecord | PlanRecord):
            continue
        if isinstance(record, TermRecord):
            result.term, result.last_term = max(result.term, record.term), record
        if isinstance(record, RunRecord):
            run_boot = record.boot
            run_shift = record.at.mono - record.raw_mono
        last_mono, result.last_wall = record.at.mono, record.at.wall
        if not isinstance(record, CommandRecord):
            continue
        if not _in_sequence(result, record.seq, seen):
            continue
        result.commands += 1
        result.last_seq = max(result.last_seq, record.seq) if record.seq is not None else result.last_seq + 1
        action = record.cmd.get("action", "?")
        try:
            result.dispatcher.apply(parse_command(record.cmd), record.at, record.request_id, record.by)
        except CommandError as exc:
            if record.seq not in refused and record.seq != newest:
                result.skipped.append(f"{action}: {exc}")
        except Exception as exc:  # a bug must not make the whole run unrecoverable
            result.skipped.append(f"{action}: could not be replayed ({type(exc).__name__}: {exc})")
    result.last_mono, result.run_boot, result.run_shift = last_mono, run_boot, run_shift
    result.shift = result.shift_for(live, live_boot)
    return result


def _in_sequence(result: Replayed, seq: int | None, seen: set[int]) -> bool:
    """Note a gap before `seq`; False for a repeat (one write that landed twice: not replayed again)."""
    if seq is None:  # written before commands were numbered
        return True
    if seq in seen:
        result.sequence_problems.append(f"command {seq} was written twice; the repeat was not replayed")
        return False
    if seq > result.last_seq + 1:
        missing = f"{result.last_seq + 1}" if seq == result.last_seq + 2 else f"{result.last_seq + 1}-{seq - 1}"
        result.sequence_problems.append(f"command(s) {missing} missing before command {seq}")
    seen.add(seq)
    return True
