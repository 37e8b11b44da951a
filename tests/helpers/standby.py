"""`runofshow standby` in a subprocess (tests/e2e), driven over its own API (`--serve`)."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from typing import Any

from tests.helpers.app import TOKEN, stop_process


def request(base: str, path: str, payload: dict[str, Any] | None = None, token: str = TOKEN) -> tuple[int, Any]:
    """GET (no payload) or POST a command; (status, body)."""
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(
        f"{base}/{path}",
        data=data,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST" if data is not None else "GET",
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


class Standby:
    """A standby laptop: `runofshow standby URL --token T --serve 127.0.0.1:0 [more]`."""

    def __init__(self, show_url: str, *more: str, home: str, token: str = TOKEN) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", "RUNOFSHOW_HOME": home}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "runofshow", "standby", show_url, "--token", token, "--serve", "127.0.0.1:0", *more],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.SimpleQueue[str] = queue.SimpleQueue()
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_line("standby API at", 60)
        self.base = line.split("standby API at ", 1)[1].split()[0].rstrip("/")
        self.stderr = ""

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put("")

    def wait_line(self, text: str, seconds: float) -> str:
        while True:
            try:
                line = self.lines.get(timeout=seconds)
            except queue.Empty:
                raise AssertionError(f"no line with {text!r} within {seconds} s") from None
            if text in line:
                return line
            if not line:
                _, err = self.proc.communicate(timeout=10)
                raise AssertionError(f"the standby ended before {text!r}: {err[-3000:]}")

    def state(self) -> dict[str, Any]:
        status, body = request(self.base, "state")
        assert status == 200, body
        return body

    def command(self, payload: dict[str, Any]) -> tuple[int, Any]:
        return request(self.base, "command", payload)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=20)

    def stop(self) -> int:
        code, self.stderr = stop_process(self.proc)
        return code
