"""#29: a second laptop takes over and nothing acknowledged is lost.

Two real app processes, a show and its standby (`runofshow standby`), the standby's link through a
proxy the test controls; clients send commands over HTTP, the WebSocket and OSC; the show is
SIGKILLed at a random moment (some of them while the proxy holds the standby's answers back, so the
kill lands between the standby's write and the show's answer) and the standby takes over. Then the
dead show's laptop comes back as the new show's standby, and the next kill goes the other way: 20
takeovers in all. After each: every acknowledged command is in the new show, none twice, and its
countdown is within a second of the truth.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pythonosc.osc_message_builder import OscMessageBuilder
from websockets.sync.client import connect

from runofshow.files.resources import bundled_example
from tests.helpers.app import TOKEN, App
from tests.helpers.link_proxy import LinkProxy
from tests.helpers.standby import Standby, request
from tests.helpers.waiting import wait_for

#: The done-when's twenty; TAKEOVERS=4 for a quick look while changing the standby.
TAKEOVERS = int(os.environ.get("TAKEOVERS", "20"))


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Senders:
    """HTTP, WebSocket and OSC clients sending messages with texts of their own until stopped;
    what each was told is kept (acknowledged: a 200 / an ok answer)."""

    def __init__(self, base: str, osc_port: int, tag: str) -> None:
        self.base, self.osc_port, self.tag = base, osc_port, tag
        self.acked: list[str] = []
        self.sent: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=f, daemon=True) for f in (self._http, self._ws, self._osc)]

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=15)

    def _note(self, text: str, acked: bool) -> None:
        with self._lock:
            self.sent.append(text)
            if acked:
                self.acked.append(text)

    def _http(self) -> None:
        n = 0
        while not self._stop.is_set():
            n += 1
            text = f"{self.tag} http {n}"
            try:
                status, _ = request(
                    self.base, "command", {"action": "message", "to": "moderator", "text": text, "request_id": text}
                )
            except Exception:  # the show died mid-answer (reset, cut short): not acknowledged
                self._note(text, False)
                return
            self._note(text, status == 200)
            time.sleep(0.15)

    def _ws(self) -> None:
        url = self.base.replace("http://", "ws://").replace("/api/v1", "/api/v1/ws")
        try:
            ws = connect(url, additional_headers={"Authorization": f"Bearer {TOKEN}"}, open_timeout=5)
        except Exception:  # the show is already gone
            return
        n = 0
        try:
            while not self._stop.is_set():
                n += 1
                text = f"{self.tag} ws {n}"
                ws.send(json.dumps({"action": "message", "to": "moderator", "text": text, "request_id": text}))
                self._note(text, False)
                while True:  # states come between: the answer names its request id
                    answer = json.loads(ws.recv(timeout=10))
                    if answer.get("request_id") == text:
                        break
                if answer.get("ok"):
                    with self._lock:
                        self.acked.append(text)
                time.sleep(0.15)
        except Exception:  # the show died mid-answer: what was not answered is not acknowledged
            return
        finally:
            with contextlib.suppress(Exception):
                ws.close()

    def _osc(self) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            n = 0
            while not self._stop.is_set():
                n += 1
                text = f"{self.tag} osc {n}"
                builder = OscMessageBuilder("/runofshow/message")
                builder.add_arg(text)
                udp.sendto(builder.build().dgram, ("127.0.0.1", self.osc_port))  # no answer: never "acknowledged"
                self._note(text, False)
                time.sleep(0.15)


def reap(proc: subprocess.Popen[str]) -> None:
    """A killed process's pipes, closed (its output is of no use now)."""
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            with contextlib.suppress(OSError, ValueError):
                pipe.close()


def texts(state: dict[str, Any]) -> Counter[str]:
    return Counter(m["text"] for m in state["messages"])


@pytest.mark.slow
def test_twenty_takeovers_lose_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(29)
    osc_port = free_udp_port()  # the show of each term listens here (the last one is dead by then)
    homes = [str(tmp_path / "laptop-a"), str(tmp_path / "laptop-b")]
    first = App(
        str(bundled_example()),
        "--serve", "127.0.0.1:0", "--token", TOKEN, "--new-run", "--osc", f"127.0.0.1:{osc_port}",
        home=homes[0],
    )  # fmt: skip
    assert first.command({"action": "start"})[0] == 200
    show_base, show_proc = first.base, first.proc
    all_acked: list[str] = []
    survivors: list[Standby] = []
    try:
        for turn in range(TAKEOVERS):
            proxy = LinkProxy(("127.0.0.1", int(show_base.rsplit(":", 1)[1].split("/")[0])))
            standby = Standby(proxy.url, "--osc", f"127.0.0.1:{osc_port}", home=homes[(turn + 1) % 2])
            survivors.append(standby)
            assert wait_for(lambda s=standby: s.state()["standby"]["in_step"], 30), standby.state()["standby"]
            between = turn % 3 == 1
            if between:  # the standby's "held" comes late: a kill falls between its write and the answer
                proxy.hold_upstream(0.12)
            senders = Senders(show_base, osc_port, f"t{turn}-{uuid.uuid4().hex[:4]}")
            senders.start()
            time.sleep(rng.uniform(0.3, 1.2))
            _, before = request(show_base, "state")
            read_at = time.monotonic()
            show_proc.send_signal(signal.SIGKILL)
            show_proc.wait(timeout=20)
            reap(show_proc)
            senders.stop()
            proxy.close()
            assert senders.acked, "no command was acknowledged before the kill"
            status, answer = standby.command({"action": "takeover"})
            assert status == 200 and answer["term"] == turn + 2, answer
            standby.wait_line("control API at", 60)
            state = standby.state()
            now = time.monotonic()
            seen = texts(state)
            all_acked += senders.acked
            lost = [t for t in all_acked if seen[t] != 1]
            assert not lost, f"takeover {turn + 1}: acknowledged and lost (or twice): {lost[:5]}"
            twice = [t for t, n in seen.items() if n > 1]
            assert not twice, f"takeover {turn + 1}: applied twice: {twice[:5]}"
            expected = before["live_remaining_s"] - (now - read_at)
            assert abs(state["live_remaining_s"] - expected) <= 1.0, (state["live_remaining_s"], expected)
            assert state["live_segment"] == before["live_segment"]
            show_base, show_proc = standby.base, standby.proc
            survivors = [standby]
    finally:
        for s in survivors:
            s.stop()
        if first.proc.poll() is None:
            first.stop()
        reap(first.proc)
