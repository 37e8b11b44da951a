"""The real app against strangers' text (issue #23, end to end): a name or a message with markup
that points Qt at a FIFO used to block the GUI thread for good (and `/dev/zero` to abort the app),
again after every restart. Here the app keeps answering, shows the text as typed, and recovers
the run that holds it."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App

ROOM = "room-token-123456"
BOOTH = "booth-token-12345"
AUDIENCE = "audience-token-1234"


def answers_for(app: App, seconds: float) -> None:
    """The app answers the control token's state again and again for `seconds`: a GUI thread
    blocked on a FIFO would answer 503 after the API's 5 s wait (or not at all)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.state()
        time.sleep(0.2)


def test_markup_from_a_phone_the_booth_and_a_script_never_stops_the_app(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    trap = f"<img src='{fifo}'>"
    args = [str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN]
    args += ["--participant-token", ROOM, "--booth-token", BOOTH, "--start-at", "14:00", "--new-run"]
    args += ["--audience-token", AUDIENCE]
    app = App(*args)
    try:
        assert app.command({"action": "start"})[0] == 200
        ask = {"action": "floor_request", "name": trap, "organization": trap, "type": "question", "device": "p1"}
        assert app.command(ask, ROOM)[0] == 200
        # A question from the audience, approved into the bank the moderator's window lists.
        question = {"action": "audience_question", "text": trap, "name": trap, "device": "p2"}
        assert app.command(question, AUDIENCE)[0] == 200
        assert app.command({"action": "audience_moderate", "question": "a1", "decision": "approve"})[0] == 200
        assert app.command({"action": "message", "to": "moderator", "text": f"SLOW {trap} DOWN"}, BOOTH)[0] == 200
        assert app.command({"action": "message", "to": "moderator", "text": trap})[0] == 200
        assert app.command({"action": "speaker_add", "name": trap})[0] == 200
        answers_for(app, 3.0)
        state = app.state()
        assert state["floor_requests"][0]["name"] == trap
        assert [m["text"] for m in state["messages"]][-1] == trap
        assert state["segments"][0]["questions"][-1]["text"] == trap
        # Killed with the message unseen: the next start recovers the run and shows it again.
        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait(timeout=10)
        app.proc.communicate()
        again = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN)
        try:
            answers_for(again, 3.0)
            recovered = again.state()
            assert [m["text"] for m in recovered["messages"]][-1] == trap
            assert any(e["name"] == trap for s in recovered["segments"] for e in s["speakers"])
        finally:
            assert again.stop() == 0
    finally:
        if app.proc.poll() is None:
            app.stop()


def test_under_every_attack_at_once_the_control_token_is_answered(tmp_path: Path) -> None:
    """Acceptance run of #23's network attacks against the real app, all at once for a few
    seconds from two other addresses: idle sockets, reconnecting tokenless feeds, token guesses,
    a flood of requests to speak under made-up device ids, wrong shapes and markup. The moderator's
    tools (here, the control token from a third address) get every answer; the floor holds at
    most its per-address bound; the app answers afterwards."""
    import http.client
    import json
    import socket
    import threading
    import urllib.parse

    args = [str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN]
    args += ["--participant-token", ROOM, "--start-at", "14:00", "--new-run"]
    app = App(*args)
    host = urllib.parse.urlsplit(app.base).hostname or "127.0.0.1"
    port = urllib.parse.urlsplit(app.base).port or 0
    stop = threading.Event()
    errors: list[BaseException] = []

    def attacker(source: str, job: object) -> threading.Thread:
        def loop() -> None:
            while not stop.is_set():
                try:
                    job(source)  # type: ignore[operator]
                except OSError:
                    time.sleep(0.01)  # refused or cut: as it should be; try again
                except BaseException as exc:
                    errors.append(exc)
                    return

        return threading.Thread(target=loop, daemon=True)

    def idle(source: str) -> None:
        with socket.create_connection((host, port), timeout=5, source_address=(source, 0)):
            stop.wait(1.0)

    def feed(source: str) -> None:
        with socket.create_connection((host, port), timeout=5, source_address=(source, 0)) as sock:
            sock.sendall(
                b"GET /api/v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            )
            sock.recv(4096)

    def post(source: str, payload: object, token: str) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=5, source_address=(source, 0))
        try:
            body = json.dumps(payload).encode()
            conn.request("POST", "/api/v1/command", body=body, headers={"Authorization": f"Bearer {token}"})
            conn.getresponse().read()
        finally:
            conn.close()

    counter = iter(range(10**9))

    def guess(source: str) -> None:
        post(source, {"action": "next"}, "guess-guess-guess")

    def flood(source: str) -> None:
        n = next(counter)
        ask = {"action": "floor_request", "name": f"<b>Spam</b> {n}", "type": "question", "device": f"d{n}"}
        post(source, ask, ROOM)

    def shapes(source: str) -> None:
        post(source, {"action": "floor_request", "name": "x", "type": ["question"], "device": "z"}, ROOM)

    threads = [attacker("127.0.0.2", idle) for _ in range(80)]
    threads += [attacker("127.0.0.3", feed) for _ in range(20)]
    threads += [attacker("127.0.0.3", job) for job in (guess, guess, flood, flood, shapes)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # the attack under way
        answers = []
        for n in range(30):
            answers.append(app.command({"action": "add_time", "seconds": 1 if n % 2 else -1})[0])
            time.sleep(0.05)
        assert answers == [200] * 30
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
    assert not errors, errors
    state = app.state()
    assert len([r for r in state["floor_requests"] if r["status"] == "open"]) <= 20
    assert state["floor_refused"] > 0
    assert app.stop() == 0
