"""A room's link to a real Mosquitto: nothing a stranger publishes on its inbox or the broadcast
stops it hearing the venue, a poison message is acknowledged (never delivered again), and a link
that is broken says so instead of "online"."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from runofshow.core.clock import Clock, FakeClock
from runofshow.net.venue_link import VenueLink
from runofshow.net.venue_topics import parse_broker
from tests.helpers.broker import Broker
from tests.helpers.moments import BEFORE_START
from tests.helpers.waiting import wait_for

INBOX = "runofshow/v1/default/rooms/r1/inbox"
BROADCAST = "runofshow/v1/default/broadcast"
#: What a stranger on the broker sends (mosquitto_pub, QoS 1, through its standard input).
POISONS: dict[str, bytes] = {
    "4 KB of [": b"[" * 4096,  # was: RecursionError in paho's thread, the link deaf from then on
    "deep JSON": b"[" * 2000 + b"]" * 2000,
    "not UTF-8": b'{"id": "1", "from": "x", "text": "\xff\xfe"}',
    "1 MiB": b"x" * (1024 * 1024),
    "a list": b"[1, 2, 3]",
}


class Room:
    """A link as the app makes it, with the commands it hands to the show recorded."""

    def __init__(self, broker: Broker, room: str = "r1", *, fail: bool = False, clock: Clock | None = None) -> None:
        self.commands: list[dict[str, Any]] = []
        self.fail = fail
        self.link = VenueLink(parse_broker(broker.url), "default", room, self.command, clock=clock)

    def command(self, data: dict[str, Any]) -> None:
        if self.fail:
            raise RuntimeError("the show is not there")
        self.commands.append(data)

    def texts(self) -> list[str]:
        return [c["text"] for c in self.commands]


@pytest.fixture
def rooms() -> Iterator[list[Room]]:
    made: list[Room] = []
    yield made
    for room in made:
        room.link.stop()


def started(rooms: list[Room], room: Room) -> Room:
    rooms.append(room)
    room.link.start()
    assert wait_for(lambda: room.link.online), "the link never came online"
    return room


def good(text: str) -> str:
    return json.dumps({"id": str(uuid.uuid4()), "from": "Venue control", "text": text})


def test_poison_on_the_inbox_and_the_broadcast_is_refused_and_the_venue_still_heard(
    broker: Broker, rooms: list[Room]
) -> None:
    """Was: 4 KB of `[` raised RecursionError in paho's thread: the room never heard the venue again
    while its status bar said "online", and the broker redelivered the poison after a restart."""
    room = started(rooms, Room(broker))
    for poison in POISONS.values():
        broker.publish(INBOX, poison)
        broker.publish(BROADCAST, poison)
    broker.publish(INBOX, good("Doors close at 14:50"))
    assert wait_for(lambda: room.texts() == ["Doors close at 14:50"]), room.commands
    assert room.link.rejected == 2 * len(POISONS)
    assert room.link.status()[0] is True and room.link.problem() is None
    # The poison was acknowledged: a new app of the same room (the same session) is not sent it again.
    room.link.stop()
    broker.publish(INBOX, good("Room change: go to R314"))  # while the room is away
    again = started(rooms, Room(broker))
    assert wait_for(lambda: again.texts() == ["Room change: go to R314"]), again.commands
    broker.publish(INBOX, good("Coffee at 15:30"))  # after anything redelivered
    assert wait_for(lambda: again.texts() == ["Room change: go to R314", "Coffee at 15:30"]), again.commands
    assert again.link.rejected == 0


def test_a_link_whose_messages_keep_failing_is_not_online(broker: Broker, rooms: list[Room]) -> None:
    room = started(rooms, Room(broker, fail=True))
    for n in range(3):
        broker.publish(INBOX, good(f"Message {n}"))
    assert wait_for(lambda: room.link.problem() is not None)
    assert str(room.link.problem()) == "messages from the broker keep failing (RuntimeError)"
    assert room.link.status()[0] is False and room.link.rejected == 3
    room.fail = False
    broker.publish(INBOX, good("Back"))
    assert wait_for(lambda: room.link.problem() is None) and room.link.status()[0] is True
    assert room.texts() == ["Back"]


def test_a_link_whose_network_thread_ended_says_so(broker: Broker, rooms: list[Room]) -> None:
    room = started(rooms, Room(broker))
    threads = {t for t in threading.enumerate() if t.name.startswith("paho-mqtt-client-runofshow-default-r1")}
    room.link._connection.client.loop_stop()  # (what an exception in paho's thread did)
    assert all(not t.is_alive() for t in threads)
    assert room.link.status()[0] is False
    assert "network thread ended" in str(room.link.problem())


def test_a_refused_payload_is_answered_on_the_rooms_errors_topic_with_its_id(broker: Broker, rooms: list[Room]) -> None:
    """#27: was dropped without a word to the sender. Now the room answers on
    `rooms/ROOM/errors` with the payload's id (when it has a readable one), why, when (UTC, `Z`),
    and how many it has refused, read here as `mosquitto_sub` would."""
    room = started(rooms, Room(broker, clock=FakeClock(BEFORE_START)))
    listener = broker.listen("runofshow/v1/default/rooms/r1/errors", count=2)
    too_long = json.dumps({"id": "m-long", "from": "Venue control", "text": "x" * 501})
    broker.publish(INBOX, too_long)
    broker.publish(BROADCAST, b"{not json")
    broker.publish(INBOX, good("Doors close at 14:50"))  # a good one: shown, and nothing on errors
    answers = [json.loads(payload) for _, payload in broker.heard(listener)]
    assert answers == [
        {"id": "m-long", "error": "'text' is limited to 500 characters", "at": "2025-10-26T06:59:00Z", "refused": 1},
        {
            "id": None,
            "error": "not JSON text (expecting property name enclosed in double quotes at line 1, column 2)",
            "at": "2025-10-26T06:59:00Z",
            "refused": 2,
        },
    ]
    assert wait_for(lambda: room.texts() == ["Doors close at 14:50"])
    assert room.link.refused == 2 and room.link.rejected == 2


def test_presence_is_said_in_utc_with_z(broker: Broker, rooms: list[Room]) -> None:
    """#27: presence came in the computer's zone and acknowledgements in the event's; both are now
    UTC, ISO 8601 with `Z` (docs/venue.md)."""
    from runofshow.net.venue_link import venue_acks

    started(rooms, Room(broker, "r4", clock=FakeClock(BEFORE_START)))
    ((_, presence),) = broker.subscribe("runofshow/v1/default/rooms/r4/presence", 1)
    assert json.loads(presence) == {"online": True, "since": "2025-10-26T06:59:00Z"}
    state = {"messages": [{"ref": "v-1", "acknowledged": True, "acknowledged_at": "2025-10-26T14:03:09.250+07:00"}]}
    assert venue_acks(state) == [("v-1", "2025-10-26T07:03:09Z")]
