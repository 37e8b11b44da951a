"""How one value of a file format is read from its text, and what it is called in a JSON Schema.

A rule reads the text a value is written with (YAML's own text, or JSON's value as text: see
core/data_walk.py) and returns what it means, or raises `WordsError` saying why it cannot; its
`schema()` describes the same value to editors (core/plan_schema.py). The event file
(core/plan_format.py) and the venue file (core/venue_format.py) are built from these rules, so a
duration or a date means one thing, with one message, wherever it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.durations import MAX_DURATION_S, parse_duration, parse_time_of_day
from runofshow.core.suggest import did_you_mean
from runofshow.core.text import first_not_text
from runofshow.core.wording import WordsError

T = TypeVar("T")

#: Years an event can be in: a plan of many long segments near year 9999 would run off the calendar.
YEARS = range(1970, 9000)
TRUE_WORDS = ("true", "yes", "on")
FALSE_WORDS = ("false", "no", "off")
#: Line breaks other than `\n`: CR LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
#: How much of a value that cannot be read a message repeats (a 100 KB "date" is not said back whole).
SHOWN_CHARS = 60

DURATION_PATTERN = r"^\s*(\d+|\d+:[0-5]\d(:[0-5]\d)?|(\d+\s*[hH])?\s*(\d+\s*[mM])?\s*(\d+\s*[sS])?)\s*$"
TIME_PATTERN = r"^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"


def shown(raw: str) -> str:
    """A value as a message repeats it: whole when short, else its start and an ellipsis."""
    return raw if len(raw) <= SHOWN_CHARS else raw[:SHOWN_CHARS] + "…"


class Rule(Generic[T]):
    """One kind of value: `read` its text (WordsError when it cannot), `schema()` for editors."""

    __slots__ = ()

    def read(self, raw: str) -> T:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """This value in a JSON Schema; what it refers to goes into `defs` (the schema's `$defs`)."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Text(Rule[str]):
    """Text of at most `limit` characters. A one-line text (a title, a name, an id) is trimmed and
    holds no line break or tab; other texts keep their spaces and have every line break as `\\n`
    (YAML keeps only `\\n`: a Windows `\\r\\n` or a U+2028 in a note would not read back the same)."""

    limit: int
    one_line: bool = False

    def read(self, raw: str) -> str:
        value = raw.strip() if self.one_line else LINE_BREAKS.sub("\n", raw)
        if len(value) > self.limit:
            raise WordsError("is limited to {limit} characters", limit=self.limit)
        bad = first_not_text(value, one_line=self.one_line)
        if bad is not None:
            raise WordsError(
                "{what} holds a character that is not text (U+{code})",
                what=f"'{value[:bad][-20:]}…'",
                code=f"{ord(value[bad]):04X}",
            )
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "maxLength": self.limit}


@dataclass(frozen=True, slots=True)
class Duration(Rule[int]):
    """Whole seconds, more than 0 and at most 24 h: `90`, `90s`, `5m`, `1h30m`, `4:30`, `1:02:03`."""

    def read(self, raw: str) -> int:
        return parse_duration(raw)  # a DurationError is a WordsError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        defs.setdefault("duration", self.definition())
        return {"$ref": "#/$defs/duration"}

    @staticmethod
    def definition() -> dict[str, Any]:
        return {
            "description": "Integer seconds, 90s, 5m, 1h, 1h30m, '1h 2m 3s', m:ss or h:mm:ss; "
            "more than 0, at most 24h.",
            "oneOf": [
                {"type": "integer", "minimum": 1, "maximum": MAX_DURATION_S},
                {"type": "string", "pattern": DURATION_PATTERN},
            ],
        }


@dataclass(frozen=True, slots=True)
class TimeOfDay(Rule[time]):
    """`HH:MM` or `HH:MM:SS`, 24-hour."""

    def read(self, raw: str) -> time:
        return parse_time_of_day(raw)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        defs.setdefault("timeOfDay", self.definition())
        return {"$ref": "#/$defs/timeOfDay"}

    @staticmethod
    def definition() -> dict[str, Any]:
        return {
            "description": "HH:MM or HH:MM:SS, 24-hour. Quoted or not (runofshow reads the text, not YAML 1.1's "
            "sexagesimal number).",
            "oneOf": [
                {"type": "string", "pattern": TIME_PATTERN},
                {"type": "integer", "description": "What a YAML 1.1 parser makes of an unquoted 14:00 (840)."},
            ],
        }


@dataclass(frozen=True, slots=True)
class Day(Rule[date]):
    """`YYYY-MM-DD`, a year from 1970 to 8999."""

    def read(self, raw: str) -> date:
        try:
            day = date.fromisoformat(raw.strip())
        except ValueError:
            raise WordsError("'{raw}' is not a date (use YYYY-MM-DD)", raw=shown(raw)) from None
        if day.year not in YEARS:
            raise WordsError("the date must be from {first} to {last}", first=YEARS[0], last=YEARS[-1])
        return day

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date"}


@dataclass(frozen=True, slots=True)
class Flag(Rule[bool]):
    """true/false (also yes/no, on/off)."""

    def read(self, raw: str) -> bool:
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise WordsError("'{raw}' is not true or false", raw=shown(raw))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True, slots=True)
class Choice(Rule[str]):
    """One word of a few; `noun` says what kind of word (a segment's kind, a request's type)."""

    choices: tuple[str, ...]
    noun: str  # "kind" or "type": the messages the translations know

    def read(self, raw: str) -> str:
        value = raw.strip()
        if value in self.choices:
            return value
        hint = did_you_mean(value, self.choices)
        choices = ", ".join(self.choices)
        # Each template written out whole: the translations find them by their literal text.
        if self.noun == "type":
            raise WordsError(
                "unknown type '{raw}' (one of: {choices}){hint}", raw=shown(value), choices=choices, hint=hint
            )
        raise WordsError("unknown kind '{raw}' (one of: {choices}){hint}", raw=shown(value), choices=choices, hint=hint)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": list(self.choices)}


@dataclass(frozen=True, slots=True)
class Zone(Rule[str]):
    """An IANA time zone name (`Asia/Ho_Chi_Minh`)."""

    def read(self, raw: str) -> str:
        name = raw.strip()
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise WordsError(
                "unknown time zone '{raw}' (use an IANA name like Asia/Ho_Chi_Minh)", raw=shown(raw)
            ) from None
        return name

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string"}


@dataclass(frozen=True, slots=True)
class Version(Rule[int]):
    """The format's version: the one this app reads."""

    version: int

    def read(self, raw: str) -> int:
        if raw.strip() != str(self.version):
            raise WordsError(
                "unknown version '{raw}'; this app reads version {version}", raw=shown(raw), version=self.version
            )
        return self.version

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"const": self.version}
