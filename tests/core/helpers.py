"""Small helpers for driving a show in tests."""

from __future__ import annotations

from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.show import Show


def do(show: Show, clock: FakeClock, action: str, **arguments: Any) -> None:
    ids = {seg.id for seg in show.event.segments}
    show.apply(parse_command({"action": action, **arguments}, ids), clock.now())
