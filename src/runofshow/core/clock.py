"""The only place that reads time.

An `Instant` pairs a monotonic reading (for every duration) with a wall-clock reading (for time
of day). Everything else in the app receives an `Instant` and never asks the system for the time,
so tests drive a `FakeClock` and nothing sleeps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Instant:
    """One reading of a clock: `mono` in seconds (monotonic), `wall` an aware UTC datetime."""

    mono: float
    wall: datetime


def on_the_second(reading: Instant) -> Instant:
    """The same clock's reading at the start of the wall-clock second that `reading` falls in.

    Commands take effect there (core/pipeline.py): every countdown then starts, pauses and
    resumes on the time of day's grid of whole seconds, so the countdowns and the time of day
    flip at the same instants, in one wake-up a second, instead of each at its own fraction of
    a second. It costs an action at most a second it never had (never a moment in the future:
    the order of commands is kept, and nothing runs backwards).
    """
    into = reading.wall.microsecond / 1e6
    return Instant(reading.mono - into, reading.wall.replace(microsecond=0))


class Clock(Protocol):
    """What the show needs from a clock."""

    @property
    def rate(self) -> float:
        """Clock seconds per real second (1 except for a fast rehearsal clock)."""
        ...

    def now(self) -> Instant: ...


def _show_monotonic() -> float:
    """Seconds on a clock that never steps and keeps counting while the computer sleeps.

    A show goes on while a laptop sleeps, so on Linux this is CLOCK_BOOTTIME (CLOCK_MONOTONIC
    stops during suspend). Elsewhere Python's monotonic clock already counts sleep (Windows'
    QueryPerformanceCounter, macOS' mach continuous time for CLOCK_MONOTONIC).
    """
    return time.clock_gettime(_BOOTTIME) if _BOOTTIME is not None else time.monotonic()


_BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    """The computer's clocks: a monotonic clock for durations, the system wall clock for time of day."""

    rate = 1.0

    def now(self) -> Instant:
        return Instant(_show_monotonic(), datetime.now(UTC))


class RehearsalClock:
    """A clock for rehearsals: may start at a chosen wall time and run `speed` times faster.

    Both readings are derived from the underlying monotonic clock so that a fast clock stays
    consistent: a minute of show time is a minute on both readings.
    """

    def __init__(self, base: Clock, *, speed: float = 1.0, wall_start: datetime | None = None) -> None:
        if not speed > 0:
            raise ValueError("clock speed must be greater than 0")
        self._base = base
        self._speed = speed
        self._wall_start = wall_start
        self.start_now()

    def start_now(self) -> None:
        """The rehearsal starts now: its clock reads the start time again (a question asked before
        the run opened must not have eaten rehearsal time)."""
        origin = self._base.now()
        self._mono0 = origin.mono
        self._wall0 = (self._wall_start or origin.wall).astimezone(UTC)

    @property
    def rate(self) -> float:
        return self._speed

    def now(self) -> Instant:
        real = self._base.now().mono - self._mono0
        show = real * self._speed
        return Instant(self._mono0 + show, self._wall0 + timedelta(seconds=show))


class FakeClock:
    """A clock that moves only when told to; for tests."""

    rate = 1.0

    def __init__(self, wall: datetime | None = None, mono: float = 1000.0) -> None:
        self._mono = mono
        self._wall = (wall or datetime(2025, 10, 26, 7, 0, tzinfo=UTC)).astimezone(UTC)

    def now(self) -> Instant:
        return Instant(self._mono, self._wall)

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass on both clocks."""
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Step only the wall clock (an NTP correction or a manual change)."""
        self._wall += timedelta(seconds=seconds)


class ShiftedClock:
    """Another clock's readings with the monotonic part moved onto a session's own axis.

    A recovered session keeps its timeline: on the same boot the shift is the one the session
    already used (monotonic time went on while the app was down); after a reboot it is chosen
    so that the wall-clock time that passed counts (core/replay.py).
    """

    def __init__(self, base: Clock, shift: float) -> None:
        self._base = base
        self.shift = shift

    @property
    def rate(self) -> float:
        return self._base.rate

    @property
    def base(self) -> Clock:
        return self._base

    def now(self) -> Instant:
        reading = self._base.now()
        return Instant(reading.mono + self.shift, reading.wall)
