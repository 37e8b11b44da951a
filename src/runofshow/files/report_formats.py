"""A run's report as CSV, JSON or Markdown (the PDF is drawn by ui/paper/report_pdf.py).

The CSV goes to the organisers' spreadsheets with names anyone typed (a phone's /floor request):
every text in it stays text there (files/spreadsheet_text.py). The Markdown is read as text, not
opened as a table by spreadsheets, so it carries the names as they are."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

from runofshow.core.durations import format_clock
from runofshow.core.report import Report
from runofshow.files.spreadsheet_text import csv_record

CSV_COLUMNS = (
    "record", "segment", "title", "kind", "status", "speaker", "person", "organization", "sector", "type",
    "planned_start", "planned_duration_s", "start", "end", "duration_s", "over_under_s", "allotted_s", "spoken_s",
    "pauses", "paused_s", "count",
)  # fmt: skip


def _iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(timespec="seconds")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def to_csv(report: Report) -> str:
    """One header row, then one row per segment and per turn (`record` says which)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def write(record: dict[str, Any]) -> None:
        writer.writerow(csv_record(record))

    titles = {row.id: row.title for row in report.segments}
    for row in report.segments:
        write(
            {
                "record": "segment",
                "segment": row.id,
                "title": row.title,
                "kind": row.kind,
                "status": row.status,
                "planned_start": _iso(row.planned_start),
                "planned_duration_s": _num(row.planned_duration_s),
                "start": _iso(row.actual_start),
                "end": _iso(row.actual_end),
                "duration_s": _num(row.actual_duration_s),
                "over_under_s": _num(row.over_under_s),
                "count": row.count,
            }
        )
    for turn in report.turns:
        write(
            {
                "record": "turn",
                "segment": turn.segment,
                "title": titles.get(turn.segment, ""),
                "speaker": turn.speaker,
                "person": turn.person or "",
                "organization": turn.organization,
                "sector": turn.sector,
                "type": turn.type,
                "start": _iso(turn.start),
                "end": _iso(turn.end),
                "allotted_s": _num(turn.allotted_s),
                "spoken_s": _num(turn.spoken_s),
                "pauses": turn.pauses,
                "paused_s": _num(turn.paused_s),
            }
        )
    return out.getvalue()


def to_data(report: Report) -> dict[str, Any]:
    def tallies(items: list[Any], person: bool = False) -> list[dict[str, Any]]:
        rows = []
        for t in items:
            row: dict[str, Any] = {"name": t.name, "turns": t.turns, "spoken_s": round(t.spoken_s, 3)}
            if person:
                row = {"id": t.id, **row, "organization": t.organization, "sector": t.sector}
            rows.append(row)
        return rows

    return {
        "version": 1,
        "event": {
            "title": report.title,
            "date": report.date,
            "timezone": report.timezone,
            "venue": report.venue,
            "planned_end": _iso(report.planned_end),
            "actual_end": _iso(report.actual_end) or None,
            "hard_end": _iso(report.hard_end) or None,
        },
        "session": report.session,
        "rehearsal": report.rehearsal,
        "as_of": _iso(report.as_of),
        "segments": [
            {
                "id": r.id,
                "title": r.title,
                "kind": r.kind,
                "status": r.status,
                "planned_start": _iso(r.planned_start),
                "planned_duration_s": r.planned_duration_s,
                "actual_start": _iso(r.actual_start) or None,
                "actual_end": _iso(r.actual_end) or None,
                "actual_duration_s": None if r.actual_duration_s is None else round(r.actual_duration_s, 3),
                "over_under_s": None if r.over_under_s is None else round(r.over_under_s, 3),
                "count": r.count,
            }
            for r in report.segments
        ],
        "turns": [
            {
                "segment": t.segment,
                "entry": t.entry,
                "speaker": t.speaker,
                "person": t.person,
                "organization": t.organization,
                "sector": t.sector,
                "type": t.type,
                "start": _iso(t.start),
                "end": _iso(t.end) or None,
                "allotted_s": t.allotted_s,
                "spoken_s": round(t.spoken_s, 3),
                "pauses": t.pauses,
                "paused_s": round(t.paused_s, 3),
            }
            for t in report.turns
        ],
        "totals": {
            "people": tallies(report.totals.people, person=True),
            "organizations": tallies(report.totals.organizations),
            "sectors": tallies(report.totals.sectors),
        },
        "messages": [
            {
                "id": m.id,
                "to": m.to,
                "text": m.text,
                "at": _iso(m.at),
                "acknowledged_at": _iso(m.acknowledged_at) or None,
            }
            for m in report.messages
        ],
        "questions": [
            {"segment": q.segment, "id": q.id, "text": q.text, "status": q.status, "to": q.to} for q in report.questions
        ],
        "budgets": [
            {
                "group": b.group,
                "share": b.share,
                "planned_s": round(b.planned_s, 3),
                "used_s": round(b.used_s, 3),
                "remaining_s": round(b.remaining_s, 3),
            }
            for b in report.budgets
        ],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_data(report), ensure_ascii=False, indent=2) + "\n"


