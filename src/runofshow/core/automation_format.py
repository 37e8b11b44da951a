"""The format of automations (core/automations.py): the event file's `automations:` list and the
app-wide ones in the preferences, read by one walk and written back as the same data.

The shapes join the event format (core/plan_format.py puts `automations` at its top level), so
the JSON Schema, docs/event-file.md's test and `runofshow check` see them like any other key.
What a walk of shapes cannot say is read here: exactly one of `http` or `osc`, placeholders that
exist, segment ids the plan has, a body kept with its JSON types and within its size.

A body's values keep their types: JSON gives them typed, and YAML's unquoted scalars that read as
a number or true/false come marked (`Unquoted`, files/yaml_data.py), so `args: [1]` is the number
1 and `args: ["1"]` the text "1", in a file as in the journal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from runofshow.core.automations import (
    DEFAULT_RETRIES,
    HTTP_METHODS,
    MAX_AUTOMATIONS,
    MAX_BODY_BYTES,
    MAX_HEADERS,
    MAX_OSC_ARGS,
    MAX_RETRIES,
    MAX_URL_CHARS,
    PLACEHOLDER,
    PLACEHOLDERS,
    TRIGGERS,
    URL_SCHEMES,
    Automation,
    HttpAction,
    OscAction,
    Trigger,
    json_bytes,
    literal_address,
    on_this_network,
    placeholders_in,
)
from runofshow.core.data_walk import DataWalk, Field, Fields, Items, Path, Shape, TextList, Unquoted
from runofshow.core.event import SEGMENT_KINDS, Segment
from runofshow.core.fields import MAX_ID_CHARS, MAX_NOTES_CHARS
from runofshow.core.suggest import did_you_mean
from runofshow.core.value_rules import Rule, Text, shown
from runofshow.core.wording import Words, WordsError

#: How deep a body may nest, and how many items a list or keys a mapping in it may hold (the
#: journal's plan record reads its mappings with the same bound: core/plan_data.py).
MAX_BODY_DEPTH = 6
MAX_BODY_ITEMS = 50
MAX_HEADER_CHARS = 1_000
#: An HTTP header's name: a token (RFC 9110).
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
#: YAML 1.2's core schema: what an unquoted scalar means when it is not text.
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_TRUE = ("true", "True", "TRUE")
_FALSE = ("false", "False", "FALSE")


# --- the rules of values ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TriggerRule(Rule[Trigger]):
    def read(self, raw: str) -> Trigger:
        value = raw.strip()
        if value in TRIGGERS:
            return Trigger(value)
        raise WordsError(
            "unknown trigger '{raw}' (one of: {choices}){hint}",
            raw=shown(value),
            choices=", ".join(TRIGGERS),
            hint=did_you_mean(value, TRIGGERS),
        )

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": list(TRIGGERS)}


@dataclass(frozen=True, slots=True)
class MethodRule(Rule[str]):
    def read(self, raw: str) -> str:
        value = raw.strip().upper()
        if value in HTTP_METHODS:
            return value
        choices = ", ".join(HTTP_METHODS)
        raise WordsError("unknown HTTP method '{raw}' (one of: {choices})", raw=shown(raw), choices=choices)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": [*HTTP_METHODS, *(m.lower() for m in HTTP_METHODS)]}


@dataclass(frozen=True, slots=True)
class UrlRule(Rule[str]):
    """http(s)://HOST[:PORT]/PATH?QUERY; placeholders only after the host (the host is checked
    before anything is sent, so it cannot come from a value)."""

    def read(self, raw: str) -> str:
        url = Text(MAX_URL_CHARS, one_line=True).read(raw)
        if " " in url:
            raise WordsError("'{raw}' is not an http:// or https:// address", raw=shown(url))
        try:
            parts = urlsplit(url)
            port = parts.port  # a port that is not a number raises here
        except ValueError:
            raise WordsError("'{raw}' is not an http:// or https:// address", raw=shown(url)) from None
        if parts.scheme not in URL_SCHEMES or not parts.hostname or (port is not None and not 0 < port < 65536):
            raise WordsError("'{raw}' is not an http:// or https:// address", raw=shown(url))
        if "{" in parts.netloc or "}" in parts.netloc or "@" in parts.netloc:
            raise WordsError("placeholders go in the address's path or query, not in its host: '{raw}'", raw=shown(url))
        return url

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "maxLength": MAX_URL_CHARS, "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"}


@dataclass(frozen=True, slots=True)
class OscTarget(Rule[tuple[str, int]]):
    """`HOST:PORT`, `[IPv6]:PORT`."""

    def read(self, raw: str) -> tuple[str, int]:
        value = raw.strip()
        bracketed = re.fullmatch(r"\[([0-9A-Fa-f:.%A-Za-z]+)\]:([0-9]{1,5})", value)
        plain = re.fullmatch(r"([A-Za-z0-9._-]+):([0-9]{1,5})", value)
        found = bracketed or plain
        if found is None or not 0 < int(found.group(2)) < 65536:
            raise WordsError("'{raw}' is not HOST:PORT (e.g. 10.0.0.6:53000)", raw=shown(value))
        return found.group(1), int(found.group(2))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^(\[[0-9A-Fa-f:.%A-Za-z]+\]|[A-Za-z0-9._-]+):[0-9]{1,5}$"}


@dataclass(frozen=True, slots=True)
class OscAddress(Rule[str]):
    """An OSC address: `/` and printable ASCII, no spaces, `#`, `,` or braces (no placeholders)."""

    def read(self, raw: str) -> str:
        value = raw.strip()
        if not re.fullmatch(r"/[!-~]{0,199}", value) or any(c in value for c in "#,{}"):
            raise WordsError(
                "an OSC address starts with / and holds no spaces, #, commas or braces: '{raw}'", raw=shown(value)
            )
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": '^/[!-"$-+\\--z|~]*$', "maxLength": 200}


@dataclass(frozen=True, slots=True)
class Retries(Rule[int]):
    def read(self, raw: str) -> int:
        value = raw.strip()
        if not value.isdigit() or int(value) > MAX_RETRIES:
            raise WordsError("a whole number from 0 to {limit}", limit=MAX_RETRIES)
        return int(value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer", "minimum": 0, "maximum": MAX_RETRIES}


@dataclass(frozen=True, slots=True)
class JsonValue:
    """Any JSON value (a body), at most MAX_BODY_BYTES as JSON."""

    doc: str

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": ["object", "array", "string", "number", "boolean", "null"], "description": self.doc}


@dataclass(frozen=True, slots=True)
class OscArgs:
    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "array",
            "maxItems": MAX_OSC_ARGS,
            "items": {"type": ["string", "number", "boolean", "null"]},
        }


@dataclass(frozen=True, slots=True)
class Headers:
    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "maxProperties": MAX_HEADERS,
            "propertyNames": {"pattern": HEADER_NAME.pattern.removesuffix("\\Z")},
            "additionalProperties": {"type": "string", "maxLength": MAX_HEADER_CHARS},
        }


# --- the shapes ------------------------------------------------------------------------------
HTTP = Shape(
    "'http'",
    {
        "method": Field(MethodRule(), doc="GET, POST (default), PUT, PATCH or DELETE."),
        "url": Field(UrlRule(), required=True, doc="http(s)://HOST[:PORT]/PATH; placeholders in the path and query."),
        "body": Field(JsonValue("Sent as JSON; its texts may hold placeholders such as {segment.title}.")),
        "headers": Field(Headers(), doc="Extra request headers (e.g. Authorization)."),
    },
)
OSC = Shape(
    "'osc'",
    {
        "to": Field(OscTarget(), required=True, doc="HOST:PORT the UDP packet goes to."),
        "address": Field(OscAddress(), required=True, doc="The OSC address, e.g. /cue/red/start."),
        "args": Field(OscArgs(), doc="Numbers, texts (placeholders allowed), true/false, null."),
    },
)
AUTOMATION = Shape(
    Words("an automation"),
    {
        "on": Field(TriggerRule(), required=True, doc="When it fires."),
        "segments": Field(
            TextList(Text(MAX_ID_CHARS, one_line=True), MAX_AUTOMATIONS),
            doc="Only for these segments: ids or kinds (default every segment).",
        ),
        "http": Field(HTTP, doc="An HTTP request (this or osc)."),
        "osc": Field(OSC, doc="An OSC message over UDP (this or http)."),
        "retries": Field(Retries(), doc=f"Attempts after a failure (default {DEFAULT_RETRIES})."),
    },
    name="automation",
    doc="What goes out to the crew's gear when something happens in the show.",
)
AUTOMATIONS = Items(AUTOMATION, "'automations'", MAX_AUTOMATIONS)


# --- reading ---------------------------------------------------------------------------------
def typed(text: str) -> Any:
    """An unquoted YAML scalar as YAML 1.2 reads it: a number, true/false, else the text."""
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        number = float(text)
        if math.isfinite(number):
            return number
    return str.__str__(text)


class AutomationReader:
    """Reads automations with a format's walk (its problems are that walk's, at their paths).

    `segments`: the plan's (a filter must name one of them or a kind); None for the app-wide
    automations, which serve any plan."""

    def __init__(self, walk: DataWalk, segments: Sequence[Segment] | None) -> None:
        self.walk = walk
        self.known = None if segments is None else {s.id for s in segments} | set(SEGMENT_KINDS)
        self.ids = [] if segments is None else [s.id for s in segments]

    def all(self, data: Any, path: Path) -> tuple[Automation, ...]:
        out = []
        for i, item in enumerate(self.walk.items(data, path, AUTOMATIONS) or ()):
            one = self.one(item, (*path, i))
            if one is not None:
                out.append(one)
        return tuple(out)

    def one(self, data: Any, path: Path) -> Automation | None:
        walk = self.walk
        f = walk.fields(data, path, AUTOMATION)
        if f is None:
            return None
        on = walk.required(f, "on")
        segments = walk.texts(f, "segments")
        if self.known is not None:
            for j, name in enumerate(segments):
                if name not in self.known:
                    hint = did_you_mean(name, [*self.ids, *SEGMENT_KINDS])
                    where = (*f.at("segments"), j) if isinstance(f.raw("segments"), list) else f.at("segments")
                    words = Words("no segment or kind '{name}' in this plan{hint}", name=shown(name), hint=hint)
                    walk.error(where, words)
        retries = walk.read(f, "retries")
        http, osc = f.has("http"), f.has("osc")
        if http and osc:
            walk.error(f.at("osc"), Words("an automation sends one thing: 'http' or 'osc', not both"), at_key=True)
            return None
        if not http and not osc:
            walk.error(path, Words("an automation needs 'http' or 'osc'"))
            return None
        action = self.http(f) if http else self.osc(f)
        if on is None or action is None:
            return None
        return Automation(on, action, tuple(segments), DEFAULT_RETRIES if retries is None else retries)

    def http(self, parent: Fields) -> HttpAction | None:
        walk = self.walk
        f = walk.fields(parent.raw("http"), parent.at("http"), HTTP)
        if f is None:
            return None
        method = walk.read(f, "method") or "POST"
        url = walk.required(f, "url")
        if url is not None:
            self.placeholders([url], f.at("url"))
        body = None
        if f.has("body"):
            body = self.json(f.raw("body"), f.at("body"), 0)
            if not walk.failed:
                size = len(json_bytes(body))
                if size > MAX_BODY_BYTES:
                    words = Words("the body is {size} bytes as JSON; at most {limit}", size=size, limit=MAX_BODY_BYTES)
                    walk.error(f.at("body"), words)
        headers = self.headers(f) if f.has("headers") else ()
        if url is None:
            return None
        return HttpAction(method, url, body, headers)

    def osc(self, parent: Fields) -> OscAction | None:
        walk = self.walk
        f = walk.fields(parent.raw("osc"), parent.at("osc"), OSC)
        if f is None:
            return None
        target = walk.required(f, "to")
        address = walk.required(f, "address")
        args: list[Any] = []
        if f.has("args"):
            raw, at = f.raw("args"), f.at("args")
            if not isinstance(raw, list):
                raw = [raw]  # one argument written alone
            if len(raw) > MAX_OSC_ARGS:
                walk.error(at, Words("{what} has more than {limit} items", what="'args'", limit=MAX_OSC_ARGS))
                raw = []
            for j, item in enumerate(raw):
                place = (*at, j) if isinstance(f.raw("args"), list) else at
                if isinstance(item, list | dict) and not _unquoted_placeholder(item):
                    walk.error(place, Words("an OSC argument is a number, a text, true/false or null"))
                    continue
                args.append(self.json(item, place, 0))
        if target is None or address is None:
            return None
        return OscAction(target[0], target[1], address, tuple(args))

    def headers(self, f: Fields) -> tuple[tuple[str, str], ...]:
        walk = self.walk
        raw, at = f.raw("headers"), f.at("headers")
        if not isinstance(raw, dict):
            walk.error(at, Words("{what} must be a mapping of 'key: value' lines", what="'headers'"))
            return ()
        if len(raw) > MAX_HEADERS:
            walk.error(at, Words("{what} has more than {limit} items", what="'headers'", limit=MAX_HEADERS))
            return ()
        out = []
        for name, value in raw.items():
            place = (*at, str(name))
            if not isinstance(name, str) or not HEADER_NAME.match(name):
                walk.error(place, Words("'{name}' is not a header name", name=shown(str(name))), at_key=True)
                continue
            text = walk.value(value, place, Text(MAX_HEADER_CHARS, one_line=True))
            if text is not None:
                out.append((str.__str__(name), text))
        return tuple(out)

    def json(self, raw: Any, path: Path, depth: int) -> Any:
        """A body's value with its JSON type, its texts' placeholders checked."""
        walk = self.walk
        if depth > MAX_BODY_DEPTH:
            walk.error(path, Words("nests too deeply"))
            return None
        if raw is None or isinstance(raw, bool | int):
            return raw
        if isinstance(raw, float):
            if not math.isfinite(raw):
                walk.error(path, Words("is not a number"))
                return None
            return raw
        if isinstance(raw, Unquoted):
            return typed(raw)
        if isinstance(raw, str):
            return self.text(raw, path)
        if isinstance(raw, list):
            if len(raw) > MAX_BODY_ITEMS:
                walk.error(path, Words("{what} has more than {limit} items", what="'body'", limit=MAX_BODY_ITEMS))
                return None
            return [self.json(item, (*path, i), depth + 1) for i, item in enumerate(raw)]
        if isinstance(raw, dict):
            if _unquoted_placeholder(raw):
                name = next(iter(raw))
                walk.error(path, Words("write a placeholder in quotes: {shown}", shown=f'"{{{name}}}"'))
                return None
            if len(raw) > MAX_BODY_ITEMS:
                walk.error(path, Words("{what} has more than {limit} items", what="'body'", limit=MAX_BODY_ITEMS))
                return None
            out = {}
            for key, item in raw.items():
                if not isinstance(key, str):
                    walk.error(path, Words("keys must be text"))
                    continue
                out[str.__str__(key)] = self.json(item, (*path, key), depth + 1)
            return out
        walk.error(path, Words("must be text, a number, true/false, a list or a mapping"))
        return None

    def text(self, raw: str, path: Path) -> str | None:
        value = self.walk.value(raw, path, Text(MAX_NOTES_CHARS))
        if value is not None:
            self.placeholders([value], path)
        return value

    def placeholders(self, texts: Iterable[str], path: Path) -> None:
        for text in texts:
            for name in placeholders_in(text):
                if name not in PLACEHOLDERS:
                    hint = did_you_mean(name, list(PLACEHOLDERS))
                    words = Words("unknown placeholder {name}{hint}", name=f"{{{name}}}", hint=hint)
                    self.walk.error(path, words, named=True)


def _unquoted_placeholder(value: Any) -> bool:
    """`{segment.title}` written without quotes: YAML reads a mapping of one key and no value."""
    return (
        isinstance(value, dict)
        and len(value) == 1
        and next(iter(value.values())) is None
        and str(next(iter(value))) in PLACEHOLDERS
    )


def host_warnings(automations: Sequence[Automation], path: Path, walk: DataWalk) -> None:
    """A host written as an address that is not on this computer's networks: it goes out only when
    the preferences allow automations to other hosts (a name is looked up when it is sent)."""
    for i, automation in enumerate(automations):
        action = automation.action
        host = action.host if isinstance(action, OscAction) else (urlsplit(action.url).hostname or "")
        address = literal_address(host)
        if address is not None and not on_this_network(address):
            key = "osc" if isinstance(action, OscAction) else "http"
            walk.warn(
                (*path, i, key),
                Words(
                    "{host} is not on this network: sent only when the preferences allow automations to other hosts",
                    host=host,
                ),
            )


# --- writing ---------------------------------------------------------------------------------
def automation_data(automation: Automation) -> dict[str, Any]:
    """An automation as the event file (and the journal, and the settings) write it."""
    out: dict[str, Any] = {"on": automation.on.value}
    if automation.segments:
        out["segments"] = list(automation.segments)
    action = automation.action
    if isinstance(action, HttpAction):
        http: dict[str, Any] = {"method": action.method, "url": action.url}
        if action.body is not None:
            http["body"] = action.body
        if action.headers:
            http["headers"] = dict(action.headers)
        out["http"] = http
    else:
        host = f"[{action.host}]" if ":" in action.host else action.host
        osc: dict[str, Any] = {"to": f"{host}:{action.port}", "address": action.address}
        if action.args:
            osc["args"] = list(action.args)
        out["osc"] = osc
    if automation.retries != DEFAULT_RETRIES:
        out["retries"] = automation.retries
    return out


def read_automations(data: Any, segments: Sequence[Segment] | None = None) -> tuple[Automation, ...]:
    """Automations from plain data (the preferences' JSON): the first problem as a WordsError that
    names its place (`automations[2].http.url: ...`)."""
    from runofshow.core.data_walk import TooManyProblemsError

    walk = DataWalk(first_error_only=True)
    try:
        made = AutomationReader(walk, segments).all(data, ("automations",))
    except TooManyProblemsError:
        made = ()
    problem = walk.first_error()
    if problem is not None:
        raise WordsError("{where}: {problem}", where=problem.where(), problem=problem.words)
    return made


__all__ = [
    "AUTOMATION",
    "AUTOMATIONS",
    "HTTP",
    "OSC",
    "PLACEHOLDER",
    "AutomationReader",
    "automation_data",
    "host_warnings",
    "read_automations",
    "typed",
]
