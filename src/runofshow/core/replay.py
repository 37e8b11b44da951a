"""Rebuild a show from its journal records, and find where its timeline continues.

Replaying is deterministic: each recorded command goes through the same dispatcher at its
recorded instant, so the recovered show has the same segments, turns, queues, notes, messages
and undo steps as before. Commands that no longer apply (the event file changed since) are
skipped and reported.
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
from runofshow.core.records import CommandRecord, Record, RunRecord, SessionRecord
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

    @property
    def show(self) -> Show:
        return self.dispatcher.show


def replay(event: Event, records: Sequence[Record], live: Instant, live_boot: str | None) -> Replayed:
    """`live` is a reading of the base clock now (before any shift), `live_boot` its boot id."""
    result = Replayed(Dispatcher(Show(event)))
    last_mono: float | None = None
    run_shift: float | None = None
    run_boot: str | None = None
    for record in records:
        if isinstance(record, SessionRecord):
            continue
        if isinstance(record, RunRecord):
            run_boot = record.boot
            run_shift = record.at.mono - record.raw_mono
        last_mono, result.last_wall = record.at.mono, record.at.wall
        if not isinstance(record, CommandRecord):
            continue
        result.commands += 1
        result.last_seq = record.seq if record.seq is not None else result.last_seq + 1
        try:
            result.dispatcher.apply(parse_command(record.cmd), record.at)
        except CommandError as exc:
            result.skipped.append(f"{record.cmd.get('action', '?')}: {exc}")
    if last_mono is None or result.last_wall is None:
        return result
    if live_boot is not None and live_boot == run_boot and run_shift is not None:
        # Same boot: the monotonic clock went on while the app was down; keep the same axis.
        result.shift = run_shift
    else:
        # Another boot (or no way to tell): count the wall-clock time that passed, if any.
        down = max((live.wall - result.last_wall).total_seconds(), 0.0)
        result.shift = last_mono + down - live.mono
    return result
