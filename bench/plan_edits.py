"""Preparing and changing the plan at 1,000 segments: import, save, a live edit, typing.

Usage: python bench/plan_edits.py [--runs 7]

- Import of a 1,000-row xlsx (read with openpyxl, interpreted, validated). Target <= 2 s.
- Save of a 1,000-segment event file full of comments after one edit (round-trip YAML, checked
  read-back, atomic write). Target <= 1 s.
- A live edit at 1,000 segments: `segment_update` journaled (fsync) and applied, and the
  moderator's window and the plan editor repainted from it. Target <= 50 ms. The same repaint of
  a bare PySide6 window with one label is measured in the same run, for scale.
- A keystroke in the editor: the one field checked (never the whole plan) and the planned end
  worked out as typed. Target: well under a frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path

from _common import ENV, median

os.environ.setdefault("QT_QPA_PLATFORM", ENV["QT_QPA_PLATFORM"])

SEGMENTS = 1000
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def commented_event(segments: int) -> str:
    lines = ["# A long day, with the organisers' comments everywhere", "version: 1", "", "event:",
             "  title: \"Benchmark day\"   # quoted on purpose", "  date: 2025-10-26", "  start: 08:00",
             "  timezone: UTC", "", "people:", "  - id: p1", "    name: Person One", "", "segments:"]  # fmt: skip
    for i in range(segments):
        lines += [f"  # segment {i + 1}", f"  - id: s{i + 1}", f"    title: 'Segment {i + 1}'", "    duration: 10m",
                  "    speakers: [p1]", f"    notes: Notes for segment {i + 1}   # keep", ""]  # fmt: skip
    return "\n".join(lines)


def bench_import(folder: Path, runs: int) -> float:
    import openpyxl

    from runofshow.files.agenda_import import ImportOptions, import_agenda
    from runofshow.files.agenda_table import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Programme of the day"])
    sheet.append(["Time", "Session", "Duration", "Speakers", "Notes"])
    for i in range(SEGMENTS):
        minute = 8 * 60 + i * 5
        sheet.append([clock_time(minute // 60 % 24, minute % 60), f"Session {i + 1}", 5,
                      f"Speaker {i % 40} (Org {i % 7}); Speaker {(i + 1) % 40}", f"note {i}"])  # fmt: skip
    path = folder / "agenda.xlsx"
    book.save(path)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        imported = import_agenda(read_table(path), ImportOptions(timezone="UTC"), now=NOW)
        times.append(time.perf_counter() - started)
        assert len(imported.event.segments) == SEGMENTS
    return median(times)


def bench_save(folder: Path, runs: int) -> float:
    from runofshow.core.commands import parse_command
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.show import Show
    from runofshow.files.eventfile import load_event
    from runofshow.files.plan_file import PlanFile

    times = []
    for run in range(runs):
        path = folder / f"day-{run}.yaml"
        path.write_text(commented_event(SEGMENTS), encoding="utf-8")
        loaded = load_event(path, now=NOW)
        dispatcher = Dispatcher(Show(loaded.event))
        edit = {"action": "segment_update", "segment": "s500", "fields": {"title": "Renamed"}}
        dispatcher.apply(parse_command(edit), _instant())
        plan = PlanFile.of(loaded)
        started = time.perf_counter()
        plan.save(dispatcher.show.event, now=NOW)
        times.append(time.perf_counter() - started)
        assert path.read_text(encoding="utf-8").count("#") == commented_event(SEGMENTS).count("#")
    return median(times)


def _instant():
    from runofshow.core.clock import FakeClock

    return FakeClock().now()


def bench_live_edit(folder: Path, runs: int) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QApplication, QLabel

    from runofshow.core.clock import FakeClock
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.show import Show
    from runofshow.files.eventfile import load_event
    from runofshow.files.journal import Journal
    from runofshow.ui.moderator.main_window import MainWindow
    from runofshow.ui.plan.plan_editor import PlanEditor
    from runofshow.ui.session.controller import ShowController
    from runofshow.ui.session.event_run import _JournalRecorder

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = folder / "live.yaml"
    path.write_text(commented_event(SEGMENTS), encoding="utf-8")
    event = load_event(path, now=NOW).event
    journal = Journal(folder / "journal.jsonl")
    clock = FakeClock()
    controller = ShowController(Dispatcher(Show(event)), clock, record=_JournalRecorder(journal))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    editor = PlanEditor(controller)
    editor.show()
    app.processEvents()
    controller.dispatch({"action": "start"})
    app.processEvents()
    times = []
    for i in range(runs * 3):
        started = time.perf_counter()
        controller.dispatch({"action": "segment_update", "segment": "s700", "fields": {"title": f"Title {i}"}})
        window.repaint()
        editor.repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    bare = QLabel("0:00")
    bare.resize(1366, 768)
    bare.show()
    app.processEvents()
    bare_times = []
    for i in range(runs * 3):
        started = time.perf_counter()
        bare.setText(str(i))
        bare.repaint()
        app.processEvents()
        bare_times.append(time.perf_counter() - started)
    # A keystroke: one field checked, the planned end worked out as typed.
    from runofshow.ui.plan.plan_models import check_value

    typing = []
    for i in range(runs * 10):
        started = time.perf_counter()
        problem = check_value("duration", f"{10 + i % 5}m", controller.show.event)
        editor.preview(699, "duration", f"{10 + i % 5}m")
        typing.append(time.perf_counter() - started)
        assert problem is None
    controller.stop_ticking()
    editor.close()
    window.close()
    journal.close()
    return median(times), median(bare_times), median(typing)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-") as tmp:
        folder = Path(tmp)
        imported = bench_import(folder, args.runs)
        saved = bench_save(folder, args.runs)
        edit, bare, typing = bench_live_edit(folder, args.runs)
    print(f"import of a {SEGMENTS}-row xlsx: {imported:.3f} s (target <= 2 s)")
    print(f"save of a {SEGMENTS}-segment commented file after one edit: {saved:.3f} s (target <= 1 s)")
    print(
        f"live edit at {SEGMENTS} segments, journaled and on screen: {edit * 1000:.1f} ms "
        f"(bare window repaint {bare * 1000:.2f} ms; target <= 50 ms)"
    )
    print(f"a keystroke in the editor (field check + planned end): {typing * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
