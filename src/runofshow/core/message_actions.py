"""Messages between the stage manager, the moderator and the speaker's screen; and undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import NOTHING, Command, Outcome, arg
from runofshow.core.fields import CommandError
from runofshow.core.kinds import Recipient
from runofshow.core.messages import Message
from runofshow.core.show import MAX_MESSAGES, Show

MAX_SENDER_CHARS = 60
sender_text = fields.text(MAX_SENDER_CHARS, empty_ok=True, one_line=True)


@dataclass(frozen=True, slots=True)
class SendMessage(Command):
    action: ClassVar[str] = "message"
    to: Recipient = arg(fields.choice(Recipient))
    text: str = arg(fields.message_text)
    #: Who writes (the booth's token always sends "booth"); left out: the stage manager.
    sender: str | None = arg(sender_text, name="from", required=False)
    #: The sender's id for the message (a venue's UUID): its acknowledgement goes back under it.
    ref: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        show.messages_sent += 1
        sender, ref = self.sender or "", self.ref or ""
        message = Message(f"m{show.messages_sent}", self.to, self.text, now, sender=sender, ref=ref)
        show.messages.append(message)
        del show.messages[:-MAX_MESSAGES]
        return Outcome(result={"message": message.id})  # to follow its acknowledgement by id


@dataclass(frozen=True, slots=True)
class AcknowledgeMessage(Command):
    action: ClassVar[str] = "message_ack"
    id: str = arg(fields.ident)

    def apply(self, show: Show, now: Instant) -> Outcome:
        found = next((m for m in show.messages if m.id == self.id), None)
        if found is None:
            raise CommandError("no message '{id}'", id=self.id)
        if found.acknowledged_at is None:
            found.acknowledged_at = now
        return NOTHING


@dataclass(frozen=True, slots=True)
class Undo(Command):
    """Undo the last undoable change; the dispatcher keeps the history (core/dispatch.py)."""

    action: ClassVar[str] = "undo"

    def apply(self, show: Show, now: Instant) -> Outcome:
        return Outcome(undo_last=True)


@dataclass(frozen=True, slots=True)
class Redo(Command):
    """Do again what `undo` last undid (until something new is done)."""

    action: ClassVar[str] = "redo"

    def apply(self, show: Show, now: Instant) -> Outcome:
        return Outcome(redo_last=True)
