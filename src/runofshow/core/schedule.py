"""Schedule math: planned vs expected times, the projected end and the offset.

Expected times of segments still to come chain from `now`: the live segment ends at
`now + max(remaining, 0)` (so an overrunning or paused segment pushes everything after it), and
a segment with a fixed start never begins before that time.

A segment still to come maps "the time the chain reaches me" t to "the time I end":
`max(t, fixed) + duration`, i.e. `max(t + a, b)`; one that counts to a time of day
(`count: to 14:40`, core/timer_modes.py) ends there whenever it starts, `max(t, fixed, 14:40)`,
the same form with `a = 0`. Such maps compose into the same form, so a
`ScheduleBasis` built once per change of the show answers any segment's expected times, and the
projected end, in O(1) for any `now`: the once-a-second repaint costs the same for 10 segments
as for 10,000.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from typing import NamedTuple

from runofshow.core.clock import Instant
from runofshow.core.show import Show
from runofshow.core.status import Status

NEVER = -math.inf


class Phase(StrEnum):
    """How a countdown reads; always shown with words, not colour alone."""

    STANDBY = "standby"  # not started
    RUNNING = "running"
    WRAP_UP = "wrap_up"
    FINAL = "final"
    OVERTIME = "overtime"
    DONE = "done"
    SKIPPED = "skipped"


PHASE_LABELS = {
    Phase.STANDBY: "STANDBY",
    Phase.RUNNING: "RUNNING",
    Phase.WRAP_UP: "WRAP UP",
    Phase.FINAL: "FINAL",
    Phase.OVERTIME: "OVERTIME",
    Phase.DONE: "DONE",
    Phase.SKIPPED: "SKIPPED",
}


#: A show not yet started whose planned start is this far from now is another day's: a file
#: prepared early, or a past event opened again. Its lateness is not news, and no plan is made to
#: land it on time (it would cut every segment to nothing).
ANOTHER_DAY_S = 12 * 3600


def another_day(show: Show, now: Instant) -> bool:
    """The show has not started and is planned for another day than `now`'s."""
    return not show.started and abs((show.event.info.start_at - now.wall).total_seconds()) > ANOTHER_DAY_S


def phase_for(remaining_s: float, wrap_up_s: float, final_s: float) -> Phase:
    if remaining_s <= 0:
        return Phase.OVERTIME
    if remaining_s <= final_s:
        return Phase.FINAL
    if remaining_s <= wrap_up_s:
        return Phase.WRAP_UP
    return Phase.RUNNING


@dataclass(frozen=True, slots=True)
class Chain:
    """The map t ↦ max(t + add, floor), on POSIX timestamps."""

    add: float = 0.0
    floor: float = NEVER

    def __call__(self, t: float) -> float:
        return max(t + self.add, self.floor)

    def then(self, other: Chain) -> Chain:
        """This map followed by `other`."""
        return Chain(self.add + other.add, max(self.floor + other.add, other.floor))


@dataclass(frozen=True, slots=True)
class SegmentTiming:
    index: int
    status: Status
    phase: Phase
    planned_start: datetime
    expected_start: datetime
    expected_end: datetime
    duration_s: float
    elapsed_s: float
    remaining_s: float
    overrun: bool


class Bar(NamedTuple):
    planned_start: float
    planned_s: float
    status: Status
    start: float
    end: float
    overrun: bool


def _ts(moment: datetime) -> float:
    return moment.timestamp()