def _type_label(value: str) -> str:
    """`point_of_order` as a reader says it: "Point of order"."""
    from runofshow.core.kinds import RequestType
    from runofshow.core.speakers import TYPE_LABELS

    try:
        return TYPE_LABELS[RequestType(value)]
    except ValueError:
        return value


def _seen(to: str, at: datetime | None) -> str:
    # A speaker reads the display and never acknowledges: the message was shown, then cleared.
    if to == "speaker":
        return f", shown on the speaker display until {_hm(at)}" if at else ", shown on the speaker display"
    return f", seen {_hm(at)}" if at else ", not acknowledged"


def _clock(seconds: float | None, *, signed: bool = False) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    sign = ("+" if whole > 0 else "−" if whole < 0 else "±") if signed else ""
    return sign + format_clock(abs(whole))


def _hm(moment: datetime | None) -> str:
    return "—" if moment is None else f"{moment:%H:%M:%S}"


def _length(seconds: float, count: str) -> str:
    """A planned length, with the timer mode when it is not a countdown (`10:00 · up`,
    `5:00 · to 14:40`: its over/under is then from 14:40)."""
    return _clock(seconds) if count == "down" else f"{_clock(seconds)} · {count}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    lines = [f"# {report.title}" + (" (rehearsal)" if report.rehearsal else ""), ""]
    where = f", {report.venue}" if report.venue else ""
    lines.append(f"{report.date} ({report.timezone}){where}. Session `{report.session}`, as of {_hm(report.as_of)}.")
    ended = _hm(report.actual_end) if report.actual_end else "not ended"
    hard = f"; hard stop {_hm(report.hard_end)}" if report.hard_end else ""
    lines += ["", f"Planned end {_hm(report.planned_end)}; actual end {ended}{hard}.", "", "## Segments", ""]
    lines.append("| # | Segment | Planned | Length | Start | End | Ran | Over/under | Status |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for n, r in enumerate(report.segments, 1):
        cells = [
            str(n), _cell(r.title), _hm(r.planned_start), _length(r.planned_duration_s, r.count), _hm(r.actual_start),
            _hm(r.actual_end), _clock(r.actual_duration_s), _clock(r.over_under_s, signed=True), r.status,
        ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Turns", "", "| Segment | Speaker | Type | Start | End | Allotted | Spoken | Pauses |"]
    lines.append("|---|---|---|---|---|---|---|---|")
    titles = {row.id: row.title for row in report.segments}
    for t in report.turns:
        lines.append(
            f"| {_cell(titles.get(t.segment, t.segment))} | {_cell(t.speaker)} | {_type_label(t.type)} "
            f"| {_hm(t.start)} | {_hm(t.end)} | {_clock(t.allotted_s)} | {_clock(t.spoken_s)} | {t.pauses} |"
        )
    for heading, items in (
        ("People", report.totals.people),
        ("Organisations", report.totals.organizations),
        ("Sectors", report.totals.sectors),
    ):
        lines += ["", f"## {heading}", "", "| Name | Turns | Spoken |", "|---|---|---|"]
        lines += [f"| {_cell(t.name)} | {t.turns} | {_clock(t.spoken_s)} |" for t in items]
    if report.budgets:
        by = "organisation" if report.budget_by == "organization" else "sector"
        lines += [
            "",
            f"## Time budgets (by {by})",
            "",
            "| Group | Share | Planned | Used | Left |",
            "|---|---|---|---|---|",
        ]
        for b in report.budgets:
            share = f"{b.share * 100:g}%" if b.share is not None else "—"
            left = _clock(b.remaining_s, signed=True)
            lines.append(f"| {_cell(b.group)} | {share} | {_clock(b.planned_s)} | {_clock(b.used_s)} | {left} |")
    lines += ["", "## Questions", ""]
    marks = {"open": "[ ]", "asked": "[x]", "skipped": "[-]"}
    lines += [
        f"- {marks[q.status]} {titles.get(q.segment, q.segment)}: {q.text}" + (f" (to {q.to})" if q.to else "")
        for q in report.questions
    ] or ["None."]
    lines += ["", "## Messages", ""]
    if not report.messages:
        lines.append("None.")
    for m in report.messages:
        lines.append(f"- {_hm(m.at)} to the {m.to}: {m.text}{_seen(m.to, m.acknowledged_at)}")
    return "\n".join(lines) + "\n"
