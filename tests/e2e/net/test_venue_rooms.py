"""Every room of a venue on one real Mosquitto: three rooms (the real app, each in its own
process) publish retained state and presence; a message published with mosquitto_pub reaches a
moderator and its acknowledgement comes back; a repeated id shows once; a SIGKILLed room shows
offline within 15 s; the broker stopped for 20 s and started again: the rooms run and answer their
API throughout, and republish within 10 s."""

from __future__ import annotations

import json
import signal
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.broker import Broker
from tests.helpers.venue import room

TOPIC = "runofshow/v1/default/rooms"


@pytest.fixture
def rooms(broker: Broker, tmp_path: Path) -> Iterator[dict[str, App]]:
    started = {room_id: room(broker, tmp_path, room_id) for room_id in ("r1", "r2", "r3")}
    yield started
    for app in started.values():
        if app.proc.poll() is None:
            app.stop()
        else:
            app.proc.communicate()  # a killed room: its pipes closed all the same


def retained(broker: Broker, leaf: str, count: int = 3, seconds: float = 10) -> dict[str, dict[str, Any]]:
    """Each room's retained `leaf`, read with mosquitto_sub (waits until all `count` are there)."""
    deadline = time.monotonic() + seconds
    found: dict[str, dict[str, Any]] = {}
    while time.monotonic() < deadline:
        found = {
            topic.split("/")[-2]: json.loads(payload)
            for topic, payload in broker.subscribe(f"{TOPIC}/+/{leaf}", count, seconds=2)
        }
        if len(found) >= count:
            return found
    return found


def healthy(app: App) -> bool:
    with urllib.request.urlopen(f"{app.base}/health", timeout=3) as answer:
        return bool(json.loads(answer.read())["ok"])


def test_three_rooms_publish_retained_state_and_presence(broker: Broker, rooms: dict[str, App]) -> None:
    presence = retained(broker, "presence")
    assert set(presence) == {"r1", "r2", "r3"}
    assert all(p["online"] is True and p["since"] for p in presence.values())
    states = retained(broker, "state")
    assert set(states) == {"r1", "r2", "r3"}
    r1 = states["r1"]
    assert r1["room"] == {"id": "r1", "name": "Room R1"} and r1["unacked_messages"] == 0
    assert r1["public"] is True and all("notes" not in s for s in r1["segments"])  # the public view only
    # A change in a room reaches the broker (and so the venue) at once.
    assert rooms["r2"].command({"action": "start"})[0] == 200
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not retained(broker, "state")["r2"]["running"]:
        time.sleep(0.2)
    assert retained(broker, "state")["r2"]["running"] is True


