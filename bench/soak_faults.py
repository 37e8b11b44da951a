"""A show under faults: nothing acknowledged may be lost.

Usage: python bench/soak_faults.py [--seconds 60] [--seed N]     (needs root to mount a tmpfs)

The real app runs the bundled roundtable with its state folder on a small tmpfs. A scripted
show is driven over HTTP and over the WebSocket feed: each command adds a question with a text
of its own (so every acknowledged command leaves a mark in the state) and carries a request_id.
Beside it: bad traffic (garbage, deep JSON, lone surrogates, wrong tokens, slow clients), a disk
that fills up and empties again, and SIGKILLs at random moments followed by a restart that
recovers the run. At the end it prints how many commands were acknowledged and how many of those
the recovered show holds, and exits 1 unless it holds all of them.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

from runofshow.files.resources import bundled_example

TOKEN = "soak-token-123456"
SEGMENT = "closing"  # the questions go here: a segment every command can reach at any moment


class App:
    def __init__(self, home: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_HOME": str(home), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "runofshow", str(bundled_example()), "--serve", "127.0.0.1:0", "--token", TOKEN],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        base = line.split("control API at http://", 1)[1].split("/", 1)[0]
        host, port = base.rsplit(":", 1)
        self.address = (host, int(port))

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=20)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def post(address: tuple[str, int], payload: bytes, token: str = TOKEN) -> int:
    conn = http.client.HTTPConnection(*address, timeout=10)
    try:
        conn.request("POST", "/api/v1/command", payload, {"Authorization": f"Bearer {token}"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def state(address: tuple[str, int]) -> dict:
    conn = http.client.HTTPConnection(*address, timeout=10)
    conn.request("GET", "/api/v1/state", headers={"Authorization": f"Bearer {TOKEN}"})
    body = json.loads(conn.getresponse().read())
    conn.close()
    return body


BAD = [
    b"\x00\xff garbage\r\n\r\n",
    b"POST /api/v1/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \xc2\xb2\r\n\r\n",
    b"GET /api/v1/state HTTP/1.1\r\nHost: evil.example\r\n\r\n",
]


def bad_traffic(address: tuple[str, int], rng: random.Random) -> None:
    choice = rng.randrange(5)
    with contextlib.suppress(OSError, ValueError):
        if choice == 0:
            with socket.create_connection(address, timeout=2) as raw:
                raw.sendall(rng.choice(BAD))
                raw.recv(1024)
        elif choice == 1:
            post(address, b"[" * 3000 + b"]" * 3000)
        elif choice == 2:
            post(address, b'{"action": "question_add", "segment": "closing", "text": "x\\ud800"}')
        elif choice == 3:
            post(address, b'{"action": "next"}', token=f"wrong-token-{rng.random()}")
        else:
            slow = socket.create_connection(address, timeout=2)
            slow.sendall(b"GET /api/v1/state HTTP/1.1\r\n")  # never finished: the deadline cuts it
            slow.close()


def fill(disk: Path) -> None:
    with open(disk / "filler", "wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    home = Path(tempfile.mkdtemp(prefix="runofshow-soak-"))
    disk = home / "state"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], check=False).returncode:
        print("soak_faults: needs permission to mount a tmpfs (run as root)", file=sys.stderr)
        return 2
    acknowledged: set[str] = set()
    sent = refused_full = kills = 0
    app = App(home)
    try:
        started = time.monotonic()
        while time.monotonic() - started < args.seconds:
            n = sent
            sent += 1
            text = f"q{n} {rng.random():.6f}"
            command = {"action": "question_add", "segment": SEGMENT, "text": text, "request_id": f"r{n}"}
            try:
                if rng.random() < 0.3:  # over the WebSocket
                    url = f"ws://{app.address[0]}:{app.address[1]}/api/v1/ws"
                    headers = {"Authorization": f"Bearer {TOKEN}"}
                    with connect(url, additional_headers=headers, open_timeout=5, max_size=2**22) as ws:
                        ws.recv(timeout=5)  # the state comes first
                        ws.send(json.dumps(command))
                        while True:
                            reply = json.loads(ws.recv(timeout=5))
                            if "version" not in reply:
                                break
                    ok = reply.get("ok") is True
                    refused_full += "not done" in str(reply.get("error", ""))
                else:
                    status = post(app.address, json.dumps(command).encode())
                    ok = status == 200
                    refused_full += status == 507
                if ok:
                    acknowledged.add(text)
            except (OSError, ValueError, WebSocketException, TimeoutError):
                pass  # the app may be dying or starting: unacknowledged, so it may be lost
            roll = rng.random()
            if roll < 0.15:
                bad_traffic(app.address, rng)
            elif roll < 0.18:
                fill(disk)
            elif roll < 0.24:
                with contextlib.suppress(FileNotFoundError):
                    (disk / "filler").unlink()
            elif roll < 0.26:
                app.kill()
                kills += 1
                with contextlib.suppress(FileNotFoundError):
                    (disk / "filler").unlink()  # room to start (the journal needs none to recover)
                app = App(home)
        with contextlib.suppress(FileNotFoundError):
            (disk / "filler").unlink()
        app.kill()
        app = App(home)  # recover once more, then count
        questions = next(s for s in state(app.address)["segments"] if s["id"] == SEGMENT)["questions"]
        held = acknowledged & {q["text"] for q in questions}
        print(
            f"soak_faults (seed {args.seed}): {sent} commands sent, {len(acknowledged)} acknowledged, "
            f"{len(held)} of those held after {kills + 1} kills and recoveries "
            f"({refused_full} refused while the disk was full)"
        )
        return 0 if held == acknowledged else 1
    finally:
        with contextlib.suppress(Exception):
            app.stop()
        subprocess.run(["umount", "-l", str(disk)], check=False)


if __name__ == "__main__":
    sys.exit(main())
