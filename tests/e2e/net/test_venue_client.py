"""The control room's client on a real Mosquitto: a control room started after one room's retained
state was poisoned still shows every room, and the poisoned room's presence (OFFLINE) with it."""

from __future__ import annotations

import json
import time
from typing import Any

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.net.venue_board import Board
from runofshow.net.venue_client import VenueClient
from runofshow.net.venue_link import room_state
from runofshow.net.venue_topics import parse_broker
from tests.helpers.broker import Broker
from tests.helpers.waiting import wait_for

T = "runofshow/v1/default/rooms"


def state(show: Show, clock: FakeClock, room: str) -> dict[str, Any]:
    return room_state(snapshot(show, clock.now()), room, f"Room {room}")


def test_a_control_room_started_after_a_poisoned_retained_state_shows_every_room(
    broker: Broker, show: Show, clock: FakeClock
) -> None:
    """Was: the retained state `[` × 100,000 raised RecursionError out of the board on every control
    room started later, and the rooms after it in the batch, its presence too, were never shown."""
    since = "2026-12-06T13:58:00+07:00"
    wrong_types = state(show, clock, "r4")
    wrong_types["segments"][0]["id"] = ["opening"]  # was: TypeError (unhashable) out of the board
    retained: list[tuple[str, bytes]] = [
        (f"{T}/r2/state", b"[" * 100_000),
        (f"{T}/r2/presence", json.dumps({"online": False}).encode()),  # r2's last will: it died
        (f"{T}/r1/state", json.dumps(state(show, clock, "r1")).encode()),
        (f"{T}/r1/presence", json.dumps({"online": True, "since": since}).encode()),
        (f"{T}/r4/state", json.dumps(wrong_types).encode()),
        (f"{T}/r4/presence", json.dumps({"online": True, "since": since}).encode()),
        (f"{T}/r5/state", b"{" * (600 * 1024)),  # larger than any room's state: not even kept
        (f"{T}/r5/presence", json.dumps({"online": True, "since": since}).encode()),
        (f"{T}/r3/state", json.dumps(state(show, clock, "r3")).encode()),
        (f"{T}/r3/presence", json.dumps({"online": True, "since": since}).encode()),
    ]
    for topic, payload in retained:
        broker.publish(topic, payload, retain=True)
    client = VenueClient(parse_broker(broker.url), "default")
    board = Board("default")
    client.start()
    try:

        def every_room_shown() -> bool:
            client.drain(board, time.monotonic())
            rooms = board.rooms
            return set(rooms) == {"r1", "r2", "r3", "r4", "r5"} and all(r.online is not None for r in rooms.values())

        assert wait_for(every_room_shown), board.rooms
        rooms = board.rooms
        assert rooms["r2"].online is False and rooms["r2"].bad_state  # OFFLINE, first: a dead room is seen
        assert board.rows(time.monotonic())[0].id == "r2"
        assert rooms["r4"].bad_state and rooms["r4"].online is True
        assert rooms["r5"].bad_state and rooms["r5"].online is True
        for good in ("r1", "r3"):
            assert rooms[good].event.startswith("The UN Convention") and not rooms[good].bad_state
        assert client.online and client.problem() is None and client.rejected == 0  # the board refused them
        assert board.refused == 3
        # r2 comes back with a good state: shown again.
        broker.publish(f"{T}/r2/state", json.dumps(state(show, clock, "r2")).encode(), retain=True)
        assert wait_for(lambda: bool(client.drain(board, time.monotonic())) and not board.rooms["r2"].bad_state)
        assert board.rooms["r2"].event.startswith("The UN Convention")
    finally:
        client.stop()
