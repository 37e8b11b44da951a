"""A hostile person on the room's Wi-Fi (issue #23): who said it is the token's to say, ids and
undo belong to their sender, a phone cannot flood the floor, and strangers cannot lock the
moderator's tools out of the server. Each case failed on the code before #23."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.client import connect

from runofshow.core.clock import FakeClock
from runofshow.core.floor_requests import FloorLimits
from runofshow.core.show import Show
from runofshow.net.server import ApiServer
from tests.helpers.port_stub import BOOTH, CONTROL, FLOOR, ROOM, STAGE, LockedPort, role_server, running_port


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    return running_port(show, clock)


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = role_server(port)
    yield api
    api.stop()


def post(server: ApiServer, payload: Any, token: str | None) -> tuple[int, Any]:
    host, number = server.address
    conn = http.client.HTTPConnection(host, number, timeout=10)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    conn.request("POST", "/api/v1/command", body=json.dumps(payload).encode(), headers=headers)
    response = conn.getresponse()
    status, body = response.status, json.loads(response.read() or b"null")
    conn.close()
    return status, body


def get_state(server: ApiServer, token: str = CONTROL) -> tuple[int, Any]:
    host, number = server.address
    conn = http.client.HTTPConnection(host, number, timeout=10)
    conn.request("GET", "/api/v1/state", headers={"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    status, body = response.status, json.loads(response.read() or b"null")
    conn.close()
    return status, body


# --- who said it --------------------------------------------------------------------------------
def test_request_ids_are_kept_per_token(server: ApiServer, port: LockedPort) -> None:
    """A phone that uses an id first cannot make the control client's `next` with it a no-op."""
    ask = {"action": "floor_request", "name": "Ms Tran", "type": "question", "device": "a", "request_id": "7"}
    assert post(server, ask, ROOM)[0] == 200
    before = port.show.cursor
    status, body = post(server, {"action": "next", "request_id": "7"}, CONTROL)
    assert (status, body) == (200, {"ok": True, "request_id": "7"})
    assert port.show.cursor == before + 1  # applied, not taken for the phone's answer
    assert post(server, {"action": "next", "request_id": "7"}, CONTROL) == (200, {"ok": True, "request_id": "7"})
    assert port.show.cursor == before + 1  # the control client's own repeat: applied once


@pytest.mark.parametrize(
    ("token", "claimed", "shown"),
    [(STAGE, "booth", ""), (FLOOR, "Venue control", "floor"), (BOOTH, "Venue control", "booth")],
)
def test_a_message_is_from_the_token_that_sent_it(
    server: ApiServer, port: LockedPort, token: str, claimed: str, shown: str
) -> None:
    payload = {"action": "message", "to": "moderator", "text": "hello", "from": claimed}
    assert post(server, payload, token)[0] == 200
    assert port.show.messages[-1].sender == shown


@pytest.mark.parametrize("token", [STAGE, FLOOR, BOOTH])
def test_only_the_control_token_gives_a_venues_ref(server: ApiServer, port: LockedPort, token: str) -> None:
    payload = {"action": "message", "to": "moderator", "text": "seen?", "ref": "venue-1"}
    status, body = post(server, payload, token)
    assert status == 403 and "ref" in body["error"]
    assert not port.show.messages


def test_a_request_without_a_device_belongs_to_its_connection(server: ApiServer, port: LockedPort) -> None:
    """Two phones behind one NAT: the second cannot withdraw the first's device-less request."""
    status, body = post(server, {"action": "floor_request", "name": "Ms Tran", "type": "question"}, ROOM)
    assert status == 200
    request = body["request"]
    status, body = post(server, {"action": "floor_withdraw", "request": request}, ROOM)
    assert status == 400 and "another device" in body["error"]
    assert port.show.floor_requests[0].status.value == "open"


def test_over_the_feed_a_device_less_request_is_that_sockets(server: ApiServer) -> None:
    host, number = server.address
    url = f"ws://{host}:{number}/api/v1/ws"

    def answer(ws: Any, action: str) -> dict[str, Any]:
        while True:  # states may come before the answer
            message = json.loads(ws.recv(timeout=10))
            if message.get("action") == action:
                return message

    with connect(url, open_timeout=5) as first, connect(url, open_timeout=5) as second:
        for ws in (first, second):
            json.loads(ws.recv(timeout=5))
            ws.send(json.dumps({"auth": ROOM}))
        first.send(json.dumps({"action": "floor_request", "name": "Ms Tran", "type": "question"}))
        request = answer(first, "floor_request")["request"]
        second.send(json.dumps({"action": "floor_withdraw", "request": request}))
        assert not answer(second, "floor_withdraw")["ok"]
        first.send(json.dumps({"action": "floor_withdraw", "request": request}))
        assert answer(first, "floor_withdraw")["ok"]