class ScheduleBasis:
    """What the schedule needs from the show, prepared once per change of the show."""

    def __init__(self, show: Show) -> None:
        self.show = show
        info = show.event.info
        self._tz: tzinfo = info.tz
        self._planned = show.event.planned_starts()
        self.planned_end = show.event.planned_end()
        self.hard_end = info.hard_end
        self._event_start = _ts(info.start_at)
        self._started = show.started
        self._live = show.live_index
        # prefix[i]: the chain through every segment still to come before i.
        chain = Chain()
        self._prefix: list[Chain] = []
        self._fixed: list[float] = []
        self._ends_done = NEVER
        # A `count: to` segment ends at its time of day (or at its start, once that has passed).
        self._targets = [_ts(t) if (t := show.target(i)) is not None else None for i in range(len(show.runs))]
        for i, (seg, run) in enumerate(zip(show.event.segments, show.runs, strict=True)):
            self._prefix.append(chain)
            fixed = _ts(info.at(seg.fixed_start)) if seg.fixed_start is not None else NEVER
            self._fixed.append(fixed)
            if run.status is Status.DONE and run.actual_end is not None:
                self._ends_done = max(self._ends_done, _ts(run.actual_end.wall))
            if self._to_come(i):
                target = self._targets[i]
                if target is not None:
                    chain = chain.then(Chain(0.0, max(fixed, target)))
                else:
                    rest = max(show.remaining(i, _NO_TIME), 0.0)
                    chain = chain.then(Chain(rest, fixed + rest))
        self._total = chain

    def _to_come(self, i: int) -> bool:
        """Pending and at or after the cursor: will run (segments before the cursor are passed over)."""
        return self.show.runs[i].status is Status.PENDING and i >= self.show.cursor

    def origin(self, now: Instant) -> float:
        """When the chain of segments to come begins (POSIX time).

        While the live segment runs with time left this stays put, so the expected times of
        everything after it do not move; a view can repaint just the live row.
        """
        wall = _ts(now.wall)
        if self._live is not None:
            return wall + max(self.show.remaining(self._live, now), 0.0)
        # Before the first GO the show is expected at its planned start (or now, if late).
        return wall if self._started else max(wall, self._event_start)

    def _dt(self, ts: float) -> datetime:
        return datetime.fromtimestamp(ts, UTC).astimezone(self._tz)

    def _span(self, i: int, now: Instant, origin: float) -> tuple[float, float, float]:
        """(start, end, remaining) of segment `i` as POSIX times and seconds."""
        show = self.show
        run = show.runs[i]
        target = self._targets[i]
        if run.status is Status.DONE and run.actual_start is not None and run.actual_end is not None:
            return _ts(run.actual_start.wall), _ts(run.actual_end.wall), show.remaining(i, now)
        if run.status is Status.LIVE and run.actual_start is not None:
            return _ts(run.actual_start.wall), origin, show.remaining(i, now)
        start = max(self._prefix[i](origin), self._fixed[i])
        if target is not None:  # ends at its time of day: what is left is from its start to that
            end = max(start, target) if self._to_come(i) else start
            return start, end, target - start
        remaining = show.remaining(i, now)
        return start, (start + max(remaining, 0.0) if self._to_come(i) else start), remaining

    def timing(self, i: int, now: Instant) -> SegmentTiming:
        show = self.show
        run = show.runs[i]
        count = show.event.segments[i].count
        elapsed = run.elapsed(now)
        start, end, remaining = self._span(i, now, self.origin(now))
        # A count to a time of day lasts from its start to that time; others their planned length.
        duration = max(elapsed + remaining, 0.0) if self._targets[i] is not None else show.duration(i)
        defaults = show.event.defaults
        if run.status is Status.DONE:
            phase = Phase.DONE
        elif run.status is Status.LIVE:
            # A count up never warns: its planned length is the schedule's, not a limit on screen.
            phase = Phase.RUNNING if count.up else phase_for(remaining, defaults.wrap_up_s, defaults.final_s)
        elif self._to_come(i):
            phase = Phase.STANDBY
        else:  # passed over: takes no time
            phase = Phase.SKIPPED if run.status is Status.SKIPPED else Phase.STANDBY
        return SegmentTiming(
            index=i,
            status=run.status,
            phase=phase,
            planned_start=self._planned[i],
            expected_start=self._dt(start),
            expected_end=self._dt(end),
            duration_s=duration,
            elapsed_s=elapsed,
            remaining_s=remaining,
            overrun=self._overrun(i, remaining),
        )

    def _overrun(self, i: int, remaining: float) -> bool:
        """Ran (or runs) past its end: never said of a count up, whose length is only planned."""
        run = self.show.runs[i]
        return remaining < 0 and run.status in (Status.LIVE, Status.DONE) and not self.show.segment(i).count.up

    def bars(self, now: Instant) -> list[Bar]:
        """Every segment's bar for a picture of the day, as POSIX times: `timing` without the
        datetimes, phases and labels (a 1,000-segment timeline redraws from this)."""
        show = self.show
        origin = self.origin(now)
        out: list[Bar] = []
        planned = [_ts(p) for p in self._planned]
        for i, (seg, run) in enumerate(zip(show.event.segments, show.runs, strict=True)):
            start, end, remaining = self._span(i, now, origin)
            out.append(Bar(planned[i], seg.duration_s, run.status, start, end, self._overrun(i, remaining)))
        return out

    def projected_end(self, now: Instant) -> datetime:
        origin = self.origin(now)
        ends = [self._ends_done]
        if self._live is not None or self._total != Chain():
            ends.append(self._total(origin))
        best = max(ends)
        return self._dt(best if best != NEVER else origin)

    def schedule(self, now: Instant) -> Schedule:
        return Schedule(
            now=now.wall.astimezone(self._tz),
            segments=tuple(self.timing(i, now) for i in range(len(self.show.runs))),
            planned_end=self.planned_end,
            projected_end=self.projected_end(now),
            hard_end=self.hard_end,
        )

    def offset_s(self, now: Instant) -> float:
        return (self.projected_end(now) - self.planned_end).total_seconds()


