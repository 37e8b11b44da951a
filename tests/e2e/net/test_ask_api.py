"""The audience's questions over real HTTP and WebSocket: the audience token sends questions and
reads its own, nothing else (403); the floor manager moderates; the state's questions are the
crew's only; too many too fast is 429 with when to try again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.client import connect

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.files.resources import resource
from runofshow.net.access import Access, Role, TokenError, Tokens
from runofshow.net.server import ApiServer
from tests.helpers.api_client import command, request
from tests.helpers.port_stub import (
    AUDIENCE,
    BOOTH,
    CONTROL,
    FLOOR,
    ROOM,
    STAGE,
    LockedPort,
    role_server,
    running_port,
)


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    return running_port(show, clock)


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = role_server(port, web_dir=resource("web"))
    yield api
    api.stop()


def ask(server: ApiServer, text: str, device: str = "phone-a", **more: Any) -> tuple[int, Any]:
    return command(server, {"action": "audience_question", "text": text, "device": device, **more}, AUDIENCE)


def get(server: ApiServer, path: str, token: str | None) -> tuple[int, Any]:
    return request(server, "GET", path, headers={"Authorization": f"Bearer {token}"} if token else {})


def test_the_audience_token_asks_and_reads_its_own_and_nothing_else(server: ApiServer, port: LockedPort) -> None:
    assert ask(server, "How is evidence shared?", name="Lan", organization="VNU") == (
        200,
        {"ok": True, "question": "a1"},
    )
    assert ask(server, "Another phone's question", device="phone-b")[0] == 200
    for forbidden in (
        {"action": "audience_moderate", "question": "a1", "decision": "approve"},
        {"action": "start"},
        {"action": "floor_request", "name": "Lan", "type": "statement"},
        {"action": "question_add", "text": "Sneaked into the bank"},
        {"action": "message", "to": "moderator", "text": "hi"},
    ):
        status, body = command(server, forbidden, AUDIENCE)
        assert status == 403 and "audience token may not" in body["error"], forbidden
    for path in ("/api/v1/state", "/api/v1/floor?device=phone-a"):
        status, body = get(server, path, AUDIENCE)
        assert status == 403 and "audience token" in body["error"], path
    status, view = get(server, "/api/v1/ask?device=phone-a", AUDIENCE)
    assert status == 200
    assert [(q["id"], q["text"], q["status"], q["bank"]) for q in view["mine"]] == [
        ("a1", "How is evidence shared?", "waiting", None)
    ]
    assert view["taking"] is True and view["max_chars"] == 500
    assert view["segment"] == {"title": "Panel 1: Cross-border collaboration", "live": True}
    assert "phone-b" not in json.dumps(view) and "Another" not in json.dumps(view)
    assert get(server, "/api/v1/ask?device=phone-a", None)[0] == 401
    assert get(server, "/api/v1/ask?device=phone-a", ROOM)[0] == 401
    assert request(server, "POST", "/api/v1/ask", b"{}", {"Authorization": f"Bearer {AUDIENCE}"})[0] == 405
    # The room's token asks for the floor, not questions.
    assert command(server, {"action": "audience_question", "text": "x", "device": "d"}, ROOM)[0] == 403


def test_the_floor_manager_approves_into_the_bank_and_the_phone_sees_it(server: ApiServer, port: LockedPort) -> None:
    ask(server, "How is evidence shared?")
    ask(server, "How is evidence shared, really?", device="phone-b")
    assert (
        command(server, {"action": "audience_moderate", "question": "a2", "decision": "merge", "into": "a1"}, FLOOR)[0]
        == 200
    )
    status, body = command(
        server,
        {"action": "audience_moderate", "question": "a1", "decision": "approve", "text": "How is evidence shared?"},
        FLOOR,
    )
    assert (status, body) == (200, {"ok": True, "question": "a1", "status": "approved"})
    _, state = get(server, "/api/v1/state", FLOOR)
    bank = state["segments"][1]["questions"]
    assert bank[-1]["id"] == "a1" and bank[-1]["from"] == "audience"
    assert all("device" not in row for row in state["audience_questions"])  # the crew never sees the phones' ids
    command(server, {"action": "question", "question": "a1", "status": "asked"}, CONTROL)
    _, view = get(server, "/api/v1/ask?device=phone-b", AUDIENCE)
    assert [(q["status"], q["bank"]) for q in view["mine"]] == [("merged", "asked")]
    # The stage and the booth do not moderate.
    for token in (STAGE, BOOTH):
        decision = {"action": "audience_moderate", "question": "a1", "decision": "reject"}
        assert command(server, decision, token)[0] == 403


def test_the_questions_are_the_crews_only(server: ApiServer) -> None:
    ask(server, "PRIVATE question", name="PRIVATE NAME")
    for token in (None, ROOM, BOOTH):
        _, seen = get(server, "/api/v1/state", token)
        assert "PRIVATE" not in json.dumps(seen) and "audience_questions" not in seen, token
    for token in (CONTROL, FLOOR, STAGE):
        _, seen = get(server, "/api/v1/state", token)
        assert seen["audience_questions"][0]["text"] == "PRIVATE question", token
        assert "phone-a" not in json.dumps(seen), token


def test_too_many_too_fast_is_429_with_when_to_try_again(server: ApiServer, port: LockedPort) -> None:
    for n in range(5):
        assert ask(server, f"Question {n}")[0] == 200
    host, number = server.address
    import http.client

    conn = http.client.HTTPConnection(host, number, timeout=5)
    body = json.dumps({"action": "audience_question", "text": "Sixth", "device": "phone-a"})
    conn.request("POST", "/api/v1/command", body, {"Authorization": f"Bearer {AUDIENCE}"})
    answer = conn.getresponse()
    data = json.loads(answer.read())
    conn.close()
    assert answer.status == 429 and int(answer.getheader("Retry-After") or 0) == 600
    assert data["words"]["template"].startswith("this phone has sent {count} questions")
    assert ask(server, "Question 0", device="phone-b")[0] == 200  # another phone may
    assert ask(server, "Question 0", device="phone-b")[0] == 409  # but not the same text twice
    assert ask(server, "x" * 501, device="phone-c")[0] == 400
    assert port.show.audience_refused == 2


def test_a_question_resent_with_its_request_id_is_kept_once(server: ApiServer, port: LockedPort) -> None:
    payload = {"action": "audience_question", "text": "Once?", "device": "phone-a", "request_id": "rid-1"}
    first = command(server, payload, AUDIENCE)
    again = command(server, payload, AUDIENCE)
    assert first == again == (200, {"ok": True, "question": "a1", "request_id": "rid-1"})
    assert len(port.show.audience_questions) == 1


def test_over_the_feed_the_audience_follows_the_public_view_and_only_asks(server: ApiServer) -> None:
    host, number = server.address
    with connect(f"ws://{host}:{number}/api/v1/ws", open_timeout=5) as ws:
        json.loads(ws.recv(timeout=5))
        ws.send(json.dumps({"auth": AUDIENCE}))
        assert json.loads(ws.recv(timeout=5))["auth"] == "audience"
        ws.send(json.dumps({"action": "audience_question", "text": "By the feed", "device": "phone-ws"}))
        ws.send(json.dumps({"action": "pause"}))
        answers = []
        while len(answers) < 2:
            message = json.loads(ws.recv(timeout=5))
            if "version" in message:
                assert message["public"] is True and "audience_questions" not in message
            else:
                answers.append(message)
        assert answers[0]["ok"] and answers[0]["question"] == "a1"
        assert not answers[1]["ok"] and "audience token may not" in answers[1]["error"]


def test_the_audience_token_is_made_and_differs_from_the_others() -> None:
    tokens = Tokens.made("control-token-1234")
    assert len(tokens.audience) >= 12 and tokens.audience not in (tokens.control, tokens.participant, tokens.floor)
    access = tokens.access()
    assert access.role_of(tokens.audience) is Role.AUDIENCE
    with pytest.raises(TokenError, match="audience token must be at least 12"):
        Access(CONTROL, audience_token="short")
    with pytest.raises(TokenError, match="each token must differ"):
        Access(CONTROL, participant_token=ROOM, audience_token=ROOM)


def test_a_halls_phones_behind_one_address_all_get_the_page(server: ApiServer) -> None:
    """The page's files close their connection once sent: seventy phones behind one NAT address
    opening /ask one after another, each keeping its connection as browsers do, all get it (the
    idle connections no longer hold the address's 64 tokenless slots, net/server.py)."""
    import http.client

    from runofshow.net.server import MAX_UNTOKENED_PER_ADDRESS

    host, number = server.address
    phones = []
    try:
        for _ in range(MAX_UNTOKENED_PER_ADDRESS + 6):
            conn = http.client.HTTPConnection(host, number, timeout=5)
            conn.request("GET", "/static/ask.js")
            answer = conn.getresponse()
            answer.read()
            assert (answer.status, answer.getheader("Connection")) == (200, "close")
            phones.append(conn)  # a browser keeps it: the server is the one that closed it
    finally:
        for conn in phones:
            conn.close()
