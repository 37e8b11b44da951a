"""A thread-safe ShowPort without Qt, for API tests."""

from __future__ import annotations

import threading
from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.pipeline import Pipeline
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot


class LockedPort:
    def __init__(self, show: Show, clock: FakeClock) -> None:
        self.show = show
        self.clock = clock
        self.lock = threading.Lock()
        self.dispatcher = Dispatcher(show)
        self.pipeline = Pipeline(self.dispatcher, clock.now)

    def state(self) -> dict[str, Any]:
        with self.lock:
            return snapshot(self.show, self.clock.now())

    def command(self, data: Any) -> dict[str, Any] | None:
        with self.lock:
            return self.pipeline.run(data).result
