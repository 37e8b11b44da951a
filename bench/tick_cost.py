"""Cost of one repaint tick with 1,000 segments vs 10 (in process, offscreen).

Usage: python bench/tick_cost.py [--ticks 300]
A tick is what happens once a second: the controller signals, every widget asks for fresh
readings, and Qt repaints the window.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median, write_event
from PySide6.QtWidgets import QApplication

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.show import Show
from runofshow.files.eventfile import load_event
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.style import apply_theme


def tick_cost(app: QApplication, segments: int, ticks: int, *, overtime: bool = False) -> float:
    with tempfile.TemporaryDirectory() as folder:
        event = load_event(write_event(Path(folder), segments), now=datetime.now(UTC)).event
    clock = FakeClock(datetime(2025, 10, 26, 8, 0, tzinfo=UTC))
    controller = ShowController(Dispatcher(Show(event)), clock)
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.show()
    controller.act("start")
    if overtime:  # segments last 10 minutes: every expected time slides with the clock
        clock.advance(11 * 60)
    app.processEvents()
    costs = []
    for _ in range(ticks):
        clock.advance(1.0)
        started = time.perf_counter()
        controller.tick_now()
        # Paint what the tick marked dirty, as the event loop would, inside the measurement.
        app.sendPostedEvents()
        app.processEvents()
        costs.append(time.perf_counter() - started)
    controller.stop_ticking()
    window.close()
    return median(costs)


def measure(ticks: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    tick_cost(app, 10, 20)  # warm up
    return {
        "tick_10": tick_cost(app, 10, ticks),
        "tick_1000": tick_cost(app, 1000, ticks),
        "tick_over_10": tick_cost(app, 10, ticks, overtime=True),
        "tick_over_1000": tick_cost(app, 1000, ticks, overtime=True),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticks", type=int, default=300)
    r = measure(parser.parse_args().ticks)
    print(
        f"tick: 10 segments {r['tick_10'] * 1000:.2f} ms, 1,000 segments {r['tick_1000'] * 1000:.2f} ms, "
        f"ratio {r['tick_1000'] / r['tick_10']:.2f} (target <= 1.3)"
    )
    print(
        f"tick in overtime: 10 segments {r['tick_over_10'] * 1000:.2f} ms, 1,000 segments "
        f"{r['tick_over_1000'] * 1000:.2f} ms, ratio {r['tick_over_1000'] / r['tick_over_10']:.2f}"
    )
