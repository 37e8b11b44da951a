"""OSC control over UDP (`--osc [HOST:]PORT`, off by default), for Companion, Stream Deck, QLab.

Uses python-osc, the well-kept reference implementation, to read each message and match its
address; the datagram around them is checked first (net/osc_packet.py: bundles walked within
bounds, type tags checked), because python-osc's own bundle walk loops for ever on an element of
negative size. OSC has no authentication: it listens on 127.0.0.1 unless told otherwise, and takes
packets only from the addresses it is told (`--osc-allow`; loopback by default), so that a server
opened to the network for one Companion is not opened to every laptop on the Wi-Fi. Every action
of the API has its address (net/osc_routes.py), and every message goes through the same validated
commands as the API, marked as OSC's (`osc@ADDRESS`); unknown addresses, bad arguments and
malformed packets are ignored (and counted) and never reach the show. One thread handles the
packets in turn (a flood cannot start a thread each), and at most RATE commands a second pass
on average, BURST at once: each message of a bundle counts, so one bundle of 200 `addtime`s adds
at most BURST of them.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Iterable
from typing import Any

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_message import OscMessage
from pythonosc.osc_server import BlockingOSCUDPServer

from runofshow.core.clock import Clock, SystemClock
from runofshow.core.envelope import MAX_BY_CHARS
from runofshow.net.limits import TokenBucket
from runofshow.net.osc_packet import messages_of
from runofshow.net.osc_routes import ROUTES, OscArgumentError, Route

RATE = 20.0  # commands a second, on average: far more than a person pressing buttons
BURST = 40.0
STOP_TIMEOUT_S = 2.0  # stopping never waits longer for the OSC thread (the app is closing)
#: python-osc turns an address pattern into a regular expression that backtracks: 40 `*` took 6 s
#: against our routes, 60 much longer. Ours are 30 characters or less; a pattern gets 4 wildcards.
MAX_ADDRESS_CHARS = 128
MAX_WILDCARDS = 4
WILDCARDS = "*?[{"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
#: Who may send OSC when nobody says otherwise: this computer only.
DEFAULT_ALLOW: tuple[Network, ...] = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))


def parse_allow(text: str) -> Network:
    """`192.168.1.30`, `192.168.1.0/24` or `fd00::/8` (`--osc-allow`); ValueError with the reason."""
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValueError(f"'{text}' is not an IP address or a network (like 192.168.1.0/24)") from None


def is_allowed(host: str, allow: Iterable[Network]) -> bool:
    """Whether a packet from `host` (as the socket gives it) may be read."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])  # an IPv6 scope (fe80::1%eth0) is not the address
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # a dual-stack socket's ::ffff:192.168.1.30
    return any(address in network for network in allow)


class _CheckedServer(BlockingOSCUDPServer):
    """python-osc's UDP server, with the packet handed to `OscServer` whole: the source checked
    first, the datagram before any of python-osc's parsing."""

    def __init__(self, address: tuple[str, int], dispatcher: Dispatcher, owner: OscServer) -> None:
        self._owner = owner
        super().__init__(address, dispatcher)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return self._owner.allowed(client_address)

    def finish_request(self, request: Any, client_address: Any) -> None:
        self._owner.packet(bytes(request[0]), client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Whatever broke a packet's handling: counted, and the next packet is read as usual."""
        self._owner.ignored += 1


class OscServer:
    def __init__(
        self,
        host: str,
        port: int,
        command: Callable[[Any], None],
        clock: Clock | None = None,
        *,
        allow: Iterable[Network] = DEFAULT_ALLOW,
    ) -> None:
        self._command = command
        self._clock: Clock = clock or SystemClock()
        self._bucket = TokenBucket(RATE, BURST)
        self.allow: tuple[Network, ...] = tuple(allow)
        self.accepted = 0
        self.ignored = 0  # messages and packets that were not commands we take
        self.limited = 0
        self.disallowed = 0  # packets from an address not allowed (`--osc-allow`)
        self.released = 0  # a button's release (`i 0`, `F`): nothing to do
        dispatcher = Dispatcher()
        for route in ROUTES.values():
            # Bound to its route: a pattern (`/runofshow/n*`) arrives as the pattern, not the route.
            dispatcher.map(route.address, self._handler(route), needs_reply_address=True)
        dispatcher.set_default_handler(self._unknown)
        self._dispatcher = dispatcher
        self._server = _CheckedServer((host, port), dispatcher, self)
        self._thread = threading.Thread(target=self._server.serve_forever, name="runofshow-osc", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def allowed(self, client_address: Any) -> bool:
        if is_allowed(str(client_address[0]), self.allow):
            return True
        self.disallowed += 1
        return False

    def packet(self, data: bytes, client_address: Any) -> None:
        """One datagram from an allowed address (the OSC thread): its messages in order, or nothing."""
        try:
            messages = [OscMessage(dgram) for dgram in messages_of(data)]
        except Exception:  # ours (OscPacketError) or python-osc's, whatever the bytes: the packet is junk
            self.ignored += 1
            return
        for message in messages:
            address = message.address
            if len(address) > MAX_ADDRESS_CHARS or sum(address.count(c) for c in WILDCARDS) > MAX_WILDCARDS:
                self.ignored += 1
                continue
            for handler in self._dispatcher.handlers_for_address(address):
                handler.invoke(client_address, message)

    def _unknown(self, address: str, *args: Any) -> None:
        self.ignored += 1

    def _handler(self, route: Route) -> Callable[..., None]:
        return lambda client_address, address, *args: self._handle(route, client_address, args)

    def _handle(self, route: Route, client_address: Any, args: tuple[Any, ...]) -> None:
        try:
            data = route.command(args)
        except OscArgumentError:
            self.ignored += 1
            return
        if data is None:
            self.released += 1
            return
        if not self._bucket.take(self._clock.now().mono):
            self.limited += 1
            return
        # Who sent it, as the API's commands say it (core/envelope.py): the journal keeps it, and
        # an OSC `undo` takes back what OSC did, never the moderator's own change.
        data["by"] = f"osc@{client_address[0]}"[:MAX_BY_CHARS]
        try:
            self._command(data)
        except Exception:  # refused by the show (CommandError), or it did not answer: nothing done
            self.ignored += 1
            return
        self.accepted += 1

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening, waiting at most STOP_TIMEOUT_S for the OSC thread (socketserver's
        shutdown waits for ever, even for a server never started)."""
        if self._thread.is_alive():
            stopping = threading.Thread(target=self._server.shutdown, name="runofshow-osc-stop", daemon=True)
            stopping.start()
            stopping.join(STOP_TIMEOUT_S)
        self._server.server_close()
