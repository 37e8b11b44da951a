"""The tables organisers and tools really make, each in a small shape of its own (never the real
files: tests/unit/files/test_real_agendas.py reads those): one test per wrong message of issue #24,
each through `runofshow import` as an organiser runs it."""

from __future__ import annotations

import csv
from datetime import time
from pathlib import Path

import openpyxl
import pytest

from runofshow.cli import check_main, import_main
from runofshow.files.eventfile import load_event
from tests.helpers.agenda import NOW


def table(path: Path, rows: list[list[object]]) -> Path:
    """A CSV, or an xlsx (one sheet, `Sheet1`) when the name says so."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Sheet1"
        for row in rows:
            sheet.append(row)
        book.save(path)
        return path
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def imported(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = import_main(list(args))
    said = capsys.readouterr()
    return code, said.out, said.err


def segments(path: Path) -> list[tuple[str, str, int]]:
    event = load_event(path, now=NOW).event
    return [
        (s.title, f"{start:%H:%M}", s.duration_s // 60)
        for s, start in zip(event.segments, event.planned_starts(), strict=True)
    ]


TRACKS = [
    ["Track", "Date", "Start Time", "Duration", "Speaker", "Talk Title", "Type"],
    ["LAWN", "2026-07-02", "07:30", "90", "", "Breakfast", "Break"],
    ["STUDIO A", "2026-07-02", "09:00", "60", "Patrick Debois", "AI engineering", "Talk"],
    ["STUDIO C", "2026-07-02", "09:00", "45", "Claire Kemp", "AI is my new best friend", "Talk"],
    ["STUDIO A", "2026-07-02", "10:00", "30", "Patrick Debois", "Ask Me Anything", "Talk"],
    ["LAWN", "2026-07-03", "08:00", "60", "", "Breakfast", "Break"],
    ["STUDIO A", "2026-07-03", "09:00", "45", "Dan North", "No managers", "Talk"],
    ["STUDIO C", "2026-07-03", "09:00", "45", "Rachel Green", "AI is here", "Talk"],
]


def test_rooms_over_two_days_are_split_never_merged_into_one_day(tmp_path: Path, capsys) -> None:
    """Was: with --map 'Talk Title=title', six rooms over two days imported as ONE event on today's date,
    every row in it overlapping (45 segments, 34 h), and `import` said nothing."""
    agenda = table(tmp_path / "schedule.csv", TRACKS)
    one = tmp_path / "one.yaml"
    code, _, err = imported(capsys, str(agenda), "-o", str(one), "--map", "Talk Title=title", "--timezone", "UTC")
    assert code == 1 and not one.exists()
    assert "holds 6 runs of show, 3 rooms × 2 days" in err and "give -o DIR/" in err and "--room and --date" in err
    folder = tmp_path / "aotb"
    code, out, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "UTC")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "lawn-2026-07-02.yaml",
        "lawn-2026-07-03.yaml",
        "studio-a-2026-07-02.yaml",
        "studio-a-2026-07-03.yaml",
        "studio-c-2026-07-02.yaml",
        "studio-c-2026-07-03.yaml",
        "venue.yaml",
    ]
    assert segments(folder / "studio-a-2026-07-02.yaml") == [
        ("AI engineering", "09:00", 60),
        ("Ask Me Anything", "10:00", 30),
    ]
    assert "rooms: 3 (LAWN; STUDIO A; STUDIO C), from the column Track (A)" in out
    assert "dates: 2026-07-02, 2026-07-03, from the column Date (B)" in out
    assert check_main([str(folder / "venue.yaml")]) == 0
    assert "overlaps" not in capsys.readouterr().out
    code, _, _ = imported(capsys, str(agenda), "-o", str(one), "--room", "Studio A", "--date", "2026-07-03")
    assert code == 0 and segments(one) == [("No managers", "09:00", 45)]
    assert load_event(one, now=NOW).event.info.venue == "STUDIO A"


def test_a_six_day_programme_of_am_pm_ranges_is_split_by_day_and_place(tmp_path: Path, capsys) -> None:
    """Was: the Date column was not read: six days merged into one (79 overlapping segments, 568 h), and an
    end of 12:00 AM after an evening start was refused."""
    agenda = table(
        tmp_path / "agenda.csv",
        [
            ["Date", "Time", "Event", "Location", "Notes"],
            ["2024-12-02", "07:30 PM - 09:00 PM", "Monday Night Live", "The Venetian", ""],
            ["2024-12-04", "08:30 AM - 10:30 AM", "Keynote", "The Venetian", ""],
            ["2024-12-04", "07:30 PM - 12:00 AM", "re:Play", "Las Vegas Festival Grounds", "till midnight"],
        ],
    )
    folder = tmp_path / "reinvent"
    code, out, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "America/Los_Angeles")
    assert code == 0, err
    assert segments(folder / "las-vegas-festival-grounds-2024-12-04.yaml") == [("re:Play", "19:30", 270)]
    assert segments(folder / "the-venetian-2024-12-02.yaml") == [("Monday Night Live", "19:30", 90)]
    assert "dates: 2024-12-02, 2024-12-04, from the column Date (A)" in out


def test_rows_that_overlap_in_one_room_are_refused_by_name_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    agenda = table(
        tmp_path / "agenda.csv",
        [
            ["Date", "Time", "Event", "Location"],
            ["2024-12-02", "07:30 AM - 05:00 PM", "Certification lounge", "The Venetian"],
            ["2024-12-02", "10:00 AM - 06:00 PM", "Expo", "The Venetian"],
        ],
    )
    folder = tmp_path / "out"
    code, _, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "UTC")
    assert code == 1 and not folder.exists()
    assert (
        "agenda.csv:3:2: overlaps row 2 in The Venetian on 2024-12-02: row 3 (Expo) runs 10:00–18:00, row 2 "
        "(Certification lounge) 07:30–17:00" in err
    )
    code, out, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "UTC", "--parallel-rooms")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "the-venetian-2-2024-12-02.yaml",
        "the-venetian-2024-12-02.yaml",
        "venue.yaml",
    ]
    assert "rows 3 run beside the others: in a room of their own, The Venetian · 2" in out


def test_talks_nested_in_a_session_block_are_its_parts_and_said(tmp_path: Path, capsys) -> None:
    agenda = table(
        tmp_path / "conf.csv",
        [
            ["date_start", "date_end", "title", "location", "session", "author"],
            ["2025-01-01T12:00:00", "2025-01-01T13:00:00", "Presentation 1", "TP22", "Parallel 1", "Author One"],
            ["2025-01-01T12:00:00", "2025-01-01T13:00:00", "Presentation 2", "TP22", "Parallel 1", "Author Two"],
            ["2025-01-01T12:00:00", "2025-01-01T13:00:00", "Presentation 3", "TP22", "Parallel 1", "Author Three"],
            ["2025-01-01T11:30:00", "2025-01-01T12:00:00", "Opening remarks", "TP21", "", "Committee"],
            ["2025-01-01T13:00:00", "2025-01-01T13:30:00", "Coffee break", "", "", ""],
            ["2025-01-02T09:00:00", "2025-01-02T10:00:00", "Workshop block", "TP21", "", ""],
            ["2025-01-02T09:00:00", "2025-01-02T09:30:00", "Hands on, part one", "TP21", "", ""],
            ["2025-01-02T09:30:00", "2025-01-02T10:00:00", "Hands on, part two", "TP21", "", ""],
        ],
    )
    folder = tmp_path / "conf"
    code, out, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "Europe/Paris")
    assert code == 0, err
    assert segments(folder / "tp22-2025-01-01.yaml") == [
        ("Presentation 1", "12:00", 20),
        ("Presentation 2", "12:20", 20),
        ("Presentation 3", "12:40", 20),
    ]
    assert "rows 2–4 share 12:00–13:00 (Parallel 1): read as its 3 parts of 20 min" in out
    block = load_event(folder / "tp21-2025-01-02.yaml", now=NOW).event
    assert [s.title for s in block.segments] == ["Hands on, part one", "Hands on, part two"]
    assert block.segments[0].notes == "Workshop block"
    assert "row 7 (Workshop block, 09:00–10:00) holds rows 8, 9: read as a session block" in out
    assert segments(folder / "no-room-2025-01-01.yaml") == [("Coffee break", "13:00", 30)]


def test_the_header_under_ontime_s_instructions_at_row_13_is_found_and_its_columns_read(tmp_path: Path, capsys) -> None:
    """Was: 'no header row ... in the first 10 rows', and --map could not help."""
    rows: list[list[object]] = [[None, f"ⓘ instruction {n}"] for n in range(1, 9)]
    rows += [[], [], [None, "Note ----", None, "Note"], []]
    rows += [
        [
            None,
            "Cue",
            "Title",
            "Colour",
            "Time Start",
            "Time End",
            "Duration",
            "Note",
            "Timer Type",
            "Skip",
            "Lighting",
        ],
        [None, "Demo", "Clear all, or start fresh", "#9d9d9d", None, None, None, "Moderator - Emma", "milestone"],
        [None, None, "Morning Sessions", "#339E4E", None, None, None, None, "group-start"],
        [None, 1, "Pre-show Countdown", "#77C785", time(10), time(11), None, "Music", "count-down", False, "LX 1"],
        [None, "Standby", "10:45 - Presenters ready", None, None, None, None, None, "milestone"],
        [None, 1.1, "Welcome", None, None, None, time(0, 10), None, "count-down"],
        [None, 1.2, "Rehearsal only", None, None, None, time(0, 5), None, "count-down", True],
        [None, 1.3, "Session 1", None, None, None, time(0, 50), None, "count-down"],
        [None, "Strike", "14:00 - AV & Room strike", None, None, None, None, None, "milestone"],
    ]
    agenda = table(tmp_path / "rundown.xlsx", rows)
    out_file = tmp_path / "rundown.yaml"
    code, out, err = imported(capsys, str(agenda), "-o", str(out_file), "--timezone", "UTC", "--date", "2025-10-26")
    assert code == 0, err
    assert segments(out_file) == [
        ("Pre-show Countdown", "10:00", 60),
        ("Welcome", "11:00", 10),
        ("Session 1", "11:10", 50),
    ]
    event = load_event(out_file, now=NOW).event
    assert event.segments[0].notes == "Clear all, or start fresh\nMorning Sessions\nMusic"
    assert event.segments[0].cues == ("1", "Lighting: LX 1")  # the cue, and a custom field of Ontime's
    assert event.segments[1].notes == "10:45 - Presenters ready"
    assert "header at row 13" in out and "skipped: row 19 (Rehearsal only): Skip is set" in out
    assert "skipped: row 21 (14:00 - AV & Room strike): a heading after the last segment" in out
    assert "columns not used: Colour (D)" in out and "Ontime's custom fields, kept as cues: Lighting (K)" in out


def test_the_sheet_that_holds_the_table_is_found_and_time_start_and_time_end_read(tmp_path: Path, capsys) -> None:
    """Was: 'Sheet2!A1: no header' (an empty first sheet), and Time Start / Time End were not known."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Sheet2"
    sheet = book.create_sheet("test")
    sheet.append(["Cue", "Time Start", "Time End", "Duration", "Title", "Presenter", "Timer Type", "Skip"])
    sheet.append(["PRESET", time(9), time(10), None, "Preset", None, "count-down", False])
    sheet.append(["SF1.01", time(10), time(10, 20), None, "Albania", "Ronela Hajati", "count-down", False])
    sheet.append(["RESET", time(10, 20), None, time(0, 5), "Reset", None, "count-down", False])
    book.save(tmp_path / "test-sheet.xlsx")
    out_file = tmp_path / "show.yaml"
    code, out, err = imported(capsys, str(tmp_path / "test-sheet.xlsx"), "-o", str(out_file), "--timezone", "UTC")
    assert code == 0, err
    assert "read test-sheet.xlsx, sheet 'test', header at row 1" in out
    assert segments(out_file) == [("Preset", "09:00", 60), ("Albania", "10:00", 20), ("Reset", "10:20", 5)]


