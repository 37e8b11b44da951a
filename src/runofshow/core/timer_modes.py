"""How a segment's clock counts (`count`) and whether the speaker sees it (`speaker_timer`).

- `count: down` (the default): the time left of the segment's duration, as always.
- `count: up`: the time the segment has run. Its `duration` is the planned length the schedule,
  the plan and the reports go by; on screen it never warns and never turns to overtime (an open
  Q&A runs as long as the room wants; what comes after still moves later).
- `count: to HH:MM`: the time left to a time of day in the event's zone, whenever the segment
  started and whether or not it is paused: the segment ends there, so the schedule ends it there.
  Its `duration` stays the planned length of the plan on paper (`check` warns when the two
  disagree).
- `speaker_timer: hidden`: the speaker's display (the window and /speaker) shows no clock for
  this segment; the moderator's is unchanged.

The format's rules (`CountRule`, `SpeakerTimerRule`) are here so core/plan_format.py only names
the keys; what the schedule makes of each mode is core/schedule.py's and core/show.py's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import time
from typing import Any

from runofshow.core.durations import format_clock, format_countdown, parse_time_of_day
from runofshow.core.value_rules import TIME_PATTERN, Rule, shown
from runofshow.core.wording import WordsError

COUNT_MODES = ("down", "up", "to")
SPEAKER_TIMERS = ("shown", "hidden")
_TO = re.compile(r"^to\s+(\S+)$")


@dataclass(frozen=True, slots=True)
class Count:
    """A segment's timer mode; `to` is the time of day of `count: to HH:MM`."""

    mode: str = "down"
    to: time | None = None

    @property
    def up(self) -> bool:
        return self.mode == "up"

    def text(self) -> str:
        """As the event file writes it: `down`, `up`, `to 14:40` (`to 14:40:30` with seconds)."""
        if self.to is None:
            return self.mode
        return f"to {self.to:%H:%M}" if self.to.second == 0 else f"to {self.to:%H:%M:%S}"


DOWN = Count()
UP = Count("up")


@dataclass(frozen=True, slots=True)
class CountRule(Rule[Count]):
    """`down`, `up` or `to HH:MM` (`HH:MM:SS`)."""

    def read(self, raw: str) -> Count:
        value = " ".join(raw.split()).lower()
        if value == "down":
            return DOWN
        if value == "up":
            return UP
        written = _TO.match(value)
        if written is not None:
            return Count("to", parse_time_of_day(written.group(1)))
        raise WordsError("'count' is down, up or 'to HH:MM', not '{raw}'", raw=shown(raw))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        # The time's pattern without its anchors, after "to ".
        at = TIME_PATTERN.removeprefix("^").removesuffix("$")
        return {
            "description": "How the segment's clock counts: down (default), up (elapsed; the duration is the "
            "planned length) or 'to HH:MM' (the time left to a time of day in the event's zone).",
            "oneOf": [{"enum": ["down", "up"]}, {"type": "string", "pattern": f"^to\\s+{at}$"}],
        }


@dataclass(frozen=True, slots=True)
class SpeakerTimerRule(Rule[str]):
    """`shown` (default) or `hidden`."""

    def read(self, raw: str) -> str:
        value = raw.strip().lower()
        if value in SPEAKER_TIMERS:
            return value
        raise WordsError("'speaker_timer' is shown or hidden, not '{raw}'", raw=shown(raw))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": list(SPEAKER_TIMERS)}


def clock_text(count: Count, remaining_s: float, elapsed_s: float) -> str:
    """What a segment's digits show: the time left (`4:05`, `+1:12` past zero), or for a count
    up the time run (`12:34`, never a sign: running past the planned length is not overtime)."""
    if count.up:
        return format_clock(math.floor(max(elapsed_s, 0.0) + 1e-9))
    return format_countdown(remaining_s)
