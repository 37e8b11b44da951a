"""File > Import agenda: the preview, the column mapping and the problems, before anything is written."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

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