def test_an_error_names_every_sheet_and_what_it_holds(tmp_path: Path, capsys) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Cover"
    first.append(["Conference 2025"])
    book.create_sheet("Empty")
    notes = book.create_sheet("Notes")
    notes.append(["nothing to import"])
    book.save(tmp_path / "book.xlsx")
    code, _, err = imported(capsys, str(tmp_path / "book.xlsx"), "-o", str(tmp_path / "x.yaml"))
    assert code == 1
    assert (
        "no sheet holds an agenda table (a row with two headers like Time, Title, Duration): 'Cover': 1 rows, "
        "no header, beginning 'Conference 2025'; 'Empty': empty; 'Notes': 1 rows, no header, beginning "
        "'nothing to import'; give --sheet NAME"
    ) in err


def test_a_row_with_an_end_and_no_start_is_told_it_has_no_start(tmp_path: Path, capsys) -> None:
    """Was: 'E2: no duration' although C2 held its end."""
    agenda = table(
        tmp_path / "test.xlsx",
        [
            ["Cue", "Time Start", "Time End", "Duration", "Title"],
            ["TEMP", None, time(9), None, "Attempt light check"],
            ["PRESET", time(9), time(10), None, "Preset"],
        ],
    )
    code, _, err = imported(capsys, str(agenda), "-o", str(tmp_path / "x.yaml"), "--timezone", "UTC")
    assert code == 1
    assert "test.xlsx:Sheet1!B2: no start: give this row a start, or --start HH:MM for the first row" in err
    assert "no duration" not in err


