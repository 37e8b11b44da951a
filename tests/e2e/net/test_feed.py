"""The live feed over WebSocket, checked with an independent client (the `websockets` library),
and the bad-traffic list: each case is refused and the server still answers afterwards."""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
import struct
import time
from collections.abc import Iterator

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.files.resources import resource
from runofshow.net.access import Access
from runofshow.net.server import ApiServer, _Handler
from tests.helpers.api_client import request
from tests.helpers.port_stub import LockedPort

CONTROL, STAGE = "control-token-1234", "stage-token-12345"


@pytest.fixture
def port(show: Show, clock: FakeClock) -> LockedPort:
    port = LockedPort(show, clock)
    port.command({"action": "note", "text": "PRIVATE moderator note", "segment": "opening"})
    port.command({"action": "message", "to": "moderator", "text": "PRIVATE to the moderator"})
    port.command({"action": "message", "to": "speaker", "text": "PLEASE CONCLUDE"})
    return port


@pytest.fixture
def server(port: LockedPort) -> Iterator[ApiServer]:
    api = ApiServer("127.0.0.1", 0, port, Access(CONTROL, STAGE), poll_interval=0.02, web_dir=resource("web"))
    api.start()
    yield api
    api.stop()


def ws(server: ApiServer, token: str | None = None) -> ClientConnection:
    host, number = server.address
    headers = {"Authorization": f"Bearer {token}"} if token else None
    return connect(f"ws://{host}:{number}/api/v1/ws", additional_headers=headers, open_timeout=5, max_size=2**22)


def receive(client: ClientConnection) -> dict:
    return json.loads(client.recv(timeout=5))


def still_answers(server: ApiServer) -> None:
    assert request(server, "GET", "/api/v1/health")[0] == 200


def test_a_client_gets_the_state_at_once_and_on_every_publish(server: ApiServer, port: LockedPort) -> None:
    with ws(server, CONTROL) as client:
        first = receive(client)
        assert first["version"] == 1 and first["segments"][0]["notes"] == "PRIVATE moderator note"
        port.command({"action": "start"})
        server.feed.publish(port.state())
        assert receive(client)["running"] is True


def test_without_a_token_only_the_public_view(server: ApiServer, port: LockedPort) -> None:
    with ws(server) as client:
        text = client.recv(timeout=5)
        state = json.loads(text)
        assert state["public"] is True and "PRIVATE" not in text
        assert [m["text"] for m in state["messages"]] == ["PLEASE CONCLUDE"]
        client.send(json.dumps({"action": "start"}))
        assert "auth" in receive(client)["error"]
        server.feed.publish(port.state())
        assert "PRIVATE" not in client.recv(timeout=5)
    assert port.show.live_index is None


def test_a_browser_authenticates_with_a_first_message(server: ApiServer, port: LockedPort) -> None:
    with ws(server) as client:
        receive(client)
        client.send(json.dumps({"auth": CONTROL}))
        assert receive(client) == {"ok": True, "auth": "control"}
        assert receive(client)["segments"][0]["notes"]  # the full state follows at once
        client.send(json.dumps({"action": "start"}))
        assert receive(client) == {"ok": True, "action": "start"}
    assert port.show.running


def test_the_stage_token_may_cue_and_message_but_not_touch_the_clock(server: ApiServer, port: LockedPort) -> None:
    with ws(server, STAGE) as client:
        receive(client)
        client.send(json.dumps({"action": "speaker_cue", "speaker": "host", "cue": "ready"}))
        assert receive(client)["ok"] is True
        client.send(json.dumps({"action": "next"}))
        assert "may not 'next'" in receive(client)["error"]
    status, _ = request(
        server,
        "POST",
        "/api/v1/command",
        json.dumps({"action": "start"}).encode(),
        {"Authorization": f"Bearer {STAGE}"},
    )
    assert status == 403
    assert port.show.runs[0].queue.get("host").cue.value == "ready" and port.show.live_index is None


def test_bad_commands_over_the_socket_change_nothing(server: ApiServer, port: LockedPort) -> None:
    before = port.state()
    with ws(server, CONTROL) as client:
        receive(client)
        for bad in ("not json", json.dumps([1]), json.dumps({"action": "goto", "segment": "nowhere"})):
            client.send(bad)
            assert receive(client)["ok"] is False
    assert port.state() == before


