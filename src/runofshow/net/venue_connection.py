"""One connection to the venue's broker through paho-mqtt, for a room's link (net/venue_link.py)
and the control room (net/venue_client.py): the login, TLS, reconnecting, and the callbacks run so
that nothing a stranger on the broker sends can stop paho's thread.

Every paho callback runs inside a guard: bad input (VenueError, a topic that is not UTF-8, a
command the show refuses) is refused and counted, anything else is counted as a failure; neither
is raised into paho, where an exception would end the network thread (paho's default), leave the
QoS 1 message unacknowledged, and so have the broker deliver the same poison again after every
reconnect. A message is acknowledged once its callback has returned, refused or not.

The link's words (net/venue_health.py) tell a refused login ("the broker refused user r2 — check
the password") and a failed TLS handshake apart from a broker that is down. Once connected with a
user name, a short anonymous connection is tried in the background: a broker that accepts it
lets anyone on the LAN write to the rooms, and the link warns so.
"""

from __future__ import annotations

import ssl
import sys
import threading
import uuid
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from runofshow.core.fields import CommandError
from runofshow.core.wording import Words
from runofshow.net.venue_health import OPEN_BROKER, LinkHealth, refused_words, tls_words
from runofshow.net.venue_topics import BrokerAddress, VenueError

KEEPALIVE_S = 6  # the broker says a client that stops answering is gone after 1.5 × this: 9 s
MAX_BACKOFF_S = 8
PROBE_TIMEOUT_S = 5.0  # the anonymous try: a broker that has not answered by then is not judged

# What a stranger's message can make a callback raise: refused and counted, never a failure.
REFUSALS: tuple[type[BaseException], ...] = (VenueError, UnicodeDecodeError, CommandError)

OnMessage = Callable[[str, bytes], object]


