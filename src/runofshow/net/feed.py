"""The live feed: every WebSocket client gets the state at once, on every change, and at least
once a second while anything runs.

The GUI thread calls `publish` with a snapshot; each client keeps only the newest state (a slow
client skips states instead of queueing them) and its own handler thread sends it, woken by a
pipe, so no thread polls and no client can hold up another or the show.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import select
import socket
import threading
from collections.abc import Callable
from typing import Any

from runofshow.core.fields import CommandError
from runofshow.net.access import Access, RefusedError, Role, admit, view_for
from runofshow.net.api import PortUnavailableError, echo_request_id
from runofshow.net.json_input import BadJsonError, load_json
from runofshow.net.standby_hub import HelloError, StandbyHub, read_hello
from runofshow.net.websocket import CLOSE_POLICY, OP_TEXT, Connection, WebSocketClosedError

PING_EVERY_S = 25.0
MAX_WRONG_TOKENS = 5
TOO_MANY_WRONG = "too many wrong tokens; wait and try again"


class _StandbyArrived(Exception):  # noqa: N818 (a hand-over, not an error)
    """A control client said `{"standby": hello}`: its connection goes to the standby hub."""

    def __init__(self, hello: Any) -> None:
        super().__init__("standby")
        self.hello = hello


class _Client:
    def __init__(self, role: Role, address: str = "") -> None:
        self.role = role
        self.address = address
        self.connection = secrets.token_hex(8)  # a phone's request without a device id is this socket's alone
        self.now: Callable[[], float] = lambda: 0.0
        self.on_authenticated: Callable[[], object] = lambda: None
        self._lock = threading.Lock()
        self._pending: str | None = None
        self._closed = False
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_w, False)

    def offer(self, views: dict[Role, str], state: dict[str, Any]) -> None:
        """The newest state, as this client's role may see it (`views` caches one text per role)."""
        role = self.role
        if role not in views:
            views[role] = json.dumps(view_for(role, state), ensure_ascii=False)
        with self._lock:
            # Under the lock, and never once closed: the GUI thread offers while the client's own
            # thread may be closing it, and a write to a closed pipe's number would land in
            # whatever the system gave that number to next (a new connection: it got a stray "!").
            if self._closed:
                return
            self._pending = views[role]
            with contextlib.suppress(BlockingIOError, OSError):
                os.write(self.wake_w, b"!")

    def take(self) -> str | None:
        with contextlib.suppress(BlockingIOError, OSError):
            os.read(self.wake_r, 4096)
        with self._lock:
            pending, self._pending = self._pending, None
        return pending

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for fd in (self.wake_r, self.wake_w):
                with contextlib.suppress(OSError):
                    os.close(fd)


