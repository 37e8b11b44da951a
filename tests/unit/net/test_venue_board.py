"""The venue control room's board: rooms from what they publish, worst trouble first, bounded;
and its browser page's routes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.net.access import Access
from runofshow.net.venue_api import handle
from runofshow.net.venue_board import MAX_ROOMS, Board, SentMessage
from runofshow.net.venue_link import room_state
from tests.helpers.rooms import T, online, state_of
from tests.helpers.show import do


def test_rooms_sorted_by_trouble_offline_over_the_hard_stop_unseen_behind(show: Show, clock: FakeClock) -> None:
    board = Board("default")
    for room in ("a-fine", "b-behind", "c-over", "d-unseen", "e-offline"):
        online(board, room)
    do(show, clock, "start")
    board.apply(f"{T}/a-fine/state", state_of(show, clock, "a-fine"), 0.0)
    clock.advance(400)  # the opening runs 40 s over
    board.apply(f"{T}/b-behind/state", state_of(show, clock, "b-behind", behind_s=150), 0.0)
    board.apply(f"{T}/d-unseen/state", state_of(show, clock, "d-unseen", unacked=1), 0.0)
    do(show, clock, "add_time", seconds=900)  # far over the hard stop
    board.apply(f"{T}/c-over/state", state_of(show, clock, "c-over"), 0.0)
    online(board, "e-offline", False)
    order = [r.id for r in board.rows(now=30.0)]
    assert order[0] == "e-offline" and order[1] == "c-over"
    assert order.index("b-behind") < order.index("a-fine")
    assert order.index("d-unseen") > order.index("b-behind")  # unseen for 30 s only: not yet trouble
    assert [r.id for r in board.rows(now=90.0)][2] == "d-unseen"  # over a minute: now it is
    fine = board.rooms["a-fine"]
    assert (fine.name, fine.segment, fine.live, fine.running) == ("Room a-fine", "Opening remarks", True, True)
    assert fine.remaining_now(10.0) == pytest.approx(fine.remaining_s - 10.0)  # counted on between states
    data = board.as_dict(90.0)
    assert data["rooms"][0]["id"] == "e-offline" and data["rooms"][0]["online"] is False


def test_what_is_not_a_rooms_message_changes_nothing_and_rooms_are_bounded(show: Show, clock: FakeClock) -> None:
    board = Board("default")
    for topic, payload in (
        (f"{T}/x/presence", b'{"online": "yes"}'),
        ("runofshow/v1/other-venue/rooms/x/state", state_of(show, clock, "x")),
        (f"{T}/x/unknown", b"{}"),
        (f"{T}/a+b/state", state_of(show, clock, "x")),  # not a room id a room can have
    ):
        assert board.apply(topic, payload, 0.0) is False
    assert board.rooms == {} and board.refused == 2
    for n in range(MAX_ROOMS + 10):
        online(board, f"r{n}")
    assert len(board.rooms) == MAX_ROOMS
    board.apply(f"{T}/r0/state", state_of(show, clock, "r0"), 0.0)
    assert board.apply(f"{T}/r0/state", b"", 0.0) is True and "r0" not in board.rooms  # cleared: gone


def test_a_state_that_cannot_be_read_shows_its_room_as_bad_state(show: Show, clock: FakeClock) -> None:
    """Was: not refused at all (json.loads of 100,000 `[` raised RecursionError out of `apply`, a list
    where a segment id goes raised TypeError): the control room stopped updating every room."""
    for payload in (
        b"not json",
        b"[]",
        b'{"segments": "no"}',
        b" " * (512 * 1024 + 1),
        b"[" * 100_000,
        b"\xff\xfe",
    ):
        board = Board("default")
        online(board, "x", yes=False)
        assert board.apply(f"{T}/x/state", payload, 0.0) is True
        row = board.rooms["x"]
        assert (row.bad_state, row.online, row.event) == (True, False, ""), payload[:20]
        assert board.refused == 1
        assert board.as_dict(0.0)["rooms"][0]["bad_state"] is True
    board.apply(f"{T}/x/state", state_of(show, clock, "x"), 0.0)  # a good one again: shown again
    assert not board.rooms["x"].bad_state and board.rooms["x"].event.startswith("The UN Convention")


def wrong(show: Show, clock: FakeClock, change: Any) -> bytes:
    state = json.loads(state_of(show, clock, "x"))
    change(state)
    return json.dumps(state).encode()


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda s: s["segments"][0].update(id=["opening"]), id="s-segments-0-update-id-opening"
        ),  # was TypeError: unhashable list
        pytest.param(
            lambda s: s.update(live_segment={"id": "opening"}), id="s-update-live-segment-id-opening"
        ),  # was TypeError: unhashable dict
        pytest.param(lambda s: s["event"].update(title=["a", "b"]), id="s-event-update-title-a-b"),
        pytest.param(lambda s: s.update(room=["r"]), id="s-update-room-r"),
        pytest.param(lambda s: s["schedule"].update(offset_s="late"), id="s-schedule-update-offset-s-late"),
        pytest.param(lambda s: s.update(running="yes"), id="s-update-running-yes"),
        pytest.param(lambda s: s.update(unacked_messages=-1), id="s-update-unacked-messages-1"),
        pytest.param(lambda s: s["segments"].append(None), id="s-segments-append-none"),
        pytest.param(lambda s: s["segments"][0].update(speakers={"x": 1}), id="s-segments-0-update-speakers-x-1"),
        pytest.param(
            lambda s: s["segments"][0]["speakers"].append("Ms Tran"), id="s-segments-0-speakers-append-ms-tran"
        ),
        pytest.param(
            lambda s: s["segments"][0].update(title={"en": "Opening"}), id="s-segments-0-update-title-en-opening"
        ),
        pytest.param(lambda s: s.update(live_speaker=7), id="s-update-live-speaker-7"),
    ],
)
def test_a_state_whose_fields_have_the_wrong_types_is_a_bad_state(show: Show, clock: FakeClock, change: Any) -> None:
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    board = Board("default")
    online(board, "x")
    board.apply(f"{T}/x/state", state_of(show, clock, "x"), 0.0)
    assert board.rooms["x"].event and not board.rooms["x"].bad_state
    assert board.apply(f"{T}/x/state", wrong(show, clock, change), 1.0) is True
    row = board.rooms["x"]
    assert row.bad_state and row.online is True and row.segment == "" and row.remaining_s is None
    assert board.rows(2.0)[0].id == "x" and board.as_dict(2.0)["rooms"][0]["bad_state"] is True


def test_a_presence_or_an_acknowledgement_that_is_not_a_rooms_changes_nothing() -> None:
    board = Board("default")
    board.remember(SentMessage("m-1", None, "Fire drill at 15:00", "2025-10-26T14:20:00+07:00"))
    online(board, "r1")
    for topic, payload in (
        (f"{T}/r1/presence", b"[" * 4096),
        (f"{T}/r1/presence", json.dumps({"online": True, "since": ["x"]}).encode()),
        (f"{T}/r1/presence", json.dumps({"online": False, "extra": 1}).encode()),
        (f"{T}/r1/presence", json.dumps({"online": False, "since": "x" * 2000}).encode()),
        (f"{T}/r1/acks", json.dumps({"id": ["m-1"], "at": "x"}).encode()),
        (f"{T}/r1/acks", json.dumps({"id": "m-1", "at": 5}).encode()),
        (f"{T}/r1/acks", b"{" * 100_000),
        (f"{T}/r1/acks", b"\xc3\x28"),
    ):
        assert board.apply(topic, payload, 0.0) is False, payload[:40]
    assert board.rooms["r1"].online is True and board.sent["m-1"].acks == {}
    assert board.refused == 8


def test_acknowledgements_of_sent_messages_arrive_per_room() -> None:
    board = Board("default")
    board.remember(SentMessage("m-1", None, "Fire drill at 15:00", "2025-10-26T14:20:00+07:00"))
    assert board.apply(f"{T}/r1/acks", json.dumps({"id": "m-1", "at": "2025-10-26T14:20:09+07:00"}).encode(), 0.0)
    assert not board.apply(f"{T}/r1/acks", json.dumps({"id": "unknown", "at": "x"}).encode(), 0.0)
    assert board.sent["m-1"].acks == {"r1": "2025-10-26T14:20:09+07:00"}


class Port:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str | None]] = []

    def board(self) -> dict[str, Any]:
        return {
            "version": 1,
            "venue": "default",
            "rooms": [{"id": "r1"}, {"id": "r2"}],
            "sent": [{"id": "s", "text": "PRIVATE"}],
        }

    def send(self, text: str, room: str | None) -> str:
        self.sent.append((text, room))
        return "id-1"


def test_the_venue_page_routes() -> None:
    access, port = Access("venue-token-1234"), Port()
    auth = {"authorization": "Bearer venue-token-1234"}
    public = handle("GET", "/api/v1/venue", {}, b"", port, access)
    assert public.status == 200 and public.body["sent"] == []  # the messages sent: with the token only
    assert handle("GET", "/api/v1/venue", auth, b"", port, access).body["sent"]
    body = json.dumps({"action": "venue_message", "text": "Doors close at 14:50", "room": "r1"}).encode()
    assert handle("POST", "/api/v1/command", {}, body, port, access).status == 401
    answer = handle("POST", "/api/v1/command", auth, body, port, access)
    assert (answer.status, answer.body["id"], port.sent) == (200, "id-1", [("Doors close at 14:50", "r1")])
    for bad in (
        {"action": "start"},
        {"action": "venue_message", "text": ""},
        {"action": "venue_message", "text": "x" * 501},
        {"action": "venue_message", "text": "x", "room": "a/b"},
        {"action": "venue_message", "text": "x", "extra": 1},
    ):
        assert handle("POST", "/api/v1/command", auth, json.dumps(bad).encode(), port, access).status == 400, bad
    assert len(port.sent) == 1


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"action": "venue_message", "text": "ring \x07 the bell"}, id="a-control-character"),
        pytest.param({"action": "venue_message", "text": "   "}, id="blank"),
        pytest.param({"action": "venue_message", "text": "x", "request_id": ["a"]}, id="request-id-a-list"),
        pytest.param({"action": "venue_message", "text": "x", "request_id": "r" * 65}, id="request-id-too-long"),
        pytest.param({"action": "venue_message", "text": "x", "room": 5}, id="room-a-number"),
    ],
)
def test_a_venue_message_the_window_would_not_send_gets_its_400_at_once(bad: dict[str, Any]) -> None:
    """Was: a text with a control character was answered 200 with an id, then silently not sent (the
    window's check refused it after the answer)."""
    access, port = Access("venue-token-1234"), Port()
    auth = {"authorization": "Bearer venue-token-1234"}
    answer = handle("POST", "/api/v1/command", auth, json.dumps(bad).encode(), port, access)
    assert answer.status == 400 and port.sent == [], answer.body


def test_a_message_to_a_room_the_venue_does_not_have_is_a_404_and_nothing_is_sent() -> None:
    """#27: was answered 200 with an id, and the message went to an inbox no room reads."""
    access, port = Access("venue-token-1234"), Port()
    auth = {"authorization": "Bearer venue-token-1234"}
    body = json.dumps({"action": "venue_message", "text": "Doors close", "room": "r9", "request_id": "q-1"})
    answer = handle("POST", "/api/v1/command", auth, body.encode(), port, access)
    assert answer.status == 404 and port.sent == []
    assert answer.body == {"ok": False, "error": "the venue has no room 'r9' (its rooms: r1, r2)", "request_id": "q-1"}
    to_every_room = json.dumps({"action": "venue_message", "text": "Doors close", "request_id": "q-2"}).encode()
    answer = handle("POST", "/api/v1/command", auth, to_every_room, port, access)
    assert (answer.status, answer.body, port.sent) == (
        200,
        {"ok": True, "id": "id-1", "request_id": "q-2"},
        [("Doors close", None)],
    )


def test_options_says_each_routes_methods() -> None:
    """#27: OPTIONS was 501 (http.server's own answer)."""
    access, port = Access("venue-token-1234"), Port()
    for path, allow in (
        ("/api/v1/venue", "GET, HEAD, OPTIONS"),
        ("/api/v1/command", "POST, OPTIONS"),
        ("*", "GET, HEAD, POST, OPTIONS"),
    ):
        answer = handle("OPTIONS", path, {}, b"", port, access)
        assert (answer.status, answer.headers) == (204, {"Allow": allow}), path
    assert handle("OPTIONS", "/api/v1/nothing", {}, b"", port, access).status == 404


def test_planned_rooms_are_on_the_board_online_or_not_and_one_not_started_is_late(show: Show, clock: FakeClock) -> None:
    """`runofshow venue --plan`: every room of the venue file from the start; one whose planned start has
    passed without it online should have started: the worst trouble, said in the JSON."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from runofshow.core.venue_plan import PlannedStart, RoomSchedule

    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    at_two = datetime(2025, 10, 26, 14, 0, tzinfo=hanoi)
    run = PlannedStart(at_two, at_two + timedelta(minutes=45), "Roundtable")
    plan = [RoomSchedule(room, f"Room {room.upper()}", (run,)) for room in ("r1", "r2", "r3")]
    board = Board("default", plan)
    before = at_two - timedelta(minutes=5)
    assert [r.id for r in board.rows(0.0, before)] == ["r1", "r2", "r3"]
    assert all(r.trouble(0.0, before) == 4 and r.late(before) is None for r in board.rooms.values())
    online(board, "r1")
    board.apply(f"{T}/r1/state", state_of(show, clock, "r1"), 0.0)
    online(board, "r3", yes=False)  # it was there and went away: OFFLINE, as before
    after = at_two + timedelta(minutes=2)
    rows = board.rows(0.0, after)
    assert [(r.id, r.trouble(0.0, after)) for r in rows][:2] == [("r2", 0), ("r3", 0)]
    seen = board.as_dict(0.0, after)["rooms"]
    r2 = next(r for r in seen if r["id"] == "r2")
    assert (r2["planned"], r2["late"], r2["online"], r2["name"], r2["planned_event"]) == (
        True, True, None, "Room R2", "Roundtable",
    )  # fmt: skip
    assert r2["planned_start"] == "2025-10-26T14:00:00+07:00"
    assert next(r for r in seen if r["id"] == "r1")["late"] is False
    over = at_two + timedelta(minutes=50)  # the run is over: no longer "should have started"
    assert board.rooms["r2"].late(over) is None and board.rooms["r2"].trouble(0.0, over) == 4
    board.apply(f"{T}/r1/state", b"", 0.0)  # a planned room's state cleared: it stays, as planned
    assert "r1" in board.rooms and board.rooms["r1"].name == "Room R1"


def test_a_room_on_another_day_shows_its_date_not_thousands_of_hours_behind(show: Show) -> None:
    """The bundled (past-dated) example opened in a room: "planned for 2025-10-26", no trouble."""
    from datetime import UTC, datetime

    later = FakeClock(datetime(2026, 12, 6, 23, 0, tzinfo=UTC))
    board = Board("default")
    online(board, "r1")
    state = json.dumps(room_state(snapshot(show, later.now()), "r1", "Room 1")).encode()
    board.apply(f"{T}/r1/state", state, 0.0)
    row = board.rows(0.0)[0]
    assert row.planned_for == "2025-10-26"
    assert row.offset_s is None and row.over_hard_end_s is None
    assert board.as_dict(0.0)["rooms"][0]["planned_for"] == "2025-10-26"
    assert board.troubles(0.0)["r1"] == 4  # nothing wrong: not behind, not over
