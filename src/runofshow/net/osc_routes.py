"""OSC addresses for every action of the API, made from the one list of commands (core/commands.py).

The address is the action's name under /runofshow with each `_` a `/` (`speaker_next` is
`/runofshow/speaker/next`, `floor_accept` `/runofshow/floor/accept`), so an action added to the
registry has its address at once. Its arguments come by position, in the command's own order (the
required ones first), with two exceptions a button wants: `speaker_add` takes the name first and
`message` the text first (to the moderator unless a second argument says otherwise, as the older
`/runofshow/message s TEXT` did). Each argument's kind comes from the command's typed field:

    text      `s`                      ids, names, texts, choices (`standby`, `asked`)
    number    `i`, `f`, `d`, `h`, `s`  seconds: `/runofshow/addtime f 30.0` is half a minute
    whole     `i`, `h`, `f` (whole), `s`   positions, a speaker's time (also "3m")
    flag      `T`, `F`, `i 1`, `i 0`   true or false
    object    `s` JSON text            a segment or a person as in the event file

An `N` (nil) leaves an optional argument out, so a later one can be given. What a button sends
with a command that takes no argument (`i 1`, `f 1.0`, `T`: Companion, a Stream Deck, TouchOSC)
is a press and runs the command; `i 0`, `f 0.0` or `F` is the button's release and does nothing,
so a button that sends 1 when pressed and 0 when let go moves the show on once, not twice.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from runofshow.core.command import Command
from runofshow.core.commands import COMMANDS
from runofshow.net.json_input import BadJsonError, load_json

PREFIX = "/runofshow"


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    WHOLE = "whole"
    FLAG = "flag"
    OBJECT = "object"


#: What a sender may put in the message for each kind, in OSC type tags (docs/network.md).
TAGS: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.TEXT: "s",
        Kind.NUMBER: "i f d h s",
        Kind.WHOLE: "i h f s",
        Kind.FLAG: "T F i",
        Kind.OBJECT: "s (JSON)",
    }
)

#: Argument orders other than the command's own (required first): what a button sends first.
ORDERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "speaker_add": ("name", "time", "type", "position", "segment", "person"),
        "message": ("text", "to", "from", "ref"),
    }
)
#: Values OSC gives an argument left out (the API needs them said).
DEFAULTS: Mapping[str, Mapping[str, Any]] = MappingProxyType({"message": MappingProxyType({"to": "moderator"})})
#: Older addresses, still obeyed: buttons made for them keep working.
OLDER: Mapping[str, str] = MappingProxyType({f"{PREFIX}/addtime": "add_time"})

_NUMBER_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_WHOLE_TEXT = re.compile(r"^[+-]?\d+$")
MAX_NUMBER_TEXT = 24  # as a number in the API's JSON (net/json_input.py)


class OscArgumentError(ValueError):
    """The message's arguments do not make the command (too many, a wrong kind, bad JSON)."""


@dataclass(frozen=True, slots=True)
class Argument:
    name: str
    kind: Kind
    required: bool


@dataclass(frozen=True, slots=True)
class Route:
    address: str
    action: str
    arguments: tuple[Argument, ...]
    defaults: Mapping[str, Any]

    def command(self, args: tuple[Any, ...]) -> dict[str, Any] | None:
        """The API's command for the message's arguments; None for a button's release (nothing to
        do). OscArgumentError when they cannot make it; the command's own checks come after."""
        if len(args) == 1 and _button_value(args[0]) and self._takes_a_press():
            return {"action": self.action, **self.defaults} if args[0] else None
        if len(args) > len(self.arguments):
            raise OscArgumentError(f"{self.address} takes at most {len(self.arguments)} arguments")
        data: dict[str, Any] = {"action": self.action, **self.defaults}
        for argument, value in zip(self.arguments, args, strict=False):
            if value is not None:  # N: left out
                data[argument.name] = _convert(argument.kind, value)
        return data

    def _takes_a_press(self) -> bool:
        """Whether a lone button value is a press, not the first argument: the command needs no
        argument, and its first one (if any) is no number or flag a button could mean."""
        if any(a.required for a in self.arguments):
            return False
        return not self.arguments or self.arguments[0].kind in (Kind.TEXT, Kind.OBJECT)


