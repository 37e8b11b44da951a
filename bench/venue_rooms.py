"""50 rooms into one venue window on a real Mosquitto: the window's CPU and memory, a room's link's
CPU, and how fast a room's change reaches the window. Ratios against a bare PySide6 window.

Usage: python bench/venue_rooms.py [--rooms 50] [--seconds 60]

- Simulated rooms: one process with a paho client per room, each publishing a real room state
  (the roundtable's public state, ~10 KB) once a second, QoS 1, retained, as a running room does.
- The venue window: the real `runofshow venue` (offscreen), its CPU time and RSS read from /proc
  over the window of measurement; beside it, the bare window measured the same way.
- A room's link: the real app on the roundtable, running, with and without --venue: the
  difference in its CPU is the link's (its MQTT thread and the states it builds).
- Latency: a room changes (a new segment); the time until the window's board has it, read on its
  /venue API, polled every 20 ms (in a phase of its own, so the polling is not in the CPU figure).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _common import BENCH_TOKEN, ENV, HERE, table

sys.path.insert(0, str(HERE.parent))
from tests.net.broker import Broker

TICKS = os.sysconf("SC_CLK_TCK")
VENUE_TOKEN = "bench-venue-token-1"
ROOT = "runofshow/v1/default/rooms"


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


SIMULATOR = r"""
import json, sys, time
import paho.mqtt.client as mqtt
from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.commands import parse_command
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from runofshow.net.venue_link import room_state
from datetime import datetime, timezone
port, rooms, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
event = load_event(bundled_example(), now=datetime(2025, 10, 26, 6, tzinfo=timezone.utc)).event
clock = FakeClock(datetime(2025, 10, 26, 6, 59, tzinfo=timezone.utc))
show = Show(event); Dispatcher(show).apply(parse_command({"action": "start"}), clock.now())
clients = []
for n in range(rooms):
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"sim-{n}", protocol=mqtt.MQTTv311)
    c.connect("127.0.0.1", port, keepalive=6); c.loop_start(); clients.append(c)
print("ready", flush=True)
marks = {}
end = time.monotonic() + seconds
while time.monotonic() < end:
    started = time.monotonic()
    clock.advance(1)
    base = snapshot(show, clock.now())
    for n, c in enumerate(clients):
        state = room_state(base, f"room{n:02d}", f"Room {n:02d}")
        c.publish(f"runofshow/v1/default/rooms/room{n:02d}/state", json.dumps(state), qos=1, retain=True)
    time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
for c in clients:
    c.loop_stop(); c.disconnect()