def test_a_table_of_durations_starts_at_start_and_a_row_without_one_is_a_heading(tmp_path: Path, capsys) -> None:
    """Was: 'no row has a start time' and '3:1 no duration', and no option to go on (no --start)."""
    agenda = table(
        tmp_path / "agenda-demo.csv",
        [
            ["title", "text", "duration"],
            ["Welcome and Introductions", "", "10"],
            ["Reports", "", ""],
            ["Report of executive board", "Mr. Smith", "30"],
            ["Break", "", "15"],
        ],
    )
    out_file = tmp_path / "agm.yaml"
    code, _, err = imported(capsys, str(agenda), "-o", str(out_file), "--timezone", "UTC")
    assert code == 1 and "agenda-demo.csv:2:1: no row has a start time in the table: give --start HH:MM" in err
    code, out, err = imported(capsys, str(agenda), "-o", str(out_file), "--timezone", "UTC", "--start", "09:30")
    assert code == 0, err
    assert segments(out_file) == [
        ("Welcome and Introductions", "09:30", 10),
        ("Report of executive board", "09:40", 30),
        ("Break", "10:10", 15),
    ]
    assert load_event(out_file, now=NOW).event.segments[1].notes == "Reports\nMr. Smith"
    assert "start: 09:30 (given)" in out


