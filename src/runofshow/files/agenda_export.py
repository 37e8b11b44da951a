"""The plan as the organisers' kind of table (CSV or xlsx), which imports back to the same plan.

Above the header: the event's title, its date, its time zone and its times (what the importer
reads above a header); then one row per segment with its id, planned start and end, duration,
title, kind, moderator, speakers (`Name, Role, Organisation`, one per line), speaker time and
notes. Durations are written the event file's way (`6m`, `4m30s`), never as a bare number.
Every text stays text in a spreadsheet (files/spreadsheet_text.py): a title `=HYPERLINK(...)` is
never a formula, and it imports back as written.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from runofshow.core.durations import format_short
from runofshow.core.event import Event, Person, SpeakerSlot
from runofshow.files.atomic import atomic_write_bytes, atomic_write_text
from runofshow.files.spreadsheet_text import csv_row, xlsx_text_cell

HEADER = ("ID", "Start", "End", "Duration", "Title", "Kind", "Moderator", "Speakers", "Speaker time", "Notes")


def _hm(moment: object) -> str:
    text = f"{moment:%H:%M:%S}"
    return text[:-3] if text.endswith(":00") else text


def _who(name: str, role: str, organization: str) -> str:
    """`Name, Role, Organisation` (the form that survives brackets in a name), or just the name."""
    if role or organization or "(" in name or "," in name:
        return f"{name}, {role}, {organization}"
    return name


def _speaker(slot: SpeakerSlot) -> str:
    return _who(slot.name, slot.role, slot.organization)


def _person(person: Person | None) -> str:
    return "" if person is None else _who(person.name, person.role, person.organization)


def rows_of(event: Event) -> list[list[str]]:
    info = event.info
    times = f"{info.start:%H:%M}" + (f"–{info.end:%H:%M}" if info.end is not None else "")
    rows = [[info.title], [info.date.isoformat()], [info.timezone_name], [times], [], list(HEADER)]
    for segment, start in zip(event.segments, event.planned_starts(), strict=True):
        end = start + timedelta(seconds=segment.duration_s)
        rows.append(
            [
                segment.id,
                _hm(start),
                _hm(end),
                format_short(segment.duration_s),
                segment.title,
                segment.kind,
                _person(event.people.get(segment.moderator)) if segment.moderator else "",
                "\n".join(_speaker(slot) for slot in segment.speakers),
                format_short(segment.speaker_time_s) if segment.speaker_time_s else "",
                segment.notes,
            ]
        )
    return rows


def export_csv(event: Event, path: Path) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(csv_row(row) for row in rows_of(event))
    atomic_write_text(path, "\ufeff" + buffer.getvalue(), newline="")  # the BOM: Excel then reads UTF-8


def export_xlsx(event: Event, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Run of show"
    for values in rows_of(event):
        sheet.append(values)
    for cells in sheet.iter_rows():
        for cell in cells:
            xlsx_text_cell(cell)
    sheet["A1"].font = Font(bold=True, size=14)
    for header in sheet[6]:
        header.font = Font(bold=True)
    for cells in sheet.iter_rows(min_row=7):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGHIJ", (16, 8, 8, 9, 44, 10, 24, 40, 12, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())


def export_table(event: Event, path: Path) -> None:
    if path.suffix.lower() == ".xlsx":
        export_xlsx(event, path)
    else:
        export_csv(event, path)
