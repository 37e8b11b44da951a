"""The shape every command has: a frozen, typed dataclass whose fields are its arguments.

`parse(raw)` turns untrusted JSON into the command (every bad field a `CommandError`, nothing
applied); `apply(show, now)` carries it out or raises `CommandError` having changed nothing, and
returns an `Outcome`. `to_raw()` is the canonical JSON form that the journal records and replay
parses again. The registry of all commands is core/commands.py.

Fields declare their check with `arg(check)`; a field whose JSON name is a Python keyword
(`from`) gives it as `name=`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Self

from runofshow.core.clock import Instant
from runofshow.core.fields import Check, CommandError
from runofshow.core.history import UndoStep
from runofshow.core.show import Show


@dataclass(frozen=True, slots=True)
class Outcome:
    """What applying a command gave: a step to undo it, what it has to say, or both."""

    undo: UndoStep | None = None
    result: dict[str, Any] | None = None
    #: The command is `undo`: the dispatcher reverts the history's last step.
    undo_last: bool = False
    #: The command is `redo`: the dispatcher applies again what the last undo reverted.
    redo_last: bool = False
    #: The command is `plan_save`: write the live plan to this path ("": the file it came from).
    save_plan: str | None = None
    #: The command is `reload`: read the event file again.
    reload: bool = False


NOTHING = Outcome()


def arg(check: Check, *, name: str | None = None, required: bool = True) -> Any:
    """A command field: its check, its JSON name if not the field's, and whether it may be left out."""
    metadata = {"check": check, "name": name}
    if required:
        return dataclasses.field(metadata=metadata)
    return dataclasses.field(default=None, metadata=metadata)


@dataclass(frozen=True, slots=True)
class _Spec:
    attr: str
    name: str
    check: Check
    required: bool


_SPECS: dict[type[Command], tuple[_Spec, ...]] = {}  # filled on first use; classes never change


def _specs(cls: type[Command]) -> tuple[_Spec, ...]:
    specs = _SPECS.get(cls)
    if specs is None:
        specs = _SPECS[cls] = tuple(
            _Spec(f.name, f.metadata.get("name") or f.name, f.metadata["check"], f.default is dataclasses.MISSING)
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]  # every subclass is a dataclass
        )
    return specs


def argument_names(cls: type[Command]) -> tuple[frozenset[str], frozenset[str]]:
    """(required, optional) JSON argument names of a command."""
    specs = _specs(cls)
    return frozenset(s.name for s in specs if s.required), frozenset(s.name for s in specs if not s.required)


class Command:
    """Base of every command; subclasses are `@dataclass(frozen=True, slots=True)`."""

    __slots__ = ()
    action: ClassVar[str]
    #: False for a command that changes nothing in the show (it is not written to the journal).
    journaled: ClassVar[bool] = True

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Self:
        """Validate `{"action": ..., ...}` for this command; raise `CommandError` naming what is wrong."""
        specs = _specs(cls)
        known = {s.name for s in specs}
        given = set(raw) - {"action"}
        extra = sorted(given - known)
        if extra:
            raise CommandError("'{action}' takes no argument '{extra}'", action=cls.action, extra=extra[0])
        missing = sorted(s.name for s in specs if s.required and s.name not in given)
        if missing:
            raise CommandError("'{action}' needs \"{missing}\"", action=cls.action, missing=missing[0])
        values = {s.attr: s.check(raw[s.name], s.name) for s in sorted(specs, key=lambda s: s.name) if s.name in given}
        command = cls(**values)
        command.validate()
        return command

    def validate(self) -> None:
        """Checks across fields; raise `CommandError`."""

    def admissible(self, show: Show, now: Instant) -> None:
        """Checks against the show made before the command is recorded, at `now` (a rate is a
        number of commands in a while): a refusal here is not journaled (a stranger's flood of
        refused requests must not fill the disk). Raise `CommandError`; `apply` must still check
        what it relies on."""

    def to_raw(self) -> dict[str, Any]:
        """The canonical JSON form (what the journal keeps)."""
        out: dict[str, Any] = {"action": self.action}
        for spec in _specs(type(self)):
            value = getattr(self, spec.attr)
            if value is not None:
                out[spec.name] = value.value if isinstance(value, StrEnum) else value
        return out

    def apply(self, show: Show, now: Instant) -> Outcome:
        raise NotImplementedError
