"""Commands that change the show, validated from untrusted input (keys, API, scripts).

`parse_command` turns a JSON-like mapping into a `Command` or raises `CommandError` with a
message meant for the person who sent it; it never changes anything. Checks that need the
show's state (is that speaker in the queue? can it move there?) happen when the command is
applied, and a failing command changes nothing there either.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from runofshow.core.durations import MAX_DURATION_S, DurationError, parse_duration
from runofshow.core.wording import WordsError

MAX_NOTES_CHARS = 100_000
MAX_NAME_CHARS = 200
MAX_MESSAGE_CHARS = 500


class RequestType(StrEnum):
    """Why someone asks for the floor."""

    STATEMENT = "statement"
    POINT_OF_ORDER = "point_of_order"
    RIGHT_OF_REPLY = "right_of_reply"
    QUESTION = "question"
    FLOOR = "floor"


class Cue(StrEnum):
    """Where a speaker stands: waiting → standby → ready → speaking → done (or skipped)."""

    WAITING = "waiting"
    STANDBY = "standby"
    READY = "ready"
    SPEAKING = "speaking"
    DONE = "done"
    SKIPPED = "skipped"


#: Cues the stage manager may set by hand; speaking/done/skipped follow from other commands.
SETTABLE_CUES = (Cue.WAITING, Cue.STANDBY, Cue.READY)


class QuestionStatus(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    SKIPPED = "skipped"


class Recipient(StrEnum):
    MODERATOR = "moderator"
    SPEAKER = "speaker"
    STAGE = "stage"


class CommandError(WordsError):
    """A command that cannot be carried out; the show is unchanged.

    The message is a template with named values (see core/wording.py): `str()` is the English,
    and `words` lets a window show it in its own language.
    """


@dataclass(frozen=True, slots=True)
class Command:
    action: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.args.get(name, default)

    def __getattr__(self, name: str) -> Any:
        # command.segment, command.seconds ... read the validated arguments.
        try:
            return self.args[name]
        except KeyError:
            raise AttributeError(name) from None


def _text(limit: int, what: str, *, empty_ok: bool) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise CommandError("{what} must be text", what=what)
        if len(value) > limit:
            raise CommandError("{what} is limited to {limit} characters", what=what, limit=limit)
        if not empty_ok and not value.strip():
            raise CommandError("{what} must not be empty", what=what)
        return value if empty_ok else value.strip()

    return check


def _seconds(value: Any) -> float:
    # bool is an int subclass in Python; true is not a number of seconds.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CommandError('"seconds" must be a number (negative removes time)')
    if abs(value) > MAX_DURATION_S:
        raise CommandError('"seconds" must be within ±86400')
    return float(value)


def _duration(value: Any) -> int:
    """A speaker's time: seconds as a number, or text like "3m" or "4:30"."""
    if isinstance(value, bool):
        raise CommandError('"time" must be a duration like 180 or "3m"')
    if isinstance(value, int | float) and math.isfinite(value):
        value = str(int(value)) if float(value).is_integer() else "bad"
    if not isinstance(value, str):
        raise CommandError('"time" must be a duration like 180 or "3m"')
    try:
        return parse_duration(value)
    except DurationError as exc:
        raise CommandError('"time": {exc}', exc=exc) from None


