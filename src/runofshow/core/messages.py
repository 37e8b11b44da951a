"""Short messages between the stage manager, the moderator and the speaker's screen."""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.core.clock import Instant
from runofshow.core.kinds import Recipient


@dataclass(slots=True)
class Message:
    id: str
    to: Recipient
    text: str
    at: Instant
    acknowledged_at: Instant | None = None
    #: Who wrote it ("" for the stage manager, as before senders had names): "booth", a
    #: venue's control room, "moderator".
    sender: str = ""
    #: The sender's own id for it (a venue control room's UUID), to tell them when it was seen.
    ref: str = ""

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None
