"""From the organisers' spreadsheet to an event file: tables the tests make, in three languages."""

from __future__ import annotations

import csv
from datetime import time
from pathlib import Path

import openpyxl
import pytest

from runofshow.cli import export_main, import_main
from runofshow.core.event import Event
from runofshow.files.agenda_import import AgendaError, ImportOptions, import_agenda, parse_clock, parse_length
from runofshow.files.agenda_table import read_table
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from tests.helpers.agenda import NOW

HANOI = ImportOptions(timezone="Asia/Ho_Chi_Minh")


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def summary(event: Event) -> list[tuple[str, str, int, str, list[str]]]:
    starts = event.planned_starts()
    return [
        (s.title, s.kind, s.duration_s, f"{starts[i]:%H:%M}", [f"{p.name}|{p.organization}" for p in s.speakers])
        for i, s in enumerate(event.segments)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:00", time(14)), ("2:00 PM", time(14)), ("2 pm", time(14)), ("12:30 am", time(0, 30)), ("14h00", time(14)),
     ("14h", time(14)), ("9.30", time(9, 30)), (time(9, 5), time(9, 5)), (0.5, time(12))],
)  # fmt: skip
def test_times_as_agendas_write_them(text: object, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("6", 360), (6, 360), ("6 min", 360), ("6'", 360), ("0:06", 360), ("1h30", 5400), ("1h 30m", 5400),
     ("90s", 90), ("4m30s", 270), ("10 phút", 600), (time(0, 6), 360)],
)  # fmt: skip
def test_durations_as_agendas_write_them(text: object, seconds: int) -> None:
    assert parse_length(text) == seconds


LAN_AND_JEAN = "Nguyễn Thị Lan (Example Org); Jean Martin, Director, Agency"


def test_an_english_csv_with_several_speakers_per_cell(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "agenda.csv",
        [
            ["Time", "Session", "Duration", "Speakers", "Moderator", "Notes"],
            ["14:00", "Opening remarks", "6 min", LAN_AND_JEAN, "Ana Silva", "Welcome"],
            ["14:06", "Panel 1: Cross-border collaboration", "12", "Jean Martin\nPriya Rao (Tech Co)", "Ana Silva", ""],
            ["14:18", "Coffee break", "0:10", "", "", ""],
        ],
    )  # fmt: skip
    event = import_agenda(read_table(path), HANOI, now=NOW).event
    assert summary(event) == [
        ("Opening remarks", "opening", 360, "14:00", ["Nguyễn Thị Lan|Example Org", "Jean Martin|Agency"]),
        ("Panel 1: Cross-border collaboration", "panel", 720, "14:06", ["Jean Martin|Agency", "Priya Rao|Tech Co"]),
        ("Coffee break", "break", 600, "14:18", []),
    ]
    assert event.people["jean-martin"].role == "Director"  # one person, however often named
    assert event.segments[0].moderator == "ana-silva" and event.segments[0].notes == "Welcome"


def test_a_french_csv_from_windows_with_14h00_and_end_times(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "programme.csv",
        [
            ["Heure", "Fin", "Titre", "Intervenants"],
            ["14h00", "14h05", "Ouverture", "Amélie Durand (Ministère)"],
            ["14h05", "14h35", "Table ronde : coopération", "Amélie Durand; Élodie Lefèvre (Société)"],
            ["14h40", "14h45", "Clôture", ""],
        ],
        encoding="cp1252",
        delimiter=";",
    )
    event = import_agenda(read_table(path), HANOI, now=NOW).event
    assert summary(event) == [
        ("Ouverture", "opening", 300, "14:00", ["Amélie Durand|Ministère"]),
        ("Table ronde : coopération", "panel", 1800, "14:05", ["Amélie Durand|Ministère", "Élodie Lefèvre|Société"]),
        ("Clôture", "closing", 300, "14:40", []),
    ]
    assert event.segments[2].fixed_start == time(14, 40)  # a gap before it: its start is kept


BINH = "Trần Thị Bình|Công ty A"


