"""The PDF report with names in many scripts: every name is in the file as text, in a font that has it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.report import build_report
from runofshow.core.show import Show
from runofshow.ui.report_pdf import write_report_pdf
from tests.core.helpers import do

NAMES = ["Nguyễn Thị Phương Thảo", "王小明", "山田太郎", "김민준", "דוד לוי", "عبد الرحمن"]


def _has_font_for(language: str) -> bool:
    found = subprocess.run(["fc-list", f":lang={language}", "family"], capture_output=True, text=True)
    return bool(found.stdout.strip())


@pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="needs poppler-utils")
@pytest.mark.skipif(not shutil.which("fc-list") or not _has_font_for("ko"), reason="needs a CJK font on the system")
def test_names_in_every_script_reach_the_pdf(show: Show, clock: FakeClock, tmp_path: Path, qapp) -> None:
    do(show, clock, "start")
    for name in NAMES:
        do(show, clock, "speaker_add", name=name, type="statement", time=60)
    for _ in NAMES:
        do(show, clock, "speaker_next")
        clock.advance(10)
    path = tmp_path / "report.pdf"
    write_report_pdf(build_report(show, clock.now(), "s1"), path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # CJK fonts map some glyphs to their Kangxi-radical twins (小 as ⼩): compare the normal forms.
    text = unicodedata.normalize("NFKC", text)
    for name in NAMES[:4]:  # left-to-right scripts come out in reading order
        assert name in text, name
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts or "Fallback" in fonts, fonts  # the Korean and Chinese glyphs come from a CJK font