def test_wrong_tokens_are_refused_and_then_the_socket_is_closed(server: ApiServer) -> None:
    with ws(server) as client:
        receive(client)
        for _ in range(4):
            client.send(json.dumps({"auth": "guess"}))
            assert receive(client)["error"] == "wrong token"
        client.send(json.dumps({"auth": "guess"}))
        with pytest.raises(ConnectionClosed) as info:
            while True:
                client.recv(timeout=5)
        assert info.value.rcvd.code == 1008
    still_answers(server)


def test_a_thousand_wrong_tokens_over_http(server: ApiServer, port: LockedPort) -> None:
    host, number = server.address
    import http.client

    conn = http.client.HTTPConnection(host, number, timeout=5)
    statuses = []
    for i in range(1000):
        conn.request("POST", "/api/v1/command", body=b'{"action":"start"}', headers={"Authorization": f"Bearer x{i}"})
        response = conn.getresponse()
        response.read()
        statuses.append(response.status)
        if response.status == 429:
            assert 50 <= int(response.getheader("Retry-After")) <= 60
    # Ten wrong tokens a minute from one address; then 429 until the minute has passed.
    assert statuses[:10] == [401] * 10 and set(statuses[10:]) == {429}
    assert port.show.live_index is None
    # The right token is never slowed, from the same address too.
    conn.request("POST", "/api/v1/command", body=b'{"action":"start"}', headers={"Authorization": f"Bearer {CONTROL}"})
    response = conn.getresponse()
    assert response.status == 200, response.read()
    response.read()
    conn.close()
    assert port.show.live_index == 0
    still_answers(server)


def upgrade_request(method: str = "GET", host: str = "127.0.0.1", extra: str = "") -> bytes:
    key = base64.b64encode(os.urandom(16)).decode()
    return (
        f"{method} /api/v1/ws HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
    ).encode()


def raw_upgrade(server: ApiServer) -> tuple[socket.socket, bytes]:
    """An upgraded raw socket, and the bytes that came after the 101 response."""
    sock = socket.create_connection(server.address, timeout=5)
    sock.sendall(upgrade_request())
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    assert data.startswith(b"HTTP/1.1 101")
    return sock, data.split(b"\r\n\r\n", 1)[1]


