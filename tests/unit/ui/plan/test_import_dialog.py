"""File > Import agenda: the preview, the column mapping and the problems, before anything is written."""

from __future__ import annotations

import csv
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from runofshow.ui.plan import import_dialog
from runofshow.ui.plan.import_dialog import ImportDialog

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def agenda(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_preview_mapping_and_problems(qtbot: QtBot, tmp_path: Path) -> None:
    path = agenda(
        tmp_path / "agenda.csv",
        [
            ["Time", "Session", "Who", "Duration"],
            ["14:00", "Opening", "Lan (Org)", "5"],
            ["14:05", "Panel", "", "later"],
        ],
    )
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass  # read on a thread
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "agenda.csv:3:4: 'later' is not a duration" in dialog.problems.toPlainText()
    duration = dialog.columns.cellWidget(0, 3)
    assert isinstance(duration, QComboBox)
    duration.setCurrentIndex(duration.findData("ignore"))  # the durations are wrong: leave them out
    dialog.end.setText("14:45")
    assert ok.isEnabled() and dialog.imported is not None
    assert [s.title for s in dialog.imported.event.segments] == ["Opening", "Panel"]
    assert dialog.preview.rowCount() == 2 and dialog.preview.item(1, 1).text() == "40m"
    who = dialog.columns.cellWidget(0, 2)
    assert isinstance(who, QComboBox)
    who.setCurrentIndex(who.findData("speakers"))  # "Who" is not a header it knows: say what it holds
    assert dialog.imported is not None and [p.name for p in dialog.imported.event.segments[0].speakers] == ["Lan"]


def test_the_file_is_read_off_the_gui_thread_while_the_dialog_answers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = agenda(tmp_path / "agenda.csv", [["Time", "Session", "Duration"], ["14:00", "Opening", "5"]])
    release = threading.Event()
    readers: list[threading.Thread] = []
    real = import_dialog.read_table

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        readers.append(threading.current_thread())
        release.wait(3)  # a big workbook; on the GUI thread this froze the window for as long
        return real(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "read_table", slow_read)
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(readers))
    assert readers[0] is not threading.main_thread()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.reading.isHidden() and not ok.isEnabled()
    assert dialog.summary.text() == "Reading agenda.csv…"
    dialog.zone.setCurrentText("UTC")  # the dialog answers meanwhile
    dialog.end.setText("14:45")
    with qtbot.waitSignal(dialog.read_finished):
        release.set()
    assert dialog.reading.isHidden() and ok.isEnabled()
    assert dialog.imported is not None and dialog.imported.event.info.timezone_name == "UTC"
    assert [s.title for s in dialog.imported.event.segments] == ["Opening"]


def test_a_read_still_going_when_the_dialog_closes_is_dropped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = agenda(tmp_path / "agenda.csv", [["Time", "Session", "Duration"], ["14:00", "Opening", "5"]])
    release = threading.Event()
    real = import_dialog.read_table
    monkeypatch.setattr(import_dialog, "read_table", lambda *a, **k: release.wait(3) and real(*a, **k))
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    job = dialog._job
    assert job is not None
    dialog.reject()
    release.set()
    qtbot.waitUntil(lambda: job.done)
    assert dialog.imported is None and dialog.preview.rowCount() == 0


def test_a_guessed_encoding_is_said_and_another_can_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    rows = "Time,Session,Speakers,Duration\n14:00,開会の挨拶,山田太郎,5\n14:05,パネル討論,佐藤花子,30\n"
    path.write_bytes(rows.encode("shift_jis"))
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    assert not dialog.note.isHidden() and "a guess" in dialog.note.text() and "Shift-JIS" in dialog.note.text()
    with qtbot.waitSignal(dialog.read_finished):
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))  # the wrong one, chosen: taken
    assert dialog.note.isHidden() and dialog.imported is None  # not cp1252 text: a problem, said
    assert "not Windows-1252 (western Europe) text" in dialog.problems.toPlainText()
    with qtbot.waitSignal(dialog.read_finished):
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("shift_jis"))
    assert dialog.imported is not None and dialog.imported.event.segments[0].title == "開会の挨拶"


