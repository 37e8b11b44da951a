"""`runofshow venue … --serve`: the control room's view in a browser (/venue) and the corridors'
lobby screen (/lobby, no token), on the hardened server the show's API uses (net/server.py with
net/venue_api.py's routes).

The server's threads never touch the board: they read the window's latest copy of it, and a
message they are asked to send is queued for the window's thread, which sends it.
"""

from __future__ import annotations

import uuid
from typing import Any

from runofshow.files.resources import resource
from runofshow.net.access import Access, new_token
from runofshow.net.server import ApiServer
from runofshow.net.venue_api import handle
from runofshow.ui.venue.venue_window import VenueWindow


class WindowPort:
    def __init__(self, window: VenueWindow) -> None:
        self._window = window

    def board(self) -> dict[str, Any]:
        return self._window.latest_board

    def send(self, text: str, room: str | None) -> str:
        message_id = str(uuid.uuid4())
        self._window.outbox.put((text.strip(), room, message_id))
        self._window.wake()
        return message_id


def serve_venue(window: VenueWindow, host: str, port: int, token: str | None) -> ApiServer:
    token = token or new_token()
    window.serving = True
    server = ApiServer(
        host,
        port,
        WindowPort(window),  # type: ignore[arg-type]  # the venue's port, for the venue's routes
        Access(token),
        web_dir=resource("web"),
        handler=handle,
        websocket=False,
    )
    server.start()
    base = server.url.rsplit("/api/v1/", 1)[0]
    print(f"runofshow: venue page at {base}/venue#token={token} (token: {token})", flush=True)
    print(f"runofshow: lobby screen at {base}/lobby (anyone, no token)", flush=True)
    return server
