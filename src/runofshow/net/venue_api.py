"""The venue control room's routes for its browser page (`runofshow venue … --serve`).

    GET  /api/v1/venue      every room, worst trouble first (net/venue_board.Board.as_dict);
                            with the token, also the messages sent and who has seen them
    POST /api/v1/command    {"action": "venue_message", "text": TEXT, "room": ROOM_ID?} with the
                            token: a message to one room's moderator, or (no room) to every room's;
                            a room the board does not have is a 404 (nothing sent)
    GET  /api/v1/lobby      every room's now and next, sorted by room, for the /lobby screen in
                            the corridors: anyone, no token; only what net/lobby.py keeps
    GET  /api/v1/health     {"ok": true}

The same hardened server as the show's API (net/server.py): Host check, bounded connections,
a deadline per request; a bad request gets a clear error and sends nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from runofshow.net.access import Access, Role, bearer
from runofshow.net.api import API_PREFIX, Response, echo_request_id, options, role_of_request
from runofshow.net.json_input import BadJsonError, load_json
from runofshow.net.lobby import lobby_view
from runofshow.net.venue_topics import MAX_ID_CHARS, MAX_TEXT_CHARS, VenueError, check_message_text, check_name


class VenuePort(Protocol):
    def board(self) -> dict[str, Any]:
        """The board as JSON, as of the window's last look (safe from any thread)."""
        ...

    def send(self, text: str, room: str | None) -> str:
        """Queue a message to send (on the window's thread); its id."""
        ...


MAX_ROOMS_NAMED = 20  # rooms an unknown room's 404 lists (a venue may have hundreds)
ALLOW = {
    f"{API_PREFIX}/venue": "GET, HEAD, OPTIONS",
    f"{API_PREFIX}/lobby": "GET, HEAD, OPTIONS",
    f"{API_PREFIX}/command": "POST, OPTIONS",
    f"{API_PREFIX}/health": "GET, HEAD, OPTIONS",
}


def _error(status: int, message: str, **headers: str) -> Response:
    return Response(status, {"ok": False, "error": message}, dict(headers))


def handle(
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes,
    port: VenuePort,
    access: Access,
    *,
    address: str = "",
    now: float = 0.0,
    **_: object,
) -> Response:
    route = path.split("?", 1)[0].rstrip("/") or "/"
    if method == "OPTIONS":
        return options(route, ALLOW)
    role = role_of_request(bearer(headers), access, address, now)
    if isinstance(role, Response):
        return role
    if route == f"{API_PREFIX}/venue":
        if method not in ("GET", "HEAD"):
            return _error(405, "use GET for /api/v1/venue", Allow=ALLOW[route])
        board = port.board()
        return Response(200, board if role is Role.CONTROL else {**board, "sent": []})
    if route == f"{API_PREFIX}/lobby":
        if method not in ("GET", "HEAD"):
            return _error(405, "use GET for /api/v1/lobby", Allow=ALLOW[route])
        return Response(200, lobby_view(port.board()))
    if route == f"{API_PREFIX}/command":
        if method != "POST":
            return _error(405, "use POST for /api/v1/command", Allow=ALLOW[route])
        if role is not Role.CONTROL:
            return _error(
                401, "missing or wrong token: send 'Authorization: Bearer TOKEN'", **{"WWW-Authenticate": "Bearer"}
            )
        return _send(body, port)
    if route == f"{API_PREFIX}/health":
        return Response(200, {"ok": True})
    return _error(404, f"no such endpoint: {route} (see /api/v1/venue and /api/v1/lobby)")


def _send(body: bytes, port: VenuePort) -> Response:
    try:
        data = load_json(body)
    except BadJsonError as exc:
        return _error(400, f"the body is not valid JSON: {exc}")
    if not isinstance(data, dict) or data.get("action") != "venue_message":
        return _error(400, 'the venue takes {"action": "venue_message", "text": TEXT, "room": ROOM_ID?}')
    extra = set(data) - {"action", "text", "room", "request_id"}
    if extra:
        return _error(400, f"'venue_message' takes no argument '{sorted(extra)[0]}'")
    text, room, request_id = data.get("text"), data.get("room"), data.get("request_id")
    if not isinstance(text, str):
        return _error(400, f'"text" must be 1 to {MAX_TEXT_CHARS} characters of text')
    if request_id is not None and (not isinstance(request_id, str) or not 0 < len(request_id) <= MAX_ID_CHARS):
        return _error(400, f'"request_id" must be 1 to {MAX_ID_CHARS} characters')
    try:
        # Checked here, as the window will check it before sending: a text it would refuse (a
        # control character) must get its 400 now, not a 200 for a message that is never sent.
        text = check_message_text(text)
        if room is not None:
            if not isinstance(room, str):
                raise VenueError('"room" must be a room id')
            check_name(room, "room id")
    except VenueError as exc:
        return _error(400, str(exc))
    said = echo_request_id(data)
    if room is not None:
        # A room the board has never heard of (nor planned) would never read it: say so, send nothing.
        rooms = [str(r.get("id")) for r in port.board().get("rooms", ())]
        if room not in rooms:
            named = ", ".join(sorted(rooms)[:MAX_ROOMS_NAMED]) + (", …" if len(rooms) > MAX_ROOMS_NAMED else "")
            known = f" (its rooms: {named})" if rooms else " (no room has been seen yet)"
            return Response(404, {"ok": False, "error": f"the venue has no room '{room}'{known}", **said})
    return Response(200, {"ok": True, "id": port.send(text, room), **said})
