"""Fifty WebSocket clients on the real app for a minute each get at least one state a second
while a countdown runs. (bench/feed_clients.py measures the app's CPU meanwhile.)"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time

import pytest
from websockets.sync.client import connect

from runofshow.files.resources import bundled_example
from tests.test_entry_point import TOKEN, App

CLIENTS = 50
SECONDS = float(os.environ.get("RUNOFSHOW_SOAK_S", "60"))


def listen(url: str, stop: threading.Event, arrivals: list[float], errors: list[str]) -> None:
    try:
        with connect(url, open_timeout=10, max_size=2**22) as client:
            while not stop.is_set():
                message = json.loads(client.recv(timeout=5))
                if "version" in message:
                    arrivals.append(time.monotonic())
    except Exception as exc:
        errors.append(repr(exc))


@pytest.mark.slow
def test_fifty_clients_get_a_state_every_second() -> None:
    app = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN)
    try:
        assert app.command({"action": "start"})[0] == 200
        url = app.base.replace("http://", "ws://").replace("/api/v1", "/api/v1/ws")
        stop = threading.Event()
        arrivals: list[list[float]] = [[] for _ in range(CLIENTS)]
        errors: list[str] = []
        threads = [
            threading.Thread(target=listen, args=(url, stop, arrivals[i], errors), daemon=True) for i in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)  # a real process and real sockets: the minute must pass
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
        assert not errors, errors[:3]
        for i, times in enumerate(arrivals):
            assert len(times) >= SECONDS - 2, (i, len(times))
            settled = [b - a for a, b in itertools.pairwise(times[1:])]  # after connecting
            assert max(settled) <= 1.25, (i, max(settled))
        assert app.state()["running"] is True
    finally:
        assert app.stop() == 0, app.stderr
