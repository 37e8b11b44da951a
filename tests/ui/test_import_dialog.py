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

from runofshow.ui import import_dialog
from runofshow.ui.import_dialog import ImportDialog

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


def test_the_sheets_of_a_workbook_come_with_the_first_read(qtbot: QtBot, tmp_path: Path) -> None:
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
    assert dialog.form.isRowVisible(dialog.sheet) and dialog.imported is None
    with qtbot.waitSignal(dialog.read_finished):
        dialog.sheet.setCurrentText("Agenda")
    assert dialog.imported is not None and dialog.imported.event.segments[0].title == "Opening"


def test_the_encoding_note_shows_a_file_name_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "<b>agenda<br>.csv"
    path.write_bytes("Time,Session,Duration\n14:00,開会の挨拶,5\n".encode("shift_jis"))
    dialog = ImportDialog(None, path, NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_finished):
        pass
    assert dialog.note.textFormat() == Qt.TextFormat.PlainText and "<b>agenda<br>.csv" in dialog.note.text()
