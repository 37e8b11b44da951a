"""The server side of one WebSocket, framed by wsproto (RFC 6455), inside the stdlib HTTP server.

The upgrade handshake is answered by the HTTP handler (one port, one Host/Origin/token check,
net/server.py); from the 101 on, wsproto's frame-level `Connection` parses and writes every frame,
so the protocol is a well-kept library's: invalid UTF-8 closes with 1007, reserved opcodes, bad
close codes, unmasked or oversized control frames with 1002, and a peer's close is answered
once. The policy is ours: text messages only (binary closes with 1003) and at most
MAX_MESSAGE_BYTES a message, however it is fragmented (1009).
"""

from __future__ import annotations

import base64
import contextlib
import socket
from collections import deque

from wsproto.connection import Connection as FrameConnection
from wsproto.connection import ConnectionState, ConnectionType
from wsproto.events import BytesMessage, CloseConnection, Message, Ping, Pong, TextMessage
from wsproto.utilities import generate_accept_token

MAX_MESSAGE_BYTES = 64 * 1024
READ_CHUNK = 65536

OP_TEXT, OP_PING, OP_PONG = 0x1, 0x9, 0xA

CLOSE_NORMAL, CLOSE_PROTOCOL, CLOSE_UNSUPPORTED, CLOSE_TOO_BIG, CLOSE_POLICY = 1000, 1002, 1003, 1009, 1008


class WebSocketClosedError(Exception):
    """The peer closed the connection, or broke the protocol (`code` says which)."""

    def __init__(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        super().__init__(reason or str(code))
        self.code = code
        self.reason = reason


def accept_key(key: str) -> str:
    return generate_accept_token(key.encode("ascii")).decode("ascii")


def valid_key(key: str) -> bool:
    try:
        return len(base64.b64decode(key, validate=True)) == 16
    except (ValueError, TypeError):
        return False


class Connection:
    """One upgraded connection: complete text messages and control frames in, frames out."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._ws = FrameConnection(ConnectionType.SERVER)
        self._ready: deque[tuple[int, bytes]] = deque()
        self._parts: list[str] = []
        self._size = 0

    @property
    def pending(self) -> bool:
        """Whether a message already read waits in here (a select() on the socket would not see it)."""
        return bool(self._ready)

    def receive(self) -> tuple[int, bytes]:
        """The next complete text message (OP_TEXT, its UTF-8 bytes), or a ping (answered) or pong.

        Returns after a control frame instead of waiting for more, so the caller goes back to
        sending states: a client's keepalive ping must never hold up its feed."""
        while not self._ready:
            data = self.sock.recv(READ_CHUNK)
            if not data:
                raise WebSocketClosedError(1006, "connection lost")
            self._ws.receive_data(data)
            self._take_events()
        return self._ready.popleft()

    def _take_events(self) -> None:
        for event in self._ws.events():
            if isinstance(event, TextMessage):
                self._add_part(event)
            elif isinstance(event, BytesMessage):
                raise WebSocketClosedError(CLOSE_UNSUPPORTED, "send text frames")
            elif isinstance(event, Ping):
                self._write(self._ws.send(event.response()))
                self._ready.append((OP_PING, b""))
            elif isinstance(event, Pong):
                self._ready.append((OP_PONG, b""))
            elif isinstance(event, CloseConnection):
                if self._ws.state is ConnectionState.REMOTE_CLOSING:
                    self._write(self._ws.send(event.response()))  # the peer closed: answer it once
                    raise WebSocketClosedError(event.code, "closed by the client")
                raise WebSocketClosedError(event.code, event.reason or "protocol error")  # wsproto found it

    def _add_part(self, event: Message[str]) -> None:
        part = event.data
        self._size += len(part.encode("utf-8"))
        if self._size > MAX_MESSAGE_BYTES:
            raise WebSocketClosedError(CLOSE_TOO_BIG, f"messages are limited to {MAX_MESSAGE_BYTES} bytes")
        self._parts.append(part)
        if event.message_finished:
            text, self._parts, self._size = "".join(self._parts), [], 0
            self._ready.append((OP_TEXT, text.encode("utf-8")))

    def _write(self, data: bytes) -> None:
        self.sock.sendall(data)

    def ping(self) -> None:
        self._write(self._ws.send(Ping()))

    def send_text(self, text: str) -> None:
        self._write(self._ws.send(TextMessage(data=text)))

    def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        """Send our close frame, unless the connection is already closing (the peer's was answered)."""
        if self._ws.state is not ConnectionState.OPEN:
            return
        with contextlib.suppress(OSError):
            self._write(self._ws.send(CloseConnection(code=code, reason=reason[:100])))
