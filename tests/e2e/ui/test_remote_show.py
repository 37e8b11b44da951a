"""`runofshow connect`'s link to the show: a link that dies silently is noticed within 10 s."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from runofshow.net.access import Access
from runofshow.net.server import ApiServer
from runofshow.ui.stage.remote_show import RemoteShow
from tests.helpers.blackhole import Blackhole
from tests.helpers.port_stub import LockedPort

CONTROL = "control-token-1234"


def test_a_silently_dead_link_shows_reconnecting_within_ten_seconds(show, clock, qtbot: QtBot) -> None:
    api = ApiServer("127.0.0.1", 0, LockedPort(show, clock), Access(CONTROL), poll_interval=0.02)
    api.start()
    proxy = Blackhole(api.address)
    host, port = proxy.address
    remote = RemoteShow(f"http://{host}:{port}", CONTROL)
    remote.start()
    try:
        assert remote.wait_for_state(5)
        qtbot.waitUntil(lambda: "connected" in remote.status(), timeout=5000)
        proxy.dead.set()
        started = time.monotonic()
        qtbot.waitUntil(lambda: "reconnecting" in remote.status(), timeout=12_000)
        assert time.monotonic() - started <= 10.0
    finally:
        remote.stop()
        proxy.close()
        api.stop()
