"""The one registry of commands: every action the API, WebSocket, OSC, keys and replay know.

Each action is a frozen, typed dataclass (core/command.py) listed in `COMMANDS`;
`parse_command` finds its class by name and lets it parse the rest. Nothing else dispatches on
action names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from runofshow.core.command import Command
from runofshow.core.fields import CommandError
from runofshow.core.floor_actions import FloorAccept, FloorClear, FloorDecline, FloorRequestAsk, FloorWithdraw
from runofshow.core.lower_third import LowerThird
from runofshow.core.message_actions import AcknowledgeMessage, Redo, SendMessage, Undo
from runofshow.core.plan_actions import AddQuestion, FitToEnd, MarkQuestion, MoveTime
from runofshow.core.plan_edit_actions import (
    PersonAdd,
    PersonRemove,
    PersonUpdate,
    PlanSave,
    Reload,
    SegmentInsert,
    SegmentMove,
    SegmentRemove,
    SegmentUpdate,
)
from runofshow.core.queue_actions import (
    SpeakerAdd,
    SpeakerCue,
    SpeakerMove,
    SpeakerNext,
    SpeakerPause,
    SpeakerRemove,
    SpeakerRequeue,
    SpeakerResume,
    SpeakerSkip,
    SpeakerStop,
    SpeakerTime,
)
from runofshow.core.show_actions import AddTime, Goto, Next, Pause, Previous, Resume, SetNotes, Start, Toggle

COMMANDS: tuple[type[Command], ...] = (
    Start,
    Pause,
    Resume,
    Toggle,
    Next,
    Previous,
    Goto,
    AddTime,
    SetNotes,
    SpeakerNext,
    SpeakerStop,
    SpeakerPause,
    SpeakerResume,
    SpeakerAdd,
    SpeakerMove,
    SpeakerRemove,
    SpeakerSkip,
    SpeakerRequeue,
    SpeakerCue,
    SpeakerTime,
    SendMessage,
    AcknowledgeMessage,
    LowerThird,
    FloorRequestAsk,
    FloorWithdraw,
    FloorAccept,
    FloorDecline,
    FloorClear,
    Undo,
    Redo,
    FitToEnd,
    MoveTime,
    MarkQuestion,
    AddQuestion,
    SegmentInsert,
    SegmentUpdate,
    SegmentRemove,
    SegmentMove,
    PersonAdd,
    PersonRemove,
    PersonUpdate,
    PlanSave,
    Reload,
)

#: Action name → command class.
REGISTRY: Mapping[str, type[Command]] = MappingProxyType({command.action: command for command in COMMANDS})


def _note_as_set_notes(data: Mapping[str, Any]) -> dict[str, Any]:
    # `note {text, segment?}` came first; it is `set_notes` with the text as "notes".
    if "notes" in data:
        raise CommandError("'{action}' takes no argument '{extra}'", action="note", extra="notes")
    if "text" not in data:
        raise CommandError("'{action}' needs \"{missing}\"", action="note", missing="text")
    rest = {key: value for key, value in data.items() if key not in ("action", "text")}
    return {"action": SetNotes.action, "notes": data["text"], **rest}


#: Older names still accepted: action → the rewrite into the current form.
ALIASES: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = MappingProxyType({"note": _note_as_set_notes})

ACTION_NAMES = (*REGISTRY, *ALIASES)


def parse_command(data: Any) -> Command:
    """Validate `{"action": ..., ...}` from anyone; raise `CommandError` naming what is wrong."""
    if not isinstance(data, dict):
        raise CommandError('a command must be a JSON object like {"action": "next"}')
    action = data.get("action")
    if not isinstance(action, str):
        raise CommandError('missing "action" (one of: {actions})', actions=", ".join(ACTION_NAMES))
    alias = ALIASES.get(action)
    if alias is not None:
        data = alias(data)
        action = data["action"]
    command = REGISTRY.get(action)
    if command is None:
        raise CommandError(
            "unknown action '{action}' (one of: {actions})", action=action, actions=", ".join(ACTION_NAMES)
        )
    try:
        return command.parse(data)
    except CommandError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        # A shape a check did not foresee (a list where text was meant): still bad input with an
        # answer, never an exception that closes the sender's connection.
        raise CommandError("'{action}': an argument has the wrong type or shape", action=action) from exc
