"""State out over OSC (`--osc-feedback HOST:PORT`): what Companion, a Stream Deck or a lighting
desk needs to show the show on their buttons.

On every change, and once a second (on the second boundary, with the window's tick) while a
segment runs, the whole set goes out, each value under its own address, so a button that missed
a packet is right again within a second:

    /runofshow/state s              standby | running | wrap_up | final | overtime | paused | ended
    /runofshow/remaining f          seconds left in the live segment (negative in overtime; 0 none)
    /runofshow/remaining/text s     the same as the window shows it ("12:00", "+0:53")
    /runofshow/speaker s            who has the floor ("" no one)
    /runofshow/speaker/remaining f  their seconds left (0 without an allotted time)
    /runofshow/speaker/remaining/text s
    /runofshow/segment s            the live (or current) segment's title
    /runofshow/next s               the next segment's title
    /runofshow/message s            the newest message to the moderator not yet seen ("" none)

UDP to one address, resolved once (a name is not looked up on every send); python-osc builds
the packets. Sending never blocks the show: a full buffer or an unreachable host drops the set.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from pythonosc.osc_message_builder import OscMessageBuilder

from runofshow.core.durations import format_clock, format_countdown

PREFIX = "/runofshow"


def feedback_messages(state: dict[str, Any]) -> list[tuple[str, str | float]]:
    """The addresses and values for one state (core/snapshot.py's)."""
    segments = {s["id"]: s for s in state["segments"]}
    live = segments.get(state["live_segment"] or "")
    current = live or segments.get(state["current_segment"] or "")
    following = segments.get(state["next_segment"] or "")
    if state["ended"]:
        phase = "ended"
    elif live is None:
        phase = "standby"
    elif not state["running"]:
        phase = "paused"
    else:
        phase = live["phase"]
    remaining = float(state["live_remaining_s"] or 0.0)
    speaker = next((p for p in (live or {}).get("speakers", ()) if p["id"] == state["live_speaker"]), None)
    speaker_left = state["speaker_remaining_s"]
    unread = [m for m in state["messages"] if m["to"] == "moderator" and not m["acknowledged"]]
    return [
        (f"{PREFIX}/state", phase),
        (f"{PREFIX}/remaining", remaining),
        (f"{PREFIX}/remaining/text", _clock_text(live, remaining)),
        (f"{PREFIX}/speaker", speaker["name"] if speaker else ""),
        (f"{PREFIX}/speaker/remaining", float(speaker_left or 0.0)),
        (f"{PREFIX}/speaker/remaining/text", format_countdown(speaker_left) if speaker_left is not None else ""),
        (f"{PREFIX}/segment", current["title"] if current else ""),
        (f"{PREFIX}/next", following["title"] if following else ""),
        (f"{PREFIX}/message", unread[-1]["text"] if unread else ""),
    ]


#: Each address and its OSC type (docs/network.md lists them; a test reads them off the wire).
TYPES: dict[str, str] = {
    f"{PREFIX}/state": "s",
    f"{PREFIX}/remaining": "f",
    f"{PREFIX}/remaining/text": "s",
    f"{PREFIX}/speaker": "s",
    f"{PREFIX}/speaker/remaining": "f",
    f"{PREFIX}/speaker/remaining/text": "s",
    f"{PREFIX}/segment": "s",
    f"{PREFIX}/next": "s",
    f"{PREFIX}/message": "s",
}


def _clock_text(live: dict[str, Any] | None, remaining: float) -> str:
    """What the live segment's clock reads: a count up's time run (docs/event-file.md), else the time left."""
    if live is None:
        return ""
    return format_clock(int(live["elapsed_s"])) if live.get("count") == "up" else format_countdown(remaining)


def _packet(address: str, value: str | float) -> bytes:
    builder = OscMessageBuilder(address=address)
    builder.add_arg(str(value) if TYPES[address] == "s" else float(value), TYPES[address])
    return bytes(builder.build().dgram)


class OscFeedback:
    """Sends each state's messages to one UDP address."""

    def __init__(self, host: str, port: int) -> None:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
        self.address = address
        self._socket = socket.socket(family, kind, proto)
        self._socket.setblocking(False)
        self.sent = 0  # sets sent (for the tests and the status)

    def send(self, state: dict[str, Any]) -> None:
        for address, value in feedback_messages(state):
            with contextlib.suppress(OSError):  # no one listening, a full buffer: the next second sends again
                self._socket.sendto(_packet(address, value), self.address)
        self.sent += 1

    def close(self) -> None:
        self._socket.close()
