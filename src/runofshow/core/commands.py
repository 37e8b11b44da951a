"""Commands that change the show, validated from untrusted input (keys, API, scripts).

`parse_command` turns a JSON-like mapping into a `Command` or raises `CommandError` with a
message meant for the person who sent it; it never changes anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from runofshow.core.durations import MAX_DURATION_S

MAX_NOTES_CHARS = 100_000

#: Every action and the argument names it takes (beyond "action").
ACTIONS: dict[str, frozenset[str]] = {
    "start": frozenset(),
    "pause": frozenset(),
    "resume": frozenset(),
    "toggle": frozenset(),
    "next": frozenset(),
    "previous": frozenset(),
    "goto": frozenset({"segment"}),
    "add_time": frozenset({"seconds"}),
    "set_notes": frozenset({"segment", "notes"}),
}


class CommandError(ValueError):
    """A command that cannot be carried out; the show is unchanged."""


@dataclass(frozen=True, slots=True)
class Command:
    action: str
    segment: str | None = None
    seconds: float | None = None
    notes: str | None = None


def parse_command(data: Any, segment_ids: frozenset[str] | set[str]) -> Command:
    """Validate `{"action": ..., ...}`; raise `CommandError` naming what is wrong."""
    if not isinstance(data, dict):
        raise CommandError('a command must be a JSON object like {"action": "next"}')
    action = data.get("action")
    if not isinstance(action, str):
        raise CommandError('missing "action" (one of: ' + ", ".join(ACTIONS) + ")")
    if action not in ACTIONS:
        raise CommandError(f"unknown action '{action}' (one of: " + ", ".join(ACTIONS) + ")")
    allowed = ACTIONS[action]
    extra = sorted(set(data) - allowed - {"action"})
    if extra:
        raise CommandError(f"'{action}' takes no argument '{extra[0]}'")
    segment = seconds = notes = None
    if "segment" in allowed:
        segment = data.get("segment")
        if not isinstance(segment, str):
            raise CommandError(f"'{action}' needs \"segment\": a segment id")
        if segment not in segment_ids:
            raise CommandError(f"no segment with id '{segment}'")
    if "seconds" in allowed:
        raw = data.get("seconds")
        # bool is an int subclass in Python; true is not a number of seconds.
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            raise CommandError(f"'{action}' needs \"seconds\": a number (negative removes time)")
        if abs(raw) > MAX_DURATION_S:
            raise CommandError('"seconds" must be within ±86400')
        seconds = float(raw)
    if "notes" in allowed:
        notes = data.get("notes")
        if not isinstance(notes, str):
            raise CommandError(f"'{action}' needs \"notes\": text")
        if len(notes) > MAX_NOTES_CHARS:
            raise CommandError(f"notes are limited to {MAX_NOTES_CHARS} characters")
    return Command(action, segment=segment, seconds=seconds, notes=notes)
