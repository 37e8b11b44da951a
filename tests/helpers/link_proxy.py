"""A TCP proxy the test controls, put between a standby and its show: it passes bytes, stalls them
(holds every byte until `flow()`), or cuts every connection (`cut()`), and can hold what goes
upstream (the standby's answers) for a while (`hold_upstream(s)`)."""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time


class LinkProxy:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._stalled = False
        self._upstream_delay = 0.0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stall(self) -> None:
        with self._lock:
            self._stalled = True

    def flow(self) -> None:
        with self._lock:
            self._stalled = False

    def hold_upstream(self, seconds: float) -> None:
        """Each chunk from the standby to the show waits this long (0: none)."""
        with self._lock:
            self._upstream_delay = seconds

    def cut(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()

    def close(self) -> None:
        self._stop.set()
        self.cut()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([src], [], [], 0.1)
                if not ready:
                    continue
                with self._lock:
                    stalled = self._stalled
                while stalled and not self._stop.is_set():  # hold the bytes (read nothing) until flow()
                    time.sleep(0.01)
                    with self._lock:
                        stalled = self._stalled
                data = src.recv(65536)
                if not data:
                    break
                with self._lock:
                    delay = self._upstream_delay if upstream else 0.0
                if delay:
                    time.sleep(delay)
                dst.sendall(data)
        except (OSError, ValueError):  # cut (a closed socket's number is -1)
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.close()
