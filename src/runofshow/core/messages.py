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

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None