def _button_value(value: Any) -> bool:
    return isinstance(value, bool | int | float)


def _convert(kind: Kind, value: Any) -> Any:
    """The OSC value as the API's JSON would carry it; what does not fit is passed on as it is,
    for the command's check to refuse in its own words."""
    if isinstance(value, bytes | tuple):  # a blob, a MIDI message, a colour: never an argument here
        raise OscArgumentError("a blob, MIDI or colour argument is not taken")
    if kind is Kind.NUMBER:
        if isinstance(value, str) and len(value) <= MAX_NUMBER_TEXT and _NUMBER_TEXT.match(value.strip()):
            value = float(value) if "." in value else int(value)
        if isinstance(value, float) and math.isfinite(value):
            # A float32 carries 7 digits: 30.1 arrives as 30.100000381469727; the millisecond is what was meant.
            return round(value, 3)
        return value
    if kind is Kind.WHOLE:
        if isinstance(value, str) and len(value) <= MAX_NUMBER_TEXT and _WHOLE_TEXT.match(value.strip()):
            return int(value)
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        return value
    if kind is Kind.FLAG:
        if isinstance(value, int | float) and not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        return value
    if kind is Kind.OBJECT and isinstance(value, str):
        try:
            return load_json(value)  # within the API's bounds: depth, items, numbers
        except BadJsonError as exc:
            raise OscArgumentError(f"not JSON: {exc}") from None
    return value


def _kind(hint: Any) -> Kind:
    """The kind of a command field's type (`str | None`, `float`, `Cue`, `dict[str, Any]`)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        (hint,) = (member for member in typing.get_args(hint) if member is not type(None))
    hint = typing.get_origin(hint) or hint
    if hint is bool:
        return Kind.FLAG
    if hint is int:
        return Kind.WHOLE
    if hint is float:
        return Kind.NUMBER
    if hint is str or (isinstance(hint, type) and issubclass(hint, StrEnum)):
        return Kind.TEXT
    if hint is dict:
        return Kind.OBJECT
    raise TypeError(f"no OSC argument kind for {hint!r}")


def address_of(action: str) -> str:
    return f"{PREFIX}/{action.replace('_', '/')}"


def route_of(command: type[Command]) -> Route:
    hints = typing.get_type_hints(command)
    fields = dataclasses.fields(command)  # type: ignore[arg-type]  # every command is a dataclass
    defaults = DEFAULTS.get(command.action, MappingProxyType({}))
    arguments = {
        (f.metadata.get("name") or f.name): Argument(
            f.metadata.get("name") or f.name,
            _kind(hints[f.name]),
            f.default is dataclasses.MISSING and (f.metadata.get("name") or f.name) not in defaults,
        )
        for f in fields
    }
    order = ORDERS.get(command.action) or (
        *(name for name, a in arguments.items() if a.required),
        *(name for name, a in arguments.items() if not a.required),
    )
    return Route(address_of(command.action), command.action, tuple(arguments[name] for name in order), defaults)


def build_routes() -> dict[str, Route]:
    """Address → route, for every command of the registry, and the older addresses."""
    routes = {route.address: route for route in map(route_of, COMMANDS)}
    by_action = {route.action: route for route in routes.values()}
    for address, action in OLDER.items():
        routes[address] = dataclasses.replace(by_action[action], address=address)
    return routes


ROUTES: Mapping[str, Route] = MappingProxyType(build_routes())


def signature(route: Route) -> str:
    """The arguments as docs/network.md lists them: `speaker s, position i, [segment s]`."""
    short = {Kind.TEXT: "s", Kind.NUMBER: "f", Kind.WHOLE: "i", Kind.FLAG: "T", Kind.OBJECT: "s:json"}
    parts = [f"{a.name} {short[a.kind]}" if a.required else f"[{a.name} {short[a.kind]}]" for a in route.arguments]
    return ", ".join(parts) or "none"
