"""The room, the floor manager and the booth over real HTTP and WebSocket: each token does what
its role may, and nothing else; the public view keeps the show's private fields."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.client import connect

from runofshow.core.clock import FakeClock
from runofshow.core.floor_requests import FloorLimits
from runofshow.core.show import Show
from runofshow.net.server import ApiServer
from tests.helpers.api_client import command, request
from tests.helpers.port_stub import BOOTH, CONTROL, FLOOR, ROOM, STAGE, LockedPort, role_server


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    port = LockedPort(show, clock)
    port.command({"action": "note", "text": "PRIVATE moderator note", "segment": "opening"})
    port.command({"action": "goto", "segment": "cross-border"})
    port.command({"action": "start"})
    return port


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = role_server(port)
    yield api
    api.stop()


def state(server: ApiServer, token: str | None = CONTROL) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    status, body = request(server, "GET", "/api/v1/state", headers=headers)
    assert status == 200
    return body


def ask(server: ApiServer, name: str, device: str, token: str = ROOM, **more: Any) -> tuple[int, Any]:
    return command(
        server, {"action": "floor_request", "name": name, "type": "statement", "device": device, **more}, token
    )


def test_fifty_requests_from_fifty_clients_arrive_once_each_in_order(server: ApiServer, port: LockedPort) -> None:
    """Half over HTTP, half over the WebSocket feed, all at once: each request is answered with
    its id, appears once in the state, and the ids and places follow the order of arrival."""
    port.show.floor_limits = FloorLimits(per_device=3, per_address=50)  # fifty phones, all on loopback here
    host, number = server.address
    answers: dict[str, Any] = {}
    errors: list[BaseException] = []
    go = threading.Barrier(50)

    def by_http(n: int) -> None:
        go.wait(timeout=10)
        status, body = ask(server, f"Delegate {n}", f"phone-{n}")
        assert status == 200, body
        answers[f"Delegate {n}"] = body

    def by_websocket(n: int) -> None:
        with connect(f"ws://{host}:{number}/api/v1/ws", open_timeout=5) as ws:
            json.loads(ws.recv(timeout=5))  # the (public) state first
            ws.send(json.dumps({"auth": ROOM}))
            assert json.loads(ws.recv(timeout=5))["auth"] == "participant"
            go.wait(timeout=10)
            ws.send(json.dumps({"action": "floor_request", "name": f"Delegate {n}", "type": "question"}))
            while True:  # states may come before the answer
                message = json.loads(ws.recv(timeout=10))
                if message.get("action") == "floor_request":
                    assert message["ok"], message
                    answers[f"Delegate {n}"] = message
                    return

    def run(job: Any, n: int) -> None:
        try:
            job(n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(by_http if n % 2 else by_websocket, n)) for n in range(50)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    elapsed = time.monotonic() - started
    assert not errors, errors
    assert elapsed < 10, f"50 requests took {elapsed:.1f} s"
    requests = state(server)["floor_requests"]
    assert sorted(r["name"] for r in requests) == sorted(f"Delegate {n}" for n in range(50))  # each once
    assert [r["id"] for r in requests] == [f"r{n}" for n in range(1, 51)]  # in the order they arrived
    assert [r["place"] for r in requests] == list(range(1, 51))
    assert {answers[r["name"]]["request"] for r in requests} == {r["id"] for r in requests}
    # Each phone was a device of its own (the WebSocket ones by their address's id and name).
    assert len({(r["name"]) for r in requests}) == 50


def test_the_room_asks_and_withdraws_only_its_own(server: ApiServer, port: LockedPort) -> None:
    status, body = ask(server, "Ms Tran", "phone-a", organization="Ministry of Public Security")
    assert (status, body["request"], body["place"]) == (200, "r1", 1)
    assert ask(server, "Ms Tran", "phone-a")[0] == 409  # one open request per device and name
    for forbidden in ({"action": "floor_accept", "request": "r1"}, {"action": "start"}, {"action": "pause"}):
        status, body = command(server, forbidden, ROOM)
        assert status == 403, forbidden
        assert "participant token may not" in body["error"]
    status, body = command(server, {"action": "floor_withdraw", "request": "r1", "device": "phone-b"}, ROOM)
    assert status == 400 and "another device" in body["error"]
    assert command(server, {"action": "floor_withdraw", "request": "r1", "device": "phone-a"}, ROOM)[0] == 200
    assert port.show.floor_requests[0].status.value == "withdrawn"


def test_the_floor_manager_decides_reorders_and_cues_but_never_the_clock(server: ApiServer, port: LockedPort) -> None:
    ask(server, "Ms Tran", "phone-a")
    ask(server, "Mr Okafor", "phone-b", type="point_of_order")
    for forbidden in ("start", "pause", "toggle", "next", "previous", "speaker_next"):
        status, body = command(server, {"action": forbidden}, FLOOR)
        assert status == 403 and "floor token may not" in body["error"], forbidden
    assert port.show.running and port.show.live_index == 1
    assert command(server, {"action": "add_time", "seconds": 60}, FLOOR)[0] == 403
    assert command(server, {"action": "floor_accept", "request": "r2"}, FLOOR)[0] == 200
    assert command(server, {"action": "floor_decline", "request": "r1", "reason": "Out of time"}, FLOOR)[0] == 200
    queue = port.show.runs[1].queue
    assert queue.entries[0].name == "Mr Okafor"
    assert command(server, {"action": "speaker_move", "speaker": queue.entries[0].id, "position": 2}, FLOOR)[0] == 200
    assert command(server, {"action": "speaker_cue", "speaker": "le1", "cue": "standby"}, FLOOR)[0] == 200
    rows = {r["id"]: r for r in state(server, FLOOR)["floor_requests"]}
    assert (rows["r1"]["status"], rows["r1"]["reason"], rows["r2"]["status"]) == ("declined", "Out of time", "accepted")


def test_the_public_view_has_no_private_field(server: ApiServer) -> None:
    ask(server, "Ms Tran", "phone-a", organization="PRIVATE ORG")
    command(server, {"action": "floor_request", "name": "Mr Okafor", "type": "statement", "device": "b"}, ROOM)
    command(server, {"action": "floor_decline", "request": "r2", "reason": "PRIVATE REASON"}, CONTROL)
    command(server, {"action": "message", "to": "moderator", "text": "PRIVATE MESSAGE"}, STAGE)
    for token in (None, ROOM):
        seen = state(server, token)
        text = json.dumps(seen)
        assert "PRIVATE" not in text and "phone-a" not in text, token
        assert seen["floor_requests"] == [{"name": "Ms Tran", "place": 1}]
        assert all("notes" not in s and "cues" not in s and "questions" not in s for s in seen["segments"])


def test_the_booths_message_reaches_the_moderator_and_its_acknowledgement_the_booth(
    server: ApiServer, port: LockedPort
) -> None:
    status, _ = command(server, {"action": "message", "to": "moderator", "text": "SLOW DOWN"}, BOOTH)
    assert status == 200
    message = state(server)["messages"][-1]
    assert (message["from"], message["to"], message["text"], message["acknowledged"]) == (
        "booth",
        "moderator",
        "SLOW DOWN",
        False,
    )
    # The booth's "from" cannot be forged away, nor may it write to the stage or touch the show.
    command(server, {"action": "message", "to": "moderator", "text": "NO SOUND", "from": "stage"}, BOOTH)
    assert state(server)["messages"][-1]["from"] == "booth"
    assert command(server, {"action": "message", "to": "stage", "text": "x"}, BOOTH)[0] == 403
    for forbidden in (
        {"action": "start"},
        {"action": "floor_accept", "request": "r1"},
        {"action": "message_ack", "id": "m1"},
    ):
        assert command(server, forbidden, BOOTH)[0] == 403, forbidden
    command(server, {"action": "message_ack", "id": message["id"]}, CONTROL)  # the moderator presses K
    booth_view = state(server, BOOTH)
    mine = [m for m in booth_view["messages"] if m["id"] == message["id"]]
    assert mine and mine[0]["acknowledged"] is True and booth_view["public"] is True
    assert "PRIVATE" not in json.dumps(booth_view)


def test_a_phone_sees_its_own_requests_where_to_ask_and_who_waits(server: ApiServer, port: LockedPort) -> None:
    ask(server, "Ms Tran", "phone-a", organization="PRIVATE ORG A")
    ask(server, "Mr Okafor", "phone-b", type="question")
    command(server, {"action": "floor_decline", "request": "r1", "reason": "Out of time"}, FLOOR)
    auth = {"Authorization": f"Bearer {ROOM}"}
    status, view = request(server, "GET", "/api/v1/floor?device=phone-a", headers=auth)
    assert status == 200
    assert [(r["id"], r["status"], r["reason"]) for r in view["mine"]] == [("r1", "declined", "Out of time")]
    assert view["waiting"] == [{"name": "Mr Okafor", "place": 1, "segment": "Panel 1: Cross-border collaboration"}]
    assert view["segments"][0]["id"] == "cross-border" and view["segments"][0]["live"]
    assert {t["id"] for t in view["types"]} == {"statement", "question", "point_of_order", "right_of_reply"}
    assert any(p["id"] == "le1" for p in view["roster"])
    text = json.dumps({k: v for k, v in view.items() if k != "mine"})  # its own request is its own
    assert "PRIVATE" not in text and "phone-b" not in json.dumps(view) and "phone-a" not in json.dumps(view)
    _, other = request(server, "GET", "/api/v1/floor?device=phone-b", headers=auth)
    assert [r["name"] for r in other["mine"]] == ["Mr Okafor"]
    assert request(server, "GET", "/api/v1/floor?device=x")[0] == 401  # no token
    assert request(server, "GET", "/api/v1/floor?device=x", headers={"Authorization": f"Bearer {BOOTH}"})[0] == 401
    assert request(server, "GET", "/api/v1/floor?device=" + "d" * 65, headers=auth)[0] == 400
    # No view ever carries a phone's id: not the control token's, not the feed's.
    assert "phone-a" not in json.dumps(state(server, CONTROL))