def test_a_headerless_table_is_mapped_by_column_letter(tmp_path: Path, capsys) -> None:
    """Was: --map named header text only, so the first agenda row was taken for the header."""
    agenda = tmp_path / "agenda.csv"
    agenda.write_text("greeting, 1\nagenda, 2\ncontext of the problem, 2\n", encoding="utf-8")
    out_file = tmp_path / "meeting.yaml"
    code, _, err = imported(capsys, str(agenda), "-o", str(out_file), "--timezone", "UTC")
    assert code == 1 and "try --no-header --map A=title --map B=duration --start HH:MM" in err
    code, out, err = imported(
        capsys,
        str(agenda),
        "-o",
        str(out_file),
        "--map",
        "A=title",
        "--map",
        "B=duration",
        "--start",
        "10:00",
        "--timezone",
        "UTC",
    )
    assert code == 0, err
    assert segments(out_file) == [
        ("greeting", "10:00", 1),
        ("agenda", "10:01", 2),
        ("context of the problem", "10:03", 2),
    ]
    assert "without a header row" in out


def test_a_headerless_table_is_mapped_by_position_with_no_header(tmp_path: Path, capsys) -> None:
    agenda = tmp_path / "schedule.csv"
    agenda.write_text('10:00, "Start", red\n10:05, "Rollen", blue\n10:10, "Stationen", yellow\n', encoding="utf-8")
    out_file = tmp_path / "class.yaml"
    options = ("--no-header", "--map", "1=start", "--map", "2=title", "--end", "10:30", "--timezone", "UTC")
    code, out, err = imported(capsys, str(agenda), "-o", str(out_file), *options)
    assert code == 0, err
    assert segments(out_file) == [("Start", "10:00", 5), ("Rollen", "10:05", 5), ("Stationen", "10:10", 20)]
    assert "columns not used: C" in out


