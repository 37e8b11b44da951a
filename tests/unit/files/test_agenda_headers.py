"""Which row heads an agenda, and what its columns hold."""

from __future__ import annotations

from runofshow.files.agenda_headers import column_number, find_header
from runofshow.files.agenda_table import Cell, Table


def of(rows: list[list[object]]) -> Table:
    cells = tuple(tuple(Cell(v, r, c) for c, v in enumerate(row, 1)) for r, row in enumerate(rows, 1))
    return Table("agenda.csv", None, cells)


def test_the_first_row_anywhere_with_two_known_headers() -> None:
    rows: list[list[object]] = [["Instructions: do not edit"]] * 14 + [["Heure", "Sujet", "Salle", "Colour"]]
    header = find_header(of(rows), {})
    assert header is not None and header.row_number == 15
    assert header.columns == {1: "start", 2: "title", 3: "room"} and header.ignored == {4: "Colour"}


def test_a_session_column_beside_a_title_is_the_block_the_row_belongs_to() -> None:
    header = find_header(of([["Session", "Title", "Speakers"]]), {})
    assert header is not None and header.columns == {1: "session", 2: "title", 3: "speakers"}
    alone = find_header(of([["Time", "Session"]]), {})
    assert alone is not None and alone.columns == {1: "start", 2: "title"}


def test_a_second_column_of_a_field_is_named_as_ignored_never_read() -> None:
    header = find_header(of([["Track", "Date", "Start Time", "Talk Title", "Room Name"]]), {})
    assert header is not None and header.columns[1] == "room" and header.ignored == {5: "Room Name"}


def test_ontime_s_columns_its_custom_fields_are_cues_its_ids_its_own() -> None:
    header = find_header(of([["ID", "Cue", "Title", "Colour", "Timer Type", "Skip", "Lighting", "Public"]]), {})
    assert header is not None and header.ontime
    assert header.columns == {2: "cue", 3: "title", 5: "timer_type", 6: "skip"}
    assert header.custom == {7: "Lighting"} and header.ignored == {1: "ID", 4: "Colour", 8: "Public"}


def test_columns_by_letter_or_position_and_a_table_without_a_header() -> None:
    assert (column_number("A"), column_number("bh"), column_number("2"), column_number("Title")) == (1, 60, 2, None)
    table = of([["greeting", 1], ["agenda", 2]])
    header = find_header(table, {"A": "title", "2": "duration"})
    assert header is not None and header.index == -1 and header.columns == {1: "title", 2: "duration"}
    forced = find_header(of([["Time", "Title"], ["14:00", "Opening"]]), {}, no_header=True)
    assert forced is not None and forced.index == -1 and forced.columns == {}
    named = find_header(of([["x"], ["When", "What"]]), {"When": "start", "What": "title"})
    assert named is not None and named.row_number == 2
    assert find_header(of([["a", "b"]]), {}, header_row=1) is not None
    assert find_header(of([["a", "b"]]), {}, header_row=3) is None
