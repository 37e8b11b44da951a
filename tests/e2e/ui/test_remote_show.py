"""`runofshow connect`'s link to the show: a link that dies silently is noticed within 10 s."""

from __future__ import annotations

import socket
import threading
import time

from pytestqt.qtbot import QtBot

from runofshow.net.access import Access
from runofshow.net.server import ApiServer
from runofshow.ui.stage.remote_show import RemoteShow
from tests.helpers.port_stub import LockedPort

CONTROL = "control-token-1234"


class Blackhole:
    """A TCP proxy that can stop forwarding without closing anything (a laptop off the Wi-Fi)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self._target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.address = self._listener.getsockname()
        self.dead = threading.Event()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if not self.dead.is_set():  # once dead, bytes vanish: no FIN, no RST
                try:
                    sink.sendall(data)
                except OSError:
                    return

    def close(self) -> None:
        self._listener.close()
        for sock in self._sockets:
            sock.close()


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
