"""A small RFC 6455 WebSocket endpoint for the stdlib HTTP server's handler threads.

Text frames only (plus ping/pong/close), no extensions, no fragmentation beyond what the RFC
requires us to accept; every frame is bounded. Written here rather than taken from a library
because it has to live inside the same threaded HTTP server (one port, one token check) and
what it needs is small; the tests check it against the `websockets` library's client.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import socket
import struct
from collections.abc import Callable

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_FRAME_BYTES = 64 * 1024

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA

CLOSE_NORMAL, CLOSE_PROTOCOL, CLOSE_UNSUPPORTED, CLOSE_TOO_BIG, CLOSE_POLICY = 1000, 1002, 1003, 1009, 1008


class WebSocketClosedError(Exception):
    """The peer closed the connection, or broke the protocol (`code` says which)."""

    def __init__(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        super().__init__(reason or str(code))
        self.code = code
        self.reason = reason


def accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + GUID).encode("ascii")).digest()).decode("ascii")


def valid_key(key: str) -> bool:
    try:
        return len(base64.b64decode(key, validate=True)) == 16
    except (ValueError, TypeError):
        return False


def encode_frame(opcode: int, payload: bytes) -> bytes:
    """A server frame (never masked), FIN set."""
    head = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        head += bytes([size])
    elif size < 1 << 16:
        head += bytes([126]) + struct.pack("!H", size)
    else:
        head += bytes([127]) + struct.pack("!Q", size)
    return head + payload


class Connection:
    """One upgraded connection: read client frames, write server frames."""

    def __init__(self, sock: socket.socket, read: Callable[[int], bytes]) -> None:
        self.sock = sock
        self._read = read  # the handler's buffered reader: it may hold bytes already received

    def _exact(self, count: int) -> bytes:
        data = self._read(count)
        if len(data) != count:
            raise WebSocketClosedError(CLOSE_PROTOCOL, "connection lost")
        return data

    def receive(self) -> tuple[int, bytes]:
        """The next frame's meaning: a complete text message, or a ping (answered) or pong.

        Returns after a control frame instead of waiting for more, so the caller goes back to
        sending states: a client's keepalive ping must never hold up its feed.
        """
        message = b""
        opcode_of_message = None
        while True:
            first, second = self._exact(2)
            fin, opcode = first & 0x80, first & 0x0F
            if first & 0x70:
                raise WebSocketClosedError(CLOSE_PROTOCOL, "no extensions were agreed")
            if not second & 0x80:
                raise WebSocketClosedError(CLOSE_PROTOCOL, "client frames must be masked")
            size = second & 0x7F
            if size == 126:
                size = struct.unpack("!H", self._exact(2))[0]
            elif size == 127:
                size = struct.unpack("!Q", self._exact(8))[0]
            if size > MAX_FRAME_BYTES or len(message) + size > MAX_FRAME_BYTES:
                raise WebSocketClosedError(CLOSE_TOO_BIG, f"messages are limited to {MAX_FRAME_BYTES} bytes")
            mask = self._exact(4)
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._exact(size))) if size else b""
            if opcode >= 0x8:  # control frames: never fragmented, at most 125 bytes
                if not fin or size > 125:
                    raise WebSocketClosedError(CLOSE_PROTOCOL, "bad control frame")
                if opcode == OP_CLOSE:
                    code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else CLOSE_NORMAL
                    raise WebSocketClosedError(code, "closed by the client")
                if opcode == OP_PING:
                    self.send(OP_PONG, payload)
                if not message:
                    return opcode, b""
                continue  # a control frame between fragments of a message: keep reading it
            if opcode == OP_BINARY or (opcode == OP_CONT and opcode_of_message is None):
                raise WebSocketClosedError(CLOSE_UNSUPPORTED, "send text frames")
            if opcode == OP_TEXT:
                if opcode_of_message is not None:
                    raise WebSocketClosedError(CLOSE_PROTOCOL, "a new message inside a fragmented one")
                opcode_of_message = OP_TEXT
            message += payload
            if fin:
                return OP_TEXT, message

    def send(self, opcode: int, payload: bytes) -> None:
        self.sock.sendall(encode_frame(opcode, payload))

    def send_text(self, text: str) -> None:
        self.send(OP_TEXT, text.encode("utf-8"))

    def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        with contextlib.suppress(OSError):
            self.send(OP_CLOSE, struct.pack("!H", code) + reason.encode("utf-8")[:120])