"""


def simulate(broker: Broker, rooms: int, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SIMULATOR, str(broker.port), str(rooms), str(seconds)],
        stdout=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


def start_venue(broker: Broker, home: str) -> tuple[subprocess.Popen[str], str]:
    env = {**ENV, "RUNOFSHOW_HOME": home}
    cmd = [sys.executable, "-m", "runofshow", "venue", broker.url, "--serve", "127.0.0.1:0", "--token", VENUE_TOKEN]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, line.split("venue page at ", 1)[1].split("/venue", 1)[0]


def measure_cpu(pid: int, seconds: float) -> tuple[float, float]:
    """(share of a core, RSS in MiB at the end) over `seconds`."""
    before, started = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / (time.monotonic() - started), rss_mib(pid)


def bare(seconds: float) -> tuple[float, float]:
    proc = subprocess.Popen([sys.executable, str(HERE / "_bare_ticker.py")], stdout=subprocess.PIPE, text=True, env=ENV)
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(2)
    try:
        return measure_cpu(proc.pid, seconds)
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def board(base: str) -> dict:
    request = urllib.request.Request(f"{base}/api/v1/venue", headers={"Authorization": f"Bearer {VENUE_TOKEN}"})
    with urllib.request.urlopen(request, timeout=5) as answer:
        return json.loads(answer.read())


def latency(broker: Broker, base: str, samples: int = 20) -> list[float]:
    """A room's change (its segment) published; seconds until the window's board shows it."""
    import paho.mqtt.client as mqtt

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-latency", protocol=mqtt.MQTTv311)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    template = next(r for r in board(base)["rooms"] if r["id"] == "room00")
    assert template
    found = []
    for n in range(samples):
        title = f"Bench segment {n}"
        segments = [{"id": "s", "title": title, "phase": "running"}]
        state = {"version": 1, "event": {"title": "Bench"}, "segments": segments,
                 "live_segment": "s", "current_segment": "s", "running": True, "ended": False,
                 "live_remaining_s": 60.0, "schedule": {}, "room": {"id": "probe", "name": "Probe"},
                 "unacked_messages": 0}  # fmt: skip
        sent = time.monotonic()
        client.publish(f"{ROOT}/probe/state", json.dumps(state), qos=1, retain=True).wait_for_publish(5)
        while time.monotonic() - sent < 5:
            probe = next((r for r in board(base)["rooms"] if r["id"] == "probe"), None)
            if probe is not None and probe["segment"] == title:
                found.append(time.monotonic() - sent)
                break
            time.sleep(0.02)
        time.sleep(0.3)
    client.loop_stop()
    client.disconnect()
    return found


def room_link(broker: Broker, seconds: float) -> tuple[float, float]:
    """(the app with the link, the app without), shares of a core."""
    from runofshow.files.resources import bundled_example

    shares = []
    for venue in (True, False):
        home = tempfile.mkdtemp(prefix="runofshow-bench-room-")
        cmd = [sys.executable, "-m", "runofshow", str(bundled_example()), "--serve", "127.0.0.1:0",
               "--token", BENCH_TOKEN, "--new-run"]  # fmt: skip
        if venue:
            cmd += ["--venue", broker.url, "--room", "benchroom"]
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**ENV, "RUNOFSHOW_HOME": home}
        )
        assert proc.stdout is not None
        line = ""
        while "control API at" not in line:
            line = proc.stdout.readline()
        base = line.split("control API at ", 1)[1].split()[0].rstrip("/")
        request = urllib.request.Request(f"{base}/command", data=b'{"action":"start"}',
                                         headers={"Authorization": f"Bearer {BENCH_TOKEN}"}, method="POST")  # fmt: skip
        urllib.request.urlopen(request, timeout=10).read()
        time.sleep(3)
        share, _ = measure_cpu(proc.pid, seconds)
        shares.append(share)
        proc.terminate()
        proc.communicate(timeout=20)
    return shares[0], shares[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="runofshow-bench-broker-"))
    broker = Broker(folder)
    broker.start()
    try:
        simulator = simulate(broker, args.rooms, args.seconds * 2 + 60)
        venue, base = start_venue(broker, tempfile.mkdtemp(prefix="runofshow-bench-venue-"))
        time.sleep(5)
        rooms_seen = len(board(base)["rooms"])
        venue_cpu, venue_rss = measure_cpu(venue.pid, args.seconds)
        bare_cpu, bare_rss = bare(args.seconds)
        delays = latency(broker, base)
        venue.terminate()
        venue.communicate(timeout=20)
        simulator.terminate()
        simulator.communicate(timeout=20)
        with_link, without_link = room_link(broker, args.seconds)
    finally:
        broker.stop()
    print(f"rooms seen by the window: {rooms_seen}")
    median = statistics.median(delays) if delays else float("nan")
    rows = [
        (f"venue window, {args.rooms} rooms publishing each second ({args.seconds:.0f} s)",
         f"{venue_cpu * 100:.2f}% of a core", f"{bare_cpu * 100:.2f}%",
         f"{venue_cpu / max(bare_cpu, 1e-9):.1f}× (≤ 5%: {verdict(venue_cpu <= 0.05)})"),
        ("venue window memory (RSS)", f"{venue_rss:.1f} MiB", f"{bare_rss:.1f} MiB",
         f"{venue_rss / bare_rss:.2f}× (≤ 150 MB: {verdict(venue_rss <= 150)})"),
        (f"a room's change to the venue window (median of {len(delays)})", f"{median * 1000:.0f} ms", "",
         f"≤ 1 s: {verdict(median <= 1)}"),
        ("a room's venue link: a running room with / without it",
         f"{with_link * 100:.2f}% / {without_link * 100:.2f}% of a core", "",
         f"{(with_link - without_link) * 100:+.2f} points (≤ 0.2%: {verdict(with_link - without_link <= 0.002)})"),
    ]  # fmt: skip
    print(table(rows))


def verdict(ok: bool) -> str:
    return "meets" if ok else "**misses**"


if __name__ == "__main__":
    main()
