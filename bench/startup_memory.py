"""Start-up to first frame and peak memory: runofshow vs a bare PySide6 window, same run.

Usage: python bench/startup_memory.py [--runs N]
Each run starts a fresh process (offscreen unless QT_QPA_PLATFORM is set); the two kinds
alternate so that disk caches and CPU frequency treat them alike.
"""

from __future__ import annotations

import argparse

from _common import median, run_first_frame

from runofshow.files.resources import bundled_example


def measure(runs: int) -> dict[str, float]:
    bare_t, bare_m, app_t, app_m = [], [], [], []
    run_first_frame("bare")  # warm the disk cache for both
    run_first_frame("app", str(bundled_example()))
    for _ in range(runs):
        t, m = run_first_frame("bare")
        bare_t.append(t)
        bare_m.append(m)
        t, m = run_first_frame("app", str(bundled_example()))
        app_t.append(t)
        app_m.append(m)
    return {
        "startup_app_s": median(app_t),
        "startup_bare_s": median(bare_t),
        "rss_app_mib": median(app_m) / 1024,
        "rss_bare_mib": median(bare_m) / 1024,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    r = measure(parser.parse_args().runs)
    print(
        f"start-up to first frame: app {r['startup_app_s'] * 1000:.0f} ms, bare {r['startup_bare_s'] * 1000:.0f} ms, "
        f"ratio {r['startup_app_s'] / r['startup_bare_s']:.2f} (target <= 1.2)"
    )
    print(
        f"peak memory: app {r['rss_app_mib']:.1f} MiB, bare {r['rss_bare_mib']:.1f} MiB, "
        f"ratio {r['rss_app_mib'] / r['rss_bare_mib']:.2f} (target <= 1.3)"
    )
