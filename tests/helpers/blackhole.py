"""A TCP proxy a test can make go silent: a laptop off the Wi-Fi, or one that lost its power
(tests/e2e: `connect`'s dead link, a page that leaves a silent show for its fallback)."""

from __future__ import annotations

import socket
import threading


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
