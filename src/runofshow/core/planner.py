"""Land on time: a new plan for the rest of the show that ends at the hard stop.

When the projected end passes the hard stop, the segments still to run (the live one included)
are shortened in proportion to their length, never below their `min_duration` (or, for the live
one, below the time it has already run), never touching `locked` segments; segments with a fixed
start keep it, and one that counts to a time of day (`count: to 14:40`) ends there whatever
happens, so it is neither shortened nor lengthened. Running early, the same in reverse gives
time back. Inside the live segment, the speakers still waiting get new allotted times that fit
what is left.

The cut is found by bisection on the proportion: the projected end only decreases as the cut
grows, so the smallest cut that lands is found to a millisecond, or, if even the deepest cut
misses, the plan says by how much.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from runofshow.core.clock import Instant
from runofshow.core.speakers import TO_SPEAK
from runofshow.core.status import Status

if TYPE_CHECKING:
    from runofshow.core.show import Show

#: Running earlier than this is not worth a new plan; later than the hard stop always is.
EARLY_MARGIN_S = 60.0
#: Giving time back never more than doubles a segment.
MAX_STRETCH = 1.0
PRECISION_S = 0.001


@dataclass(frozen=True, slots=True)
class SegmentChange:
    index: int
    id: str
    title: str
    before_s: float
    after_s: float
    locked: bool
    floor_s: float


@dataclass(frozen=True, slots=True)
class SpeakerChange:
    id: str
    name: str
    before_s: float
    after_s: float


@dataclass(frozen=True, slots=True)
class Plan:
    kind: str  # "cut", "extend" or "none"
    segments: tuple[SegmentChange, ...]
    speakers: tuple[SpeakerChange, ...]
    segment_id: str | None  # the live segment the speaker changes belong to
    end_before: datetime
    end_after: datetime
    hard_end: datetime | None
    miss_s: float  # how far the best plan still ends after the hard stop (0 if it lands)

    def as_dict(self) -> dict[str, Any]:
        def iso(moment: datetime | None) -> str | None:
            return None if moment is None else moment.isoformat(timespec="milliseconds")

        return {
            "kind": self.kind,
            "end_before": iso(self.end_before),
            "end_after": iso(self.end_after),
            "hard_end": iso(self.hard_end),
            "miss_s": round(self.miss_s, 3),
            "segments": [
                {
                    "id": c.id,
                    "title": c.title,
                    "before_s": round(c.before_s, 3),
                    "after_s": round(c.after_s, 3),
                    "locked": c.locked,
                    "min_s": round(c.floor_s, 3),
                }
                for c in self.segments
            ],
            "speakers": [
                {"id": c.id, "name": c.name, "before_s": round(c.before_s, 3), "after_s": round(c.after_s, 3)}
                for c in self.speakers
            ],
            "segment": self.segment_id,
        }


def _to_run(show: Show) -> list[int]:
    """Segments still to run: the live one and the pending ones from the cursor on."""
    return [
        i
        for i, run in enumerate(show.runs)
        if (run.status is Status.LIVE) or (run.status is Status.PENDING and i >= show.cursor)
    ]


class _Projector:
    """The projected end (POSIX seconds) for candidate durations of the segments still to run."""

    def __init__(self, show: Show, now: Instant) -> None:
        info = show.event.info
        self.indices = _to_run(show)
        self.elapsed = [show.runs[i].elapsed(now) for i in self.indices]
        fixed_starts = [show.segment(i).fixed_start for i in self.indices]
        self.fixed = [info.at(t).timestamp() if t is not None else -math.inf for t in fixed_starts]
        wall = now.wall.timestamp()
        self.origin = wall if (show.started or show.live_index is not None) else max(wall, info.start_at.timestamp())
        self.live = [show.runs[i].status is Status.LIVE for i in self.indices]
        # A `count: to HH:MM` segment ends at its time of day, whatever its duration.
        self.targets = [t.timestamp() if (t := show.target(i)) is not None else None for i in self.indices]
        ends = [r.actual_end.wall.timestamp() for r in show.runs if r.status is Status.DONE and r.actual_end]
        self.done_end = max(ends, default=-math.inf)

    def end(self, durations: list[float]) -> float:
        t = self.origin
        for k, d in enumerate(durations):
            start = t if self.live[k] else max(t, self.fixed[k])
            target = self.targets[k]
            t = max(start, target) if target is not None else start + max(d - self.elapsed[k], 0.0)
        return max(t, self.done_end) if durations else self.done_end


def _bisect(f: Callable[[float], float], lo: float, hi: float) -> float:
    """Smallest x in [lo, hi] with f(x) <= 0, for f non-increasing (hi if none)."""
    for _ in range(80):
        mid = (lo + hi) / 2
        if f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-9:
            break
    return hi


def propose(show: Show, now: Instant, *, target: datetime | None = None) -> Plan:
    """The plan that lands the show on the hard stop (or on `target`)."""
    info = show.event.info
    hard = target or info.hard_end
    projector = _Projector(show, now)
    before = [show.duration(i) for i in projector.indices]
    end_before = projector.end(before)
    tz = info.tz

    def dt(ts: float) -> datetime:
        return datetime.fromtimestamp(ts, UTC).astimezone(tz)

    if hard is None or not projector.indices:
        return _plan(show, "none", projector, before, before, now, dt(end_before), dt(end_before), hard, 0.0)
    goal = hard.timestamp()
    segs = [show.segment(i) for i in projector.indices]
    # A locked segment is never changed, nor one that ends at a time of day (its length is not its own).
    adjustable = [not s.locked and s.count.to is None for s in segs]
    floors = [
        max(float(s.min_duration_s or 0), projector.elapsed[k] if projector.live[k] else 0.0)
        for k, s in enumerate(segs)
    ]
    if end_before > goal + PRECISION_S:

        def cut(lam: float) -> list[float]:
            return [
                d - min(max(d - fl, 0.0), lam * d) if adj else d
                for d, fl, adj in zip(before, floors, adjustable, strict=True)
            ]

        lam = _bisect(lambda x: projector.end(cut(x)) - goal, 0.0, 1.0)
        after = cut(lam)
        miss = max(projector.end(after) - goal, 0.0)
        kind = "cut"
    elif end_before < goal - EARLY_MARGIN_S:

        def stretch(lam: float) -> list[float]:
            return [d + lam * d if adj else d for d, adj in zip(before, adjustable, strict=True)]

        # The largest stretch that does not pass the goal (the end grows with the stretch).
        lo, hi = 0.0, MAX_STRETCH
        for _ in range(80):
            mid = (lo + hi) / 2
            if projector.end(stretch(mid)) <= goal + PRECISION_S:
                lo = mid
            else:
                hi = mid
        after = stretch(lo)
        miss = 0.0
        kind = "extend"
    else:
        return _plan(show, "none", projector, before, before, now, dt(end_before), dt(end_before), hard, 0.0)
    return _plan(
        show, kind, projector, before, after, now, dt(end_before), dt(projector.end(after)), hard, miss, floors
    )


def _plan(
    show: Show,
    kind: str,
    projector: _Projector,
    before: list[float],
    after: list[float],
    now: Instant,
    end_before: datetime,
    end_after: datetime,
    hard: datetime | None,
    miss: float,
    floors: list[float] | None = None,
) -> Plan:
    changes = []
    live_after: float | None = None
    live_index = show.live_index
    for k, i in enumerate(projector.indices):
        seg = show.segment(i)
        changes.append(
            SegmentChange(
                i,
                seg.id,
                seg.title,
                before[k],
                after[k],
                seg.locked or seg.count.to is not None,
                floors[k] if floors else 0.0,
            )
        )
        if i == live_index:
            live_after = after[k]
    speakers: list[SpeakerChange] = []
    if kind != "none" and live_index is not None and live_after is not None:
        queue = show.runs[live_index].queue
        left = live_after - show.runs[live_index].elapsed(now)
        speaking = queue.speaking
        current = max(speaking.remaining(now) or 0.0, 0.0) if speaking is not None else 0.0
        waiting = [e for e in queue.entries if e.cue in TO_SPEAK and e.allotted_s]
        total = sum(e.allotted_s or 0.0 for e in waiting)
        available = max(left - current, 0.0)
        if total and ((kind == "cut" and total > available) or (kind == "extend" and total < available)):
            scale = available / total
            speakers = [
                SpeakerChange(e.id, e.name, e.allotted_s or 0.0, (e.allotted_s or 0.0) * scale) for e in waiting
            ]
    segment_id = show.segment(live_index).id if live_index is not None else None
    return Plan(kind, tuple(changes), tuple(speakers), segment_id, end_before, end_after, hard, miss)


def shift(show: Show, source: int, target: int, seconds: float, now: Instant) -> None:
    """Check a manual move of time between two segments still to run (raises ValueError)."""
    to_run = set(_to_run(show))
    for index in (source, target):
        if index not in to_run:
            raise ValueError(f"'{show.segment(index).id}' has already run")
    if source == target:
        raise ValueError("choose two different segments")
    if seconds <= 0:
        raise ValueError("move a positive number of seconds")
    for index in (source, target):
        to = show.segment(index).count.to
        if to is not None:
            raise ValueError(f"'{show.segment(index).id}' ends at {to:%H:%M} whatever its length (count: to)")
    seg = show.segment(source)
    if seg.locked:
        raise ValueError(f"'{seg.id}' is locked")
    floor = max(float(seg.min_duration_s or 0), show.runs[source].elapsed(now))
    if show.duration(source) - seconds < floor - 1e-9:
        raise ValueError(f"'{seg.id}' cannot go below {timedelta(seconds=round(floor))}")
