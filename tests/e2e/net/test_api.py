"""The control API over real HTTP on 127.0.0.1, with a Qt-free port."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.net.api import MAX_BODY_BYTES, PortUnavailableError
from runofshow.net.server import ApiServer, parse_listen
from tests.helpers.api_client import TOKEN, command, request
from tests.helpers.port_stub import LockedPort


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    return LockedPort(show, clock)


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02)
    api.start()
    yield api
    api.stop()


def test_state_is_served(server: ApiServer) -> None:
    status, state = request(server, "GET", "/api/v1/state")
    assert status == 200
    assert state["version"] == 1
    assert state["live_segment"] is None
    assert len(state["segments"]) == 5


def test_commands_drive_the_show(server: ApiServer, port: LockedPort) -> None:
    assert command(server, {"action": "start"}) == (200, {"ok": True})
    port.clock.advance(30)
    assert command(server, {"action": "add_time", "seconds": -60})[0] == 200
    assert command(server, {"action": "goto", "segment": "closing"})[0] == 200
    _, state = request(server, "GET", "/api/v1/state")
    assert state["live_segment"] == "closing"
    assert state["running"] is True
    assert state["segments"][0]["duration_s"] == 300


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        ([1, 2], "JSON object"),
        ({"action": "explode"}, "unknown action"),
        ({"action": "goto", "segment": "nowhere"}, "no segment"),
        ({"action": "add_time", "seconds": "lots"}, "seconds"),
        ({"action": "previous"}, "first segment"),
    ],
)
def test_bad_commands_get_400_and_change_nothing(
    server: ApiServer, port: LockedPort, payload: Any, fragment: str
) -> None:
    before = port.state()
    status, body = command(server, payload)
    assert status == 400
    assert body["ok"] is False and fragment in body["error"]
    assert port.state() == before


@pytest.mark.parametrize("token", [None, "wrong", ""])
def test_commands_need_the_token(server: ApiServer, port: LockedPort, token: str | None) -> None:
    status, body = command(server, {"action": "start"}, token=token)
    assert status == 401 and body["ok"] is False
    assert port.show.live_index is None


def test_oversized_bodies_are_refused_unread(server: ApiServer, port: LockedPort) -> None:
    status, _body = command(server, b"x" * (MAX_BODY_BYTES + 1))
    assert status == 413
    assert port.show.live_index is None


def test_unknown_paths_and_methods(server: ApiServer) -> None:
    assert request(server, "GET", "/nope")[0] == 404
    assert request(server, "POST", "/api/v1/state", b"{}")[0] == 405
    assert request(server, "GET", "/api/v1/command")[0] == 405


def test_garbage_on_the_socket_does_not_stop_the_server(server: ApiServer) -> None:
    host, number = server.address
    with socket.create_connection((host, number), timeout=5) as raw:
        raw.sendall(b"\x00\x01GARBAGE\r\n\r\n")
        raw.recv(1024)
    with socket.create_connection((host, number), timeout=5) as raw:
        raw.sendall(b"POST /api/v1/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n")
        assert b"400" in raw.recv(1024)
    assert request(server, "GET", "/api/v1/state")[0] == 200


def test_a_busy_app_answers_503(server: ApiServer, port: LockedPort, monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck() -> None:
        raise PortUnavailableError("the app did not answer in time; try again")

    monkeypatch.setattr(port, "state", stuck)
    assert request(server, "GET", "/api/v1/state")[0] == 503


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("8080", ("127.0.0.1", 8080)),
        ("0.0.0.0:80", ("0.0.0.0", 80)),
        ("[::1]:9000", ("::1", 9000)),
        (":5", ("127.0.0.1", 5)),
    ],
)
def test_parse_listen(text: str, parsed: tuple[str, int]) -> None:
    assert parse_listen(text) == parsed


@pytest.mark.parametrize("text", ["", "host:", "70000", "[::1]9000", "a:b"])
def test_parse_listen_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_listen(text)


def test_a_refused_command_carries_its_words(server: ApiServer, port: LockedPort) -> None:
    status, body = command(server, {"action": "goto", "segment": "nowhere"})
    assert status == 400
    assert body["words"] == {"template": "no segment with id '{segment}'", "values": {"segment": "nowhere"}}
    assert body["error"] == "no segment with id 'nowhere'"


# --- #12: bad input changes nothing, and nothing crashes a handler ---------------------------------
@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b'{"action": "message", "to": "moderator", "text": "a\\ud800"}', "lone surrogate"),
        (b'{"action": "speaker_add", "name": "Ms \\u0000Tran"}', "not text (U+0000)"),
        (b"[" * 1000 + b"]" * 1000, "nested more than"),
        (b'{"action": "add_time", "seconds": 1' + b"0" * 400 + b"}", "too long"),
        (b'{"action": "add_time", "seconds": 1e999}', "finite"),
        (b'{"action": "speaker_add", "name": "A", "time": "' + b"9" * 5000 + b'"}', "is not a duration"),
        (b'{"action": "message", "to": "moderator", "text": ["a"]}', "must be text"),
        (b'{"action": ["next"]}', "missing"),
        (b'{"action": {"x": 1}}', "missing"),
        (b'{"action": "add_time", "seconds": NaN}', "NaN"),
    ],
)
def test_bad_text_numbers_and_shapes_get_400_and_change_nothing(server, port, body: bytes, fragment: str) -> None:
    before = port.state()
    status, answer = command(server, body)
    assert status == 400 and fragment in answer["error"], answer
    assert port.state() == before
    assert request(server, "GET", "/api/v1/state")[0] == 200  # and the server still answers


def test_a_lone_surrogate_from_the_stage_token_is_refused_and_the_state_still_answers(show, clock) -> None:
    from runofshow.net.access import Access

    port = LockedPort(show, clock)
    api = ApiServer("127.0.0.1", 0, port, Access(TOKEN, "stage-token-12"), poll_interval=0.02)
    api.start()
    try:
        body = b'{"action": "message", "to": "moderator", "text": "a\\ud800"}'
        status, answer = command(api, body, token="stage-token-12")
        assert status == 400 and "surrogate" in answer["error"]
        assert port.show.messages == []
        status, state = request(api, "GET", "/api/v1/state", headers={"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and state["messages"] == []
    finally:
        api.stop()


def test_a_unicode_digit_content_length_gets_400(server: ApiServer) -> None:
    host, number = server.address
    with socket.create_connection((host, number), timeout=5) as raw:
        raw.sendall("POST /api/v1/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ²\r\n\r\n".encode())
        reply = raw.recv(4096)
    assert reply.startswith(b"HTTP/1.1 400") and b"Content-Length" in reply
    assert request(server, "GET", "/api/v1/state")[0] == 200


def test_error_bodies_are_json_even_when_they_echo_a_quote(server: ApiServer) -> None:
    host, number = server.address
    with socket.create_connection((host, number), timeout=5) as raw:
        raw.sendall(b'GET / HTTP/"1.1\r\n\r\n')  # a request line http.server refuses itself
        reply = raw.recv(4096)
    # http.server answers a bad version HTTP/0.9-style (no status line): the body alone.
    payload = reply.partition(b"\r\n\r\n")[2] if reply.startswith(b"HTTP/") else reply
    answer = json.loads(payload)
    assert answer["ok"] is False and '"1.1' in answer["error"]
    assert request(server, "GET", "/api/v1/state")[0] == 200


# --- #12: who may connect ------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "rebind.attacker.test.", ""])
def test_a_foreign_host_name_gets_421_and_nothing(server: ApiServer, host: str) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    raw_host, number = server.address
    conn = http.client.HTTPConnection(raw_host, number, timeout=5)
    conn.putrequest("GET", "/api/v1/state", skip_host=True)
    if host:
        conn.putheader("Host", host)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    assert response.status == 421, body
    assert b"segments" not in body


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost:8765", "[::1]:8765", "192.168.1.20:8765"])
def test_addresses_and_localhost_are_answered(server: ApiServer, host: str) -> None:
    status, _ = request(server, "GET", "/api/v1/state", headers={"Host": host})
    assert status == 200


def test_an_allowed_host_name_is_answered(port: LockedPort) -> None:
    from runofshow.net.access import Access

    api = ApiServer("127.0.0.1", 0, port, Access(TOKEN, allowed_hosts=["podium.local"]), poll_interval=0.02)
    api.start()
    try:
        assert request(api, "GET", "/api/v1/state", headers={"Host": "podium.local:8080"})[0] == 200
        assert request(api, "GET", "/api/v1/state", headers={"Host": "other.local"})[0] == 421
    finally:
        api.stop()


def test_without_a_token_the_state_is_the_public_view_on_loopback_too(server: ApiServer, port: LockedPort) -> None:
    port.command({"action": "set_notes", "segment": "opening", "notes": "PRIVATE"})
    status, state = request(server, "GET", "/api/v1/state")
    assert status == 200 and state["public"] is True and "PRIVATE" not in json.dumps(state)
    status, state = request(server, "GET", "/api/v1/state", headers={"Authorization": f"Bearer {TOKEN}"})
    assert "PRIVATE" in json.dumps(state)


def test_the_loopback_full_view_is_a_setting(port: LockedPort) -> None:
    port.command({"action": "set_notes", "segment": "opening", "notes": "PRIVATE"})
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02, full_view_on_loopback=True)
    api.start()
    try:
        assert "PRIVATE" in json.dumps(request(api, "GET", "/api/v1/state")[1])
    finally:
        api.stop()


def test_short_tokens_are_refused() -> None:
    from runofshow.net.access import Access, TokenError

    with pytest.raises(TokenError, match="at least 12"):
        Access("4321")
    with pytest.raises(TokenError, match="stage token"):
        Access(TOKEN, "short")


# --- #12: exhaustion -----------------------------------------------------------------------------
def test_connections_over_the_cap_get_503_and_the_rest_are_served(port: LockedPort) -> None:
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02, max_connections=3, reserved_for_tokens=0)
    api.start()
    host, number = api.address
    idle = [socket.create_connection((host, number), timeout=5) for _ in range(3)]
    try:
        extra = socket.create_connection((host, number), timeout=5)
        reply = extra.recv(4096)
        extra.close()
        assert reply.startswith(b"HTTP/1.1 503") and b"Retry-After" in reply
    finally:
        for sock in idle:
            sock.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the idle ones are gone: room again
        time.sleep(0.05)  # a real server: its threads must see the closed sockets
        try:
            if request(api, "GET", "/api/v1/state")[0] == 200:
                break
        except OSError:
            continue
    assert request(api, "GET", "/api/v1/state")[0] == 200
    api.stop()


def test_a_request_must_be_whole_within_the_deadline(port: LockedPort) -> None:
    """Slowloris: one header byte at a time, each in time, the whole too slow."""
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02, request_deadline_s=0.5)
    api.start()
    host, number = api.address
    started = time.monotonic()
    try:
        with socket.create_connection((host, number), timeout=5) as slow:
            slow.sendall(b"GET /api/v1/state HTTP/1.1\r\n")
            cut = False
            for _ in range(40):
                time.sleep(0.1)  # a real socket: the client dribbles in real time
                try:
                    slow.sendall(b"X")
                    if slow.recv(1, socket.MSG_DONTWAIT) == b"":
                        cut = True
                        break
                except BlockingIOError:
                    continue
                except OSError:
                    cut = True
                    break
        assert cut and time.monotonic() - started < 2.0
        assert request(api, "GET", "/api/v1/state")[0] == 200
    finally:
        api.stop()


def test_a_client_that_hangs_up_early_leaves_no_traceback(server: ApiServer, capfd) -> None:
    host, number = server.address
    for _ in range(5):
        with socket.create_connection((host, number), timeout=5) as raw:
            raw.sendall(b'POST /api/v1/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"act')
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST
    time.sleep(0.3)  # a real server: its threads must notice
    assert request(server, "GET", "/api/v1/state")[0] == 200
    assert "Traceback" not in capfd.readouterr().err


def test_bad_json_is_said_once_with_where(server: ApiServer) -> None:
    """#27: was `the body is not valid JSON: the body is not valid JSON`."""
    status, body = command(server, b'{"action": "next",}')
    assert (status, body["error"]) == (
        400,
        "the body is not valid JSON: expecting property name enclosed in double quotes at line 1, column 19",
    )
    assert command(server, b"\xff\xfe")[1]["error"] == "the body is not valid JSON: byte 1 is not UTF-8"