def test_the_sheets_of_a_workbook_come_with_the_first_read_which_takes_the_one_with_the_table(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["nothing to import"])
    second = book.create_sheet("Agenda")
    second.append(["Time", "Session", "Duration"])
    second.append(["14:00", "Opening", 5])
    book.save(tmp_path / "agenda.xlsx")
    dialog = ImportDialog(None, tmp_path / "agenda.xlsx", NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Notes", "Agenda"]
    # The sheet that holds the table is the one read (was: the first, "Notes", and no header in it).
    assert dialog.form.isRowVisible(dialog.sheet) and dialog.sheet.currentText() == "Agenda"
    assert dialog.imported is not None and dialog.imported.event.segments[0].title == "Opening"
    with qtbot.waitSignal(dialog.read_finished):
        dialog.sheet.setCurrentText("Notes")
    assert dialog.imported is None and "no header row" in dialog.problems.toPlainText()


def test_the_encoding_note_shows_a_file_name_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "<b>agenda<br>.csv"
    path.write_bytes("Time,Session,Duration\n14:00,開会の挨拶,5\n".encode("shift_jis"))
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    assert dialog.note.textFormat() == Qt.TextFormat.PlainText and "<b>agenda<br>.csv" in dialog.note.text()


def test_a_programme_shows_its_rooms_by_days_and_writes_all_or_the_one_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    """The same split as `runofshow import … -o DIR/`, with the same findings, before anything is written."""
    path = agenda(
        tmp_path / "programme.csv",
        [
            ["Room", "Date", "Time", "Session", "Duration"],
            ["R313", "26/10/2025", "14:00", "Opening", "10"],
            ["R313", "26/10/2025", "14:10", "Panel", "30"],
            ["R314", "26/10/2025", "14:00", "Workshop", "60"],
            ["R313", "27/10/2025", "09:00", "Day two", "45"],
        ],
    )
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    split = dialog.split.table
    assert not dialog.split.isHidden() and (split.rowCount(), split.columnCount()) == (2, 2)
    assert [split.verticalHeaderItem(r).text() for r in range(2)] == ["R313", "R314"]
    assert [split.horizontalHeaderItem(c).text() for c in range(2)] == ["2025-10-26", "2025-10-27"]
    assert split.item(0, 0).text() == "2 segments" and split.item(1, 1) is None
    choices = [dialog.split.choice.itemText(i) for i in range(dialog.split.choice.count())]
    assert choices[0] == "All of it: a venue folder (3 event files and venue.yaml)"
    assert choices[1:] == ["Only R313 on 2025-10-26 (2 segments)", "Only R313 on 2025-10-27 (1 segments)",
                           "Only R314 on 2025-10-26 (1 segments)"]  # fmt: skip
    found = dialog.findings.toPlainText()
    assert "dates: 2025-10-26, 2025-10-27, from the column Date (B)" in found
    assert "time zone: " in found and "the computer's zone: give --timezone" in found
    choice = dialog.choice()
    assert choice is not None and choice.programme is not None and choice.event is None
    dialog.split.choice.setCurrentIndex(3)  # R314's day: its segments in the preview, and it alone written
    assert dialog.preview.rowCount() == 1 and dialog.preview.item(0, 2).text() == "Workshop"
    choice = dialog.choice()
    assert choice is not None and choice.event is not None and choice.event.info.venue == "R314"


def test_a_table_of_durations_takes_its_start_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    path = agenda(tmp_path / "agm.csv", [["title", "duration"], ["Welcome", "10"], ["Reports", ""], ["Board", "30"]])
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    assert dialog.imported is None and "give --start HH:MM" in dialog.problems.toPlainText()
    dialog.start.setText("09:30")
    assert dialog.imported is not None
    assert [dialog.preview.item(r, 0).text() for r in range(2)] == ["09:30", "09:40"]
    assert dialog.imported.event.segments[1].notes == "Reports"
