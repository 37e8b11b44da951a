"""Automations on a running show: every trigger fired once, in order, and how soon after it.

Usage: python bench/automations.py [--speed 30] [--overtime 5]

The real app (`python -m runofshow`) on the bundled 45-minute roundtable with 10 automations
added, one or more for each trigger (segment_start twice: all segments, and the panels by kind;
time_up twice: all, and the closing by id), half HTTP to a server here, half OSC to a UDP
socket here, on the rehearsal clock (`--start-at 14:00 --clock-speed 30`: 45 minutes in 90 s).
This script drives it over the API as a moderator would: each segment runs into `--overtime`
seconds of overtime before `next`, the floor goes to each planned speaker in turn, one message
per segment.

Latency, from the moment the trigger happened to the moment its request arrived here:
- WRAP UP, FINAL, time up (the countdown's own moments): from the instant the countdown crossed
  (the app's `{at}`, on the rehearsal clock, mapped to this script's clock by the API's `now`:
  the fastest of 20 readings, so within half a round trip), to the arrival.
- segment start and end, the floor given, a message, the show's end (a command's doing): from
  this script sending the command to the arrival, an upper bound (it includes the command's own
  HTTP round trip and its journal write and fsync).
Checks: every expected trigger arrived exactly once, and each receiver got them in the order
they happened.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from _common import BENCH_TOKEN, ENV
from pythonosc.osc_message import OscMessage

from runofshow.files.resources import bundled_example

THRESHOLDS = ("wrap_up", "final", "time_up")
RANK = {"segment_end": 0, "show_end": 1, "segment_start": 2, "floor_given": 3, "wrap_up": 4, "final": 5,
        "time_up": 6, "message": 7}  # fmt: skip


class Arrivals:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[dict[str, Any]] = []

    def add(self, receiver: str, name: str, trigger: str, segment: str, at: str, extra: str) -> None:
        arrived = time.monotonic()
        with self.lock:
            self.items.append(
                {"arrived": arrived, "receiver": receiver, "name": name, "trigger": trigger, "segment": segment,
                 "at": datetime.fromisoformat(at), "extra": str(extra)}
            )  # fmt: skip


def http_receiver(arrivals: Arrivals) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            arrivals.add("http", self.path.strip("/"), body["trigger"], body["segment"], body["at"], body["extra"])
            self.send_response(204)
            self.end_headers()

        do_POST = do_PUT = _any  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def osc_receiver(arrivals: Arrivals) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))

    def run() -> None:
        while True:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            message = OscMessage(data)
            _, trigger, segment, at, extra = message.params
            arrivals.add("osc", message.address.strip("/"), trigger, segment, at, extra)

    threading.Thread(target=run, daemon=True).start()
    return sock


def automations_yaml(http_port: int, osc_port: int) -> str:
    url = f"http://127.0.0.1:{http_port}"
    to = f"127.0.0.1:{osc_port}"

    def http(name: str, extra: str = "", method: str = "POST") -> str:
        body = f'{{trigger: "{{trigger}}", segment: "{{segment.id}}", at: "{{at}}", extra: "{extra}"}}'
        return f'    http: {{method: {method}, url: "{url}/{name}", body: {body}}}\n'

    def osc(name: str, extra: str = "") -> str:
        args = f'["{name}", "{{trigger}}", "{{segment.id}}", "{{at}}", "{extra}"]'
        return f'    osc: {{to: "{to}", address: /{name}, args: {args}}}\n'

    return (
        "\nautomations:\n"
        + "  - on: segment_start\n" + http("a1")
        + "  - on: wrap_up\n" + osc("a2", "{left_s}")
        + "  - on: final\n" + osc("a3", "{left}")
        + "  - on: time_up\n" + http("a4")
        + "  - on: segment_end\n" + http("a5")
        + "  - on: floor_given\n" + osc("a6", "{speaker.id}")
        + "  - on: message\n" + http("a7", "{message.text}")
        + "  - on: show_end\n" + http("a8")
        + "  - on: segment_start\n    segments: [panel]\n" + osc("a9")
        + "  - on: time_up\n    segments: [closing]\n" + http("a10", method="PUT")
    )  # fmt: skip


class App:
    def __init__(self, path: Path, speed: float) -> None:
        cmd = [sys.executable, "-m", "runofshow", str(path), "--serve", "127.0.0.1:0", "--token", BENCH_TOKEN,
               "--start-at", "14:00", "--clock-speed", str(speed), "--new-run"]  # fmt: skip
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
        assert self.proc.stdout is not None
        self.base = self.proc.stdout.readline().split("control API at ", 1)[1].split()[0].rstrip("/")
        self.headers = {"Authorization": f"Bearer {BENCH_TOKEN}", "Content-Type": "application/json"}
        self.round_trips: list[float] = []

    def command(self, action: str, **arguments: Any) -> float:
        """Send a command; when it was sent (this script's clock). Its round trip is kept."""
        sent = time.monotonic()
        data = json.dumps({"action": action, **arguments}).encode()
        request = urllib.request.Request(f"{self.base}/command", data=data, headers=self.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                answer.read()
        except urllib.error.HTTPError as exc:
            exc.read()
        self.round_trips.append((time.monotonic() - sent) * 1000)
        return sent

    def state(self) -> dict[str, Any]:
        request = urllib.request.Request(f"{self.base}/state", headers=self.headers)
        with urllib.request.urlopen(request, timeout=10) as answer:
            return dict(json.loads(answer.read()))

    def calibrate(self, readings: int = 20) -> tuple[float, datetime, float]:
        """(this script's clock, the show's clock, round trip) of the fastest of `readings` states."""
        best: tuple[float, datetime, float] | None = None
        for _ in range(readings):
            before = time.monotonic()
            now = datetime.fromisoformat(self.state()["now"])
            after = time.monotonic()
            if best is None or after - before < best[2]:
                best = ((before + after) / 2, now, after - before)
        assert best is not None
        return best

    def stop(self) -> str:
        self.proc.terminate()
        _, err = self.proc.communicate(timeout=30)
        return err


def wait_until(moment: float) -> None:
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, 0.05))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", type=float, default=30.0)
    parser.add_argument("--overtime", type=float, default=5.0, help="show seconds of overtime before `next`")
    args = parser.parse_args()
    speed = args.speed
    arrivals = Arrivals()
    server, sock = http_receiver(arrivals), osc_receiver(arrivals)
    folder = Path(ENV["RUNOFSHOW_HOME"])
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / "roundtable-automations.yaml"
    event.write_text(
        bundled_example().read_text(encoding="utf-8") + automations_yaml(server.server_port, sock.getsockname()[1]),
        encoding="utf-8",
    )
    check = subprocess.run([sys.executable, "-m", "runofshow", "check", str(event)], capture_output=True, text=True,
                           env=ENV, check=False)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    app = App(event, speed)
    commands: dict[tuple[str, str, str], float] = {}  # (trigger, segment, extra) -> sent
    try:
        state = app.state()
        segments = [
            (s["id"], s["planned_duration_s"], s["kind"], [p["id"] for p in s["speakers"]]) for s in state["segments"]
        ]
        calibration = app.calibrate()
        # The first command loads the command registry (a new run opens without it): not the
        # automations' cost, and not a moderator's either after the first key.
        app.command("add_time", seconds=0)
        app.round_trips.clear()
        started = time.monotonic()
        for i, (seg, duration, _, speakers) in enumerate(segments):
            sent = app.command("start" if i == 0 else "next")
            commands[("segment_start", seg, "")] = sent
            if i > 0:
                commands[("segment_end", segments[i - 1][0], "")] = sent
            begun = sent
            for k, speaker in enumerate(speakers):  # the floor to each, spread over the segment
                wait_until(begun + (k + 0.5) * (duration - 150) / len(speakers) / speed)
                commands[("floor_given", seg, speaker)] = app.command("speaker_next")
            wait_until(begun + (duration - 100) / speed)
            commands[("message", seg, f"note {i + 1}")] = app.command("message", to="moderator", text=f"note {i + 1}")
            wait_until(begun + (duration + args.overtime) / speed)
        sent = app.command("next")
        commands[("segment_end", segments[-1][0], "")] = sent
        commands[("show_end", segments[-1][0], "")] = sent
        elapsed = time.monotonic() - started
        time.sleep(0.5)  # the last requests on their way
        drift = app.calibrate()
    finally:
        err = app.stop()
        server.shutdown()
        sock.close()
    real_0, show_0, rtt = calibration

    def real_of(at: datetime) -> float:
        return real_0 + (at - show_0).total_seconds() / speed

    expected: list[tuple[str, str, str, str]] = []  # (automation, trigger, segment, extra)
    for i, (seg, _, kind, speakers) in enumerate(segments):
        expected += [("a1", "segment_start", seg, ""), ("a2", "wrap_up", seg, "120"), ("a3", "final", seg, "0:30"),
                     ("a4", "time_up", seg, ""), ("a5", "segment_end", seg, "")]  # fmt: skip
        expected += [("a6", "floor_given", seg, p) for p in speakers]
        expected.append(("a7", "message", seg, f"note {i + 1}"))
        if kind == "panel":
            expected.append(("a9", "segment_start", seg, ""))
        if seg == "closing":
            expected.append(("a10", "time_up", seg, ""))
    expected.append(("a8", "show_end", segments[-1][0], ""))
    got = [(a["name"], a["trigger"], a["segment"], a["extra"]) for a in arrivals.items]
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    repeated = sorted({g for g in got if got.count(g) > 1})
    in_order = True
    for receiver in ("http", "osc"):
        mine = [a for a in arrivals.items if a["receiver"] == receiver]
        keys = [(a["at"], RANK[a["trigger"]]) for a in mine]
        in_order = in_order and keys == sorted(keys)
    latencies: dict[str, list[float]] = {}
    for a in arrivals.items:
        trigger = a["trigger"]
        if trigger in THRESHOLDS:
            since = real_of(a["at"])
        else:
            extra_key = a["extra"] if trigger in ("floor_given", "message") else ""
            since = commands[(trigger, a["segment"], extra_key)]
        latencies.setdefault(trigger, []).append((a["arrived"] - since) * 1000)
    print(f"automations: {len(expected)} expected, {len(got)} arrived in {elapsed:.1f} s at {speed:g}x "
          f"(calibration round trip {rtt * 1000:.1f} ms)")  # fmt: skip
    drift_ms = (real_of(drift[1]) - drift[0]) * 1000
    print(f"  the show's clock against this one after the show: {drift_ms:+.1f} ms (±{drift[2] * 500:.1f})")
    for trigger in RANK:
        values = latencies.get(trigger, [])
        if values:
            how = "from the crossing" if trigger in THRESHOLDS else "from the command sent (upper bound)"
            print(f"  {trigger:<14} {len(values):>3}  median {statistics.median(values):6.1f} ms  "
                  f"max {max(values):6.1f} ms  ({how})")  # fmt: skip
    thresholds = [v for t in THRESHOLDS for v in latencies.get(t, [])]
    commanded = [v for t, values in latencies.items() if t not in THRESHOLDS for v in values]
    print(f"  thresholds: median {statistics.median(thresholds):.1f} ms, max {max(thresholds):.1f} ms; "
          f"commands' (upper bound): median {statistics.median(commanded):.1f} ms, max {max(commanded):.1f} ms "
          "(target <= 50 ms)")  # fmt: skip
    trips = app.round_trips
    print(f"  (a command's own round trip, sent to answered: median {statistics.median(trips):.1f} ms, "
          f"max {max(trips):.1f} ms)")  # fmt: skip
    ok = not missing and not extra and not repeated and in_order
    print(f"  every trigger once, in order: {'yes' if ok else 'NO'}")
    for label, rows in (("missing", missing), ("unexpected", extra), ("repeated", repeated)):
        if rows:
            print(f"  {label}: {rows}")
    if "not sent" in err:
        print("  the app said:", err[-2000:])
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent)
    sys.exit(main())
