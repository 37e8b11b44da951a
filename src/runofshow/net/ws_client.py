"""Following a show on another machine (`runofshow connect`): the `websockets` library's client.

Its keepalive pings find a link that died silently (a laptop that left the Wi-Fi, a pulled
cable): no pong within PING_TIMEOUT_S of a ping sent every KEEPALIVE_S, and the connection is
closed, so the stage manager's window says "reconnecting" within about ten seconds instead of
counting down from a state that no longer comes. Bounded like the server: 4 MiB a state at most.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from urllib.parse import urlsplit

from websockets.exceptions import WebSocketException
from websockets.sync.client import ClientConnection, connect

from runofshow.net.websocket import WebSocketClosedError

MAX_MESSAGE_BYTES = 4 * 1024 * 1024
KEEPALIVE_S = 2.0
PING_TIMEOUT_S = 4.0
CLOSE_TIMEOUT_S = 1.0  # a dead link answers no close frame either: give up on it quickly

# The window says "reconnecting" itself; a dead link is no error to print on the terminal.
_LOG = logging.getLogger("runofshow.connect")
_LOG.addHandler(logging.NullHandler())
_LOG.propagate = False


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
    def __init__(self, url: str, token: str, *, timeout: float = 10.0, max_size: int = MAX_MESSAGE_BYTES) -> None:
        self._max_size = max_size
        self.host, self.port, self.path = ws_url(url)
        shown = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"ws://{shown}:{self.port}{self.path}"
        self._token = token
        self._timeout = timeout
        self._conn: ClientConnection | None = None
        self._lock = threading.Lock()

    def connect(self) -> None:
        try:
            conn = connect(
                self.url,
                additional_headers={"Authorization": f"Bearer {self._token}"},
                open_timeout=self._timeout,
                ping_interval=KEEPALIVE_S,
                ping_timeout=PING_TIMEOUT_S,
                close_timeout=CLOSE_TIMEOUT_S,
                logger=_LOG,
                max_size=self._max_size,
                compression=None,
            )
        except WebSocketException as exc:
            raise ConnectionError(f"the server did not accept the WebSocket: {exc}") from exc
        conn.__enter__()  # the connection's own context: closed by close(), as `with` would
        with self._lock:
            self._conn = conn

    def _connection(self) -> ClientConnection:
        conn = self._conn
        if conn is None:
            raise WebSocketClosedError(1006, "not connected")
        return conn

    def local_host(self) -> str | None:
        """This end's address on the link (the address the other laptop reaches this one at)."""
        conn = self._conn
        if conn is None:
            return None
        try:
            return str(conn.local_address[0])
        except (OSError, IndexError, TypeError):
            return None

    def recv(self) -> str:
        """The next text message; `WebSocketClosedError` when the link is closed or found dead."""
        try:
            message = self._connection().recv()
        except WebSocketException as exc:
            raise WebSocketClosedError(1006, str(exc) or "connection closed") from exc
        if not isinstance(message, str):
            raise WebSocketClosedError(1003, "the show sent a binary message")
        return message

    def send_text(self, text: str) -> None:
        try:
            self._connection().send(text)
        except WebSocketException as exc:
            raise OSError(f"not connected: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(WebSocketException, OSError):
                conn.__exit__(None, None, None)
