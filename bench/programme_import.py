"""A venue's programme imported and split: `runofshow import AGENDA -o DIR/`.

Usage: python bench/programme_import.py [--runs 5] [--agendas FOLDER]

- A generated programme of 5 days × 20 rooms, 2,000 rows (an xlsx, as organisers send it):
  read, every row interpreted, split into 100 room-days and each made an event. Target <= 3 s.
  The same with the 100 event files and venue.yaml written is measured too.
- Each agenda of ../shared/real-agendas/ (or --agendas, RUNOFSHOW_REAL_AGENDAS), imported as an
  organiser runs it (its options as in tests/unit/files/test_real_agendas.py), written or refused.
  Target <= 1 s each.

In process (`import_main`), median of the runs; the files are read, never copied anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from _common import HERE, median

DAYS, ROOMS, PER_DAY = 5, 20, 20  # 2,000 rows
NOW = datetime(2026, 12, 1, tzinfo=UTC)
#: How an organiser imports each real agenda (tests/unit/files/test_real_agendas.py says why).
REAL = {
    "ontime-rundown-template-v4.xlsx": ("--sheet", "Event schedule", "--timezone", "UTC"),
    "ontime-test-sheet.xlsx": ("--timezone", "UTC"),
    "ontime-export-template.xlsx": ("--timezone", "UTC"),
    "openslides-agenda-demo_en.csv": ("--timezone", "UTC", "--start", "10:00"),
    "openslides-agenda-demo_de.csv": ("--timezone", "UTC", "--start", "10:00"),
    "conferia-test_data.csv": ("--timezone", "UTC", "DIR"),
    "nmc-agenda-2020-1.csv": ("--timezone", "UTC", "DIR"),
    "aotb-display-screen-schedule.csv": ("--timezone", "UTC", "DIR"),
    "aws-reinvent-agenda.csv": ("--timezone", "America/Los_Angeles", "--parallel-rooms", "DIR"),
    "meeting-time-controller-agenda.csv": (
        "--timezone",
        "UTC",
        "--no-header",
        "--map",
        "A=title",
        "--map",
        "B=duration",
        "--start",
        "09:00",
    ),
    "teach_timekeep-schedule.csv": (
        "--timezone",
        "UTC",
        "--no-header",
        "--map",
        "A=start",
        "--map",
        "B=title",
        "--end",
        "10:30",
    ),
}


def programme_xlsx(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Hanoi Cyber Week"])
    sheet.append(["Địa điểm: Hà Nội"])
    sheet.append(["Date", "Room", "Start", "Duration", "Session", "Speakers", "Moderator", "Notes"])
    first = date(2025, 10, 20)
    for day in range(DAYS):
        for room in range(ROOMS):
            for n in range(PER_DAY):
                minute = 8 * 60 + n * 25
                at = clock_time(minute // 60, minute % 60)
                speakers = f"Speaker {n % 30} (Org {n % 7}); Guest {room}"
                sheet.append(
                    [
                        first + timedelta(days=day),
                        f"Room {room + 1:02d}",
                        at,
                        20,
                        f"Session {n + 1} of day {day + 1}",
                        speakers,
                        f"Chair {room}",
                        f"note {n}",
                    ]
                )
    path = folder / "programme.xlsx"
    book.save(path)
    return path


def timed(args: list[str], runs: int) -> tuple[float, int]:
    """The median seconds of `runofshow import ARGS` in process, and its exit code."""
    from runofshow.cli import import_main

    times, code = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            given = [a.replace("OUT", out) for a in args]
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                started = time.perf_counter()
                code = import_main(given)
                times.append(time.perf_counter() - started)
    return median(times), code


def measure(runs: int, agendas: Path | None) -> dict[str, float]:
    from runofshow.files.agenda_headers import find_header
    from runofshow.files.agenda_import import ImportOptions, read_programme
    from runofshow.files.agenda_table import read_table

    results: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="runofshow-bench-programme-"))
    try:
        path = programme_xlsx(folder)
        split = []
        for _ in range(runs):
            started = time.perf_counter()
            table = read_table(path, wanted=lambda t: find_header(t, {}) is not None)
            programme = read_programme(table, ImportOptions(), now=NOW)
            split.append(time.perf_counter() - started)
            assert len(programme.parts) == DAYS * ROOMS and programme.segments == DAYS * ROOMS * PER_DAY
        results["programme_split"] = median(split)
        results["programme_written"], code = timed([str(path), "-o", "OUT/"], runs)
        assert code == 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if agendas is not None and agendas.is_dir():
        for name, options in REAL.items():
            source = agendas / name
            if not source.exists():
                continue
            to_folder = "DIR" in options
            args = [str(source), "-o", "OUT/" if to_folder else "OUT/event.yaml", *(o for o in options if o != "DIR")]
            results[f"real:{name}"], _ = timed(args, runs)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    default = os.environ.get("RUNOFSHOW_REAL_AGENDAS", str(HERE.parent.parent / "shared" / "real-agendas"))
    parser.add_argument("--agendas", default=default)
    options = parser.parse_args()
    r = measure(options.runs, Path(options.agendas))
    rows = DAYS * ROOMS * PER_DAY
    print(
        f"programme of {DAYS} days x {ROOMS} rooms, {rows:,} rows: imported and split {r['programme_split']:.2f} s "
        f"(target <= 3 s); with its {DAYS * ROOMS} event files and venue.yaml written "
        f"{r['programme_written']:.2f} s"
    )
    real = {k.split(":", 1)[1]: v for k, v in r.items() if k.startswith("real:")}
    for name, seconds in real.items():
        print(f"  {name}: {seconds * 1000:.0f} ms (target <= 1 s)")
    if real:
        slowest, middle = max(real.values()), median(list(real.values()))
        print(f"real agendas: the slowest {slowest * 1000:.0f} ms, median {middle * 1000:.0f} ms")
