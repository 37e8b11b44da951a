"""Requests to speak from the room: asked, withdrawn, accepted into a queue, declined; bounded."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.event import Event
from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.floor_requests import MAX_OPEN_REQUESTS, RequestStatus
from runofshow.core.show import Show
from runofshow.core.snapshot import public_view, snapshot
from tests.helpers.show import do


@pytest.fixture
def panel(show: Show, clock: FakeClock) -> Show:
    """Panel 1 live (speakers le1, ps1, le2, ps2)."""
    do(show, clock, "goto", segment="cross-border")
    do(show, clock, "start")
    return show


def ask(show: Show, clock: FakeClock, name: str, device: str = "phone-1", **more: object) -> dict[str, object]:
    answer = do(show, clock, "floor_request", name=name, type=more.pop("type", "statement"), device=device, **more)
    assert answer is not None
    return answer


def queue_names(show: Show) -> list[str]:
    return [e.name for e in show.runs[show.live_index].queue.entries]


def test_a_request_waits_with_its_place_then_is_accepted_where_its_type_goes(panel: Show, clock: FakeClock) -> None:
    first = ask(panel, clock, "Ms Tran", organization="Ministry of Public Security")
    second = ask(panel, clock, "Mr Okafor", device="phone-2", type="point_of_order")
    assert (first["request"], first["place"], second["place"]) == ("r1", 1, 2)
    assert queue_names(panel) == [e.name for e in panel.runs[1].queue.entries]  # not in the queue yet
    assert len(panel.runs[1].queue.entries) == 4
    do(panel, clock, "floor_accept", request="r2")  # a point of order goes ahead of the waiting
    assert queue_names(panel)[0] == "Mr Okafor"
    do(panel, clock, "floor_accept", request="r1")  # a statement joins the end
    assert queue_names(panel)[-1] == "Ms Tran"
    entry = panel.runs[1].queue.entries[-1]
    assert (entry.organization, entry.type.value) == ("Ministry of Public Security", "statement")
    rows = {r["id"]: r for r in snapshot(panel, clock.now())["floor_requests"]}
    assert (rows["r1"]["status"], rows["r1"]["place"], rows["r2"]["place"]) == ("accepted", 6, 1)
    do(panel, clock, "speaker_next")  # the point of order has the floor
    rows = {r["id"]: r for r in snapshot(panel, clock.now())["floor_requests"]}
    assert rows["r2"]["has_floor"] and rows["r2"]["place"] is None


def test_accept_at_a_position_decline_with_a_reason_and_undo_both(panel: Show, clock: FakeClock) -> None:
    ask(panel, clock, "Ms Tran")
    ask(panel, clock, "Mr Okafor", device="phone-2")
    do(panel, clock, "floor_accept", request="r1", position=1)
    assert queue_names(panel)[1] == "Ms Tran"
    do(panel, clock, "floor_decline", request="r2", reason="Time is up for this panel")
    declined = panel.floor_requests[1]
    assert (declined.status, declined.reason) == (RequestStatus.DECLINED, "Time is up for this panel")
    do(panel, clock, "undo")
    assert declined.status is RequestStatus.OPEN
    do(panel, clock, "undo")
    assert "Ms Tran" not in queue_names(panel) and panel.floor_requests[0].status is RequestStatus.OPEN
    with pytest.raises(CommandError, match="past the end"):
        do(panel, clock, "floor_accept", request="r1", position=99)
    do(panel, clock, "floor_decline", request="r1")
    with pytest.raises(CommandError, match="declined already"):
        do(panel, clock, "floor_accept", request="r1")


def test_withdraw_by_the_device_that_asked_before_or_after_acceptance(panel: Show, clock: FakeClock) -> None:
    ask(panel, clock, "Ms Tran")
    with pytest.raises(CommandError, match="another device"):
        do(panel, clock, "floor_withdraw", request="r1", device="phone-9")
    do(panel, clock, "floor_withdraw", request="r1", device="phone-1")
    assert panel.floor_requests[0].status is RequestStatus.WITHDRAWN
    ask(panel, clock, "Ms Tran")  # may ask again once the first is closed
    do(panel, clock, "floor_accept", request="r2")
    do(panel, clock, "floor_withdraw", request="r2", device="phone-1")  # leaves the queue too
    assert "Ms Tran" not in queue_names(panel)
    with pytest.raises(CommandError, match="withdrawn already"):
        do(panel, clock, "floor_withdraw", request="r2")


def test_one_open_request_per_device_and_name_and_a_cap_on_all(panel: Show, clock: FakeClock) -> None:
    ask(panel, clock, "Ms Tran")
    with pytest.raises(ConflictError, match="already asked"):
        ask(panel, clock, "ms tran")
    ask(panel, clock, "Ms Tran", device="phone-2")  # another phone: another person of that name
    ask(panel, clock, "Mr Okafor")  # the same phone, another name (a delegation shares a phone)
    for n in range(MAX_OPEN_REQUESTS - 3):
        ask(panel, clock, f"Delegate {n}", device=f"d{n}")
    before = len(panel.floor_requests)
    with pytest.raises(CommandError, match="waiting already"):
        ask(panel, clock, "One too many", device="late")
    assert len(panel.floor_requests) == before


def test_requests_go_to_the_live_or_next_segment_never_a_past_one(show: Show, clock: FakeClock) -> None:
    answer = ask(show, clock, "Early bird")  # before the start: the first segment
    assert show.floor_requests[0].segment == show.event.segments[0].id and answer["place"] == 1
    do(show, clock, "start")
    do(show, clock, "next")
    with pytest.raises(CommandError, match="is over"):
        ask(show, clock, "Late", segment=show.event.segments[0].id)
    ask(show, clock, "For the closing", device="x", segment=show.event.segments[-1].id)
    with pytest.raises(CommandError, match="not in the event's roster"):
        ask(show, clock, "Nobody", device="y", person="no-such-person")


def test_bad_requests_change_nothing(panel: Show, clock: FakeClock) -> None:
    for bad in (
        {"name": "", "type": "statement"},
        {"name": "A", "type": "floor"},  # the floor is the moderator's to give, not to ask
        {"name": "A\ud800", "type": "statement"},
        {"name": "A" * 201, "type": "statement"},
        {"name": "A", "type": "statement", "device": "d" * 65},
    ):
        with pytest.raises(CommandError):
            do(panel, clock, "floor_request", **bad)
    assert panel.floor_requests == [] and panel.requests_made == 0


def test_the_public_view_has_names_and_places_only(panel: Show, clock: FakeClock) -> None:
    ask(panel, clock, "Ms Tran", organization="Ministry of Public Security")
    ask(panel, clock, "Mr Okafor", device="phone-2")
    do(panel, clock, "floor_decline", request="r2", reason="private reason")
    public = public_view(snapshot(panel, clock.now()))
    assert public["floor_requests"] == [{"name": "Ms Tran", "place": 1}]
    assert "phone-1" not in str(public)  # a phone's id is for its own view only (net/floor_view.py)


def test_requests_apply_again_from_their_journal_form(roundtable: Event, clock: FakeClock) -> None:
    """What the journal keeps (`to_raw`) gives the same requests when replayed."""
    first, again = Show(roundtable), Show(roundtable)
    for raw in (
        {"action": "goto", "segment": "cross-border"},
        {"action": "start"},
        {"action": "floor_request", "name": "Ms Tran", "type": "question", "device": "p1"},
        {"action": "floor_accept", "request": "r1"},
    ):
        do(first, clock, **raw)
        do(again, clock, **parse_command(raw).to_raw())
    assert again.floor_requests == first.floor_requests
    assert again.runs[1].queue.entries[-1].name == "Ms Tran"
