"""Parsing and formatting of durations and times of day (text in, numbers out)."""

from __future__ import annotations

import math
import re
from datetime import time

from runofshow.core.wording import WordsError

MAX_DURATION_S = 24 * 3600
MAX_DURATION_CHARS = 32  # "1h 30m 15s" with room to spare

_UNITS = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$")
_COLON = re.compile(r"^(\d+):([0-5]\d)(?::([0-5]\d))?$")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


class DurationError(WordsError):
    """A duration or time that cannot be read."""


def parse_duration(text: str) -> int:
    """Read `90`, `90s`, `5m`, `1h`, `1h30m`, `1h 2m 3s`, `m:ss` or `h:mm:ss` as whole seconds."""
    raw = text.strip().lower()
    if not raw:
        raise DurationError("empty duration")
    if len(raw) > MAX_DURATION_CHARS or not raw.isascii():  # no 5,000-digit numbers, no "²"
        shown = raw if len(raw) <= MAX_DURATION_CHARS else raw[:MAX_DURATION_CHARS] + "…"
        raise DurationError("'{text}' is not a duration (try 90s, 5m, 1h30m, 4:30 or 1:02:03)", text=shown)
    if raw.isdigit():
        seconds = int(raw)
    elif m := _COLON.match(raw):
        first, second, third = m.groups()
        # m:ss, or h:mm:ss when there is a third part (the pattern always has the first two)
        seconds = int(first) * 60 + int(second) if not third else int(first) * 3600 + int(second) * 60 + int(third)
    elif (m := _UNITS.match(raw)) and any(m.groups()):
        h, mnt, s = (int(g) if g else 0 for g in m.groups())
        seconds = h * 3600 + mnt * 60 + s
    else:
        raise DurationError("'{text}' is not a duration (try 90s, 5m, 1h30m, 4:30 or 1:02:03)", text=text)
    if seconds <= 0:
        raise DurationError("a duration must be more than 0")
    if seconds > MAX_DURATION_S:
        raise DurationError("a duration must be at most 24h")
    return seconds


def parse_time_of_day(text: str) -> time:
    """Read `HH:MM` or `HH:MM:SS` (24-hour)."""
    m = _TIME.match(text.strip()) if text.isascii() else None
    if not m:
        raise DurationError("'{text}' is not a time of day (use HH:MM or HH:MM:SS, 24-hour)", text=text)
    h, mnt, s = m.groups()
    return time(int(h), int(mnt), int(s or 0))


def format_clock(seconds: float) -> str:
    """Whole seconds as `m:ss` or `h:mm:ss` (no sign)."""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_countdown(remaining: float) -> str:
    """A countdown as a person reads it: `4:05` while time is left, `+1:12` in overtime.

    While time is left the display rounds up, so it shows `0:01` until the last second is really
    gone and `0:00` exactly at zero; overtime counts whole seconds past zero.
    """
    if remaining > 0:
        return format_clock(math.ceil(remaining - 1e-9))
    over = math.floor(-remaining + 1e-9)
    return "0:00" if over == 0 else "+" + format_clock(over)


def format_short(seconds: float) -> str:
    """A planned duration for tables: `5m`, `1h30m`, `4m30s`."""
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = [f"{h}h" if h else "", f"{m}m" if m else "", f"{s}s" if s else ""]
    return "".join(parts) or "0s"
