"""Acknowledged commands a second, and recovery of a long journal against a fresh start.

Usage: python bench/command_rate.py [--seconds 5] [--records 10000] [--runs 5]

- One client on one kept-alive HTTP connection sends commands to the real app as fast as their
  answers come (each answer means: recorded and fsynced, then applied). Target >= 100/s.
- Start-up to the first frame of the app recovering a run of N journaled commands (a crashed
  run: no end record) against the same app starting a new run, medians of --runs. Target: within
  0.5 s of the fresh start.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import BENCH_TOKEN, ENV, helper, start_running_app

from runofshow.core.clock import Instant
from runofshow.core.records import RunRecord
from runofshow.files.resources import bundled_example
from runofshow.files.sessions import SessionStore


def command_rate(seconds: float) -> float:
    proc, base = start_running_app()
    try:
        host, port = base.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        headers = {"Authorization": f"Bearer {BENCH_TOKEN}", "Content-Type": "application/json"}
        sent, started = 0, time.monotonic()
        while time.monotonic() - started < seconds:
            body = {"action": "add_time", "seconds": 1 if sent % 2 == 0 else -1}
            conn.request("POST", "/api/v1/command", json.dumps(body), headers)
            response = conn.getresponse()
            response.read()
            assert response.status == 200, response.status
            sent += 1
        rate = sent / (time.monotonic() - started)
        conn.close()
        return rate
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def write_crashed_run(records: int) -> None:
    """A run of the bundled example with `records` commands and no end record, in the bench home."""
    store = SessionStore(Path(ENV["RUNOFSHOW_HOME"]) / "state", bundled_example())
    wall = datetime(2025, 10, 26, 7, 0, tzinfo=UTC)
    _, journal = store.create(wall)
    journal.defer(RunRecord(None, 1000.0, Instant(1000.0, wall)))
    journal.record_command({"action": "start"}, Instant(1000.0, wall))
    for n in range(records - 1):
        # Notes changes: each a record and an undo step, like a busy moderator's typing.
        journal.record_command({"action": "set_notes", "notes": f"note {n}"}, Instant(1001.0 + n * 0.01, wall))
    journal.close()


def first_frame(*extra: str) -> float:
    started = time.monotonic()
    proc = subprocess.run(
        [*helper("app", str(bundled_example())), *extra], capture_output=True, text=True, env=ENV, timeout=120
    )
    return float(proc.stdout.strip().splitlines()[-2]) - started


def recovery(records: int, runs: int) -> tuple[float, float]:
    fresh, recovered = [], []
    for _ in range(runs):
        fresh.append(first_frame())  # the helper starts a new run (--new-run)
        write_crashed_run(records)
        recovered.append(first_frame("--recover"))
    return statistics.median(fresh), statistics.median(recovered)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rate = command_rate(args.seconds)
    print(f"acknowledged commands: {rate:.0f} a second, one client (target >= 100)")
    fresh, recovered = recovery(args.records, args.runs)
    print(
        f"first frame: fresh {fresh * 1000:.0f} ms, recovering {args.records:,} records {recovered * 1000:.0f} ms, "
        f"+{(recovered - fresh) * 1000:.0f} ms (target <= +500 ms)"
    )


if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent)
    sys.exit(main())
