"""Checks for the arguments of commands: each turns untrusted JSON into a typed value or raises
`CommandError` naming the field. None of them looks at the show.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from runofshow.core.durations import MAX_DURATION_S, DurationError, parse_duration
from runofshow.core.text import first_not_text
from runofshow.core.wording import WordsError

MAX_NOTES_CHARS = 100_000
MAX_NAME_CHARS = 200
MAX_MESSAGE_CHARS = 500
MAX_ID_CHARS = 200
MAX_REQUEST_ID_CHARS = 64

E = TypeVar("E", bound=StrEnum)

#: A check takes the raw value and the argument's name (as the sender wrote it). The messages keep
#: the templates the translations know (resources/translations), so some name their field literally:
#: `seconds`, `duration` and `position` serve only the arguments of those names.
Check = Callable[[Any, str], Any]


class CommandError(WordsError):
    """A command that cannot be carried out; the show is unchanged.

    The message is a template with named values (see core/wording.py): `str()` is the English,
    and `words` lets a window show it in its own language.
    """


class ConflictError(CommandError):
    """A command that would overwrite what someone else changed (the API answers 409)."""


class RateLimitedError(CommandError):
    """A command refused for coming too often, with the seconds until it may come again (the API
    answers 429 with Retry-After)."""

    def __init__(self, template: str, *, retry_after_s: float, **values: Any) -> None:
        super().__init__(template, **values)
        self.retry_after_s = max(retry_after_s, 0.0)


def valid_text(value: str, what: str, *, one_line: bool) -> None:
    """Refuse text that is not text (core/text.py): a lone surrogate, a control character, and in
    a name or id a line break too."""
    bad = first_not_text(value, one_line=one_line)
    if bad is not None:
        raise CommandError(
            "{what} holds a character that is not text (U+{code})", what=what, code=f"{ord(value[bad]):04X}"
        )


def text(limit: int, *, empty_ok: bool, one_line: bool = False) -> Callable[[Any, str], str]:
    def check(raw: Any, name: str) -> str:
        what = f'"{name}"'
        if not isinstance(raw, str):
            raise CommandError("{what} must be text", what=what)
        value: str = raw
        if len(value) > limit:
            raise CommandError("{what} is limited to {limit} characters", what=what, limit=limit)
        if not empty_ok:
            value = value.strip()  # a pasted name's trailing line break is not part of it
            if not value:
                raise CommandError("{what} must not be empty", what=what)
        valid_text(value, what, one_line=one_line)
        return value

    return check


notes_text = text(MAX_NOTES_CHARS, empty_ok=True)
name_text = text(MAX_NAME_CHARS, empty_ok=False, one_line=True)
message_text = text(MAX_MESSAGE_CHARS, empty_ok=False)
optional_name = text(MAX_NAME_CHARS, empty_ok=True, one_line=True)


def seconds(value: Any, name: str) -> float:
    # bool is an int subclass in Python; true is not a number of seconds.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CommandError('"seconds" must be a number (negative removes time)')
    # Compared before any float(): an int past 1e308 cannot become one.
    if abs(value) > MAX_DURATION_S:
        raise CommandError('"seconds" must be within ±86400')
    if not math.isfinite(value):  # NaN compares false with everything: it passed the line above
        raise CommandError('"seconds" must be a number (negative removes time)')
    return float(value)


def duration(value: Any, name: str) -> int:
    """A speaker's time: seconds as a number, or text like "3m" or "4:30"."""
    if isinstance(value, bool):
        raise CommandError('"time" must be a duration like 180 or "3m"')
    if isinstance(value, int) and abs(value) > MAX_DURATION_S:
        raise CommandError('"time": {exc}', exc="a duration must be at most 24h")
    if isinstance(value, int | float) and math.isfinite(value):
        value = str(int(value)) if float(value).is_integer() else "bad"
    if not isinstance(value, str):
        raise CommandError('"time" must be a duration like 180 or "3m"')
    try:
        return parse_duration(value)
    except DurationError as exc:
        raise CommandError('"time": {exc}', exc=exc) from None


def position(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CommandError('"position" must be a whole number from 0 (the top of the queue)')
    return value


def choice(kind: type[E], allowed: tuple[E, ...] | None = None) -> Callable[[Any, str], E]:
    options = allowed or tuple(kind)

    def check(value: Any, name: str) -> E:
        # A list or an object is no choice (and not hashable: `in` a set would raise TypeError).
        if not isinstance(value, str) or value not in {o.value for o in options}:
            raise CommandError(
                "{what} must be one of: {choices}", what=f'"{name}"', choices=", ".join(o.value for o in options)
            )
        return kind(value)

    return check


def ident(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise CommandError("{what} must be an id (text)", what=f'"{name}"')
    if len(value) > MAX_ID_CHARS:
        raise CommandError("{what} is limited to {limit} characters", what=f'"{name}"', limit=MAX_ID_CHARS)
    valid_text(value, f'"{name}"', one_line=True)
    return value


def request_id(value: Any) -> str:
    """A sender's id for one command, so that sending it again cannot apply it twice."""
    if not isinstance(value, str) or not value:
        raise CommandError("{what} must be an id (text)", what='"request_id"')
    if len(value) > MAX_REQUEST_ID_CHARS:
        raise CommandError("{what} is limited to {limit} characters", what='"request_id"', limit=MAX_REQUEST_ID_CHARS)
    valid_text(value, '"request_id"', one_line=True)
    return value


def flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise CommandError("{what} must be true or false", what=f'"{name}"')
    return value
