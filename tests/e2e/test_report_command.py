"""`runofshow report` and `runofshow print` on a real journal."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from runofshow.app import main
from runofshow.core.clock import FakeClock
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from runofshow.files.runs import open_run
from runofshow.files.userdirs import UserDirs
from tests.helpers.disk import fill
from tests.helpers.moments import BEFORE_START


def rehearse(tmp_path: Path) -> Path:
    """A short run of the bundled roundtable, journalled as the app would."""
    event_path = tmp_path / "roundtable.yaml"
    event_path.write_bytes(bundled_example().read_bytes())
    event = load_event(event_path, now=BEFORE_START).event
    clock = FakeClock(BEFORE_START)
    run = open_run(event, event_path, clock, UserDirs.default().state, mode="new")
    from runofshow.core.commands import parse_command
    from runofshow.core.records import EndRecord

    script = [
        (60, {"action": "start"}),
        (1, {"action": "speaker_next"}),
        (70, {"action": "speaker_next"}),
        (300, {"action": "next"}),
        (2, {"action": "speaker_next"}),
        (185, {"action": "speaker_stop"}),
    ]
    for wait, data in script:
        clock.advance(wait)
        now = clock.now()
        command = parse_command(data)
        run.dispatcher.apply(command, now)
        run.journal.record_command(command.to_raw(), now)
    run.journal.append(EndRecord(clock.now()))
    run.journal.close()
    return event_path


def test_report_formats_from_the_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event_path = rehearse(tmp_path)
    assert main(["report", str(event_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    turns = [r for r in rows if r["record"] == "turn"]
    assert [t["spoken_s"] for t in turns] == ["70.0", "300.0", "185.0"]
    assert main(["report", str(event_path), "-o", str(tmp_path / "r.json")]) == 0
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["segments"][0]["status"] == "done" and data["segments"][1]["status"] == "live"
    assert main(["report", str(event_path)]) == 0
    assert "## Turns" in capsys.readouterr().out


def test_report_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event_path = tmp_path / "roundtable.yaml"
    event_path.write_bytes(bundled_example().read_bytes())
    assert main(["report", str(event_path)]) == 1
    assert "no runs yet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["report", str(event_path), "--format", "pdf"])
    assert info.value.code == 2


def test_pdf_report_and_printed_run_of_show(tmp_path: Path) -> None:
    event_path = rehearse(tmp_path)
    commands = (
        ["report", str(event_path), "-o", str(tmp_path / "r.pdf")],
        ["print", str(event_path), "-o", str(tmp_path / "p.pdf")],
    )
    for args in commands:
        result = subprocess.run(
            [sys.executable, "-m", "runofshow", *args], capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
    for name in ("r.pdf", "p.pdf"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"%PDF") and b"/Type /Page" in data and len(data) > 5000


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_printed_run_of_show_in_vietnamese(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    args = ["print", str(bundled_example()), "-o", str(out), "--language", "vi"]
    result = subprocess.run([sys.executable, "-m", "runofshow", *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Người điều phối:" in text  # "Moderator:" in the chosen language
    assert "26 tháng 10, 2025" in text or "tháng 10" in text  # the date in Vietnamese


def run_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "runofshow", *args], capture_output=True, text=True, timeout=120, check=False
    )


def leave_free(disk: Path, free: int) -> None:
    """Fill `disk`, then give `free` bytes back: a write starts, and the disk fills under it."""
    filler = fill(disk)
    os.truncate(filler, max(filler.stat().st_size - free, 0))


@pytest.mark.parametrize("free", [0, 12 * 1024])
def test_reports_to_a_full_disk_say_so_in_one_line_and_leave_no_file(
    tmp_path: Path, tiny_disk: Path, free: int, capsys: pytest.CaptureFixture[str]
) -> None:
    event_path = rehearse(tmp_path)
    leave_free(tiny_disk, free)  # 12 KiB: a PDF (~30 KB) starts and fills the disk half-way
    for name in ("r.csv", "r.md", "r.json") if free == 0 else ():
        assert main(["report", str(event_path), "-o", str(tiny_disk / name)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{tiny_disk / name} was not written: No space left on device" in err
    for args in (["report", str(event_path)], ["print", str(event_path)]):
        result = run_command(*args, "-o", str(tiny_disk / "paper.pdf"))
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
        assert "paper.pdf was not written" in result.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]  # no file, not half of one


def test_a_pdf_report_is_whole_once_there_is_room(tmp_path: Path, tiny_disk: Path) -> None:
    event_path = rehearse(tmp_path)
    result = run_command("report", str(event_path), "-o", str(tiny_disk / "r.pdf"))
    assert result.returncode == 0, result.stderr
    data = (tiny_disk / "r.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["r.pdf"]  # no temporary file left beside it
