"""A thread-safe ShowPort without Qt, for API tests."""

from __future__ import annotations

import threading
from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.pipeline import Pipeline
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.net.access import Access
from runofshow.net.server import ApiServer


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


#: A token for each role, for API tests with every role at once.
CONTROL, STAGE, FLOOR, BOOTH, ROOM, AUDIENCE = (
    "control-token-1234",
    "stage-token-12345",
    "floor-token-12345",
    "booth-token-12345",
    "room-token-123456",
    "audience-token-12",
)


def running_port(show: Show, clock: FakeClock) -> LockedPort:
    """A port on `show` with the cross-border panel running (the API tests' usual moment)."""
    port = LockedPort(show, clock)
    port.command({"action": "goto", "segment": "cross-border"})
    port.command({"action": "start"})
    return port


def role_server(port: LockedPort, **options: Any) -> ApiServer:
    """The API on `port` on an ephemeral loopback port, every role's token (above) accepted; started."""
    access = Access(
        CONTROL, STAGE, floor_token=FLOOR, booth_token=BOOTH, participant_token=ROOM, audience_token=AUDIENCE
    )
    api = ApiServer("127.0.0.1", 0, port, access, poll_interval=0.02, **options)
    api.start()
    return api