# Remaining time of a segment that is not running does not depend on now.
_NO_TIME = Instant(0.0, datetime(1970, 1, 1, tzinfo=UTC))


@dataclass(frozen=True, slots=True)
class Schedule:
    now: datetime  # in the event's zone
    segments: tuple[SegmentTiming, ...]
    planned_end: datetime
    projected_end: datetime
    hard_end: datetime | None

    @property
    def offset_s(self) -> float:
        """Projected minus planned end: positive means behind plan."""
        return (self.projected_end - self.planned_end).total_seconds()

    @property
    def to_hard_end_s(self) -> float | None:
        return None if self.hard_end is None else (self.hard_end - self.now).total_seconds()

    @property
    def over_hard_end_s(self) -> float | None:
        """How far the projected end lies past the hard stop (negative: margin left)."""
        return None if self.hard_end is None else (self.projected_end - self.hard_end).total_seconds()


def compute_schedule(show: Show, now: Instant) -> Schedule:
    return ScheduleBasis(show).schedule(now)


#: Flips this close after the first share its wake-up (each still within this of its true second).
FLIPS_TOGETHER_S = 0.02


def _until_whole(seconds: float) -> float:
    """Until a count of `seconds` going down crosses its next whole second."""
    frac = seconds % 1.0
    return frac if frac > 1e-9 else 1.0


def seconds_to_next_flip(show: Show, now: Instant) -> float:
    """Show-clock seconds until the next wake-up that flips every whole second on screen.

    The time of day flips when the wall clock crosses a second; the live segment's countdown and
    the speaker's when their remaining time does. A display repainted just after this moment
    flips on the true second boundary instead of drifting with a periodic timer. Commands take
    effect on the wall clock's second grid (core/clock.py `on_the_second`), so these flips
    normally coincide and one wake-up a second serves them all; flips that fall apart (a clock
    stepped, a fraction of a second added) each get their own.
    """
    delays = [_until_whole(-now.wall.microsecond / 1e6)]
    live = show.live_index
    # A count to a time of day goes on while paused (it is the time of day that moves).
    if live is not None and (show.running or show.target(live) is not None):
        delays.append(_until_whole(show.remaining(live, now)))
        speaking = show.runs[live].queue.speaking
        left = speaking.remaining(now) if speaking is not None else None
        turn = speaking.current if speaking is not None else None
        if left is not None and turn is not None and turn.running:
            delays.append(_until_whole(left))
    first = min(delays)
    return max(d for d in delays if d - first <= FLIPS_TOGETHER_S)


__all__ = [
    "PHASE_LABELS",
    "Chain",
    "Phase",
    "Schedule",
    "ScheduleBasis",
    "SegmentTiming",
    "compute_schedule",
    "phase_for",
    "seconds_to_next_flip",
]