# --- wrong shapes -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "payload",
    [
        {"action": "speaker_cue", "speaker": "x", "cue": ["ready"]},
        {"action": "speaker_cue", "speaker": "x", "cue": {"ready": 1}},
        {"action": "floor_request", "name": "A", "type": ["question"], "device": "d"},
        {"action": "question_mark", "question": "q1", "status": {"asked": True}},
        {"action": "message", "to": ["moderator"], "text": "x"},
        {"action": "message", "to": {"a": 1}, "text": "x"},
    ],
)
def test_lists_and_objects_where_a_word_goes_get_400_with_an_answer(server: ApiServer, payload: Any) -> None:
    status, body = post(server, payload, CONTROL)
    assert status == 400 and body["ok"] is False and body["error"]
    host, number = server.address
    with connect(f"ws://{host}:{number}/api/v1/ws", open_timeout=5) as ws:
        json.loads(ws.recv(timeout=5))
        ws.send(json.dumps({"auth": CONTROL}))
        ws.send(json.dumps(payload))
        while True:
            message = json.loads(ws.recv(timeout=5))
            if message.get("action") == payload["action"]:
                assert message["ok"] is False and message["error"]
                break


# --- a fair floor ------------------------------------------------------------------------------
def test_one_phone_has_at_most_three_requests_open(server: ApiServer, port: LockedPort) -> None:
    for n in range(3):
        assert post(server, {"action": "floor_request", "name": f"N{n}", "type": "question", "device": "x"}, ROOM)[0]
    status, body = post(server, {"action": "floor_request", "name": "N4", "type": "question", "device": "x"}, ROOM)
    assert status == 400 and "this phone" in body["error"]
    assert len(port.show.floor_requests) == 3 and port.show.floor_refused == 1


def test_made_up_device_ids_from_one_address_are_bounded(server: ApiServer, port: LockedPort) -> None:
    """200 made-up device ids from one laptop: the address's bound holds; a delegate elsewhere
    (the floor manager's token, another address) still gets in."""
    port.show.floor_limits = FloorLimits(per_device=3, per_address=20)
    answers = [
        post(server, {"action": "floor_request", "name": "Spam", "type": "question", "device": f"d{n}"}, ROOM)[0]
        for n in range(40)
    ]
    assert answers.count(200) == 20 and answers.count(400) == 20
    delegate = {"action": "floor_request", "name": "Ms Tran", "type": "question", "device": "real"}
    assert post(server, delegate, FLOOR)[0] == 200


LOOK_ALIKES = ["ms tran", "Ｍｓ　Ｔｒａｎ", "Ms\u200b Tran", "\u202aMs Tran\u202c", "Ms  Tran"]


@pytest.mark.parametrize("look_alike", LOOK_ALIKES)
def test_a_look_alike_name_is_the_same_name(server: ApiServer, look_alike: str) -> None:
    assert post(server, {"action": "floor_request", "name": "Ms Tran", "type": "question", "device": "x"}, ROOM)[0]
    status, _ = post(server, {"action": "floor_request", "name": look_alike, "type": "question", "device": "x"}, ROOM)
    assert status == 409


def test_the_floor_manager_clears_one_phones_requests(server: ApiServer, port: LockedPort) -> None:
    for n in range(3):
        post(server, {"action": "floor_request", "name": f"Spam {n}", "type": "question", "device": "spam"}, ROOM)
    post(server, {"action": "floor_request", "name": "Ms Tran", "type": "question", "device": "real"}, ROOM)
    status, body = post(server, {"action": "floor_clear", "request": "r2"}, FLOOR)
    assert status == 200 and body["cleared"] == ["r1", "r2", "r3"]
    assert [r.status.value for r in port.show.floor_requests] == ["declined", "declined", "declined", "open"]
    assert post(server, {"action": "floor_clear", "request": "r1"}, ROOM)[0] == 403


# --- edits from two clients --------------------------------------------------------------------
def test_a_stale_if_version_is_refused_and_changes_nothing(server: ApiServer, port: LockedPort) -> None:
    """Two scripts that read, change and write a segment: the second is told, not overwritten."""
    version = get_state(server)[1]["plan_version"]
    first = {"action": "segment_update", "segment": "closing", "fields": {"notes": "A"}, "if_version": version}
    second = {"action": "segment_update", "segment": "closing", "fields": {"notes": "B"}, "if_version": version}
    assert post(server, first, CONTROL)[0] == 200
    status, body = post(server, second, CONTROL)
    assert status == 409 and "read the state again" in body["error"]
    state = get_state(server)[1]
    assert state["plan_version"] == version + 1
    assert next(s for s in state["segments"] if s["id"] == "closing")["notes"] == "A"


