"""Reading YAML nodes with every problem collected and pinned to a line and column.

The generic half of the event-file reader (files/eventfile.py has the event's own keys):
mappings with duplicate and misspelt keys reported, lists, texts, and scalars parsed from their
own text, with a budget on node visits so aliases cannot blow up a small file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TypeVar

from runofshow.core.durations import parse_duration, parse_time_of_day
from runofshow.core.plan_data import SPELLINGS  # other spellings of keys: the live edits' own list
from runofshow.core.suggest import did_you_mean
from runofshow.core.wording import Words, WordsError
from runofshow.files.problems import Problem, Severity
from runofshow.files.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, bad_tag, is_null, position

MAX_PROBLEMS = 200
#: Node visits allowed while reading one file; aliases can make a small file huge ("billion laughs").
MAX_VISITS = 2_000_000
TRUE_WORDS = {"true", "yes", "on"}
FALSE_WORDS = {"false", "no", "off"}
FORMAT_VERSION = 1

T = TypeVar("T")
Fields = dict[str, tuple[ScalarNode, Node]]


class TooManyProblemsError(Exception):
    pass


class NodeReader:
    """Collects problems while walking the node tree."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.visits = 0

    # --- reporting -----------------------------------------------------------------------
    def error(self, node: Node, message: Words) -> None:
        self._add(Severity.ERROR, node, message)

    def warn(self, node: Node, message: Words) -> None:
        self._add(Severity.WARNING, node, message)

    def _add(self, severity: Severity, node: Node, message: Words) -> None:
        pos = position(node)
        self.problems.append(Problem(severity, pos.line, pos.column, message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblemsError

    def visit(self, node: Node) -> bool:
        """Count a node; False for a tag that is not plain data (reported once, up front)."""
        self.visits += 1
        if self.visits > MAX_VISITS:
            self.error(node, Words("the file expands to too many values (are aliases repeated?)"))
            raise TooManyProblemsError
        return bad_tag(node) is None

    # --- structure -----------------------------------------------------------------------
    def mapping(self, node: Node, what: Words | str, allowed: tuple[str, ...] | None) -> Fields | None:
        """A mapping's fields by key, with duplicate and unknown keys reported (`allowed` None:
        any key, e.g. the groups of a budget)."""
        if not self.visit(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, Words("{what} must be a mapping of 'key: value' lines", what=what))
            return None
        fields: Fields = {}
        for key, value in node.value:
            if not self.visit(key):
                continue
            if key.tag == "tag:yaml.org,2002:merge":
                self.error(key, Words("merge keys ('<<') are not supported in event files"))
                continue
            if not isinstance(key, ScalarNode):
                self.error(key, Words("keys in {what} must be plain words", what=what))
                continue
            written: str = key.value
            canonical = SPELLINGS.get(written)
            name = canonical if canonical is not None and allowed is not None and canonical in allowed else written
            if name in fields:
                first = position(fields[name][0])
                self.error(key, Words("duplicate key '{name}' (first at line {line})", name=name, line=first.line))
                continue
            if allowed is not None and name not in allowed:
                hint = did_you_mean(name, allowed) or Words(
                    " in {what} (known: {keys})", what=what, keys=", ".join(allowed)
                )
                self.error(key, Words("unknown key '{name}'{hint}", name=name, hint=hint))
                continue
            fields[name] = (key, value)
        return fields

    def sequence(self, node: Node, what: Words | str) -> list[Node] | None:
        if not self.visit(node):
            return None
        if not isinstance(node, SequenceNode):
            self.error(node, Words("{what} must be a list ('- ' items)", what=what))
            return None
        return list(node.value)

    def missing(self, fields: Fields, owner: Node, keys: tuple[str, ...], what: Words | str) -> None:
        for key in keys:
            if key not in fields or is_null(fields[key][1]):
                self.error(owner, Words("{what} needs '{key}'", what=what, key=key))

    # --- scalars -------------------------------------------------------------------------
    def text(self, node: Node, what: Words | str) -> str | None:
        """A scalar's own text; None for a plain null."""
        if not self.visit(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                (
                    Words("{what} must be text, not a list", what=what)
                    if isinstance(node, SequenceNode)
                    else Words("{what} must be text, not a mapping", what=what)
                ),
            )
            return None
        if is_null(node):
            return None
        text: str = node.value
        return text

    def convert(self, node: Node, what: Words | str, parse: Callable[[str], T]) -> T | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.error(node, Words("{what}: {reason}", what=what, reason=getattr(exc, "words", str(exc))))
            return None

    def texts(self, node: Node, what: Words | str) -> tuple[str, ...]:
        """A list of texts; a single text is taken as a one-item list."""
        if isinstance(node, ScalarNode):
            value = self.text(node, what)
            return () if value is None else (value,)
        items = self.sequence(node, what)
        out = []
        for item in items or ():
            value = self.text(item, Words("each item of {what}", what=what))
            if value is not None:
                out.append(value)
        return tuple(out)


def parse_bool(raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise WordsError("'{raw}' is not true or false", raw=raw)


#: Years an event can be in: a plan of many long segments near year 9999 would run off the calendar.
YEARS = range(1970, 9000)


def parse_date(raw: str) -> date:
    try:
        day = date.fromisoformat(raw.strip())
    except ValueError:
        raise WordsError("'{raw}' is not a date (use YYYY-MM-DD)", raw=raw) from None
    if day.year not in YEARS:
        raise WordsError("the date must be from {first} to {last}", first=YEARS[0], last=YEARS[-1])
    return day


def parse_version(raw: str) -> int:
    if raw.strip() != str(FORMAT_VERSION):
        raise WordsError("unknown version '{raw}'; this app reads version {version}", raw=raw, version=FORMAT_VERSION)
    return FORMAT_VERSION


def seconds_of(raw: str) -> int:
    return parse_duration(raw)  # a DurationError is a ValueError with its words


def time_of_day(raw: str) -> time:
    return parse_time_of_day(raw)