class BrokerConnection:
    def __init__(
        self,
        broker: BrokerAddress,
        *,
        client_id: str = "",
        clean_session: bool = True,
        ca_file: str | None = None,
        on_online: Callable[[mqtt.Client], object],
        on_offline: Callable[[], object],
        on_message: OnMessage,
    ) -> None:
        """`on_online(client)` once connected (subscribe, say so); `on_message(topic, payload)`
        raises VenueError for what it refuses. All run on paho's thread."""
        self.broker = broker
        self.health = LinkHealth()
        self._ca_file = ca_file
        self._on_online = on_online
        self._on_offline = on_offline
        self._on_message = on_message
        self._started = self._stopped = False
        self._probed = False
        self.judged = threading.Event()  # set once the broker's openness is known (or could not be)
        self.online = False
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=clean_session, protocol=mqtt.MQTTv311
        )
        # Our callbacks catch everything themselves; this is paho's own belt and braces.
        client.suppress_exceptions = True
        if broker.username:
            client.username_pw_set(broker.username, broker.password)
        self._usable = True
        if broker.tls:
            try:
                client.tls_set(ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)
            except (OSError, ValueError) as exc:  # a CA file that is missing or not a certificate
                self._usable = False
                self.health.set_problem(
                    Words("TLS failed: {error}", error=f"cannot read the CA file {ca_file} ({exc})")
                )
        client.reconnect_delay_set(min_delay=1, max_delay=MAX_BACKOFF_S)
        client.on_connect = self._connected
        client.on_connect_fail = self._connect_failed
        client.on_disconnect = self._disconnected
        client.on_message = self._message
        self.client = client

    # --- life ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Connect in the background; a broker that is down or unreachable is tried again."""
        if not self._usable:
            return  # the words say why (an unreadable CA file): nothing to connect with
        self.client.connect_async(self.broker.host, self.broker.port, keepalive=KEEPALIVE_S)
        self.client.loop_start()
        self._started = True  # after: until loop_start returns there is no thread to be alive

    def stop(self) -> None:
        self._stopped = True
        if not self._started:
            return
        self.client.disconnect()
        self.client.loop_stop()

    def thread_alive(self) -> bool:
        """Whether paho's network thread still runs (True before start and after stop: nothing is wrong)."""
        if not self._started or self._stopped:
            return True
        # paho has no public word for it: loop_start's thread is kept in `_thread` (None once ended).
        thread = getattr(self.client, "_thread", None)
        return isinstance(thread, threading.Thread) and thread.is_alive()

    def problem(self) -> Words | None:
        return self.health.problem(thread_alive=self.thread_alive())

    def working(self) -> bool:
        """Online, and nothing says otherwise (the thread runs, the callbacks do not keep failing)."""
        return self.online and self.problem() is None

    # --- paho's callbacks (its thread) ----------------------------------------------------------------
    def _guarded(self, kind: str, work: Callable[[], object]) -> None:
        try:
            work()
        except REFUSALS as exc:
            self.health.refused(kind, exc)
            self.health.handled()  # refusing bad input is the link working
        except Exception as exc:  # anything, rather than paho's thread: counted and logged once
            self.health.failed(kind, exc)
        else:
            self.health.handled()

    def _connected(self, client: mqtt.Client, userdata: object, flags: Any, reason: Any, properties: Any) -> None:
        if reason.is_failure:
            # Refused: paho tries again (a password fixed on the broker is picked up); the words say why.
            self._guarded("connect", lambda: self.health.set_problem(refused_words(reason, self.broker.username)))
            return

        def online() -> None:
            self.online = True
            self.health.set_problem(None)
            self._on_online(client)
            self._judge_the_broker()

        self._guarded("connect", online)

    def _connect_failed(self, client: mqtt.Client, userdata: object) -> None:
        # paho calls this from inside its `except OSError` around the connect: the error is the one
        # being handled (paho hands it to no callback), and a TLS one deserves its own words.
        error = sys.exc_info()[1]
        self._guarded("connect", lambda: self.health.set_problem(tls_words(error) if error is not None else None))

    def _disconnected(self, client: mqtt.Client, userdata: object, flags: Any, reason: Any, properties: Any) -> None:
        def offline() -> None:
            if self.online:
                self.online = False
                self._on_offline()

        self._guarded("disconnect", offline)

    def _message(self, client: mqtt.Client, userdata: object, message: mqtt.MQTTMessage) -> None:
        def deliver() -> None:
            topic = message.topic  # raises UnicodeDecodeError for a topic that is not UTF-8: refused
            self._on_message(topic, bytes(message.payload))

        self._guarded(_leaf(message), deliver)

    # --- a broker open to anyone ------------------------------------------------------------------
    def _judge_the_broker(self) -> None:
        """Once: without a user name we are the proof that anyone gets in; with one, try without."""
        if self._probed:
            return
        self._probed = True
        if not self.broker.username:
            self.health.set_warning(OPEN_BROKER)
            self.judged.set()
            return
        threading.Thread(target=self._probe, name="runofshow-venue-probe", daemon=True).start()

    def _probe(self) -> None:
        try:
            if anonymous_allowed(self.broker, self._ca_file):
                self.health.set_warning(OPEN_BROKER)
        except Exception as exc:  # a probe that cannot run judges nothing (logged once)
            self.health.note("the anonymous try", exc)
        finally:
            self.judged.set()


def _leaf(message: mqtt.MQTTMessage) -> str:
    """The topic's last level for the log ("inbox", "state"), without raising on a bad topic."""
    try:
        return message.topic.rsplit("/", 1)[-1][:32]
    except UnicodeDecodeError:
        return "a topic that is not UTF-8"


def anonymous_allowed(broker: BrokerAddress, ca_file: str | None, timeout: float = PROBE_TIMEOUT_S) -> bool | None:
    """Whether the broker accepts a client with no user name (True/False), None if it did not say in time.

    A clean session with a throwaway id: the broker keeps nothing of it."""
    answered = threading.Event()
    verdict: list[bool] = []

    def connected(client: mqtt.Client, userdata: object, flags: Any, reason: Any, properties: Any) -> None:
        verdict.append(not reason.is_failure)
        answered.set()

    probe = mqtt.Client(
        CallbackAPIVersion.VERSION2,
        client_id=f"runofshow-probe-{uuid.uuid4().hex[:12]}",
        clean_session=True,
        protocol=mqtt.MQTTv311,
    )
    probe.suppress_exceptions = True
    if broker.tls:
        probe.tls_set(ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)
    probe.on_connect = connected
    probe.connect_async(broker.host, broker.port, keepalive=KEEPALIVE_S)
    probe.loop_start()
    try:
        answered.wait(timeout)
    finally:
        probe.disconnect()
        probe.loop_stop()
    return verdict[0] if verdict else None