def test_undo_takes_back_the_senders_own_edit_not_anothers(
    show: Show, clock: FakeClock, port: LockedPort, server: ApiServer
) -> None:
    edit_a = {"action": "segment_update", "segment": "closing", "fields": {"notes": "from A"}}
    edit_b = {"action": "segment_update", "segment": "cross-border", "fields": {"notes": "from B"}}
    assert post(server, edit_a, CONTROL)[0] == 200
    # B is another client: the floor manager's laptop cannot edit the plan, so B is the moderator's own keys.
    port.command({**edit_b, "by": "control@10.0.0.9"})
    assert post(server, {"action": "undo"}, CONTROL)[0] == 200  # A's undo takes back A's edit
    notes = {s.id: s.notes for s in port.show.event.segments}
    assert notes["closing"] != "from A" and notes["cross-border"] == "from B"
    assert post(server, {"action": "undo"}, CONTROL)[1]["error"] == "nothing to undo"


def test_an_undo_that_would_wipe_anothers_later_change_is_a_conflict(server: ApiServer, port: LockedPort) -> None:
    assert post(server, {"action": "segment_update", "segment": "closing", "fields": {"notes": "A"}}, CONTROL)[0]
    port.command({"action": "segment_update", "segment": "closing", "fields": {"notes": "B"}, "by": "x@10.0.0.9"})
    status, body = post(server, {"action": "undo"}, CONTROL)
    assert status == 409 and "x@10.0.0.9 changed it since" in body["error"]
    assert next(s for s in port.show.event.segments if s.id == "closing").notes == "B"


# --- the server's slots and the feed's token guesses ----------------------------------------------
def test_tokenless_connections_cannot_lock_a_token_out(port: LockedPort) -> None:
    """Strangers hold every slot there is for them; the control token still gets through."""
    api = role_server(port, max_connections=6, reserved_for_tokens=3)
    host, number = api.address
    idle = [socket.create_connection((host, number), timeout=5) for _ in range(6)]
    try:
        time.sleep(0.2)  # the server has taken them all
        status, _ = post(api, {"action": "pause"}, CONTROL)
        assert status == 200
        assert get_state(api, "not-a-token-at-all")[0] == 503  # a wrong token is a stranger: past its share
        with socket.create_connection((host, number), timeout=5) as stranger:
            stranger.sendall(b"GET /api/v1/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert stranger.recv(4096).startswith(b"HTTP/1.1 503")
    finally:
        for sock in idle:
            sock.close()
        api.stop()


def test_token_guesses_over_the_feed_are_slowed_like_http(server: ApiServer) -> None:
    host, number = server.address
    url = f"ws://{host}:{number}/api/v1/ws"
    refused = False
    for _ in range(4):  # a new connection every few guesses gains nothing
        with connect(url, open_timeout=5) as ws:
            json.loads(ws.recv(timeout=5))
            for _ in range(4):
                ws.send(json.dumps({"auth": "guess-guess-guess"}))
                try:
                    reply = json.loads(ws.recv(timeout=5))
                except Exception:
                    break
                if "too many" in reply.get("error", ""):
                    refused = True
                    break
        if refused:
            break
    assert refused
    # The same address over HTTP is slowed too, and the right token still works.
    status, _ = get_state(server, "guess-guess-guess")
    assert status == 429
    assert get_state(server, CONTROL)[0] == 200


def test_one_address_holds_only_its_share_of_untokened_connections(port: LockedPort) -> None:
    """A laptop that opens idle sockets without end fills its own share; a phone elsewhere and
    the moderator's tools still get in."""
    api = role_server(port, max_connections=20, reserved_for_tokens=4, max_untokened_per_address=5)
    host, number = api.address
    idle = [socket.create_connection((host, number), timeout=5) for _ in range(5)]
    try:
        time.sleep(0.2)
        with socket.create_connection((host, number), timeout=5) as sixth:
            assert sixth.recv(4096).startswith(b"HTTP/1.1 503")
        other = socket.create_connection((host, number), timeout=5, source_address=("127.0.0.2", 0))
        with other:
            other.sendall(b"GET /api/v1/state HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            assert other.recv(4096).startswith(b"HTTP/1.1 200")
    finally:
        for sock in idle:
            sock.close()
        api.stop()