def test_iso_date_times_with_offsets_are_turned_into_the_event_zone_and_said(tmp_path: Path, capsys) -> None:
    """Was: '2020-03-30 10:00:00+00:00' was not a time of day, and the date was lost."""
    agenda = table(
        tmp_path / "nmc.csv",
        [
            ["submission_id", "title", "fullname", "starttime", "endtime", "track"],
            [
                "0",
                "Opening",
                "Konrad Kording (UPenn), Dan Goodman (Imperial)",
                "2020-03-30 10:00:00+00:00",
                "2020-03-30 11:00:00+00:00",
                "main",
            ],
            ["1", "Keynote", "Tim Behrens (Oxford)", "2020-03-30 11:00:00+00:00", "2020-03-30 12:00:00+00:00", "main"],
            ["2", "Late talk", "", "2020-03-30 17:30:00+00:00", "2020-03-30 17:50:00+00:00", "A"],
        ],
    )
    folder = tmp_path / "nmc"
    code, out, err = imported(capsys, str(agenda), "-o", f"{folder}/", "--timezone", "Asia/Ho_Chi_Minh")
    assert code == 0, err
    assert "date-times written at +00:00 are turned into Asia/Ho_Chi_Minh" in out
    assert segments(folder / "main-2020-03-30.yaml") == [("Opening", "17:00", 60), ("Keynote", "18:00", 60)]
    assert segments(folder / "a-2020-03-31.yaml") == [("Late talk", "00:30", 20)]  # after midnight in Hanoi
    opening = load_event(folder / "main-2020-03-30.yaml", now=NOW).event.segments[0]
    assert [s.name for s in opening.speakers] == ["Konrad Kording", "Dan Goodman"]


def test_a_title_column_among_unknown_ones_is_named_with_them(tmp_path: Path, capsys) -> None:
    """Was: 'no header row with a title column' though the table had one."""
    agenda = table(tmp_path / "talks.csv", [["submission", "title", "who", "slot"], ["0", "Opening", "Kim", "a"]])
    code, _, err = imported(capsys, str(agenda), "-o", str(tmp_path / "x.yaml"))
    assert code == 1
    assert (
        "talks.csv:1:1: no header row: row 1 holds one header it knows, title (B), and others it does not: "
        "submission (A), who (C), slot (D); name the columns with --map COLUMN=FIELD"
    ) in err


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("Thời gian: 14h00 – 14h45", "14:00", "14:45"),
        ("Horaires : 2:00 PM – 2:45 PM", "14:00", "14:45"),
        ("Time: 2–2:45 pm", "14:00", "14:45"),
    ],
)
def test_a_labelled_time_range_above_the_table_gives_the_start_and_the_hard_stop(
    tmp_path: Path, capsys, label: str, start: str, end: str
) -> None:
    """Was: ignored (only a bare range gave the hard stop)."""
    agenda = table(
        tmp_path / "programme.xlsx",
        [
            ["Tọa đàm"],
            [label],
            [],
            ["Phiên", "Thời lượng", "Người điều phối"],
            ["Khai mạc", "10", "Người điều phối"],
            ["Thảo luận", "30", ""],
        ],
    )
    out_file = tmp_path / "toa-dam.yaml"
    code, out, err = imported(capsys, str(agenda), "-o", str(out_file), "--timezone", "Asia/Ho_Chi_Minh")
    assert code == 0, err
    event = load_event(out_file, now=NOW).event
    assert (f"{event.info.start:%H:%M}", f"{event.info.end:%H:%M}") == (start, end)
    assert f"start: {start} (from the cell A2: '{label}')" in out and f"hard stop: {end} (from the cell A2" in out
    assert event.segments[0].moderator == "nguoi-dieu-phoi"  # was nguoi-ieu-phoi: đ is a letter


