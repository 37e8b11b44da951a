"""OSC control over UDP (`--osc [HOST:]PORT`, off by default), for Companion, Stream Deck, QLab.

Uses python-osc, the well-kept reference implementation, rather than a home-made OSC parser.
OSC has no authentication: it listens on 127.0.0.1 unless told otherwise. Every message goes
through the same validated commands as the API; unknown addresses and bad arguments are
ignored (and counted), and malformed packets never reach the show. One thread handles the
packets in turn (a flood cannot start a thread each), and at most RATE commands a second pass
on average, BURST at once: each message of a bundle counts, so one bundle of 200 `addtime`s adds
at most BURST of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import BlockingOSCUDPServer

from runofshow.core.clock import Clock, SystemClock
from runofshow.core.fields import CommandError
from runofshow.net.api import PortUnavailableError
from runofshow.net.limits import TokenBucket

RATE = 20.0  # commands a second, on average: far more than a person pressing buttons
BURST = 40.0

PREFIX = "/runofshow"


def _no_args(action: str) -> Callable[[tuple[Any, ...]], dict[str, Any] | None]:
    return lambda args: {"action": action} if not args else None


def _one(action: str, key: str, kind: type) -> Callable[[tuple[Any, ...]], dict[str, Any] | None]:
    def build(args: tuple[Any, ...]) -> dict[str, Any] | None:
        if len(args) != 1 or isinstance(args[0], bool) or not isinstance(args[0], kind):
            return None
        return {"action": action, key: args[0]}

    return build


def _message(args: tuple[Any, ...]) -> dict[str, Any] | None:
    if len(args) != 1 or not isinstance(args[0], str):
        return None
    return {"action": "message", "to": "moderator", "text": args[0]}


#: OSC address → how to build the command from the message's arguments.
ROUTES: dict[str, Callable[[tuple[Any, ...]], dict[str, Any] | None]] = {
    f"{PREFIX}/start": _no_args("start"),
    f"{PREFIX}/pause": _no_args("pause"),
    f"{PREFIX}/resume": _no_args("resume"),
    f"{PREFIX}/toggle": _no_args("toggle"),
    f"{PREFIX}/next": _no_args("next"),
    f"{PREFIX}/previous": _no_args("previous"),
    f"{PREFIX}/goto": _one("goto", "segment", str),
    f"{PREFIX}/addtime": _one("add_time", "seconds", int),
    f"{PREFIX}/speaker/next": _no_args("speaker_next"),
    f"{PREFIX}/message": _message,
}


class _QuietServer(BlockingOSCUDPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A packet that broke a handler: say nothing, carry on (python-osc drops unparsable ones)."""


class OscServer:
    def __init__(self, host: str, port: int, command: Callable[[Any], None], clock: Clock | None = None) -> None:
        self._command = command
        self._clock: Clock = clock or SystemClock()
        self._bucket = TokenBucket(RATE, BURST)
        self.accepted = 0
        self.ignored = 0
        self.limited = 0
        dispatcher = Dispatcher()
        for address in ROUTES:
            dispatcher.map(address, self._handle)
        dispatcher.set_default_handler(self._unknown)
        self._server = _QuietServer((host, port), dispatcher)
        self._thread = threading.Thread(target=self._server.serve_forever, name="runofshow-osc", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def _unknown(self, address: str, *args: Any) -> None:
        self.ignored += 1

    def _handle(self, address: str, *args: Any) -> None:
        data = ROUTES[address](args)
        if data is None:
            self.ignored += 1
            return
        if not self._bucket.take(self._clock.now().mono):
            self.limited += 1
            return
        try:
            self._command(data)
        except (CommandError, PortUnavailableError, OSError):
            self.ignored += 1
            return
        self.accepted += 1

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