class Feed:
    def __init__(self) -> None:
        self._clients: set[_Client] = set()
        self._lock = threading.Lock()
        #: The show's standby link (#29), when the show serves one (net/standby_hub.py).
        self.standby: StandbyHub | None = None

    @property
    def listening(self) -> bool:
        """Whether anyone is connected (the GUI skips building states for nobody)."""
        return bool(self._clients)

    def count(self) -> int:
        return len(self._clients)

    def publish(self, state: dict[str, Any]) -> None:
        """Called on the GUI thread: hand the newest state to every client."""
        with self._lock:
            clients = list(self._clients)
        if not clients:
            return
        views: dict[Role, str] = {}
        for client in clients:
            client.offer(views, state)

    def serve(
        self,
        conn: Connection,
        role: Role,
        access: Access,
        state: Callable[[], dict[str, Any]],
        command: Callable[[Any], dict[str, Any] | None],
        address: str = "",
        now: Callable[[], float] = lambda: 0.0,
        on_authenticated: Callable[[], object] = lambda: None,
    ) -> None:
        """Run one client until it leaves (on its handler thread). `now` reads the monotonic clock
        (wrong tokens are slowed per address, as over HTTP); `on_authenticated` tells the server
        that the client gave a right token (it then holds one of the slots kept for tokens)."""
        client = _Client(role, address)
        client.now, client.on_authenticated = now, on_authenticated
        with self._lock:
            self._clients.add(client)
        try:
            first = state()
            conn.send_text(json.dumps(view_for(role, first), ensure_ascii=False))
            self._loop(conn, client, access, state, command)
        except _StandbyArrived as arrived:
            with self._lock:
                self._clients.discard(client)  # it follows the journal now, not the states
            self._serve_standby(conn, arrived.hello, access)
        except WebSocketClosedError as exc:
            conn.close(exc.code if exc.code not in (1005, 1006) else 1000, exc.reason[:100])
        except (OSError, ValueError):
            pass
        finally:
            with self._lock:
                self._clients.discard(client)
            client.close()

    def _serve_standby(self, conn: Connection, data: Any, access: Access) -> None:
        hub = self.standby
        try:
            if hub is None:
                raise HelloError("this show keeps no standby (it does not serve the API)")
            hello = read_hello(data)
        except HelloError as exc:
            conn.send_text(json.dumps({"ok": False, "error": str(exc)}))
            conn.close(1008, "no standby here")
            return
        # The standby serves the same tokens once it holds the show (only the control token's
        # holder gets here, and it may do everything anyway).
        try:
            conn.send_text(json.dumps({"welcome": {"holder": hub.holder, "tokens": access.tokens()}}))
            hub.serve(conn, hello)
            conn.close(1000, "standby link closed")
        except WebSocketClosedError as exc:  # the standby left (or broke the link's rules): said below
            with contextlib.suppress(OSError, WebSocketClosedError):
                conn.close(exc.code if exc.code not in (1005, 1006) else 1000, exc.reason[:100])
        except (OSError, ValueError):
            pass  # the link went: the standby reconnects by itself

    def _loop(
        self,
        conn: Connection,
        client: _Client,
        access: Access,
        state: Callable[[], dict[str, Any]],
        command: Callable[[Any], dict[str, Any] | None],
    ) -> None:
        wrong = 0
        sock: socket.socket = conn.sock
        while True:
            # A message already read (several can come in one packet) is handled before waiting.
            timeout = 0.0 if conn.pending else PING_EVERY_S
            ready, _, _ = select.select([sock.fileno(), client.wake_r], [], [], timeout)
            if not ready and not conn.pending:
                conn.ping()  # finds half-open connections
                continue
            if client.wake_r in ready:
                pending = client.take()
                if pending is not None:
                    conn.send_text(pending)
            if sock.fileno() not in ready and not conn.pending:
                continue
            opcode, data = conn.receive()
            if opcode != OP_TEXT:
                continue  # a ping (already answered) or a pong
            reply, role_changed = self._handle(data, client, access, command)
            if "standby" in reply:
                raise _StandbyArrived(reply["standby"])
            if reply.get("error") == "wrong token":
                wrong += 1
                if wrong >= MAX_WRONG_TOKENS:
                    raise WebSocketClosedError(CLOSE_POLICY, "too many wrong tokens")
            if reply.get("error") == TOO_MANY_WRONG:
                conn.send_text(json.dumps(reply))
                raise WebSocketClosedError(CLOSE_POLICY, "too many wrong tokens")
            conn.send_text(json.dumps(reply))
            if role_changed:  # now entitled to more: send its view at once
                conn.send_text(json.dumps(view_for(client.role, state()), ensure_ascii=False))

    @staticmethod
    def _handle(
        data: bytes, client: _Client, access: Access, command: Callable[[Any], dict[str, Any] | None]
    ) -> tuple[dict[str, Any], bool]:
        try:
            message = load_json(data)
        except BadJsonError as exc:
            return {"ok": False, "error": f"not valid JSON: {exc}"}, False
        if isinstance(message, dict) and set(message) == {"auth"}:
            # Guesses over the feed are slowed per address exactly as over HTTP (net/api.py): a
            # new connection for every five guesses gains nothing.
            now = client.now()
            wait = access.retry_after(client.address, now)
            if wait is not None:
                return {"ok": False, "error": TOO_MANY_WRONG, "retry_after": math.ceil(wait)}, False
            role = access.role_of(message["auth"] if isinstance(message["auth"], str) else "")
            if role is Role.PUBLIC:
                access.note_failure(client.address, now)
                return {"ok": False, "error": "wrong token"}, False
            changed = role is not client.role
            client.role = role
            client.on_authenticated()
            return {"ok": True, "auth": role.value}, changed
        if isinstance(message, dict) and set(message) == {"standby"} and client.role is Role.CONTROL:
            return {"standby": message["standby"]}, False  # `_loop` hands the connection over
        # Every answer names the command it answers: its action, and the sender's request id (so a
        # client with several commands in flight knows which answer is whose).
        said = {"action": _action(message), **echo_request_id(message)}
        if client.role is Role.PUBLIC:
            return {"ok": False, "error": 'send {"auth": TOKEN} first', **said}, False
        try:
            message = admit(client.role, message, client.address, client.connection)
        except RefusedError as exc:
            return {"ok": False, "error": str(exc), **said}, False
        try:
            result = command(message)
        except CommandError as exc:
            return {"ok": False, "error": str(exc), "words": exc.words.as_dict(), **said}, False
        except OSError as exc:
            return {"ok": False, "error": f"not done: could not be saved ({exc})", **said}, False
        except PortUnavailableError as exc:
            return {"ok": False, "error": str(exc), **said}, False
        return {"ok": True, **said, **(result or {})}, False


def _action(message: Any) -> str | None:
    action = message.get("action") if isinstance(message, dict) else None
    return action if isinstance(action, str) else None
