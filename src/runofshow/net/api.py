"""HTTP routes of the control API, independent of any server or GUI toolkit.

`handle` maps one request to one response. It talks to the show only through a `ShowPort`,
whose methods are safe to call from a server thread (the GUI's port runs them on the main
thread). A bad request gets a clear JSON error and changes nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from runofshow.core.fields import MAX_REQUEST_ID_CHARS, CommandError, ConflictError
from runofshow.core.floor_actions import MAX_DEVICE_CHARS
from runofshow.net.access import Access, RefusedError, Role, admit, bearer, view_for, without_devices
from runofshow.net.floor_view import floor_view
from runofshow.net.json_input import BadJsonError, load_json

MAX_BODY_BYTES = 64 * 1024
API_PREFIX = "/api/v1"


class PortUnavailableError(RuntimeError):
    """The show did not answer in time (the GUI is busy or closing)."""


class ShowPort(Protocol):
    def state(self) -> dict[str, Any]:
        """The snapshot, computed at the moment of the call."""
        ...

    def command(self, data: Any) -> dict[str, Any] | None:
        """Validate and apply a command; raise `CommandError` and change nothing if it is bad.

        Returns what the command has to say (e.g. `fit_to_end`'s plan), if anything."""
        ...


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        # ASCII escapes: any text a client sent and an error echoes stays encodable JSON.
        return json.dumps(self.body, ensure_ascii=True).encode("ascii")


def _error(status: int, message: str, **headers: str) -> Response:
    return Response(status, {"ok": False, "error": message}, dict(headers))


#: Each route's methods (the `Allow` of a 405 and of OPTIONS).
ALLOW = {
    f"{API_PREFIX}/state": "GET, HEAD, OPTIONS",
    f"{API_PREFIX}/command": "POST, OPTIONS",
    f"{API_PREFIX}/floor": "GET, HEAD, OPTIONS",
    f"{API_PREFIX}/health": "GET, HEAD, OPTIONS",
}


def options(route: str, allow: Mapping[str, str]) -> Response:
    """`OPTIONS`: 204 with the route's methods. No CORS headers: a page of another site gets no
    preflight it could pass (the API is for scripts, gear and the app's own pages)."""
    if route == "*":
        return Response(204, {}, {"Allow": "GET, HEAD, POST, OPTIONS"})
    methods = allow.get(route)
    if methods is None:
        return _error(404, f"no such endpoint: {route}")
    return Response(204, {}, {"Allow": methods})


def echo_request_id(data: Any) -> dict[str, Any]:
    """`{"request_id": ...}` of a command that carried a usable one (else nothing), for its answer."""
    rid = data.get("request_id") if isinstance(data, dict) else None
    if isinstance(rid, str) and 0 < len(rid) <= MAX_REQUEST_ID_CHARS:
        return {"request_id": rid}
    return {}


def handle(
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes,
    port: ShowPort,
    access: Access,
    *,
    address: str = "",
    now: float = 0.0,
    full_view_without_token: bool = False,
) -> Response:
    """One request from `address` at monotonic `now` (for slowing wrong tokens).

    Without a token the state is the public view, on loopback too: any web page the moderator
    opens could otherwise read the notes and messages. `full_view_without_token` (a setting, for
    loopback only) opens the full view to tokenless requests explicitly."""
    route = path.split("?", 1)[0].rstrip("/") or "/"
    if method == "OPTIONS":
        return options(route, ALLOW)
    given = bearer(headers)
    role = role_of_request(given, access, address, now)
    if isinstance(role, Response):
        return role
    try:
        if route == f"{API_PREFIX}/state":
            if method not in ("GET", "HEAD"):
                return _error(405, "use GET for /api/v1/state", Allow=ALLOW[route])
            state = port.state()
            if given is None and full_view_without_token:
                return Response(200, without_devices(state))
            return Response(200, view_for(role, state))
        if route == f"{API_PREFIX}/command":
            if method != "POST":
                return _error(405, "use POST for /api/v1/command", Allow=ALLOW[route])
            return _command(role, body, port, address)
        if route == f"{API_PREFIX}/floor":
            return _floor(method, path, role, port)
        if route == f"{API_PREFIX}/health":
            return Response(200, {"ok": True})
    except PortUnavailableError as exc:
        return _error(503, str(exc), **{"Retry-After": "1"})
    return _error(404, f"no such endpoint: {route} (see /api/v1/state and /api/v1/command)")


#: The roles that may read /api/v1/floor (a phone's own requests, the waiting list, where to ask).
FLOOR_READERS = (Role.PARTICIPANT, Role.FLOOR, Role.CONTROL)


def _floor(method: str, path: str, role: Role, port: ShowPort) -> Response:
    if method not in ("GET", "HEAD"):
        return _error(405, "use GET for /api/v1/floor", Allow=ALLOW[f"{API_PREFIX}/floor"])
    if role not in FLOOR_READERS:
        return _error(401, "send the room's token (the /floor link's) as 'Authorization: Bearer TOKEN'")
    query = parse_qs(urlsplit(path).query, max_num_fields=4)
    device = (query.get("device") or [""])[0]
    if len(device) > MAX_DEVICE_CHARS or not device.isprintable():
        return _error(400, f"'device' is an id of at most {MAX_DEVICE_CHARS} printable characters")
    return Response(200, floor_view(port.state(), device))


def role_of_request(given: str | None, access: Access, address: str, now: float) -> Role | Response:
    """The role of a request's token; a wrong one is counted for `address` (at monotonic `now`),
    and past the limit answered 429 with when to try again."""
    role = access.role_of(given) if given is not None else Role.PUBLIC
    if given is not None and role is Role.PUBLIC:  # a wrong token
        wait = access.retry_after(address, now)
        if wait is not None:
            return _error(429, "too many wrong tokens; wait and try again", **{"Retry-After": str(math.ceil(wait))})
        access.note_failure(address, now)
    return role


def _command(role: Role, body: bytes, port: ShowPort, address: str) -> Response:
    if role is Role.PUBLIC:
        return _error(
            401, "missing or wrong token: send 'Authorization: Bearer TOKEN'", **{"WWW-Authenticate": "Bearer"}
        )
    try:
        data = load_json(body)
    except BadJsonError as exc:
        return _error(400, f"the body is not valid JSON: {exc}")
    said = echo_request_id(data)
    try:
        data = admit(role, data, address)
    except RefusedError as exc:
        return Response(403, {"ok": False, "error": str(exc), **said})
    try:
        result = port.command(data)
    except CommandError as exc:
        status = 409 if isinstance(exc, ConflictError) else 400
        return Response(status, {"ok": False, "error": str(exc), "words": exc.words.as_dict(), **said})
    except OSError as exc:  # the journal could not be written: nothing was applied
        return Response(
            507, {"ok": False, "error": f"not done: the change could not be saved ({exc}); nothing was applied", **said}
        )
    return Response(200, {"ok": True, **said, **(result or {})})
