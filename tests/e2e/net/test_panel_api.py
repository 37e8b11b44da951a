"""Done-when of the speaker issue: a whole panel run through the API alone, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.net.server import ApiServer
from tests.helpers.api_client import TOKEN, command, request
from tests.helpers.port_stub import LockedPort


@pytest.fixture
def api(show: Show, clock: FakeClock) -> Iterator[tuple[ApiServer, LockedPort]]:
    port = LockedPort(show, clock)
    server = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02)
    server.start()
    yield server, port
    server.stop()


def ok(server: ApiServer, **payload: object) -> None:
    status, body = command(server, payload)
    # With the id of what it made, if it made something (docs/api.md: #27).
    assert (status, body["ok"]) == (200, True) and set(body) <= {"ok", "speaker", "segment", "message", "question"}, (
        body
    )


def state(server: ApiServer) -> dict:
    status, body = request(server, "GET", "/api/v1/state", headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200
    return body


def speakers(server: ApiServer) -> list[dict]:
    body = state(server)
    live = next(s for s in body["segments"] if s["id"] == body["live_segment"])
    return live["speakers"]


def test_a_whole_panel_through_the_api(api: tuple[ApiServer, LockedPort]) -> None:
    server, port = api
    clock = port.clock
    ok(server, action="goto", segment="cross-border")
    ok(server, action="start")
    # The stage manager brings the first speaker: standby, then ready.
    ok(server, action="speaker_cue", speaker="le1", cue="standby")
    assert speakers(server)[0]["cue"] == "standby"
    ok(server, action="speaker_cue", speaker="le1", cue="ready")
    ok(server, action="message", to="moderator", text="Speaker ready")
    msg = state(server)["messages"][0]
    assert (msg["to"], msg["text"], msg["acknowledged"]) == ("moderator", "Speaker ready", False)
    ok(server, action="message_ack", id=msg["id"])
    assert state(server)["messages"][0]["acknowledged"] is True
    ok(server, action="speaker_next")
    assert state(server)["live_speaker"] == "le1"
    assert speakers(server)[0]["cue"] == "speaking"
    clock.advance(150.4)
    assert state(server)["speaker_remaining_s"] == pytest.approx(29.6)
    # Two people from the floor, then a point of order that jumps the queue.
    ok(server, action="speaker_add", name="Ms Floor", type="question", time=60)
    ok(server, action="speaker_add", name="Mr Order", type="point_of_order")
    order = [s["id"] for s in speakers(server)]
    assert order == ["le1", "mr-order", "ps1", "le2", "ps2", "ms-floor"]
    assert speakers(server)[-1]["person"] is None and speakers(server)[-1]["type"] == "question"
    ok(server, action="speaker_next")
    assert state(server)["live_speaker"] == "mr-order"
    clock.advance(20.0)
    ok(server, action="speaker_pause")
    clock.advance(30.0)  # not counted
    ok(server, action="speaker_resume")
    clock.advance(5.5)
    ok(server, action="speaker_move", speaker="ms-floor", position=2)
    ok(server, action="speaker_skip", speaker="ps2")
    ok(server, action="speaker_next")  # ms-floor
    clock.advance(61.0)
    # Commands take effect at the start of their wall-clock second (core/clock.py on_the_second):
    # pressed 0.9 s into a second, ms-floor's turn began 0.9 s before the press.
    assert state(server)["speaker_remaining_s"] == pytest.approx(-1.9)
    ok(server, action="speaker_time", seconds=30)
    ok(server, action="speaker_next")  # ps1
    clock.advance(100.0)
    ok(server, action="speaker_next")  # le2
    clock.advance(90.25)
    ok(server, action="speaker_stop")
    final = speakers(server)
    assert [(s["id"], s["cue"]) for s in final] == [
        ("le1", "done"), ("mr-order", "done"), ("ms-floor", "done"), ("ps1", "done"), ("le2", "done"),
        ("ps2", "skipped"),
    ]  # fmt: skip
    spoken = {s["id"]: s["spoken_s"] for s in final}
    assert spoken == pytest.approx(
        # Each turn from the start of the second it was given in to the start of the one it ended in.
        {"le1": 150.0, "mr-order": 25.0, "ms-floor": 61.0, "ps1": 100.0, "le2": 91.0, "ps2": 0.0},
        abs=1e-6,
    )
    assert all(s["turns"] == (0 if s["id"] == "ps2" else 1) for s in final)
    people = {p["id"] or p["name"]: p for p in state(server)["people"]}
    assert people["le1"]["spoken_s"] == pytest.approx(150.0)
    assert people["Ms Floor"]["turns"] == 1 and people["Ms Floor"]["id"] is None
    assert sum(p["spoken_s"] for p in people.values()) == pytest.approx(sum(spoken.values()), abs=0.1)
    sectors = {s["name"]: s["spoken_s"] for s in state(server)["sectors"]}
    assert sectors["law enforcement"] == pytest.approx(150.0 + 91.0)


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"action": "speaker_skip", "speaker": "nobody"}, "no speaker 'nobody'"),
        ({"action": "speaker_move", "speaker": "le1", "position": 99}, "past the end"),
        ({"action": "speaker_add", "name": ""}, "must not be empty"),
        ({"action": "speaker_add", "person": "ghost"}, "unknown person"),
        ({"action": "speaker_cue", "speaker": "le1", "cue": "done"}, '"cue" must be one of'),
        ({"action": "message_ack", "id": "m404"}, "no message"),
        ({"action": "undo"}, "nothing to undo"),
        ({"action": "speaker_stop"}, "no one is speaking"),
    ],
)
def test_bad_queue_commands_get_400_and_change_nothing(
    api: tuple[ApiServer, LockedPort], payload: dict, fragment: str
) -> None:
    server, port = api
    ok(server, action="goto", segment="cross-border")
    ok(server, action="start")
    before = port.state()
    status, body = command(server, payload)
    assert status == 400 and fragment in body["error"], body
    assert port.state() == before


def test_fit_to_end_through_the_api(api: tuple[ApiServer, LockedPort]) -> None:
    server, port = api
    clock = port.clock
    clock.advance(60)
    ok(server, action="start")
    clock.advance(360)
    ok(server, action="next")
    clock.advance(16 * 60)  # panel 1 ends four minutes late
    ok(server, action="next")
    assert state(server)["schedule"]["projected_end"].startswith("2025-10-26T14:49:00")
    status, body = command(server, {"action": "fit_to_end", "apply": False})
    assert status == 200 and body["plan"]["kind"] == "cut"
    assert body["plan"]["end_after"].startswith("2025-10-26T14:45:00")
    assert state(server)["schedule"]["projected_end"].startswith("2025-10-26T14:49:00")  # nothing changed
    status, body = command(server, {"action": "fit_to_end", "apply": True})
    assert status == 200
    after = state(server)
    assert after["schedule"]["projected_end"].startswith("2025-10-26T14:45:00")
    closing = next(s for s in after["segments"] if s["id"] == "closing")
    assert closing["duration_s"] == 300 and closing["expected_start"].startswith("2025-10-26T14:40:00")
    ok(server, action="undo")
    assert state(server)["schedule"]["projected_end"].startswith("2025-10-26T14:49:00")
    status, body = command(server, {"action": "fit_to_end", "apply": "yes"})
    assert status == 400 and "true or false" in body["error"]