def test_a_labelled_city_gives_the_zone_and_the_computer_s_zone_is_never_taken_silently(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was: a Hanoi event silently got the computer's zone (Etc/UTC)."""
    monkeypatch.setenv("TZ", "Etc/UTC")
    rows: list[list[object]] = [
        ["Hội thảo"],
        ["Địa điểm: Hà Nội"],
        ["Time", "Session", "Duration"],
        ["14:00", "Opening", "10"],
    ]
    out_file = tmp_path / "hanoi.yaml"
    code, out, _ = imported(capsys, str(table(tmp_path / "hanoi.csv", rows)), "-o", str(out_file))
    assert code == 0 and load_event(out_file, now=NOW).event.info.timezone_name == "Asia/Ho_Chi_Minh"
    assert "time zone: Asia/Ho_Chi_Minh (from the cell A2: 'Địa điểm: Hà Nội')" in out
    del rows[1]
    code, out, _ = imported(capsys, str(table(tmp_path / "other.csv", rows)), "-o", str(tmp_path / "other.yaml"))
    assert code == 0 and "time zone: Etc/UTC, the computer's zone: give --timezone" in out


def test_import_says_what_it_found_and_from_where(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """Was: `import` said only how many segments; what it assumed (today's date, this computer's zone) not at all."""
    monkeypatch.setenv("TZ", "Etc/UTC")
    agenda = table(
        tmp_path / "agenda.csv",
        [
            ["Roundtable on the Convention"],
            ["26/10/2025"],
            ["Time", "Session", "Speakers", "Duration", "Colour"],
            ["14:00", "Opening", "Lan (Org); Jean", "10", "red"],
            ["14:10", "Panel", "Priya", "30", "blue"],
        ],
    )
    code, out, err = imported(capsys, str(agenda), "-o", str(tmp_path / "rt.yaml"))
    assert code == 0, err
    assert out.splitlines()[:9] == [
        "read agenda.csv, header at row 3: Time → start, Session → title, Speakers → speakers, Duration → duration",
        "title: Roundtable on the Convention (from the cell A1)",
        "date: 2025-10-26 (from the cell A2: '26/10/2025')",
        "time zone: Etc/UTC, the computer's zone: give --timezone",
        "start: 14:00 (the first row's)",
        "hard stop: none (give --end HH:MM)",
        "segments: 2",
        "people: 3",
        "columns not used: Colour (E)",
    ]


def test_a_stranger_s_table_of_rows_all_at_once_or_each_inside_the_last_is_answered_at_once(tmp_path: Path) -> None:
    """Bounded: 4,999 rows at the same minute are told 50 at a time and counted; 4,999 rows each inside
    the one before are read as blocks of at most 200 talks, never a square of the rows."""
    import time as clock

    from runofshow.files.agenda_import import AgendaError, ImportOptions, read_programme
    from runofshow.files.agenda_table import read_table

    same = table(tmp_path / "same.csv", [["Time", "Title"], *[["14:00", f"Row {n}"] for n in range(4999)]])
    nested = table(tmp_path / "nested.csv", [["Start", "End", "Title"]] + [
        [f"{n // 60 % 24:02d}:{n % 60:02d}" if n < 1440 else "00:00", "23:59", f"Row {n}"] for n in range(4999)
    ])  # fmt: skip
    told = []
    for path in (same, nested):
        started = clock.perf_counter()
        with pytest.raises(AgendaError) as caught:
            read_programme(read_table(path), ImportOptions(timezone="UTC"), now=NOW)
        assert clock.perf_counter() - started < 5  # well under a second here
        assert len(caught.value.problems) <= 60
        told.append(str(caught.value.problems[-1]))
    assert told[0].startswith("same.csv: 4998 row(s) overlap others in their room and day")


def test_the_header_s_row_given_and_the_usage_errors(tmp_path: Path, capsys) -> None:
    agenda = table(tmp_path / "agenda.csv", [
        ["Time", "Title", "(the organisers' own key, not the table)"], [], ["Début", "Sujet", "Durée"],
        ["09:00", "Accueil", "15"],
    ])  # fmt: skip
    out_file = tmp_path / "x.yaml"
    code, _, err = imported(capsys, str(agenda), "-o", str(out_file), "--header-row", "3", "--timezone", "UTC")
    assert code == 0, err
    assert segments(out_file) == [("Accueil", "09:00", 15)]
    with pytest.raises(SystemExit) as usage:
        import_main([str(agenda), "-o", str(out_file), "--header-row", "3", "--no-header"])
    assert usage.value.code == 2 and "--no-header and --header-row" in capsys.readouterr().err
    code, _, err = imported(capsys, str(agenda), "-o", str(out_file), "--force", "--map", "Orateurs=speakers")
    assert code == 1 and "--map: no column 'Orateurs' in the header row (its headers: Time, Title, (the" in err


def test_ontime_s_count_up_and_time_to_end_become_timer_modes(tmp_path: Path, capsys) -> None:
    """Ontime's Timer Type: a count up stays one; a time-to-end counts to the row's scheduled end."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Cue", "Time Start", "Time End", "Title", "Timer Type"])
    sheet.append(["1", time(10), time(10, 20), "Keynote", "count-down"])
    sheet.append(["2", time(10, 20), time(10, 50), "Open Q&A", "count-up"])
    sheet.append(["3", time(10, 50), time(11, 5), "Hard out", "time-to-end"])
    book.save(tmp_path / "rundown.xlsx")
    out_file = tmp_path / "show.yaml"
    code, _, err = imported(capsys, str(tmp_path / "rundown.xlsx"), "-o", str(out_file), "--timezone", "UTC")
    assert code == 0, err
    event = load_event(out_file, now=NOW).event
    assert [s.count.text() for s in event.segments] == ["down", "up", "to 11:05"]
