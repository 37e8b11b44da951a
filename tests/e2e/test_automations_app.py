"""Automations from the real app (issue #27), received here as a crew's gear would: an HTTP hook
and an OSC receiver. The app is killed mid-show and recovers: nothing it fired goes out twice,
what comes after goes out once, and the app says what may not have gone out."""

from __future__ import annotations

import json
import queue
import signal
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App


class Gear:
    """An HTTP hook and an OSC receiver on this computer; what arrives, in order."""

    def __init__(self) -> None:
        self.got: queue.Queue[tuple[str, Any]] = queue.Queue()
        got = self.got

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                got.put((self.path, json.loads(self.rfile.read(int(self.headers["Content-Length"])))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(lambda address, *args: got.put((address, list(args))))
        self.osc = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
        threading.Thread(target=self.osc.serve_forever, daemon=True).start()

    def next(self, timeout: float = 15) -> tuple[str, Any]:
        return self.got.get(timeout=timeout)

    def nothing_for(self, seconds: float) -> None:
        with pytest.raises(queue.Empty):
            item = self.got.get(timeout=seconds)
            pytest.fail(f"unexpected: {item}")

    def stop(self) -> None:
        for server in (self.http, self.osc):
            server.shutdown()
            server.server_close()


@pytest.fixture
def gear() -> Iterator[Gear]:
    running = Gear()
    yield running
    running.stop()


def event_file(folder: Path, gear: Gear) -> Path:
    hook = f"http://127.0.0.1:{gear.http.server_port}"
    osc = f"127.0.0.1:{gear.osc.server_address[1]}"
    path = folder / "roundtable.yaml"
    path.write_text(
        bundled_example().read_text(encoding="utf-8")
        + "\nautomations:\n"
        + f'  - on: segment_start\n    http: {{url: "{hook}/start", body: {{id: "{{segment.id}}", left: "{{left_s}}"}}}}\n'  # noqa: E501
        + f'  - on: floor_given\n    osc: {{to: "{osc}", address: /floor, args: ["{{speaker.id}}", 1]}}\n'
        + f'  - on: segment_end\n    segments: [opening]\n    http: {{url: "{hook}/end", body: "{{segment.title}}"}}\n',
        encoding="utf-8",
    )
    return path


def test_a_killed_app_recovers_without_firing_anything_twice(tmp_path: Path, gear: Gear) -> None:
    path = event_file(tmp_path, gear)
    home = str(tmp_path / "home")
    args = (str(path), "--serve", "127.0.0.1:0", "--token", TOKEN, "--start-at", "14:00", "--clock-speed", "10")
    app = App(*args, home=home)
    try:
        assert app.command({"action": "start"})[0] == 200
        assert gear.next() == ("/start", {"id": "opening", "left": 360})
        assert app.command({"action": "speaker_next"})[0] == 200
        assert gear.next() == ("/floor", ["moderator", 1])
        time.sleep(0.3)  # the show runs on a little: a real process
        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait(timeout=20)
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
        app.proc.communicate()
    again = App(*args, home=home)  # recovers the run: it did not end cleanly
    try:
        gear.nothing_for(1.0)  # the start and the floor are not sent again
        assert again.state()["live_segment"] == "opening"
        assert again.command({"action": "next"})[0] == 200
        arrived = [gear.next(), gear.next()]
        expected = [("/end", "Opening remarks"), ("/start", {"id": "cross-border", "left": 720})]
        assert sorted(arrived, key=str) == expected
        assert again.command({"action": "speaker_next"})[0] == 200
        assert gear.next() == ("/floor", ["le1", 1])
        gear.nothing_for(0.5)
        assert again.stop() == 0
        # The floor came with the journal's last record: the app cannot know it went out, and says so.
        assert "floor_given · opening → osc://" in again.stderr and "it may not have gone out" in again.stderr
    finally:
        if again.proc.poll() is None:
            again.proc.kill()
            again.proc.communicate()
