"""The venue control room's client of the broker: every room's state, presence and acks in, the
control room's messages out (paho-mqtt; the board itself is net/venue_board.py).

What arrives is queued (paho's thread) and handed over whole to whoever drains it (the window's
thread), so the board is only ever touched by one thread. `on_arrival` is called from paho's
thread once per batch, to wake the drainer. The queue is bounded in messages and in bytes, and a
payload larger than any room sends is not kept at all (its room is marked as sending a bad state):
a stranger on the broker cannot make the control room hold gigabytes. The connection (login, TLS,
paho's thread kept alive, the words for what is wrong) is net/venue_connection.py's.
"""

from __future__ import annotations

import json
import queue
import threading
import uuid
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from runofshow.core.wording import Words
from runofshow.net.venue_board import MAX_PAYLOAD_BYTES, Board, SentMessage
from runofshow.net.venue_connection import BrokerConnection
from runofshow.net.venue_topics import (
    ROOT,
    BrokerAddress,
    broadcast_topic,
    check_message_text,
    check_name,
    room_topic,
)

MAX_PENDING = 10_000  # messages waiting for the drainer (50 rooms a second for minutes)
MAX_PENDING_BYTES = 64 * 1024 * 1024  # and their bytes: 128 of the largest states, thousands of real ones
QOS = 1
#: What is queued in place of a payload larger than any room sends: not JSON, so the board refuses
#: it as it would the payload itself (and marks the room's state as bad), without holding its bytes.
TOO_LARGE = b"\xff too large"


class VenueClient:
    def __init__(
        self,
        broker: BrokerAddress,
        venue: str,
        *,
        name: str = "Venue control",
        ca_file: str | None = None,
        on_arrival: Callable[[], object] | None = None,
    ) -> None:
        self.broker, self.venue, self.name = broker, venue, name
        self.pending: queue.Queue[tuple[str, bytes]] = queue.Queue(MAX_PENDING)
        self._pending_bytes = 0
        self._bytes_lock = threading.Lock()
        self.dropped = 0
        self._on_arrival = on_arrival
        self._connection = BrokerConnection(
            broker,
            ca_file=ca_file,
            on_online=self._connected,
            on_offline=self._wake,
            on_message=self._message,
        )
        self._client = self._connection.client

    def start(self) -> None:
        self._connection.start()

    def stop(self) -> None:
        self._connection.stop()

    @property
    def online(self) -> bool:
        """Connected, and nothing says the link is broken (its thread ended, its callbacks keep failing)."""
        return self._connection.working()

    @property
    def rejected(self) -> int:
        return self._connection.health.rejected

    def problem(self) -> Words | None:
        """What keeps the control room from the broker, in words: a refused login, TLS, a dead thread."""
        return self._connection.problem()

    def warning(self) -> Words | None:
        """What is wrong while it works: a broker that lets anyone in."""
        return self._connection.health.warning()

    def link_state(self) -> dict[str, Any]:
        """The control room's own link, for the board's JSON (`"link"` in GET /api/v1/venue)."""
        problem, warning = self.problem(), self.warning()
        return {
            "online": self.online,
            "problem": None if problem is None else f"venue: {problem}",
            "warning": None if warning is None else f"venue: {warning}",
            "rejected": self.rejected,
            "dropped": self.dropped,
        }

    def _connected(self, client: mqtt.Client) -> None:
        base = f"{ROOT}/{self.venue}/rooms/+"
        client.subscribe([(f"{base}/state", QOS), (f"{base}/presence", QOS), (f"{base}/acks", QOS)])
        self._wake()

    def _message(self, topic: str, payload: bytes) -> None:
        if len(payload) > MAX_PAYLOAD_BYTES:
            payload = TOO_LARGE  # not kept: the board refuses it (and says the room's state is bad)
        with self._bytes_lock:
            if self._pending_bytes + len(payload) > MAX_PENDING_BYTES:
                self.dropped += 1  # the next state of that room says it again
                return
            try:
                self.pending.put_nowait((topic, payload))
            except queue.Full:
                self.dropped += 1
                return
            self._pending_bytes += len(payload)
        self._wake()

    def _wake(self) -> None:
        if self._on_arrival is not None:
            self._on_arrival()

    def drain(self, board: Board, now: float, wall_iso: str = "") -> set[str]:
        """Apply what has arrived to `board` (on the drainer's thread); the rooms that changed.

        Of a room's states (and presences) that arrived together only the newest is read: fifty
        rooms a second are fifty JSON texts, not a backlog of each."""
        newest: dict[str, bytes] = {}
        acks: list[tuple[str, bytes]] = []
        while True:
            try:
                topic, payload = self.pending.get_nowait()
            except queue.Empty:
                break
            with self._bytes_lock:
                self._pending_bytes = max(0, self._pending_bytes - len(payload))
            if topic.endswith("/acks"):
                acks.append((topic, payload))
            else:
                newest.pop(topic, None)
                newest[topic] = payload  # the newest last, in the order they came
        changed: set[str] = set()
        for topic, payload in [*newest.items(), *acks]:
            if board.apply(topic, payload, now, wall_iso):
                changed.add(topic.rsplit("/", 2)[-2])
        return changed

    def send(self, board: Board, text: str, room: str | None, at: str, message_id: str | None = None) -> SentMessage:
        """A message to one room's moderator (or, `room` None, to every room's), remembered on the
        board so that each acknowledgement shows as it arrives."""
        if room is not None:
            check_name(room, "room id")
        text = check_message_text(text)
        message = SentMessage(message_id or str(uuid.uuid4()), room, text, at)
        board.remember(message)
        topic = room_topic(self.venue, room, "inbox") if room else broadcast_topic(self.venue)
        payload = json.dumps({"id": message.id, "from": self.name, "text": text})
        self._client.publish(topic, payload, qos=QOS)
        return message
