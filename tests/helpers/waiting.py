"""Waiting for something a real process, server or thread does: time must pass for real."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_for(predicate: Callable[[], bool], seconds: float = 15.0) -> bool:
    """A real broker and paho's thread: time must pass (bounds for a busy two-core machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
