"""File > Import agenda: the organisers' table previewed as segments, with the column mapping
(what each column holds) and the event's zone to change before anything is written.

The reading is files/agenda_import.py, the same as `runofshow import`; every cell it cannot read
is listed with its place, and OK stays off until there are none.
"""

from __future__ import annotations

import contextlib
import zoneinfo
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.durations import format_short
from runofshow.core.event import Event
from runofshow.files.agenda_import import (
    FIELDS,
    AgendaError,
    Imported,
    ImportOptions,
    find_header,
    import_agenda,
    parse_clock,
)
from runofshow.files.agenda_table import Table, TableError, read_table, sheet_names
from runofshow.files.localzone import local_zone_name
from runofshow.ui.i18n import translate
from runofshow.ui.plain_text import PlainLabel, title_text
from runofshow.ui.plan_editor import named


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, now: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(title_text(translate("ImportDialog", "Import {name}").format(name=path.name)))
        self.resize(1000, 640)
        self._path, self._now = path, now
        self._table: Table | None = None
        self._mapping: dict[str, str] = {}
        self.imported: Imported | None = None
        self.sheet = named(QComboBox(), "importSheet")
        if path.suffix.lower() == ".xlsx":
            with contextlib.suppress(TableError):
                self.sheet.addItems(sheet_names(path))
        self.sheet.setVisible(self.sheet.count() > 1)
        self.zone = named(QComboBox(), "importZone")
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText(local_zone_name())
        self.end = named(QLineEdit(), "importEnd")
        self.end.setPlaceholderText(translate("ImportDialog", "HH:MM, if the table does not say"))
        self.columns = named(QTableWidget(), "importColumns")
        self.preview = named(QTableWidget(), "importPreview")
        self.problems = named(QPlainTextEdit(), "importProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.summary = PlainLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.sheet.isVisible():
            form.addRow(translate("ImportDialog", "Sheet"), self.sheet)
        form.addRow(translate("ImportDialog", "Time zone"), self.zone)
        form.addRow(translate("ImportDialog", "Hard stop"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(translate("ImportDialog", "What each column holds:")))
        layout.addWidget(self.columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.sheet.currentTextChanged.connect(lambda _: self._read())
        self.zone.currentTextChanged.connect(lambda _: self._interpret())
        self.end.textChanged.connect(lambda _: self._interpret())
        self._read()

    def _read(self) -> None:
        try:
            self._table = read_table(self._path, self.sheet.currentText() or None)
        except TableError as exc:
            self._table = None
            self._show_problems([str(exc)])
            return
        self._mapping = {}
        self._fill_columns()
        self._interpret()

    def _fill_columns(self) -> None:
        assert self._table is not None
        found = find_header(self._table, self._mapping)
        header = self._table.rows[found[0]] if found else ()
        fields = found[1] if found else {}
        self.columns.clear()
        self.columns.setRowCount(1)
        self.columns.setColumnCount(len(header))
        self.columns.setHorizontalHeaderLabels([str(c.value or "") for c in header])
        self.columns.setMaximumHeight(90)
        for i, cell in enumerate(header):
            combo = QComboBox()
            combo.addItem("—", "ignore")
            for name in FIELDS[:-1]:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(fields.get(cell.column, "ignore")), 0))
            combo.currentIndexChanged.connect(
                lambda _=0, text=str(cell.value or ""), box=combo: self._remap(text, str(box.currentData()))
            )
            self.columns.setCellWidget(0, i, combo)

    def _remap(self, header: str, name: str) -> None:
        if header:
            self._mapping[header] = name
            self._interpret()

    def _interpret(self) -> None:
        if self._table is None:
            return
        zone = self.zone.currentText().strip()
        end = None
        if self.end.text().strip():
            try:
                end = parse_clock(self.end.text())
            except ValueError as exc:
                self._show_problems([translate("ImportDialog", "Hard stop: {problem}").format(problem=exc)])
                return
        options = ImportOptions(timezone=zone, end=end, mapping=dict(self._mapping))
        try:
            self.imported = import_agenda(self._table, options, now=self._now)
        except AgendaError as exc:
            self.imported = None
            self._show_problems([str(p) for p in exc.problems])
            return
        self._show_problems([])
        self._fill_preview(self.imported.event)

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not lines)
        if lines:
            self.preview.setRowCount(0)
            self.summary.setText(
                translate("ImportDialog", "Problems: {count}. Nothing is imported until they are fixed.").format(
                    count=len(lines)
                )
            )

    def _fill_preview(self, event: Event) -> None:
        heads = [
            translate("ImportDialog", "Start"),
            translate("ImportDialog", "Duration"),
            translate("ImportDialog", "Title"),
            translate("ImportDialog", "Kind"),
            translate("ImportDialog", "Speakers"),
        ]
        self.preview.clear()
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        self.preview.setRowCount(len(event.segments))
        for row, (segment, start) in enumerate(zip(event.segments, event.planned_starts(), strict=True)):
            values = (f"{start:%H:%M}", format_short(segment.duration_s), segment.title, segment.kind,
                      "; ".join(s.name for s in segment.speakers))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        self.summary.setText(
            translate("ImportDialog", "“{title}”, {date}: {count} segments, {people} people").format(
                title=event.info.title, date=event.info.date, count=len(event.segments), people=len(event.people)
            )
        )

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, now: datetime) -> Event | None:
        dialog = cls(parent, path, now)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported is not None:
            return dialog.imported.event
        return None
