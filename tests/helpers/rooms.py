"""The rooms of a venue board as their MQTT messages say them (net/venue_board.py's Board fed by
hand, no broker): the topic root, a room's state and its presence."""

from __future__ import annotations

import json

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.net.venue_board import Board
from runofshow.net.venue_link import room_state

T = "runofshow/v1/default/rooms"


def state_of(show: Show, clock: FakeClock, room: str, unacked: int = 0, behind_s: float | None = None) -> bytes:
    state = room_state(snapshot(show, clock.now()), room, f"Room {room}")
    state["unacked_messages"] = unacked
    if behind_s is not None:  # (the roundtable's fixed 14:40 closing absorbs small overruns)
        state["schedule"]["offset_s"] = behind_s
    return json.dumps(state).encode()


def online(board: Board, room: str, yes: bool = True, now: float = 0.0) -> None:
    board.apply(f"{T}/{room}/presence", json.dumps({"online": yes, "since": "2025-10-26T14:01:00+07:00"}).encode(), now)
