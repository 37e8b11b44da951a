"""#29: what a standby in step costs: acknowledged commands a second, and the answer's latency.

Usage: python bench/standby_rate.py [--seconds 5] [--runs 3]

The real app on loopback, one client on one kept-alive HTTP connection sending commands as fast
as their answers come; alone, then with a real `runofshow standby` in step (each answer then
means: fsynced on the show's disk and on the standby's). Runs alternate so the machine's noise
treats both alike; prints the medians of the runs' rates and the latencies' median and p99.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

from _common import BENCH_TOKEN, ENV, start_running_app


def rate_and_latencies(base: str, seconds: float) -> tuple[float, list[float]]:
    host, port = base.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    headers = {"Authorization": f"Bearer {BENCH_TOKEN}", "Content-Type": "application/json"}
    latencies: list[float] = []
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        body = {"action": "add_time", "seconds": 1 if len(latencies) % 2 == 0 else -1}
        sent = time.perf_counter()
        conn.request("POST", "/api/v1/command", json.dumps(body), headers)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - sent)
        assert response.status == 200, response.status
    conn.close()
    return len(latencies) / (time.monotonic() - started), latencies


def in_step(standby_base: str) -> bool:
    request = urllib.request.Request(f"{standby_base}/state", headers={"Authorization": f"Bearer {BENCH_TOKEN}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return bool(json.loads(response.read())["standby"]["in_step"])


def one_run(seconds: float, with_standby: bool) -> tuple[float, list[float]]:
    proc, base = start_running_app()
    standby = None
    try:
        if with_standby:
            env = {**ENV, "RUNOFSHOW_HOME": tempfile.mkdtemp(prefix="runofshow-bench-standby-")}
            url = base.rsplit("/api", 1)[0]
            standby = subprocess.Popen(
                [sys.executable, "-m", "runofshow", "standby", url, "--token", BENCH_TOKEN, "--serve", "127.0.0.1:0"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            assert standby.stdout is not None
            line = standby.stdout.readline()
            standby_base = line.split("standby API at ", 1)[1].split()[0].rstrip("/")
            deadline = time.monotonic() + 30
            while not in_step(standby_base):
                assert time.monotonic() < deadline, "the standby never came in step"
                time.sleep(0.1)
        return rate_and_latencies(base, seconds)
    finally:
        for p in (proc, standby):
            if p is not None:
                p.terminate()
                p.wait(timeout=20)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    alone: list[tuple[float, list[float]]] = []
    paired: list[tuple[float, list[float]]] = []
    for _ in range(args.runs):
        alone.append(one_run(args.seconds, False))
        paired.append(one_run(args.seconds, True))
    for name, runs in (("alone", alone), ("with a standby in step", paired)):
        rates = [r for r, _ in runs]
        latencies = [x for _, lat in runs for x in lat]
        print(
            f"{name}: {statistics.median(rates):.0f} acknowledged commands/s; answer latency median "
            f"{statistics.median(latencies) * 1000:.1f} ms, p99 {p99(latencies) * 1000:.1f} ms "
            f"({len(latencies)} commands, load {os.getloadavg()[0]:.1f})"
        )
