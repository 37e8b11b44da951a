"""Fifty WebSocket clients on the real app for a minute each get at least one state a second
while a countdown runs. (bench/feed_clients.py measures the app's CPU meanwhile.)

What a client saw is measured against what the app sent, not against the wall clock alone: each
state carries the moment the app made it (`now`), so a second the app skipped shows as a gap in
those moments, and a state the client got late shows as the time between its `now` and its
arrival. On a busy two-core machine (fifty client threads in this process, the app in another)
a tick may come a few hundred milliseconds late and a state may wait to be read; neither is a
second lost."""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from datetime import datetime

import pytest
from websockets.sync.client import connect

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App

CLIENTS = 50
SECONDS = float(os.environ.get("RUNOFSHOW_SOAK_S", "60"))


def listen(url: str, stop: threading.Event, seen: list[tuple[float, float]], errors: list[str]) -> None:
    """(when the app made it, when it arrived) for every state, both on the wall clock."""
    try:
        with connect(url, open_timeout=30, max_size=2**22) as client:
            while not stop.is_set():
                message = json.loads(client.recv(timeout=10))
                if "version" in message:
                    seen.append((datetime.fromisoformat(message["now"]).timestamp(), time.time()))
    except Exception as exc:
        errors.append(repr(exc))


@pytest.mark.slow
def test_fifty_clients_get_a_state_every_second() -> None:
    app = App(str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN)
    try:
        assert app.command({"action": "start"})[0] == 200
        url = app.base.replace("http://", "ws://").replace("/api/v1", "/api/v1/ws")
        stop = threading.Event()
        seen: list[list[tuple[float, float]]] = [[] for _ in range(CLIENTS)]
        errors: list[str] = []
        threads = [
            threading.Thread(target=listen, args=(url, stop, seen[i], errors), daemon=True) for i in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)  # a real process and real sockets: the minute must pass
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
        assert not errors, errors[:3]
        for i, states in enumerate(seen):
            made = [at for at, _ in states[1:]]  # after the state a client gets on connecting
            # The client was there for most of the minute (fifty connect at once on a busy machine).
            assert made and made[-1] - made[0] >= SECONDS - 15, (i, len(made))
            # The app sent one a second and the client saw each: a tick may be late, none is missed
            # (a missed second is a gap of two).
            gaps = [b - a for a, b in itertools.pairwise(made)]
            assert max(gaps) <= 1.8, (i, max(gaps))
            # And each came soon after the app made it, however busy the machine.
            late = sorted(arrived - at for at, arrived in states[1:])
            assert late[len(late) // 2] <= 1.0 and late[-1] <= 5.0, (i, late[len(late) // 2], late[-1])
        assert app.state()["running"] is True
    finally:
        assert app.stop() == 0, app.stderr