def test_a_message_reaches_the_moderator_once_and_its_ack_comes_back(broker: Broker, rooms: dict[str, App]) -> None:
    retained(broker, "presence")  # every room connected
    message_id = str(uuid.uuid4())
    payload = json.dumps({"id": message_id, "from": "Venue control", "text": "Doors close at 14:50"})
    broker.publish(f"{TOPIC}/r1/inbox", payload)
    app = rooms["r1"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not app.state()["messages"]:
        time.sleep(0.1)
    messages = app.state()["messages"]
    assert [(m["text"], m["from"], m["ref"]) for m in messages] == [
        ("Doors close at 14:50", "Venue control", message_id)
    ]
    broker.publish(f"{TOPIC}/r1/inbox", payload)  # the same id again (a resend, a second delivery)
    broker.publish(f"{TOPIC}/r1/inbox", "not json at all")  # and rubbish: refused, nothing done
    time.sleep(1.5)
    assert len(app.state()["messages"]) == 1
    assert retained(broker, "state")["r1"]["unacked_messages"] == 1
    assert rooms["r2"].state()["messages"] == []  # sent to r1 only
    # The moderator presses K: the acknowledgement goes back under the venue's id.
    listening = broker.listen(f"{TOPIC}/r1/acks", 1)
    assert app.command({"action": "message_ack", "id": messages[0]["id"]})[0] == 200
    acks = broker.heard(listening)
    assert acks and json.loads(acks[0][1])["id"] == message_id
    # A broadcast reaches every room.
    broadcast = json.dumps({"id": str(uuid.uuid4()), "from": "Venue control", "text": "Fire drill at 15:00"})
    broker.publish("runofshow/v1/default/broadcast", broadcast)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(
        any(m["text"] == "Fire drill at 15:00" for m in a.state()["messages"]) for a in rooms.values()
    ):
        time.sleep(0.2)
    assert all(any(m["text"] == "Fire drill at 15:00" for m in a.state()["messages"]) for a in rooms.values())


def test_a_killed_room_shows_offline_within_15_seconds(broker: Broker, rooms: dict[str, App]) -> None:
    retained(broker, "presence")
    killed_at = time.monotonic()
    rooms["r3"].proc.send_signal(signal.SIGKILL)
    rooms["r3"].proc.wait(timeout=10)
    while time.monotonic() - killed_at < 15:
        presence = retained(broker, "presence", seconds=3)
        if presence.get("r3", {}).get("online") is False:
            break
        time.sleep(0.5)
    assert presence["r3"]["online"] is False, presence
    assert time.monotonic() - killed_at < 15
    assert presence["r1"]["online"] is True


@pytest.mark.slow  # the broker away for 20 real seconds
def test_the_broker_gone_for_20_seconds_costs_the_rooms_nothing(broker: Broker, rooms: dict[str, App]) -> None:
    retained(broker, "presence")
    broker.stop()
    gone = time.monotonic()
    app = rooms["r1"]
    assert app.command({"action": "start"})[0] == 200  # the show runs without its broker
    while time.monotonic() - gone < 20:
        assert all(healthy(a) for a in rooms.values())  # every room answers its API throughout
        time.sleep(1)
    assert app.command({"action": "add_time", "seconds": 60})[0] == 200
    broker.start()
    back = time.monotonic()
    deadline = back + 10
    states: dict[str, dict[str, Any]] = {}
    while time.monotonic() < deadline:
        states = retained(broker, "state", seconds=2)
        if states.get("r1", {}).get("running") and len(states) == 3:
            break
        time.sleep(0.2)
    assert time.monotonic() - back < 10
    assert states["r1"]["running"] is True  # what happened while the broker was away
    assert all(p["online"] for p in retained(broker, "presence").values())


def test_a_message_sent_while_the_room_was_away_arrives_when_it_is_back(broker: Broker, tmp_path: Path) -> None:
    """The broker keeps the room's session (clean session off): a message published while the
    room's app was closed reaches its moderator once the app is started again."""
    first = room(broker, tmp_path, "r9")
    try:
        assert retained(broker, "presence", count=1)["r9"]["online"] is True
    finally:
        first.stop()
    assert retained(broker, "presence", count=1)["r9"]["online"] is False  # it said so as it closed
    payload = json.dumps({"id": str(uuid.uuid4()), "from": "Venue control", "text": "Room change: go to R314"})
    broker.publish(f"{TOPIC}/r9/inbox", payload)
    again = App(
        str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--resume",
        "--venue", broker.url, "--room", "r9", home=str(tmp_path / "home-r9"),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not again.state()["messages"]:
            time.sleep(0.2)
        assert [m["text"] for m in again.state()["messages"]] == ["Room change: go to R314"]
    finally:
        again.stop()


def test_a_room_logs_in_with_the_password_from_the_environment_never_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a broker with users and no anonymous clients (docs/venue.md's first example): the right
    password from RUNOFSHOW_VENUE_PASSWORD is online, and is nowhere in the process's argv (`ps`);
    a wrong one is said in words, not "offline" as if the broker were down."""
    from runofshow.net.venue_login import PASSWORD_ENV
    from tests.helpers.broker import need_mosquitto

    need_mosquitto()
    secret = "r2-secret-password"
    locked = Broker(tmp_path / "locked", users={"r2": secret}, anonymous=False)
    locked.start()
    try:

        def start(password: str, home: str) -> App:
            monkeypatch.setenv(PASSWORD_ENV, password)
            return App(
                str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run",
                "--venue", locked.url, "--venue-user", "r2", "--room", "r2", home=str(tmp_path / home),
            )  # fmt: skip

        app = start(secret, "home-right")
        try:
            assert retained(locked, "presence", count=1)["r2"]["online"] is True
            argv = Path(f"/proc/{app.proc.pid}/cmdline").read_bytes()
            assert b"--venue-user\0r2" in argv and secret.encode() not in argv
        finally:
            app.stop()
        assert "venue:" not in app.stderr, app.stderr  # no refusal, and a locked broker is not warned about
        log = locked.folder / "broker.log"
        before = log.read_text(errors="replace").count("not authorised")  # (the first room's anonymous try)
        wrong = start("not-the-password", "home-wrong")
        try:
            # Refused twice: the room tries again only once it has read the first refusal.
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and log.read_text(errors="replace").count("not authorised") < before + 2:
                time.sleep(0.2)  # a real broker: time must pass
        finally:
            wrong.stop()
        assert "venue: the broker refused user r2 — check the password" in wrong.stderr, wrong.stderr
    finally:
        locked.stop()
