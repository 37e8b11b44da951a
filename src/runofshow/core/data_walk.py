"""Walking plain data (what YAML or JSON gives: dicts, lists, texts, numbers, true/false, null)
against a format's shapes, with every problem pinned to its path.

A format (core/plan_format.py, core/venue_format.py) is written as `Shape`s of `Field`s whose
values are rules (core/value_rules.py) or other shapes, lists and maps; its walk reads data with
this module's `DataWalk`. A problem carries the path of what it is about (`segments[3].duration`),
never a line: the YAML side (files/yaml_data.py) turns the path back into the line and column of
that key or value, and a command says the path itself. The same shapes give the JSON Schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from runofshow.core.durations import MAX_DURATION_S
from runofshow.core.fields import CommandError
from runofshow.core.suggest import did_you_mean
from runofshow.core.value_rules import Rule, Text
from runofshow.core.wording import Words, WordsError

T = TypeVar("T")
Path = tuple[str | int, ...]

#: Problems told about one file before the walk stops (a broken generator can make thousands).
MAX_PROBLEMS = 200


class Spec(Protocol):
    """What a field holds, as far as a JSON Schema is concerned."""

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Field:
    spec: Spec
    required: bool = False
    doc: str = ""

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        out = dict(self.spec.schema(defs))
        if self.required and isinstance(self.spec, Text):
            out["minLength"] = 1  # a required text is not empty either
        if self.doc:
            out["description"] = self.doc
        return out


@dataclass(frozen=True, slots=True)
class Shape:
    """A mapping of known keys: `what` names it in messages (`a segment`, `'event'`)."""

    what: Words | str
    fields: dict[str, Field]
    #: Its name among the schema's `$defs` (None: written where it is used).
    name: str | None = None
    doc: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(k for k, f in self.fields.items() if f.required)

    def body(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "object", "additionalProperties": False}
        if self.doc:
            out["description"] = self.doc
        if self.required:
            out["required"] = list(self.required)
        out["properties"] = {key: f.schema(defs) for key, f in self.fields.items()}
        return out

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.name is None:
            return self.body(defs)
        if self.name not in defs:
            defs[self.name] = {}  # taken first: a shape that holds itself is written once
            defs[self.name] = self.body(defs)
        return {"$ref": f"#/$defs/{self.name}"}


@dataclass(frozen=True, slots=True)
class Items:
    """A list (`- ` items) of at most `limit` things, each as `item` says."""

    item: Spec
    what: str  # `'segments'`: how messages name the list
    limit: int
    at_least_one: bool = False

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array"}
        if self.at_least_one:
            out["minItems"] = 1
        out["maxItems"] = self.limit
        out["items"] = self.item.schema(defs)
        return out


@dataclass(frozen=True, slots=True)
class TextList:
    """A list of texts, or a single text taken as a one-item list."""

    item: Text
    limit: int

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        text = self.item.schema(defs)
        defs.setdefault("textList", {"oneOf": [{"type": "array", "maxItems": self.limit, "items": text}, dict(text)]})
        return {"$ref": "#/$defs/textList"}


@dataclass(frozen=True, slots=True)
class Groups:
    """A mapping of names of one's own (a budget's groups) to values, at most `limit` of them."""

    what: str
    key: Text
    limit: int
    value_types: tuple[str, ...] = ("string", "integer")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "minProperties": 1,
            "maxProperties": self.limit,
            "propertyNames": self.key.schema(defs),
            "additionalProperties": {"type": list(self.value_types)},
        }


@dataclass(frozen=True, slots=True)
class OneOf:
    """One of several forms (a speaker: a person id, a `ref:` to one, or a name of its own)."""

    name: str
    forms: tuple[Spec, ...]

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.name not in defs:
            defs[self.name] = {}
            defs[self.name] = {"oneOf": [form.schema(defs) for form in self.forms]}
        return {"$ref": f"#/$defs/{self.name}"}


@dataclass(frozen=True, slots=True)
class DataProblem:
    """What is wrong at `path` (or, for a warning, what to look at)."""

    path: Path
    words: Words
    warning: bool = False
    #: The value was read by a rule: shown without its path, its key goes first (`duration: ...`).
    named: bool = False
    #: About the key itself (unknown, repeated), not its value.
    at_key: bool = False
    #: Where the first of a repeated id or key is.
    first: Path | None = None

    @property
    def key(self) -> str:
        """The last key on the path: what a message names when it has no path."""
        return next((step for step in reversed(self.path) if isinstance(step, str)), "")

    def where(self, root: str = "") -> str:
        """`segments[3].duration`, `segment.speakers[0]`; `root` names the top (`segment`)."""
        out = root
        for step in self.path:
            out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
        return out or "plan"

    def error(self, root: str = "") -> CommandError:
        """The problem as a command's refusal: `segment.duration: '5 min' is not a duration`."""
        return CommandError("{where}: {problem}", where=self.where(root), problem=self.words)


class TooManyProblemsError(Exception):
    """The walk stopped: enough has been said (MAX_PROBLEMS), or the first error was wanted."""


@dataclass(slots=True)
class Fields:
    """A mapping's known keys, as read: each canonical key with the key as written and its value."""

    shape: Shape
    path: Path
    found: dict[str, tuple[str, Any]] = field(default_factory=dict)

    def has(self, key: str) -> bool:
        """Given, and not null (null is the same as leaving a key out)."""
        return key in self.found and self.found[key][1] is not None

    def raw(self, key: str) -> Any:
        return self.found[key][1] if key in self.found else None

    def at(self, key: str) -> Path:
        """The path of the key's value, as written (`organisation` stays `organisation`)."""
        return (*self.path, self.found[key][0] if key in self.found else key)