def _position(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CommandError('"position" must be a whole number from 0 (the top of the queue)')
    return value


def _choice(kind: type[StrEnum], what: str, allowed: tuple[StrEnum, ...] | None = None) -> Callable[[Any], Any]:
    options = allowed or tuple(kind)

    def check(value: Any) -> Any:
        if value not in {o.value for o in options}:
            raise CommandError(
                "{what} must be one of: {choices}", what=what, choices=", ".join(o.value for o in options)
            )
        return kind(value)

    return check


def _ident(what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not value:
            raise CommandError("{what} must be an id (text)", what=what)
        return value

    return check


ARGUMENTS: dict[str, Callable[[Any], Any]] = {
    "segment": _ident('"segment"'),
    "seconds": _seconds,
    "notes": _text(MAX_NOTES_CHARS, '"notes"', empty_ok=True),
    "speaker": _ident('"speaker"'),
    "name": _text(MAX_NAME_CHARS, '"name"', empty_ok=False),
    "person": _ident('"person"'),
    "position": _position,
    "type": _choice(RequestType, '"type"'),
    "time": _duration,
    "cue": _choice(Cue, '"cue"', SETTABLE_CUES),
    "to": _choice(Recipient, '"to"'),
    "id": _ident('"id"'),
    "question": _ident('"question"'),
    "status": _choice(QuestionStatus, '"status"'),
    "apply": lambda value: _flag(value, '"apply"'),
}


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise CommandError("{what} must be true or false", what=what)
    return value


# action: (required arguments, optional arguments)
_SEG = frozenset({"segment"})
ACTIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "start": (frozenset(), frozenset()),
    "pause": (frozenset(), frozenset()),
    "resume": (frozenset(), frozenset()),
    "toggle": (frozenset(), frozenset()),
    "next": (frozenset(), frozenset()),
    "previous": (frozenset(), frozenset()),
    "goto": (frozenset({"segment"}), frozenset()),
    "add_time": (frozenset({"seconds"}), frozenset()),
    "set_notes": (frozenset({"segment", "notes"}), frozenset()),
    "note": (frozenset({"text"}), _SEG),
    "speaker_next": (frozenset(), _SEG),
    "speaker_stop": (frozenset(), _SEG),
    "speaker_pause": (frozenset(), _SEG),
    "speaker_resume": (frozenset(), _SEG),
    "speaker_add": (frozenset(), _SEG | {"name", "person", "position", "type", "time"}),
    "speaker_move": (frozenset({"speaker", "position"}), _SEG),
    "speaker_remove": (frozenset({"speaker"}), _SEG),
    "speaker_skip": (frozenset({"speaker"}), _SEG),
    "speaker_requeue": (frozenset({"speaker"}), _SEG),
    "speaker_cue": (frozenset({"speaker", "cue"}), _SEG),
    "speaker_time": (frozenset({"seconds"}), _SEG),
    "message": (frozenset({"to", "text"}), frozenset()),
    "message_ack": (frozenset({"id"}), frozenset()),
    "undo": (frozenset(), frozenset()),
    "fit_to_end": (frozenset(), frozenset({"apply"})),
    "move_time": (frozenset({"from", "to", "seconds"}), frozenset()),
    "question": (frozenset({"question", "status"}), _SEG | {"to"}),
    "question_add": (frozenset({"text"}), _SEG),
}

# Some names mean different things in different actions.
_PER_ACTION: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("note", "text"): _text(MAX_NOTES_CHARS, '"text"', empty_ok=True),
    ("message", "text"): _text(MAX_MESSAGE_CHARS, '"text"', empty_ok=False),
    ("question_add", "text"): _text(MAX_MESSAGE_CHARS, '"text"', empty_ok=False),
    ("question", "to"): _text(MAX_NAME_CHARS, '"to"', empty_ok=True),
    ("move_time", "from"): _ident('"from"'),
    ("move_time", "to"): _ident('"to"'),
}


def parse_command(data: Any, segment_ids: frozenset[str] | set[str]) -> Command:
    """Validate `{"action": ..., ...}`; raise `CommandError` naming what is wrong."""
    if not isinstance(data, dict):
        raise CommandError('a command must be a JSON object like {"action": "next"}')
    action = data.get("action")
    if not isinstance(action, str):
        raise CommandError('missing "action" (one of: {actions})', actions=", ".join(ACTIONS))
    if action not in ACTIONS:
        raise CommandError("unknown action '{action}' (one of: {actions})", action=action, actions=", ".join(ACTIONS))
    required, optional = ACTIONS[action]
    given = set(data) - {"action"}
    extra = sorted(given - required - optional)
    if extra:
        raise CommandError("'{action}' takes no argument '{extra}'", action=action, extra=extra[0])
    missing = sorted(required - given)
    if missing:
        raise CommandError("'{action}' needs \"{missing}\"", action=action, missing=missing[0])
    args: dict[str, Any] = {}
    for name in sorted(given):
        check = _PER_ACTION.get((action, name)) or ARGUMENTS[name]
        args[name] = check(data[name])
    named = [args.get("segment")] + ([args["from"], args["to"]] if action == "move_time" else [])
    for segment in named:
        if segment is not None and segment not in segment_ids:
            raise CommandError("no segment with id '{segment}'", segment=segment)
    if action == "move_time" and args["seconds"] <= 0:
        raise CommandError('"seconds" must be more than 0 (the time moves from "from" to "to")')
    if action == "speaker_add" and ("name" in args) == ("person" in args):
        raise CommandError('\'speaker_add\' needs either "name" (someone from the floor) or "person" (a roster id)')
    return Command(action, args)
