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
from runofshow.ui.paper.report_pdf import write_report_pdf
from tests.helpers.show import do

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


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_timeline_has_whole_titles_and_the_turns_name_their_segment(
    show: Show, clock: FakeClock, tmp_path: Path, qapp
) -> None:
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    clock.advance(60)
    path = tmp_path / "report.pdf"
    write_report_pdf(build_report(show, clock.now(), "s1"), path)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", out).split())  # the font's "ﬀ" ligature: ff
    assert "The Convention as a platform for joint efforts" in text  # was cut at 34 characters
    turns = text.split("Turns", 1)[-1] if "Turns" in text else text
    assert "Opening remarks" in turns


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_paper_run_of_show_has_how_to_say_names_and_the_notes(tmp_path: Path, qapp) -> None:
    from datetime import UTC, datetime

    from runofshow.files.eventfile import load_event
    from runofshow.ui.paper.report_pdf import write_run_of_show_pdf

    event_file = tmp_path / "event.yaml"
    event_file.write_text(
        "version: 1\nevent: {title: T, start: '14:00', timezone: UTC}\n"
        "people:\n  - {id: lan, name: Nguyen Thi Lan, pronunciation: win tee lahn, language: Vietnamese,"
        " notes: Prefers Ms Lan}\n"
        "segments:\n  - title: Panel\n    duration: 10m\n    speakers:\n      - lan\n"
        "      - {name: Guest, notes: From the floor mic 2}\n",
        encoding="utf-8",
    )
    path = tmp_path / "ros.pdf"
    write_run_of_show_pdf(load_event(event_file, now=datetime.now(UTC)).event, path)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", out).split())
    for expected in ("win tee lahn / Vietnamese", "Prefers Ms Lan", "From the floor mic 2"):
        assert expected in text, expected


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_pdf_carries_what_the_markdown_carries(show: Show, clock: FakeClock, tmp_path: Path, qapp) -> None:
    """A rehearsal says so, the questions are there with how they went, budgets say by what."""
    from runofshow.files.report_formats import to_markdown

    show.rehearsal = True
    do(show, clock, "start")
    do(show, clock, "question_add", text="How will evidence cross borders?")
    do(show, clock, "question_add", text="Who trains whom first?")
    do(show, clock, "question", question="q1", status="asked", to="Ms Tran")
    report = build_report(show, clock.now(), "s1")
    path = tmp_path / "report.pdf"
    write_report_pdf(report, path)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", out).split())  # the font's "ﬁ" ligature: fi
    markdown = to_markdown(report)
    assert "(rehearsal)" in markdown and "(rehearsal)" in text
    for question in ("How will evidence cross borders?", "Who trains whom first?"):
        assert question in markdown and question in text
    assert "(to Ms Tran)" in text and "☑" in text
    assert report.budgets == [] or "Time budgets (by" in text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_audiences_questions_are_in_the_pdf(show: Show, clock: FakeClock, tmp_path: Path, qapp) -> None:
    do(show, clock, "start")
    do(show, clock, "audience_question", text="Who funds the platform?", device="p1", name="Lan Nguyễn")
    do(show, clock, "audience_question", text="Off topic entirely", device="p2")
    do(show, clock, "audience_moderate", question="a1", decision="approve")
    do(show, clock, "audience_moderate", question="a2", decision="reject")
    do(show, clock, "question", question="a1", status="asked")
    path = tmp_path / "report.pdf"
    write_report_pdf(build_report(show, clock.now(), "s1"), path)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", out).split())
    assert "Who funds the platform? (from the audience: Lan Nguyễn)" in text  # in the bank, asked
    audience = text.split("Questions from the audience", 1)[1]
    assert "a1: Who funds the platform?" in audience and "asked" in audience
    assert "a2: Off topic entirely" in audience and "rejected" in audience
