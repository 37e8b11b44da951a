"""A real Mosquitto for the venue tests, on a free loopback port, stopped and started at will.

Skips (with the reason) where Mosquitto is not installed; on CI (.ci/run installs it) such a skip
is a failure (tests/conftest.py)."""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

MOSQUITTO = shutil.which("mosquitto") or next(
    (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if Path(p).exists()), None
)
SUB, PUB = shutil.which("mosquitto_sub"), shutil.which("mosquitto_pub")


def need_mosquitto() -> None:
    if MOSQUITTO is None or SUB is None or PUB is None:
        pytest.skip("needs mosquitto and mosquitto-clients installed (Debian: apt install mosquitto mosquitto-clients)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Broker:
    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.config = folder / "mosquitto.conf"
        # Persistence on: a room's session (its subscriptions and what came meanwhile) outlives a
        # restart of the broker, as on a venue's real one.
        self.config.write_text(
            f"listener {self.port} 127.0.0.1\nallow_anonymous true\npersistence true\nuser {getpass.getuser()}\n"
            f"persistence_location {folder}/\nautosave_interval 1\nlog_dest file {folder}/broker.log\nlog_type all\n"
        )
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def start(self) -> None:
        assert MOSQUITTO is not None
        self.proc = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)  # a real broker: time must pass
        raise RuntimeError("mosquitto did not listen")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None

    def _sub(self, topic: str, count: int, seconds: float) -> list[str]:
        """mosquitto_sub for the first `count` messages on `topic`, giving up after `seconds`."""
        assert SUB is not None
        host = ["-h", "127.0.0.1", "-p", str(self.port)]
        return [SUB, *host, "-t", topic, "-v", "-C", str(count), "-W", str(int(seconds))]

    @staticmethod
    def _lines(out: str) -> list[tuple[str, str]]:
        return [tuple(line.split(" ", 1)) for line in out.splitlines() if line.strip()]  # type: ignore[misc]

    def subscribe(self, topic: str, count: int, seconds: float = 10) -> list[tuple[str, str]]:
        """(topic, payload) of the first `count` messages on `topic` (retained ones first)."""
        done = subprocess.run(self._sub(topic, count, seconds), capture_output=True, text=True, timeout=seconds + 5)
        return self._lines(done.stdout)

    def listen(self, topic: str, count: int, seconds: float = 10) -> subprocess.Popen[str]:
        """mosquitto_sub in the background, already listening when this returns (for messages
        that are not retained: start it before what publishes them); `heard` reads it."""
        command = self._sub(topic, count, seconds)
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        time.sleep(0.5)  # its SUBSCRIBE reaches the broker (a real process: time must pass)
        return proc

    def heard(self, proc: subprocess.Popen[str], seconds: float = 15) -> list[tuple[str, str]]:
        out, _ = proc.communicate(timeout=seconds)
        return self._lines(out)

    def publish(self, topic: str, payload: str, *, retain: bool = False) -> None:
        assert PUB is not None
        command = [PUB, "-h", "127.0.0.1", "-p", str(self.port), "-t", topic, "-m", payload, "-q", "1"]
        subprocess.run([*command, *(["-r"] if retain else [])], check=True, timeout=10)
