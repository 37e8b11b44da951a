"""`runofshow check` on 1,000 and 10,000 segments: in process and as a command.

Usage: python bench/check_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import median, write_event

from runofshow.files.check import run_check


def measure(runs: int) -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in (1000, 10000):
            path = write_event(Path(folder), n)
            inproc, command = [], []
            for _ in range(runs):
                started = time.perf_counter()
                assert run_check([str(path)], now=datetime.now(UTC), out=io.StringIO(), err=io.StringIO()) == 0
                inproc.append(time.perf_counter() - started)
                started = time.perf_counter()
                subprocess.run([sys.executable, "-m", "runofshow", "check", str(path)], capture_output=True, check=True)
                command.append(time.perf_counter() - started)
            results[f"check_{n}"] = median(inproc)
            results[f"check_cmd_{n}"] = median(command)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    r = measure(parser.parse_args().runs)
    for n, target in ((1000, 0.5), (10000, 3.0)):
        print(
            f"check {n:,} segments: {r[f'check_{n}']:.3f} s in process, {r[f'check_cmd_{n}']:.3f} s as a command "
            f"(target <= {target} s)"
        )
