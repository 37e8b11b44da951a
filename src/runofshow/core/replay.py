"""Rebuild a show from its journal records, and find where its timeline continues.

Replaying is deterministic: each recorded command is applied at its recorded instant, so the
recovered show has the same segments, turns, queues, notes and messages as before. Commands
that no longer apply (the event file changed since) are skipped and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from runofshow.core.clock import Instant
from runofshow.core.commands import CommandError, parse_command
from runofshow.core.event import Event
from runofshow.core.show import Show


@dataclass(slots=True)
class Replayed:
    show: Show
    #: Add to the live base clock's monotonic readings to continue the session's timeline.
    shift: float = 0.0
    last_wall: datetime | None = None
    commands: int = 0
    skipped: list[str] = field(default_factory=list)


def instant_of(record: dict[str, Any]) -> Instant:
    return Instant(float(record["mono"]), datetime.fromisoformat(record["wall"]))


def replay(event: Event, records: list[dict[str, Any]], live: Instant, live_boot: str | None) -> Replayed:
    """`live` is a reading of the base clock now (before any shift), `live_boot` its boot id."""
    show = Show(event)
    ids = frozenset(seg.id for seg in event.segments)
    result = Replayed(show)
    last_mono: float | None = None
    run_shift: float | None = None
    run_boot: str | None = None
    for record in records:
        kind = record.get("type")
        if kind == "run":
            run_boot = record.get("boot")
            run_shift = float(record["mono"]) - float(record["raw_mono"])
        if kind in ("run", "command", "end"):
            moment = instant_of(record)
            last_mono, result.last_wall = moment.mono, moment.wall
        if kind != "command":
            continue
        result.commands += 1
        try:
            show.apply(parse_command(record.get("cmd"), ids), moment)
        except CommandError as exc:
            result.skipped.append(f"{record.get('cmd', {}).get('action', '?')}: {exc}")
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
