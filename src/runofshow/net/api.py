"""HTTP routes of the control API, independent of any server or GUI toolkit.

`handle` maps one request to one response. It talks to the show only through a `ShowPort`,
whose methods are safe to call from a server thread (the GUI's port runs them on the main
thread). A bad request gets a clear JSON error and changes nothing.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from runofshow.core.commands import CommandError

MAX_BODY_BYTES = 64 * 1024
API_PREFIX = "/api/v1"


class PortUnavailableError(RuntimeError):
    """The show did not answer in time (the GUI is busy or closing)."""


class ShowPort(Protocol):
    def state(self) -> dict[str, Any]:
        """The snapshot, computed at the moment of the call."""
        ...

    def command(self, data: Any) -> None:
        """Validate and apply a command; raise `CommandError` and change nothing if it is bad."""
        ...


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


def _error(status: int, message: str, **headers: str) -> Response:
    return Response(status, {"ok": False, "error": message}, dict(headers))


def authorised(headers: Mapping[str, str], token: str) -> bool:
    value = headers.get("authorization") or headers.get("Authorization") or ""
    scheme, _, given = value.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def handle(method: str, path: str, headers: Mapping[str, str], body: bytes, port: ShowPort, token: str) -> Response:
    route = path.split("?", 1)[0].rstrip("/") or "/"
    try:
        if route == f"{API_PREFIX}/state":
            if method not in ("GET", "HEAD"):
                return _error(405, "use GET for /api/v1/state", Allow="GET")
            return Response(200, port.state())
        if route == f"{API_PREFIX}/command":
            if method != "POST":
                return _error(405, "use POST for /api/v1/command", Allow="POST")
            return _command(headers, body, port, token)
        if route == f"{API_PREFIX}/health":
            return Response(200, {"ok": True})
    except PortUnavailableError as exc:
        return _error(503, str(exc), **{"Retry-After": "1"})
    return _error(404, f"no such endpoint: {route} (see /api/v1/state and /api/v1/command)")


def _command(headers: Mapping[str, str], body: bytes, port: ShowPort, token: str) -> Response:
    if not authorised(headers, token):
        return _error(
            401, "missing or wrong token: send 'Authorization: Bearer TOKEN'", **{"WWW-Authenticate": "Bearer"}
        )
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _error(400, "the body is not valid JSON")
    try:
        port.command(data)
    except CommandError as exc:
        return _error(400, str(exc))
    except OSError as exc:  # applied in the app, but not on disk: never answer 200 for that
        return _error(500, f"the change could not be saved: {exc}")
    return Response(200, {"ok": True})
