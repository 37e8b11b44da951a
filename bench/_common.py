"""Helpers shared by the benchmark scripts (not part of the app)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH_TOKEN = "bench-token-1234"


def _compile_bytecode() -> None:
    """An installed wheel has its bytecode. From a source checkout with PYTHONDONTWRITEBYTECODE set
    (as on this project's machines) every start would compile every module again, and the start-up
    figures would measure the compiler instead of the app."""
    import compileall

    import runofshow

    compileall.compile_dir(Path(runofshow.__file__).parent, quiet=1)


_compile_bytecode()
# Offscreen, and a throwaway app home: never the real user dirs, never a "resume?" question.
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    "RUNOFSHOW_HOME": tempfile.mkdtemp(prefix="runofshow-bench-"),
}


def median(values: list[float]) -> float:
    return statistics.median(values)


def event_yaml(segments: int) -> str:
    lines = [
        "version: 1",
        "event: {title: Benchmark, date: 2025-10-26, start: '08:00', timezone: UTC}",
        "people:",
        "  - {id: p1, name: Person One, organization: Org}",
        "segments:",
    ]
    for i in range(segments):
        lines.append(f"  - title: Segment {i + 1}")
        lines.append("    duration: 10m")
        lines.append("    speakers: [p1]")
        lines.append(f"    notes: Notes for segment {i + 1}")
    return "\n".join(lines) + "\n"


def write_event(folder: Path, segments: int) -> Path:
    path = folder / f"bench-{segments}.yaml"
    path.write_text(event_yaml(segments), encoding="utf-8")
    return path


def helper(*args: str) -> list[str]:
    return [sys.executable, str(HERE / "_first_frame.py"), *args]


def run_first_frame(*args: str) -> tuple[float, int]:
    """(seconds from spawn to first frame, peak RSS in KiB) of one helper run."""
    import time

    started = time.monotonic()
    proc = subprocess.Popen(helper(*args), stdout=subprocess.PIPE, text=True, env=ENV)
    out, _ = proc.communicate(timeout=120)
    first = float(out.strip().splitlines()[-2])
    rss = int(out.strip().splitlines()[-1])
    return first - started, rss


def table(rows: list[tuple[str, str, str, str]]) -> str:
    header = "| measure | runofshow | bare PySide6 | ratio / target |\n| --- | --- | --- | --- |\n"
    return header + "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows)


def start_running_app() -> tuple[subprocess.Popen[str], str]:
    """The real app on the bundled roundtable with the API on, its first segment counting down.

    Returns the process and the API's base URL (http://host:port/api/v1).
    """
    import json
    import urllib.request

    from runofshow.files.resources import bundled_example

    cmd = [sys.executable, "-m", "runofshow", str(bundled_example()), "--serve", "127.0.0.1:0", "--token", BENCH_TOKEN]
    proc = subprocess.Popen([*cmd, "--new-run"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
    assert proc.stdout is not None
    base = proc.stdout.readline().split("control API at ", 1)[1].split()[0].rstrip("/")
    request = urllib.request.Request(
        f"{base}/command", data=json.dumps({"action": "start"}).encode(),
        headers={"Authorization": f"Bearer {BENCH_TOKEN}"}, method="POST",
    )  # fmt: skip
    urllib.request.urlopen(request, timeout=10).read()
    return proc, base
