"""The real app in a subprocess, as a person starts it: `python -m runofshow` offscreen with the
API on an ephemeral port, driven over HTTP (tests/e2e)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from typing import Any

TOKEN = "rehearsal-token"


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "runofshow", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


class App:
    """The GUI app running offscreen with the API on an ephemeral port."""

    def __init__(self, *args: str, platform: str = "offscreen", home: str | None = None) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONUNBUFFERED": "1"}
        if home is not None:  # a user dir of its own (several apps on one event at once)
            env["RUNOFSHOW_HOME"] = home
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "runofshow", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # blocks until the API is listening
        for _ in range(5):  # other lines may come first (the venue's, OSC's)
            if "control API at" in line or not line:
                break
            line = self.proc.stdout.readline()
        assert "control API at" in line, line + self.proc.stderr.read()  # type: ignore[union-attr]
        self.base = line.split("control API at ", 1)[1].split()[0].rstrip("/")

    def state(self, token: str | None = TOKEN) -> dict[str, Any]:
        """The state as the control token sees it (without a token: the public view)."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        request = urllib.request.Request(f"{self.base}/state", headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def command(self, payload: dict[str, Any], token: str = TOKEN) -> tuple[int, dict[str, Any]]:
        request = urllib.request.Request(
            f"{self.base}/command",
            data=json.dumps(payload).encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def stop(self) -> int:
        code, self.stderr = stop_process(self.proc)
        return code


def stop_process(proc: subprocess.Popen[str]) -> tuple[int, str]:
    """SIGTERM (as a person closing it), SIGKILL if it has not ended in 20 s; its exit code and stderr."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    _, stderr = proc.communicate()  # also closes the pipes
    return code, stderr
