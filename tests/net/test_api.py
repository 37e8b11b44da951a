"""The control API over real HTTP on 127.0.0.1, with a Qt-free port."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.net.api import MAX_BODY_BYTES, PortUnavailableError
from runofshow.net.server import ApiServer, parse_listen
from tests.net.port_stub import LockedPort

TOKEN = "s3cret-token"


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    return LockedPort(show, clock)


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = ApiServer("127.0.0.1", 0, port, TOKEN, poll_interval=0.02)
    api.start()
    yield api
    api.stop()


def request(
    server: ApiServer, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    host, number = server.address
    conn = http.client.HTTPConnection(host, number, timeout=5)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, json.loads(data) if data else None


def command(server: ApiServer, payload: Any, token: str | None = TOKEN) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return request(server, "POST", "/api/v1/command", body, headers)


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
        raw.sendall(b"POST /api/v1/command HTTP/1.1\r\nContent-Length: abc\r\n\r\n")
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
