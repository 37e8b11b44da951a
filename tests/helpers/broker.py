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
PASSWD = shutil.which("mosquitto_passwd")
OPENSSL = shutil.which("openssl")
#: The broker's own tools log in as this user on a broker with users (never a room's name).
ADMIN = ("test-admin", "test-admin-password")


def need_mosquitto() -> None:
    if MOSQUITTO is None or SUB is None or PUB is None or PASSWD is None:
        pytest.skip("needs mosquitto and mosquitto-clients installed (Debian: apt install mosquitto mosquitto-clients)")


def need_openssl() -> None:
    if OPENSSL is None:
        pytest.skip("needs openssl installed (Debian: apt install openssl), for a broker's TLS certificate")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Broker:
    def __init__(
        self, folder: Path, *, users: dict[str, str] | None = None, anonymous: bool = True, tls: bool = False
    ) -> None:
        """`users`: a password file with these users (and ADMIN, for the broker's tools);
        `anonymous`: whether a client with no user name gets in; `tls`: the listener speaks TLS
        with a self-signed certificate (its CA is `self.ca`)."""
        self.port = free_port()
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.config = folder / "mosquitto.conf"
        self.users = {**users, ADMIN[0]: ADMIN[1]} if users is not None else None
        self.tls = tls
        lines = [
            f"listener {self.port} 127.0.0.1",
            f"allow_anonymous {'true' if anonymous else 'false'}",
            # Persistence on: a room's session (its subscriptions and what came meanwhile) outlives a
            # restart of the broker, as on a venue's real one.
            "persistence true",
            f"user {getpass.getuser()}",
            f"persistence_location {folder}/",
            "autosave_interval 1",
            f"log_dest file {folder}/broker.log",
            "log_type all",
        ]
        if self.users is not None:
            assert PASSWD is not None
            passwords = folder / "passwd"
            passwords.touch(mode=0o600)
            for user, password in self.users.items():
                subprocess.run([PASSWD, "-b", str(passwords), user, password], check=True, capture_output=True)
            lines.append(f"password_file {passwords}")
        if tls:
            assert OPENSSL is not None
            self.ca = folder / "broker.crt"
            key = folder / "broker.key"
            subprocess.run(
                [OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", str(key), "-out", str(self.ca), "-days", "2", "-subj", "/CN=127.0.0.1",
                 "-addext", "subjectAltName=IP:127.0.0.1"],
                check=True, capture_output=True,
            )  # fmt: skip
            lines += [f"certfile {self.ca}", f"keyfile {key}"]
        self.config.write_text("\n".join(lines) + "\n")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{'mqtts' if self.tls else 'mqtt'}://127.0.0.1:{self.port}"

    def _tool_options(self) -> list[str]:
        """Where the broker is, and how its own tools log in to it."""
        options = ["-h", "127.0.0.1", "-p", str(self.port)]
        if self.users is not None:
            options += ["-u", ADMIN[0], "-P", ADMIN[1]]
        if self.tls:
            options += ["--cafile", str(self.ca)]
        return options

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
        return [SUB, *self._tool_options(), "-t", topic, "-v", "-C", str(count), "-W", str(int(seconds))]

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

    def publish(self, topic: str, payload: str | bytes, *, retain: bool = False) -> None:
        """mosquitto_pub, QoS 1; the payload through its standard input (any bytes, any size: a
        command line holds at most 128 KiB)."""
        assert PUB is not None
        command = [PUB, *self._tool_options(), "-t", topic, "-s", "-q", "1"]
        data = payload.encode() if isinstance(payload, str) else payload
        subprocess.run([*command, *(["-r"] if retain else [])], input=data, check=True, timeout=10)
