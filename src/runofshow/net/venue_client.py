"""The venue control room's client of the broker: every room's state, presence and acks in, the
control room's messages out (paho-mqtt; the board itself is net/venue_board.py).

What arrives is queued (paho's thread) and handed over whole to whoever drains it (the window's
thread), so the board is only ever touched by one thread. `on_arrival` is called from paho's
thread once per batch, to wake the drainer.
"""

from __future__ import annotations

import json
import queue
import ssl
import uuid
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from runofshow.core.text import first_not_text
from runofshow.net.venue_board import Board, SentMessage
from runofshow.net.venue_topics import (
    MAX_TEXT_CHARS,
    ROOT,
    BrokerAddress,
    VenueError,
    broadcast_topic,
    check_name,
    room_topic,
)

KEEPALIVE_S = 6
MAX_BACKOFF_S = 8
MAX_PENDING = 10_000  # messages waiting for the drainer (50 rooms a second for minutes)
QOS = 1


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
        self.dropped = 0
        self.online = False
        self._on_arrival = on_arrival
        client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv311)
        if broker.username:
            client.username_pw_set(broker.username, broker.password)
        if broker.tls:
            client.tls_set(ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)
        client.reconnect_delay_set(min_delay=1, max_delay=MAX_BACKOFF_S)
        client.on_connect = self._connected
        client.on_disconnect = self._disconnected
        client.on_message = self._message
        self._client = client

    def start(self) -> None:
        self._client.connect_async(self.broker.host, self.broker.port, keepalive=KEEPALIVE_S)
        self._client.loop_start()

    def stop(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()

    def _connected(self, client: mqtt.Client, userdata: object, flags: Any, reason: Any, properties: Any) -> None:
        if reason.is_failure:
            return
        self.online = True
        base = f"{ROOT}/{self.venue}/rooms/+"
        client.subscribe([(f"{base}/state", QOS), (f"{base}/presence", QOS), (f"{base}/acks", QOS)])
        self._wake()

    def _disconnected(self, client: mqtt.Client, userdata: object, flags: Any, reason: Any, properties: Any) -> None:
        self.online = False
        self._wake()

    def _message(self, client: mqtt.Client, userdata: object, message: mqtt.MQTTMessage) -> None:
        try:
            self.pending.put_nowait((message.topic, bytes(message.payload)))
        except queue.Full:
            self.dropped += 1  # the next state of that room says it again
            return
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
        text = text.strip()
        if not text or len(text) > MAX_TEXT_CHARS or first_not_text(text) is not None:
            raise VenueError(f"a message is 1 to {MAX_TEXT_CHARS} characters of text")
        message = SentMessage(message_id or str(uuid.uuid4()), room, text, at)
        board.remember(message)
        topic = room_topic(self.venue, room, "inbox") if room else broadcast_topic(self.venue)
        payload = json.dumps({"id": message.id, "from": self.name, "text": text})
        self._client.publish(topic, payload, qos=QOS)
        return message
