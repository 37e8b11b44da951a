"""Run every benchmark and print the README's performance table (markdown).

Usage: python bench/run_all.py [--quick]   (--quick: fewer runs and a 20 s CPU window)
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import check_speed
import cpu_countdown
import startup_memory
from _common import HERE, table


def tick_numbers(ticks: int) -> dict[str, float]:
    # Its own process: tick_cost needs a QApplication, which the other benchmarks must not start.
    out = subprocess.run(
        [sys.executable, "-c", f"import json, tick_cost; print(json.dumps(tick_cost.measure({ticks})))"],
        cwd=HERE, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    import json

    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    s = startup_memory.measure(3 if quick else 9)
    c = cpu_countdown.measure(20 if quick else 60)
    t = tick_numbers(100 if quick else 300)
    k = check_speed.measure(2 if quick else 5)

    def verdict(ok: bool) -> str:
        return "meets" if ok else "**misses**"

    start_ratio = s["startup_app_s"] / s["startup_bare_s"]
    rss_ratio = s["rss_app_mib"] / s["rss_bare_mib"]
    cpu_ratio = c["cpu_app"] / max(c["cpu_bare"], 1e-9)
    tick_ratio = t["tick_1000"] / t["tick_10"]
    over_ratio = t["tick_over_1000"] / t["tick_over_10"]
    rows = [
        (
            "start-up to first frame",
            f"{s['startup_app_s'] * 1000:.0f} ms",
            f"{s['startup_bare_s'] * 1000:.0f} ms",
            f"{start_ratio:.2f}× (≤ 1.2×: {verdict(start_ratio <= 1.2)})",
        ),
        (
            "CPU while a countdown runs (60 s)",
            f"{c['cpu_app'] * 100:.2f}% of a core",
            f"{c['cpu_bare'] * 100:.2f}% (label repainted each second)",
            f"{cpu_ratio:.2f}× (≤ 1% and ≤ 2×: {verdict(c['cpu_app'] <= 0.01 and cpu_ratio <= 2)})",
        ),
        (
            "tick, 1,000 vs 10 segments",
            f"{t['tick_1000'] * 1000:.2f} ms vs {t['tick_10'] * 1000:.2f} ms",
            "",
            f"{tick_ratio:.2f}× (≤ 1.3×: {verdict(tick_ratio <= 1.3)})",
        ),
        (
            "tick in overtime, 1,000 vs 10 segments",
            f"{t['tick_over_1000'] * 1000:.2f} ms vs {t['tick_over_10'] * 1000:.2f} ms",
            "",
            f"{over_ratio:.2f}×",
        ),
        (
            "`check`, 1,000 segments",
            f"{k['check_1000']:.3f} s ({k['check_cmd_1000']:.3f} s as a command)",
            "",
            f"≤ 0.5 s: {verdict(k['check_1000'] <= 0.5)}",
        ),
        (
            "`check`, 10,000 segments",
            f"{k['check_10000']:.3f} s ({k['check_cmd_10000']:.3f} s as a command)",
            "",
            f"≤ 3 s: {verdict(k['check_10000'] <= 3)}",
        ),
        (
            "peak memory (RSS)",
            f"{s['rss_app_mib']:.1f} MiB",
            f"{s['rss_bare_mib']:.1f} MiB",
            f"{rss_ratio:.2f}× (≤ 1.3×: {verdict(rss_ratio <= 1.3)})",
        ),
    ]
    print(table(rows))


if __name__ == "__main__":
    main()
