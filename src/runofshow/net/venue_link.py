"""A room's link to the venue's broker (`--venue mqtt://HOST --room ROOM`), through paho-mqtt.

The room never depends on the broker: the link connects in the background, says "offline" while
it cannot, reconnects with a growing wait (1 s to MAX_BACKOFF_S), and on each connection says it
is online (retained, with a last will that says it is not), subscribes again and republishes the
newest state it was given. The show hands it states and acknowledgements on the GUI thread (a
publish only queues a packet); what the broker sends (a message to the moderator) goes to the
show as a validated command through `on_command`, off the GUI thread, the way the API's do.

The session is kept by the broker (clean session off, a client id per venue and room), so a
message sent to the room while it was away arrives when it is back. A message that is not one
the venue sends (too long, not JSON, nested 100,000 deep, not text), or that the show refuses, is
refused, counted and acknowledged all the same (the broker must not deliver it again after every
reconnect), and answered on the room's `errors` topic with its id, so that whoever sent it knows
(at most ERRORS_PER_S a second on average: a flood of junk is not answered in kind). The
connection itself (login, TLS, paho's thread kept alive, the words for what is wrong) is
net/venue_connection.py's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from runofshow.core.clock import Clock, SystemClock
from runofshow.core.fields import CommandError
from runofshow.core.snapshot import public_view
from runofshow.core.wording import Words
from runofshow.net.limits import TokenBucket
from runofshow.net.venue_connection import BrokerConnection
from runofshow.net.venue_topics import (
    BrokerAddress,
    VenueError,
    broadcast_topic,
    inbox_command,
    parse_inbox,
    refusal,
    room_topic,
    utc_iso,
    utc_iso_of,
)

MAX_QUEUED = 100  # packets kept while offline (the state is republished whole on reconnecting)
QOS = 1
ERRORS_PER_S = 2.0  # refusals answered on `errors`, on average; 10 at once
ERRORS_BURST = 10.0


def room_state(state: dict[str, Any], room: str, name: str) -> dict[str, Any]:
    """The public view, the room, and how many messages to the moderator wait to be seen."""
    unacked = sum(1 for m in state["messages"] if m["to"] == "moderator" and not m["acknowledged"])
    return {**public_view(state), "room": {"id": room, "name": name}, "unacked_messages": unacked}


def venue_acks(state: dict[str, Any]) -> list[tuple[str, str]]:
    """(venue message id, when seen, in the venue's UTC format) for each venue message the moderator
    acknowledged."""
    return [
        (m["ref"], utc_iso_of(m["acknowledged_at"]))
        for m in state["messages"]
        if m.get("ref") and m["acknowledged"] and m.get("acknowledged_at")
    ]


class VenueLink:
    def __init__(
        self,
        broker: BrokerAddress,
        venue: str,
        room: str,
        on_command: Callable[[dict[str, Any]], object],
        *,
        ca_file: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        """`on_command` applies a command to the show (it may be called from paho's thread);
        `clock` says the time (for "online since", in the venue's UTC format)."""
        self.broker, self.venue, self.room = broker, venue, room
        self._on_command = on_command
        self._clock: Clock = clock or SystemClock()
        self._errors = TokenBucket(ERRORS_PER_S, ERRORS_BURST)
        self.refused = 0  # inbox and broadcast payloads refused (each answered on `errors`, within bounds)
        self._lock = threading.Lock()
        self._last_state: bytes | None = None
        self._since = ""  # when the link last came up or went down
        #: Which laptop holds the room's show, and whether it took it over (#29): in the presence.
        self.holder: dict[str, Any] = {}
        self.received = 0
        self._acked: set[str] = set()
        self._inbox, self._broadcast = self.topic("inbox"), broadcast_topic(venue)
        self._connection = BrokerConnection(
            broker,
            client_id=f"runofshow-{venue}-{room}",
            clean_session=False,  # the broker keeps the subscriptions and what came meanwhile
            ca_file=ca_file,
            on_online=self._connected,
            on_offline=self._disconnected,
            on_message=self._message,
        )
        client = self._client = self._connection.client
        client.will_set(self.topic("presence"), json.dumps({"online": False}), qos=QOS, retain=True)
        client.max_queued_messages_set(MAX_QUEUED)

    def topic(self, leaf: str) -> str:
        return room_topic(self.venue, self.room, leaf)

    def _now_iso(self) -> str:
        return utc_iso(self._clock.now().wall)

    # --- the link's life ----------------------------------------------------------------------
    def start(self) -> None:
        """Connect in the background; a broker that is down or unreachable is tried again."""
        self._since = self._now_iso()
        self._connection.start()

    def stop(self) -> None:
        """Say offline (the will is for a room that dies, not one that closes) and disconnect."""
        if self._connection.online:
            info = self._client.publish(self.topic("presence"), json.dumps({"online": False}), qos=QOS, retain=True)
            info.wait_for_publish(timeout=2)
        self._connection.stop()

    @property
    def online(self) -> bool:
        """Connected, and nothing says the link is broken (its thread ended, its callbacks keep failing)."""
        return self._connection.working()

    @property
    def rejected(self) -> int:
        """Messages from the broker refused (bad JSON, too long, not text) and callbacks that failed."""
        return self._connection.health.rejected

    def status(self) -> tuple[bool, str]:
        """(online, since when), for the window's status bar."""
        with self._lock:
            return self.online, self._since

    def problem(self) -> Words | None:
        """What keeps the link from working, in words: a refused login, TLS, a dead thread (else None)."""
        return self._connection.problem()

    def warning(self) -> Words | None:
        """What is wrong while it works: a broker that lets anyone in."""
        return self._connection.health.warning()

    def _connected(self, client: mqtt.Client) -> None:
        with self._lock:
            self._since = self._now_iso()
            state = self._last_state
        # Subscribed before saying it is online: whoever sees it online can write to it at once
        # (the broker handles one connection's packets in order).
        client.subscribe([(self._inbox, QOS), (self._broadcast, QOS)])
        presence = json.dumps({"online": True, "since": self._since, **self.holder})
        client.publish(self.topic("presence"), presence, qos=QOS, retain=True)
        if state is not None:
            client.publish(self.topic("state"), state, qos=QOS, retain=True)

    def _disconnected(self) -> None:
        with self._lock:
            self._since = self._now_iso()

    # --- out: state and acknowledgements (from the GUI thread) -----------------------------------
    def publish_state(self, state: dict[str, Any]) -> None:
        """The room's public state, retained (what a control room that starts later sees first)."""
        payload = json.dumps(state, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        with self._lock:
            self._last_state = payload
        if self._connection.online:
            self._client.publish(self.topic("state"), payload, qos=QOS, retain=True)

    def publish_acks(self, acknowledged: list[tuple[str, str]]) -> None:
        """(venue message id, when seen) of messages the moderator acknowledged; each once. Only
        the ids of messages the show still keeps are remembered (as many as it keeps)."""
        self._acked &= {message_id for message_id, _ in acknowledged}
        for message_id, at in acknowledged:
            if message_id in self._acked:
                continue
            self._acked.add(message_id)
            self._client.publish(self.topic("acks"), json.dumps({"id": message_id, "at": at}), qos=QOS)

    # --- in: messages to the moderator (paho's thread) ---------------------------------------------
    def _message(self, topic: str, payload: bytes) -> None:
        """A message to the moderator: refused whole (VenueError, counted by the connection) unless it
        is one the venue sends, on a topic the room listens to."""
        if topic not in (self._inbox, self._broadcast):
            raise VenueError(f"a message on '{topic[:80]}', which this room does not listen to")
        try:
            parsed = parse_inbox(payload)
            self.received += 1
            self._on_command(inbox_command(parsed))
        except (VenueError, CommandError) as exc:
            self._answer_refusal(payload, exc)
            raise  # counted and logged by the connection, as before

    def _answer_refusal(self, payload: bytes, error: Exception) -> None:
        """Say on the room's `errors` topic which payload was refused and why (paho's thread)."""
        with self._lock:
            self.refused += 1
            count = self.refused
            answer = self._errors.take(self._clock.now().mono)
        if answer:
            body = refusal(payload, error, self._now_iso(), count)
            self._client.publish(self.topic("errors"), json.dumps(body, ensure_ascii=True), qos=QOS)