def test_a_vietnamese_xlsx_with_a_title_row_merged_cells_and_excel_times(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chương trình"
    sheet.append(["Tọa đàm: Công ước về chống tội phạm mạng"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Ngày 26/10/2025"])
    sheet.append([])
    sheet.append(["Thời gian", "Phiên", "Diễn giả", "Ghi chú"])
    sheet.append([time(14, 0), "Khai mạc", "Nguyễn Văn An, Vụ trưởng, Bộ Công an", "Đúng giờ"])
    sheet.append([time(14, 6), "Thảo luận: hợp tác xuyên biên giới", "Trần Thị Bình (Công ty A)\nNguyễn Văn An", ""])
    sheet.append([time(14, 30), "Bế mạc", "", ""])
    path = tmp_path / "chuong-trinh.xlsx"
    book.save(path)
    imported = import_agenda(read_table(path), ImportOptions(timezone="Asia/Ho_Chi_Minh", end=time(14, 45)), now=NOW)
    event = imported.event
    assert event.info.title == "Tọa đàm: Công ước về chống tội phạm mạng"
    assert f"{event.info.date}" == "2025-10-26" and imported.header_row == 4
    assert summary(event) == [
        ("Khai mạc", "opening", 360, "14:00", ["Nguyễn Văn An|Bộ Công an"]),
        ("Thảo luận: hợp tác xuyên biên giới", "panel", 1440, "14:06", [BINH, "Nguyễn Văn An|Bộ Công an"]),
        ("Bế mạc", "closing", 900, "14:30", []),
    ]  # fmt: skip


def test_am_pm_ranges_in_one_cell_and_a_column_named_by_map(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "agenda.csv",
        [
            ["When", "What", "Who"],
            ["2:00 PM – 2:10 PM", "Keynote", "Dr. Kim (University)"],
            ["2:10 PM - 2:45 PM", "Q&A with the floor", ""],
        ],
    )
    options = ImportOptions(timezone="UTC", mapping={"When": "start", "What": "title", "Who": "speakers"})
    event = import_agenda(read_table(path), options, now=NOW).event
    assert summary(event) == [
        ("Keynote", "remarks", 600, "14:00", ["Dr. Kim|University"]),
        ("Q&A with the floor", "qa", 2100, "14:10", []),
    ]


def test_a_broken_table_names_every_bad_cell_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["Time", "Session", "Duration"])
    sheet.append(["14:00", "Opening", "6"])
    sheet.append(["25:00", "Panel", "soon"])
    sheet.append(["14:30", None, "5"])
    sheet.append([None, "Closing", None])
    path = tmp_path / "agenda.xlsx"
    book.save(path)
    with pytest.raises(AgendaError) as caught:
        import_agenda(read_table(path), HANOI, now=NOW)
    assert [str(p) for p in caught.value.problems] == [
        "agenda.xlsx:Sheet1!A3: '25:00' is not a time of day (use 14:00, 2:00 PM or 14h00)",
        "agenda.xlsx:Sheet1!C3: 'soon' is not a duration (use 6, 6 min, 0:06 or 1h30)",
        "agenda.xlsx:Sheet1!A4: this row has no title",
        "agenda.xlsx:Sheet1!B5: no duration: give a duration or an end, or a start on the next row "
        "(or --end HH:MM for the last row)",
    ]
    out = tmp_path / "event.yaml"
    assert import_main([str(path), "-o", str(out), "--timezone", "UTC"]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "agenda.xlsx:Sheet1!C3" in err and "nothing was written" in err
    csv_path = write_csv(tmp_path / "agenda.csv", [["Time", "Session"], ["14:00", "Opening"], ["later", "Panel"]])
    with pytest.raises(AgendaError, match=r"agenda\.csv:3:1: 'later' is not a time of day"):
        import_agenda(read_table(csv_path), HANOI, now=NOW)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_plan(tmp_path: Path, suffix: str) -> None:
    table, event_file = tmp_path / f"plan{suffix}", tmp_path / "event.yaml"
    assert export_main([str(bundled_example()), "-o", str(table)]) == 0
    assert import_main([str(table), "-o", str(event_file)]) == 0
    original = load_event(bundled_example(), now=NOW).event
    again = load_event(event_file, now=NOW).event
    assert summary(again) == summary(original)
    assert [s.id for s in again.segments] == [s.id for s in original.segments]
    assert [s.notes for s in again.segments] == [s.notes for s in original.segments]
    assert [again.people[s.moderator].name for s in again.segments if s.moderator] == [
        original.people[s.moderator].name for s in original.segments if s.moderator
    ]
    assert (again.info.title, again.info.date, again.info.timezone_name, again.info.end) == (
        original.info.title, original.info.date, original.info.timezone_name, original.info.end,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_to_a_full_disk_says_so_in_one_line_and_leaves_no_file(
    tiny_disk: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers.disk import fill

    fill(tiny_disk)
    target = tiny_disk / f"plan{suffix}"
    assert export_main([str(bundled_example()), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"runofshow export: {target} was not written: No space left on device\n"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_people_in_any_script_are_told_apart(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "agenda.csv",
        [["Time", "Session", "Speakers", "Duration"], ["14:00", "開会の挨拶", "山田太郎; 佐藤花子", "5"],
         ["14:05", "Panel", "Nguyễn Thị Lan; Nguyen Thi Lan (Example Org); محمد", "30"]],
    )  # fmt: skip
    event = import_agenda(read_table(path), HANOI, now=NOW).event
    assert [p.name for p in event.people.values()] == ["山田太郎", "佐藤花子", "Nguyễn Thị Lan", "محمد"]
    assert [s.name for s in event.segments[1].speakers] == ["Nguyễn Thị Lan", "Nguyễn Thị Lan", "محمد"]


def test_an_imported_plan_is_one_the_format_reads_back_whole(tmp_path: Path) -> None:
    """Import builds through the event format's own walk: a title cell on two lines is one title, a
    name past the format's limit is cut to it, a title of no ASCII letters gets the one id rule's
    `segment`, `segment-2`; and the run's journal reads the imported plan back (issue #26: an
    import made titles the live edits and the journal refused)."""
    from runofshow.core.plan_data import event_data, read_event

    path = write_csv(
        tmp_path / "agenda.csv",
        [["Start", "Title", "Duration", "Speakers"], ["09:00", "Opening\nremarks", "10m", "X" * 250],
         ["09:10", "山田", "5m", ""], ["09:15", "山田", "5m", ""]],
    )  # fmt: skip
    event = import_agenda(read_table(path), HANOI, now=NOW).event
    assert [s.title for s in event.segments] == ["Opening remarks", "山田", "山田"]
    assert [s.id for s in event.segments] == ["opening-remarks", "segment", "segment-2"]
    assert len(event.segments[0].speakers[0].name) == 200
    assert read_event(event_data(event)) == event
