"""The venue control room's window: one row per room, worst trouble first, in words and colour;
a message to a room or to all, each acknowledgement as it arrives."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.net.venue_client import VenueClient
from runofshow.net.venue_link import room_state
from runofshow.net.venue_topics import parse_broker
from runofshow.ui.venue.venue_window import VenueWindow
from runofshow.ui.widgets.state_table import StateRole
from tests.helpers.qt import Spoken
from tests.helpers.show import do

T = "runofshow/v1/default/rooms"


@pytest.fixture(autouse=True)
def in_hanoi(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The control room's computer on Hanoi's clock: the broker's UTC times (`…Z`, docs/venue.md)
    show as its clock face says them."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def arrive(window: VenueWindow, qtbot: QtBot, topic: str, payload: dict[str, object]) -> None:
    window.client.pending.put((topic, json.dumps(payload).encode()))
    window.wake()  # as paho's thread does (the window looks at most five times a second)
    window.drain_now()


def six_rooms(window: VenueWindow, qtbot: QtBot, show: Show, clock: FakeClock) -> None:
    names = {"r311": "Room 311", "r312": "Room 312", "r313": "R313 (Convention)", "r314": "Room 314",
             "r315": "Room 315", "r316": "Auditorium"}  # fmt: skip
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    clock.advance(95)
    for room, name in names.items():
        since = "2025-10-26T06:58:00Z"  # 13:58 in Hanoi
        arrive(window, qtbot, f"{T}/{room}/presence", {"online": room != "r314", "since": since})
        state = room_state(snapshot(show, clock.now()), room, name)
        if room == "r312":  # over the hard stop
            state["schedule"]["over_hard_end_s"] = 190.0
            state["schedule"]["offset_s"] = 190.0
        if room == "r315":
            state["unacked_messages"] = 1
        if room == "r316":
            state["schedule"]["offset_s"] = 75.0
        arrive(window, qtbot, f"{T}/{room}/state", state)


def test_six_rooms_worst_first_with_the_trouble_in_words(
    qtbot: QtBot, show: Show, clock: FakeClock, tmp_path: Path, qapp
) -> None:
    from runofshow.files.resources import resource

    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")  # never started: no broker needed
    window = VenueWindow(client, clock)
    # The dark theme on this window only (the application's would reach other tests' windows).
    window.setStyleSheet(resource("styles", "dark.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    six_rooms(window, qtbot, show, clock)
    clock.advance(70)  # the message in r315 has waited over a minute
    window.model.refresh()
    model = window.model
    rooms = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rooms[:3] == ["Room 314", "Room 312", "Room 315"], rooms  # offline, over the hard stop, unseen
    cells = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())}
    assert cells["Room 314"][7].startswith("■ OFFLINE since 13:58")
    assert cells["Room 312"][5].startswith("⚠ OVER the hard stop by 3:10")
    assert cells["Room 315"][6].startswith("✉ 1 unseen for 1:10")
    assert cells["Auditorium"][4] == "1:15 BEHIND"
    assert cells["R313 (Convention)"][2] == "Opening remarks · Moderator (placeholder)"
    assert model.index(0, 0).data(StateRole) == "overtime"  # the colour goes with the words
    window.resize(1366, 520)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "venue-six-rooms.png"))


def test_a_message_to_one_room_and_its_acknowledgement(qtbot: QtBot, show: Show, clock: FakeClock) -> None:
    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")
    window = VenueWindow(client, clock)
    qtbot.addWidget(window)
    six_rooms(window, qtbot, show, clock)
    window.table.selectRow(3)
    room = window.model.room_at(3)
    assert room is not None
    window.text.setText("Please close by 14:45: the room is needed")
    window.send(to_all=False)
    (sent,) = window.board.sent.values()
    assert (sent.room, sent.text) == (room.id, "Please close by 14:45: the room is needed")
    assert "not yet seen" in window.sent.item(0).text()
    arrive(window, qtbot, f"{T}/{room.id}/acks", {"id": sent.id, "at": "2025-10-26T07:03:12Z"})
    assert "✓ seen 14:03" in window.sent.item(0).text()
    window.text.setText("Fire drill at 15:00")
    window.send(to_all=True)
    assert "seen in 0 of 6 rooms" in window.sent.item(0).text()


def test_a_room_in_trouble_and_a_message_seen_are_said(
    qtbot: QtBot,
    show: Show,
    clock: FakeClock,
    spoken: Spoken,
) -> None:
    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")
    window = VenueWindow(client, clock)
    qtbot.addWidget(window)
    six_rooms(window, qtbot, show, clock)
    window._say_trouble()  # (what each look does, twice a second)
    assert ("Room 314 is offline", True) in spoken.events
    assert ("Room 312 is over the hard stop", True) in spoken.events
    heard = len(spoken.events)
    window._say_trouble()
    assert len(spoken.events) == heard  # said once, not at every look
    clock.advance(70)
    window._say_trouble()
    assert spoken.events[-1] == ("Room 315 has a message unseen for a minute", False)
    window.table.selectRow(0)
    window.text.setText("Are you back?")
    window.send(to_all=False)
    (sent,) = window.board.sent.values()
    arrive(window, qtbot, f"{T}/{sent.room}/acks", {"id": sent.id, "at": "2025-10-26T07:03:12Z"})
    assert spoken.events[-1] == ("A message was seen", False)


def test_a_room_whose_state_cannot_be_read_is_shown_as_bad_state(qtbot: QtBot, show: Show, clock: FakeClock) -> None:
    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")
    window = VenueWindow(client, clock)
    qtbot.addWidget(window)
    six_rooms(window, qtbot, show, clock)
    state = room_state(snapshot(show, clock.now()), "r313", "R313 (Convention)")
    state["live_segment"] = {"id": "opening"}  # was: TypeError out of the board, every room frozen
    arrive(window, qtbot, f"{T}/r313/state", state)
    window.client.pending.put((f"{T}/r311/state", b"[" * 100_000))  # was: RecursionError, the same
    window.drain_now()
    model = window.model
    cells = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    bad = "⚠ bad state: what this room publishes cannot be read"
    assert cells["r313"] == bad and cells["r311"] == bad  # (no name: that was in the state)
    assert cells["Room 312"] == "Opening remarks · Moderator (placeholder)"  # the others still shown
    arrive(window, qtbot, f"{T}/r316/presence", {"online": False})  # and still updated
    links = {model.index(r, 0).data(): model.index(r, 7).data() for r in range(model.rowCount())}
    assert links["Auditorium"].startswith("■ OFFLINE")


def test_the_control_rooms_own_link_says_a_refused_login_and_an_open_broker(qtbot: QtBot, clock: FakeClock) -> None:
    """Was: a wrong password read "broker offline: reconnecting", as if the broker were down."""
    from runofshow.net.venue_health import OPEN_BROKER, refused_words

    client = VenueClient(parse_broker("mqtt://control@127.0.0.1:1"), "default")
    window = VenueWindow(client, clock)
    qtbot.addWidget(window)
    client._connection.health.set_problem(refused_words(type("Reason", (), {"value": 0x87})(), "control"))
    window._say_link()
    assert window.link.text().startswith("venue: the broker refused user control — check the password · 0 rooms")
    assert window.board_state()["link"]["problem"] == "venue: the broker refused user control — check the password"
    client._connection.health.set_problem(None)
    client._connection.health.set_warning(OPEN_BROKER)
    window._say_link()
    assert window.link.text() == (
        "broker offline: reconnecting · 0 rooms  ⚠ the broker lets anyone on the network in (no password) — "
        "anyone can send messages to the rooms; see docs/venue.md"
    )
    assert window.board_state()["link"]["warning"].startswith("venue: the broker lets anyone on the network in")


def test_a_planned_room_not_started_says_it_should_have_started_in_words_and_colour(
    qtbot: QtBot,
    show: Show,
    clock: FakeClock,
    spoken: Spoken,
) -> None:
    """`runofshow venue --plan`: every room of the venue file is on the board before it is heard
    from; when its planned start passes without it online, it is late, worst first."""
    from datetime import timedelta

    from runofshow.core.venue_plan import PlannedStart, RoomSchedule

    start = clock.now().wall.astimezone(show.event.info.tz) + timedelta(minutes=1)  # 14:00 in Hanoi
    runs = (PlannedStart(start, start + timedelta(minutes=45), "The roundtable"),)
    plan = [RoomSchedule(room, name, runs) for room, name in (("r311", "Room 311"), ("r313", "R313"))]
    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")
    window = VenueWindow(client, clock, plan)
    qtbot.addWidget(window)
    model = window.model
    model.refresh()
    cells = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())}
    assert cells["R313"][1] == "The roundtable" and cells["R313"][7] == "not online yet — starts at 14:00"
    assert model.index(0, 0).data(StateRole) == "pending"
    arrive(window, qtbot, f"{T}/r311/presence", {"online": True, "since": "2025-10-26T13:58:00+07:00"})
    clock.advance(120)  # 14:01: the planned start has passed
    window._refresh()
    first = [model.index(0, c).data() for c in range(8)]
    assert first[0] == "R313" and first[7] == "⚠ should have started at 14:00 — not online"
    assert model.index(0, 0).data(StateRole) == "overtime"  # the colour goes with the words
    assert ("R313 should have started at 14:00 and is not online", True) in spoken.events
    late = next(r for r in window.board_state()["rooms"] if r["id"] == "r313")
    assert late["late"] is True and late["trouble"] == 0


def test_a_room_taken_over_by_its_standby_laptop_says_by_whom_and_when(
    qtbot: QtBot, show: Show, clock: FakeClock
) -> None:
    """#29: the room's presence names the laptop that holds its show, and a takeover."""
    client = VenueClient(parse_broker("mqtt://127.0.0.1:1"), "default")
    window = VenueWindow(client, clock)
    qtbot.addWidget(window)
    six_rooms(window, qtbot, show, clock)
    taken = {"online": True, "since": "2025-10-26T07:21:05Z", "host": "stage-desk",
             "taken_over": {"at": "2025-10-26T07:21:03Z", "term": 2}}  # fmt: skip
    arrive(window, qtbot, f"{T}/r316/presence", taken)
    model = window.model
    cells = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())}
    assert cells["Auditorium"][7].startswith("taken over by stage-desk at 14:21"), cells["Auditorium"]
    assert cells["Room 311"][7].startswith("online since 13:58")
    arrive(window, qtbot, f"{T}/r316/presence", {"online": False})  # the will: who held it stays known
    arrive(window, qtbot, f"{T}/r316/presence", {"online": True, "since": "2025-10-26T07:30:00Z", "host": "podium"})
    cells = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())}
    assert cells["Auditorium"][7].startswith("online since 14:30")
