"""The lobby screen's JSON (GET /api/v1/lobby): every room's now and next with their times and how
late it runs, sorted by room; only those fields, for anyone (no token)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.core.venue_plan import PlannedStart, RoomSchedule
from runofshow.net.access import Access
from runofshow.net.lobby import late_minutes, lobby_view
from runofshow.net.venue_api import handle
from runofshow.net.venue_board import Board
from runofshow.net.venue_link import room_state
from tests.helpers.rooms import T, online
from tests.helpers.show import do

ROOM_KEYS = {"id", "name", "event", "now", "next", "late_minutes", "ended"}


def publish(board: Board, show: Show, clock: FakeClock, room: str, name: str, *, offset_s: float | None = None) -> None:
    state = room_state(snapshot(show, clock.now()), room, name)
    if offset_s is not None:
        state["schedule"]["offset_s"] = offset_s
    board.apply(f"{T}/{room}/state", json.dumps(state).encode(), 0.0)


def test_now_and_next_with_their_times_sorted_by_room(show: Show, clock: FakeClock) -> None:
    board = Board("default")
    for room in ("r10", "r2", "r9"):
        online(board, room)
    publish(board, show, clock, "r9", "Room 9")  # before the start: nothing on, the opening next
    do(show, clock, "start")
    clock.advance(90)
    do(show, clock, "speaker_next")
    publish(board, show, clock, "r2", "Room 2", offset_s=-150)
    do(show, clock, "next")
    publish(board, show, clock, "r10", "Room 10", offset_s=12 * 60 + 20)
    lobby = lobby_view(board.as_dict(0.0))
    assert [r["name"] for r in lobby["rooms"]] == ["Room 2", "Room 9", "Room 10"]  # 2 before 10
    assert all(set(r) == ROOM_KEYS for r in lobby["rooms"])
    two, nine, ten = lobby["rooms"]
    assert two["now"] == {
        "title": "Opening remarks",
        "start": "2025-10-26T13:59:00.000+07:00",
        "end": "2025-10-26T14:05:00.000+07:00",
        "speaker": "Moderator (placeholder)",
    }
    assert two["next"] == {"title": "Panel 1: Cross-border collaboration", "start": "2025-10-26T14:05:00.000+07:00"}
    assert two["late_minutes"] == -3  # 2 min 30 s ahead, rounded away from zero
    assert nine["now"] is None and nine["next"]["title"] == "Opening remarks"
    assert ten["now"]["title"] == "Panel 1: Cross-border collaboration" and ten["now"]["speaker"] == ""
    assert ten["now"]["start"] == "2025-10-26T14:00:30.000+07:00"  # when it really started
    assert ten["next"]["title"] == "Panel 2: Domestic legal frameworks and policy alignment"
    assert ten["late_minutes"] == 12
    assert ten["event"].startswith("The UN Convention against Cybercrime")


def test_the_lobby_keeps_nothing_private(show: Show, clock: FakeClock) -> None:
    """Notes, questions, messages, trouble, the link: none of it, even where a room's state has it."""
    board = Board("default")
    online(board, "r1")
    do(show, clock, "start")
    do(show, clock, "set_notes", notes="PRIVATE NOTE: the minister may not come")
    do(show, clock, "message", to="moderator", text="PRIVATE MESSAGE to the moderator")
    state = room_state(snapshot(show, clock.now()), "r1", "Room 1")
    state["segments"][0]["notes"] = "PRIVATE NOTE leaked by an old room"  # a room that published more
    state["unacked_messages"] = 3
    board.apply(f"{T}/r1/state", json.dumps(state).encode(), 0.0)
    text = json.dumps(lobby_view({**board.as_dict(0.0), "link": {"problem": "PRIVATE broker user"}}))
    assert "PRIVATE" not in text and "unacked" not in text and "trouble" not in text and "online" not in text
    assert "How can cross-border evidence" not in text and "Title slide" not in text


def test_ended_planned_offline_and_unreadable_rooms(show: Show, clock: FakeClock) -> None:
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    at_three = datetime(2025, 10, 26, 15, 0, tzinfo=hanoi)
    plan = [RoomSchedule("r4", "Room 4", (PlannedStart(at_three, at_three + timedelta(hours=1), "Side event"),))]
    board = Board("default", plan)
    for room in ("r1", "r2", "r3"):
        online(board, room)
    do(show, clock, "start")
    publish(board, show, clock, "r2", "Room 2", offset_s=300)
    online(board, "r2", yes=False)  # gone: its last state stays, its lateness is not said
    board.apply(f"{T}/r3/state", b"[not json", 0.0)
    for _ in range(5):
        do(show, clock, "next")
    assert show.ended
    publish(board, show, clock, "r1", "Room 1")
    rooms = {r["id"]: r for r in lobby_view(board.as_dict(0.0, at_three - timedelta(hours=1)))["rooms"]}
    assert rooms["r1"]["ended"] is True and rooms["r1"]["now"] is None and rooms["r1"]["next"] is None
    assert rooms["r1"]["late_minutes"] is None
    assert rooms["r2"]["now"]["title"] == "Opening remarks" and rooms["r2"]["late_minutes"] is None
    assert rooms["r3"] == {"id": "r3", "name": "r3", "event": "", "now": None, "next": None, "late_minutes": None,
                           "ended": False}  # fmt: skip
    assert rooms["r4"]["name"] == "Room 4" and rooms["r4"]["now"] is None
    assert rooms["r4"]["next"] == {"title": "Side event", "start": "2025-10-26T15:00:00+07:00"}  # from the venue file


@pytest.mark.parametrize(
    ("offset", "minutes"),
    [(None, None), (0, 0), (29.9, 0), (30, 1), (89, 1), (90, 2), (-30, -1), (-29, 0), (725, 12), (float("nan"), None)],
)
def test_late_minutes_round_half_away_from_zero(offset: float | None, minutes: int | None) -> None:
    assert late_minutes(offset) == minutes


class Port:
    def board(self) -> dict[str, Any]:
        return {"version": 1, "venue": "hanoi", "rooms": [{"id": "r1", "name": "R1", "notes": "PRIVATE"}],
                "sent": [{"id": "s", "text": "PRIVATE"}]}  # fmt: skip

    def send(self, text: str, room: str | None) -> str:
        raise AssertionError("the lobby sends nothing")


def test_the_lobby_route_answers_anyone_and_only_get() -> None:
    access, port = Access("venue-token-1234"), Port()
    answer = handle("GET", "/api/v1/lobby", {}, b"", port, access)  # no token
    assert answer.status == 200 and answer.body["venue"] == "hanoi" and "PRIVATE" not in json.dumps(answer.body)
    assert answer.body["rooms"][0]["name"] == "R1"
    assert handle("GET", "/api/v1/lobby", {"authorization": "Bearer venue-token-1234"}, b"", port, access).body == (
        answer.body
    )
    assert handle("POST", "/api/v1/lobby", {}, b"{}", port, access).status == 405