def read_close_code(sock: socket.socket, buffer: bytes = b"") -> int:
    """Skip data frames until the server's close frame; its status code."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        while len(buffer) >= 2:
            opcode, size = buffer[0] & 0x0F, buffer[1] & 0x7F
            offset = 2
            if size == 126:
                size, offset = struct.unpack("!H", buffer[2:4])[0], 4
            elif size == 127:
                size, offset = struct.unpack("!Q", buffer[2:10])[0], 10
            if len(buffer) < offset + size:
                break
            payload, buffer = buffer[offset : offset + size], buffer[offset + size :]
            if opcode == 0x8:
                return struct.unpack("!H", payload[:2])[0]
        chunk = sock.recv(65536)
        if not chunk:
            break
        buffer += chunk
    return -1


def absurd_length() -> bytes:
    mask = os.urandom(4)
    payload = b"a" * 70_000
    return b"\x81\xff" + struct.pack("!Q", 2**62) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def masked(opcode: int, payload: bytes, *, fin: bool = True) -> bytes:
    mask = os.urandom(4)
    head = bytes([(0x80 if fin else 0) | opcode])
    size = len(payload)
    head += (
        bytes([0x80 | size])
        if size < 126
        else bytes([0x80 | 126]) + struct.pack("!H", size)
        if size < 65536
        else bytes([0x80 | 127]) + struct.pack("!Q", size)
    )
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


@pytest.mark.parametrize(
    ("frames", "code"),
    [
        (lambda: masked(0x1, b"x" * (64 * 1024 + 1)), 1009),  # an oversized frame
        (lambda: b"\x81\x05hello", 1002),  # unmasked client frame
        (lambda: masked(0x2, b"\x00\x01"), 1003),  # binary
        (lambda: absurd_length(), 1009),  # an absurd 64-bit length, then more than the cap of payload
        (lambda: masked(0x9, b"x" * 126), 1002),  # oversized control frame
    ],
)
def test_bad_frames_close_the_socket_and_nothing_else(server: ApiServer, frames, code: int) -> None:
    sock, pending = raw_upgrade(server)
    sock.sendall(frames())
    assert read_close_code(sock, pending) == code
    sock.close()
    still_answers(server)


def test_half_open_and_slow_clients_are_dropped(
    server: ApiServer, port: LockedPort, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_Handler, "timeout", 1)
    idle = socket.create_connection(server.address, timeout=5)  # connects, never sends a request
    slow, _ = raw_upgrade(server)  # upgrades, then never reads while states pile up
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    big = port.state()
    big["padding"] = "x" * 60_000
    started = time.monotonic()
    for _ in range(200):
        server.feed.publish(big)
        if time.monotonic() - started > 8:
            break
    still_answers(server)  # the publisher never blocked and the server serves others
    assert idle.recv(10) == b""  # the idle connection was closed by the server
    idle.close()
    slow.close()


def test_pages_are_served_without_internet(server: ApiServer) -> None:
    import http.client

    host, number = server.address
    for path, needle in (
        ("/speaker", b"live.js"),
        ("/agenda", b"agenda.js"),
        ("/stage", b"token"),
        ("/static/live.js", b"WebSocket"),
    ):
        conn = http.client.HTTPConnection(host, number, timeout=5)
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        assert response.status == 200 and needle in body, path
        assert b"http://" not in body.replace(b"https://", b"") or path.endswith(".js")
    for path in ("/static/../pyproject.toml", "/static/.hidden", "/static/%2e%2e%2fsecret"):
        assert request(server, "GET", path)[0] == 404


def test_a_client_ping_does_not_hold_up_its_feed(server: ApiServer, port: LockedPort) -> None:
    sock, pending = raw_upgrade(server)
    sock.sendall(masked(0x9, b"keepalive"))
    time.sleep(0.2)  # the server answers the ping, then must go back to sending states
    server.feed.publish(port.state())
    sock.settimeout(2)
    data = pending
    deadline = time.monotonic() + 2
    while data.count(b'"version"') < 2 and time.monotonic() < deadline:
        data += sock.recv(65536)
    assert data.count(b'"version"') >= 2  # the first state, then the published one
    sock.close()


# --- #12: who may connect, and what a stranger may send ---------------------------------------------
def upgrade_status(server: ApiServer, extra: str = "", method: str = "GET", host: str = "127.0.0.1") -> bytes:
    sock = socket.create_connection(server.address, timeout=5)
    sock.sendall(upgrade_request(method, host, extra))
    reply = sock.recv(4096)
    sock.close()
    return reply.split(b"\r\n", 1)[0]


def test_a_page_of_another_site_cannot_open_the_feed(server: ApiServer) -> None:
    number = server.address[1]
    assert b"403" in upgrade_status(server, "Origin: http://evil.example\r\n")
    assert b"403" in upgrade_status(server, f"Origin: http://evil.example:{number}\r\n")
    assert b"101" in upgrade_status(server, "Origin: http://127.0.0.1\r\n")  # our own page
    assert b"101" in upgrade_status(server)  # no Origin: a script or `runofshow connect`
    assert b"421" in upgrade_status(server, host="rebound.example")


def test_head_with_upgrade_headers_is_no_upgrade(server: ApiServer) -> None:
    assert b"101" not in upgrade_status(server, method="HEAD")


def test_deep_json_and_lone_surrogates_before_authenticating_change_nothing(server, port) -> None:
    before = port.state()
    with ws(server) as client:
        receive(client)
        client.send("[" * 5000 + "]" * 5000)
        assert "nested more than" in receive(client)["error"]
        client.send('{"auth": "a\\ud800"}')
        assert "surrogate" in receive(client)["error"]
    assert port.state() == before
    still_answers(server)


def test_followers_without_a_token_are_capped(port: LockedPort, monkeypatch) -> None:
    from runofshow.net import server as server_module

    monkeypatch.setattr(server_module, "MAX_PUBLIC_FEEDS", 2)
    api = ApiServer("127.0.0.1", 0, port, Access(CONTROL, STAGE), poll_interval=0.02)
    api.start()
    try:
        with ws(api) as one, ws(api) as two:
            receive(one), receive(two)
            assert b"503" in upgrade_status(api)
            with ws(api, CONTROL) as control:  # a token is never crowded out
                assert receive(control)["version"] == 1
    finally:
        api.stop()


# --- #12: framing as RFC 6455 says (wsproto) ---------------------------------------------------------
@pytest.mark.parametrize(
    ("frames", "code"),
    [
        (lambda: masked(0x1, b'{"action": "\xff"}'), 1007),  # invalid UTF-8: close 1007, no reply
        (lambda: masked(0x3, b'{"action": "next"}'), 1002),  # a reserved opcode is not text
        (lambda: masked(0x7, b'{"action": "next"}'), 1002),
        (lambda: masked(0x8, struct.pack("!H", 999)), 1002),  # an invalid close code is not echoed
        (lambda: masked(0x8, b"\x03"), 1002),  # a one-byte close payload
    ],
)
def test_frames_outside_the_rfc_close_with_its_codes_and_run_nothing(
    server: ApiServer, port: LockedPort, frames, code: int
) -> None:
    sock, rest = raw_upgrade(server)
    sock.sendall(masked(0x1, json.dumps({"auth": CONTROL}).encode()))
    sock.sendall(frames())
    assert read_close_code(sock, rest) == code
    sock.close()
    assert port.show.live_index is None  # `next` never ran
    still_answers(server)


def test_an_empty_first_fragment_then_a_ping_then_the_rest_is_one_message(server: ApiServer, port) -> None:
    sock, _ = raw_upgrade(server)
    sock.sendall(masked(0x1, json.dumps({"auth": CONTROL}).encode()))
    sock.sendall(masked(0x1, b"", fin=False) + masked(0x9, b"hi") + masked(0x0, b'{"action": "start"}'))
    deadline = time.monotonic() + 5
    while port.show.live_index is None and time.monotonic() < deadline:
        time.sleep(0.02)  # a real socket: the server's thread must read it
    assert port.show.live_index == 0
    sock.close()
    still_answers(server)


def test_answers_echo_the_request_id_and_carry_what_the_command_made(server: ApiServer, port: LockedPort) -> None:
    """#27 (as `wscat` sees it): answers did not say which command they answered, and `speaker_add`
    and `message` answered without the id they made."""
    with ws(server, CONTROL) as client:
        receive(client)
        client.send(json.dumps({"action": "speaker_add", "name": "Ms Tran", "request_id": "a-1"}))
        client.send(json.dumps({"action": "message", "to": "stage", "text": "Mic 2", "request_id": "a-2"}))
        client.send(json.dumps({"action": "goto", "segment": "nowhere", "request_id": "a-3"}))
        client.send(json.dumps({"action": "next", "request_id": ["not", "an", "id"]}))
        answers = [receive(client) for _ in range(4)]
    added, message, refused, bad_id = answers
    assert added == {
        "ok": True,
        "action": "speaker_add",
        "request_id": "a-1",
        "speaker": "ms-tran",
        "segment": "opening",
    }
    assert message == {"ok": True, "action": "message", "request_id": "a-2", "message": "m3"}
    assert (refused["ok"], refused["request_id"], refused["action"]) == (False, "a-3", "goto")
    assert bad_id["ok"] is False and "request_id" not in bad_id  # not an id: nothing to echo
    assert port.show.runs[0].queue.get("ms-tran").name == "Ms Tran"


def test_text_that_is_not_json_gets_one_message_saying_where(server: ApiServer) -> None:
    """Was: `send JSON text (the body is not valid JSON)`: the same thing twice, and not where."""
    with ws(server, CONTROL) as client:
        receive(client)
        client.send('{"action": "next",}')
        assert receive(client) == {
            "ok": False,
            "error": "not valid JSON: expecting property name enclosed in double quotes at line 1, column 19",
        }


def test_options_is_answered_204_with_the_methods(server: ApiServer) -> None:
    """#27: OPTIONS was http.server's 501 (undocumented)."""
    host, number = server.address
    for path, allow in (
        ("/api/v1/state", "GET, HEAD, OPTIONS"),
        ("/api/v1/command", "POST, OPTIONS"),
        ("/api/v1/floor", "GET, HEAD, OPTIONS"),
        ("/api/v1/ws", "GET, OPTIONS"),
        ("/speaker", "GET, HEAD, OPTIONS"),
        ("*", "GET, HEAD, POST, OPTIONS"),
    ):
        conn = http.client.HTTPConnection(host, number, timeout=5)
        conn.request("OPTIONS", path)
        response = conn.getresponse()
        assert (response.status, response.getheader("Allow"), response.read()) == (204, allow, b""), path
        assert (
            response.getheader("Content-Length") is None and response.getheader("Access-Control-Allow-Origin") is None
        )
        conn.close()
    assert request(server, "OPTIONS", "/api/v1/nothing")[0] == 404
    still_answers(server)
