"""CPU used while a countdown runs: runofshow vs a bare window repainting a label each second.

Usage: python bench/cpu_countdown.py [--seconds 60]
The app runs the bundled roundtable with its first segment counting down (started through the
control API); CPU time is read from /proc before and after the window of measurement.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from _common import ENV, HERE, start_running_app

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def sample(proc: subprocess.Popen[str], seconds: float) -> float:
    time.sleep(2)  # let start-up work finish
    before, started = cpu_seconds(proc.pid), time.monotonic()
    time.sleep(seconds)
    used, elapsed = cpu_seconds(proc.pid) - before, time.monotonic() - started
    proc.terminate()
    proc.communicate(timeout=20)
    return used / elapsed


def app(seconds: float) -> float:
    proc, _ = start_running_app()
    return sample(proc, seconds)


def bare(seconds: float) -> float:
    cmd = [sys.executable, str(HERE / "_bare_ticker.py")]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
    assert proc.stdout is not None
    proc.stdout.readline()
    return sample(proc, seconds)


def measure(seconds: float) -> dict[str, float]:
    return {"cpu_app": app(seconds), "cpu_bare": bare(seconds)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    r = measure(parser.parse_args().seconds)
    print(
        f"CPU while counting down: app {r['cpu_app'] * 100:.2f}% of a core, bare {r['cpu_bare'] * 100:.2f}%, "
        f"ratio {r['cpu_app'] / max(r['cpu_bare'], 1e-9):.2f} (targets <= 1% and <= 2x)"
    )
