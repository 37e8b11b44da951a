"""A WebSocket client for following a show on another machine (`runofshow connect`).

The same framing as the server side (net/websocket.py), from the client's end: frames it sends
are masked, frames it receives are not. Bounded like the server: 4 MiB per state at most.
"""

from __future__ import annotations

import base64
import contextlib
import os
import socket
import struct
import threading
from urllib.parse import urlsplit

from runofshow.net.websocket import OP_CLOSE, OP_PING, OP_PONG, OP_TEXT, WebSocketClosedError, accept_key

MAX_MESSAGE_BYTES = 4 * 1024 * 1024


def ws_url(url: str) -> tuple[str, int, str]:
    """`http://host:port[/...]` or `ws://host:port/api/v1/ws` to (host, port, path)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "ws"):
        raise ValueError(f"'{url}' is not an http:// or ws:// address (TLS is not supported)")
    if not parts.hostname:
        raise ValueError(f"'{url}' has no host")
    path = parts.path if parts.path.endswith("/ws") else "/api/v1/ws"
    return parts.hostname, parts.port or 80, path


class WsClient:
    def __init__(self, url: str, token: str, *, timeout: float = 10.0) -> None:
        self.host, self.port, self.path = ws_url(url)
        self._token = token
        self._timeout = timeout
        self._sock: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._buffer = b""

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), timeout=self._timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Authorization: Bearer {self._token}\r\n\r\n"
        )
        sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk or len(head) > 16384:
                sock.close()
                raise ConnectionError("the server did not answer the WebSocket upgrade")
            head += chunk
        head, self._buffer = head.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        if not lines[0].startswith("HTTP/1.1 101"):
            sock.close()
            raise ConnectionError(f"the server refused the connection: {lines[0]}")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        if headers.get("sec-websocket-accept") != accept_key(key):
            sock.close()
            raise ConnectionError("the server's WebSocket handshake is wrong")
        sock.settimeout(None)
        self._sock = sock

    def _exact(self, count: int) -> bytes:
        assert self._sock is not None
        while len(self._buffer) < count:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise WebSocketClosedError(1006, "connection lost")
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def recv(self) -> str:
        """The next text message (answers pings; raises WebSocketClosedError on close)."""
        message = b""
        while True:
            first, second = self._exact(2)
            opcode, size = first & 0x0F, second & 0x7F
            if size == 126:
                size = struct.unpack("!H", self._exact(2))[0]
            elif size == 127:
                size = struct.unpack("!Q", self._exact(8))[0]
            if len(message) + size > MAX_MESSAGE_BYTES:
                raise WebSocketClosedError(1009, "message too big")
            payload = self._exact(size)
            if opcode == OP_CLOSE:
                raise WebSocketClosedError(struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1000)
            if opcode == OP_PING:
                self._send(OP_PONG, payload)
                continue
            if opcode == OP_PONG:
                continue
            message += payload
            if first & 0x80:
                return message.decode("utf-8")

    def _send(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        size = len(payload)
        if size < 126:
            head = bytes([0x80 | opcode, 0x80 | size])
        elif size < 1 << 16:
            head = bytes([0x80 | opcode, 0x80 | 126]) + struct.pack("!H", size)
        else:
            head = bytes([0x80 | opcode, 0x80 | 127]) + struct.pack("!Q", size)
        data = head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        with self._send_lock:
            if self._sock is None:
                raise ConnectionError("not connected")
            self._sock.sendall(data)

    def send_text(self, text: str) -> None:
        self._send(OP_TEXT, text.encode("utf-8"))

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