def test_an_answer_carries_the_request_id_back_and_a_405_its_allow(server: ApiServer) -> None:
    assert command(server, {"action": "start", "request_id": "r-1"}) == (200, {"ok": True, "request_id": "r-1"})
    status, body = command(server, {"action": "goto", "segment": "nowhere", "request_id": "r-2"})
    assert (status, body["request_id"]) == (400, "r-2")
    host, number = server.address
    conn = http.client.HTTPConnection(host, number, timeout=5)
    conn.request("DELETE", "/api/v1/command")
    response = conn.getresponse()
    assert (response.status, response.getheader("Allow")) == (405, "POST, OPTIONS")
    conn.close()


def test_an_idle_server_sleeps_until_someone_connects(port: LockedPort) -> None:
    """Issue #26: the serve loop wakes for a connection or stop(), not every poll_interval all
    show long (the moderator's laptop counted those wake-ups beside its once-a-second tick)."""
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02)
    rounds: list[float] = []
    served = api._server  # the loop's rounds are its service_actions
    original = served.service_actions
    served.service_actions = lambda: (rounds.append(time.monotonic()), original())[1]  # type: ignore[method-assign]
    api.start()
    try:
        time.sleep(0.5)
        assert len(rounds) <= 1  # 25 rounds of 20 ms before
        assert request(api, "GET", "/api/v1/state")[0] == 200  # a connection wakes it at once
    finally:
        started = time.monotonic()
        api.stop()
    assert time.monotonic() - started < 1.0  # and so does stop()