class Unquoted(str):
    """A YAML scalar written without quotes that YAML would read as a number or true/false
    (files/yaml_data.py marks them). Everywhere a value is read as text it is the text it was
    written as (`scalar_text` gives a plain str); only a value kept with its JSON type (an
    automation's body, core/automation_format.py) reads it as the number, so `1` and `"1"` differ
    there as they do in JSON."""

    __slots__ = ()


def scalar_text(value: Any) -> str | None:
    """A value as the text a file would hold: numbers and true/false as written, null as None.
    WordsError for a list or a mapping."""
    if value is None:
        return None
    if isinstance(value, str):
        return str(value)  # a plain str (an `Unquoted` never leaves the walk)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) <= MAX_DURATION_S else repr(value)
    if isinstance(value, list):
        raise WordsError("must be text, not a list")
    raise WordsError("must be text, not a mapping")


class DataWalk:
    """Collects problems while a format's walk reads data; `first_error_only` stops at the first
    error (a command is refused with it: no need to read on)."""

    def __init__(self, *, spellings: Mapping[str, str] | None = None, first_error_only: bool = False) -> None:
        self.problems: list[DataProblem] = []
        self.spellings = spellings or {}
        self.first_error_only = first_error_only
        self.failed = False
        self.errors = 0

    # --- problems ------------------------------------------------------------------------
    def error(
        self, path: Path, words: Words, *, named: bool = False, at_key: bool = False, first: Path | None = None
    ) -> None:
        self.failed = True
        self.problems.append(DataProblem(path, words, named=named, at_key=at_key, first=first))
        self.errors += 1
        if self.first_error_only or self.errors >= MAX_PROBLEMS:
            raise TooManyProblemsError

    def warn(self, path: Path, words: Words, *, at_key: bool = False) -> None:
        """A plan that holds but looks wrong; past MAX_PROBLEMS warnings the rest go untold (a plan
        of 2,000 segments that each warn is still a plan: a warning never stops the walk)."""
        if not self.first_error_only and len(self.problems) - self.errors < MAX_PROBLEMS:
            self.problems.append(DataProblem(path, words, warning=True, at_key=at_key))

    def first_error(self) -> DataProblem | None:
        return next((p for p in self.problems if not p.warning), None)

    # --- structure -----------------------------------------------------------------------
    def fields(self, data: Any, path: Path, shape: Shape) -> Fields | None:
        """A mapping's fields, with unknown and repeated keys told (a key may be spelt another
        known way: `organisation`, where the shape has `organization`)."""
        if not isinstance(data, dict):
            self.error(path, Words("{what} must be a mapping of 'key: value' lines", what=shape.what))
            return None
        out = Fields(shape, path)
        for written, value in data.items():
            if not isinstance(written, str):
                self.error(path, Words("keys must be text"))
                continue
            canonical = self.spellings.get(written)
            name = canonical if canonical is not None and canonical in shape.fields else written
            if name not in shape.fields:
                hint = did_you_mean(written, shape.keys) or Words(
                    " in {what} (known: {keys})", what=shape.what, keys=", ".join(shape.keys)
                )
                self.error((*path, written), Words("unknown key '{name}'{hint}", name=written, hint=hint), at_key=True)
                continue
            if name in out.found:
                first = (*path, out.found[name][0])
                self.error((*path, written), Words("duplicate key '{name}'", name=name), at_key=True, first=first)
                continue
            out.found[name] = (written, value)
        for key in shape.required:
            if not out.has(key):
                self.needs(path, shape, key)
        return out

    def needs(self, path: Path, shape: Shape, key: str) -> None:
        self.error(path, Words("{what} needs '{key}'", what=shape.what, key=key))

    def items(self, data: Any, path: Path, spec: Items) -> list[Any] | None:
        if not isinstance(data, list):
            self.error(path, Words("{what} must be a list ('- ' items)", what=spec.what))
            return None
        if len(data) > spec.limit:
            self.error(path, Words("{what} has more than {limit} items", what=spec.what, limit=spec.limit))
            return None
        return data

    # --- values --------------------------------------------------------------------------
    def value(self, raw: Any, path: Path, rule: Rule[T]) -> T | None:
        """`raw` read by `rule`; None for null, or (told) when it cannot be read."""
        try:
            text = scalar_text(raw)
            return None if text is None else rule.read(text)
        except WordsError as exc:
            self.error(path, exc.words, named=True)
            return None

    def read(self, fields: Fields, key: str) -> Any:
        """A field by its shape's rule; None when left out, null, or not readable (told)."""
        spec = fields.shape.fields[key].spec
        assert isinstance(spec, Rule), key
        return self.value(fields.raw(key), fields.at(key), spec) if fields.has(key) else None

    def required(self, fields: Fields, key: str) -> Any:
        """A required field: as `read`, and an empty text (`title: ""`) is missing too."""
        value = self.read(fields, key)
        if value == "" and fields.has(key):
            self.needs(fields.path, fields.shape, key)
            return None
        return value

    def texts(self, fields: Fields, key: str) -> tuple[str, ...]:
        """A list of texts (a single text is a one-item list; null items are left out)."""
        spec = fields.shape.fields[key].spec
        assert isinstance(spec, TextList), key
        raw, path = fields.raw(key), fields.at(key)
        if raw is None:
            return ()
        if not isinstance(raw, list):
            one = self.value(raw, path, spec.item)
            return () if one is None else (one,)
        if len(raw) > spec.limit:
            self.error(path, Words("{what} has more than {limit} items", what=f"'{key}'", limit=spec.limit))
            return ()
        out = []
        for i, item in enumerate(raw):
            one = self.value(item, (*path, i), spec.item)
            if one is not None:
                out.append(one)
        return tuple(out)
