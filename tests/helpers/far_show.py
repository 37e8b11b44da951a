"""A show on another laptop as a window sees it (the stage manager's, the standby's): a state,
a link that may be down, and the commands sent, for tests of windows that follow a far show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot


class FarShow(QObject):
    """A show on another laptop as the window sees it: a state, and a link that may be down."""

    changed = Signal()
    tick = Signal()

    def __init__(self, show: Show, clock: FakeClock) -> None:
        super().__init__()
        self.show, self.clock = show, clock
        self.up = True
        self.lost = 0.0
        self.fallback: str | None = None
        self.sent: list[dict[str, Any]] = []

    def snapshot(self) -> dict[str, Any]:
        return snapshot(self.show, self.clock.now())

    def act(self, action: str, **arguments: Any) -> bool:
        self.sent.append({"action": action, **arguments})
        return True

    def seconds_since_state(self) -> float:
        return 0.0

    def status(self) -> str:
        return "" if self.up else " · reconnecting…"

    def linked(self) -> bool | None:
        return self.up

    def lost_for(self) -> float:
        return self.lost

    def following_fallback(self) -> str | None:
        return self.fallback
