"""CPU of the app while 50 WebSocket clients follow a running countdown (target: under 10% of a core).

Usage: python bench/feed_clients.py [--clients 50] [--seconds 60]
Needs the `websockets` package (installed with the test extras).
"""

from __future__ import annotations

import argparse
import threading
import time

from _common import start_running_app
from cpu_countdown import cpu_seconds
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect


def follow(url: str, stop: threading.Event, counts: list[int], index: int) -> None:
    with connect(url, open_timeout=10, max_size=2**22) as client:
        while not stop.is_set():
            try:
                client.recv(timeout=5)
            except (ConnectionClosed, TimeoutError):
                return  # the app was stopped at the end of the measurement
            counts[index] += 1


def measure(clients: int, seconds: float) -> dict[str, float]:
    proc, base = start_running_app()
    url = base.replace("http://", "ws://") + "/ws"
    stop, counts = threading.Event(), [0] * clients
    threads = [threading.Thread(target=follow, args=(url, stop, counts, i), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    before, started = cpu_seconds(proc.pid), time.monotonic()
    time.sleep(seconds)
    used, elapsed = cpu_seconds(proc.pid) - before, time.monotonic() - started
    stop.set()
    proc.terminate()
    proc.communicate(timeout=20)
    return {"cpu": used / elapsed, "states_per_client_s": sum(counts) / clients / (elapsed + 2)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    r = measure(args.clients, args.seconds)
    print(
        f"{args.clients} WebSocket clients: app CPU {r['cpu'] * 100:.1f}% of a core (target < 10%), "
        f"{r['states_per_client_s']:.1f} states per client per second"
    )
