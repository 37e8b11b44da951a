"""Small helpers for driving a show in tests."""

from __future__ import annotations

from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.dispatch import Dispatcher
from runofshow.core.show import Show

# One dispatcher (and so one undo history) per show, as in the app; keyed by identity because
# shows are mutable dataclasses (unhashable) and the tests keep them alive anyway.
_DISPATCHERS: dict[int, tuple[Show, Dispatcher]] = {}


def dispatcher_of(show: Show) -> Dispatcher:
    kept = _DISPATCHERS.get(id(show))
    if kept is None or kept[0] is not show:
        kept = (show, Dispatcher(show))
        _DISPATCHERS[id(show)] = kept
    return kept[1]


def do(show: Show, clock: FakeClock, action: str, **arguments: Any) -> dict[str, Any] | None:
    return dispatcher_of(show).apply(parse_command({"action": action, **arguments}), clock.now()).result
