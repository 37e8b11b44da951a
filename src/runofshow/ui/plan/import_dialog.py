"""File > Import agenda: the organisers' table previewed as segments, with the column mapping
(what each column holds), the event's zone, hard stop and start to change before anything is
written, and what was found and where (the lines `runofshow import` prints).

The reading is files/agenda_import.py, the same as `runofshow import`; every cell it cannot read
is listed with its place, and OK stays off until there are none. A programme (rooms or dates)
shows its split, rooms × days with their segments (ui/plan/import_split.py), and writes all of it (a
venue folder) or the one room and day chosen.

The file is read off the GUI thread (ui/widgets/off_thread.py): a stranger's workbook takes what it takes
to reach a bound, and meanwhile the dialog says it is reading, answers, and can be cancelled; the
cells come back to the GUI thread, where they are interpreted and shown. A CSV whose encoding is a
guess says so, and the Encoding list reads it again in the one chosen.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
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
    ImportOptions,
    Programme,
    RoomDay,
    find_header,
    parse_clock,
    read_programme,
)
from runofshow.files.agenda_table import Table, TableError, column_letter, read_table, sheet_names
from runofshow.files.localzone import local_zone_name
from runofshow.files.text_encoding import label_of
from runofshow.ui.plan.import_split import ProgrammeSplit
from runofshow.ui.plan.plan_editor import named
from runofshow.ui.widgets.i18n import translate, words_text
from runofshow.ui.widgets.off_thread import Job, run_off_thread
from runofshow.ui.widgets.plain_text import PlainLabel, title_text

# The encodings offered for a CSV, besides Automatic (files/text_encoding.py's candidates).
ENCODINGS = ("utf-8", "cp1252", "cp1258", "shift_jis", "gb18030", "big5", "cp949", "cp1250", "cp1251",
             "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp874", "mac-roman")  # fmt: skip

# What a read gives back: the workbook's sheets (when asked for) and the table.
Read = tuple[list[str], Table]


def read_agenda(path: Path, sheet: str | None, encoding: str | None, *, list_sheets: bool) -> Read:
    """The reading the dialog hands to a thread (every file access of the dialog is here); without a
    sheet, the first that holds an agenda's header."""
    names = sheet_names(path) if list_sheets else []
    return names, read_table(path, sheet, encoding=encoding, wanted=lambda t: find_header(t, {}) is not None)


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """What the dialog was asked to write: one event, or a programme's every room and day."""

    event: Event | None = None
    programme: Programme | None = None


class ImportDialog(QDialog):
    # A read of the file came back and is shown (its cells, or what is wrong with it).
    read_finished = Signal()

    def __init__(self, parent: QWidget | None, path: Path, now: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(title_text(translate("ImportDialog", "Import {name}").format(name=path.name)))
        self.resize(1000, 640)
        self._path, self._now = path, now
        self._table: Table | None = None
        self._mapping: dict[str, str] = {}
        self._job: Job[Read] | None = None
        self.programme: Programme | None = None
        self.sheet = named(QComboBox(), "importSheet")
        self.encoding = named(QComboBox(), "importEncoding")
        self.encoding.addItem(translate("ImportDialog", "Automatic"), "")
        for codec in ENCODINGS:
            self.encoding.addItem(label_of(codec), codec)
        self.reading = named(QProgressBar(), "importReading")
        self.reading.setRange(0, 0)  # busy: how long a read takes is not known
        self.reading.setTextVisible(False)
        self.note = named(PlainLabel(wordWrap=True), "importEncodingNote")  # it names the file: outside text
        self.note.hide()
        self.zone = named(QComboBox(), "importZone")
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        # Empty: the zone the table names (a cell above it), else this computer's, which the findings
        # then say, never taken silently.
        self.zone.setCurrentText("")
        line = self.zone.lineEdit()
        if line is not None:
            here = local_zone_name()
            line.setPlaceholderText(
                translate("ImportDialog", "from the table, else this computer's ({zone})").format(zone=here)
            )
        self.end = named(QLineEdit(), "importEnd")
        self.end.setPlaceholderText(translate("ImportDialog", "HH:MM, if the table does not say"))
        self.start = named(QLineEdit(), "importStart")
        self.start.setPlaceholderText(translate("ImportDialog", "HH:MM, for a table of durations only"))
        self.columns = named(QTableWidget(), "importColumns")
        self.preview = named(QTableWidget(), "importPreview")
        self.problems = named(QPlainTextEdit(), "importProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        # What was found and where (the title, the dates, the zone: from a cell, or assumed), as
        # `runofshow import` prints it: nothing is taken silently.
        self.findings = named(QPlainTextEdit(), "importFindings")
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(130)
        self.findings.setAccessibleName(translate("ImportDialog", "What was found, and where"))
        self.split = ProgrammeSplit()
        self.split.hide()
        self.split.chosen.connect(self._show_chosen)
        self.summary = PlainLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(translate("ImportDialog", "Sheet"), self.sheet)
        self.form.setRowVisible(self.sheet, False)  # until the workbook says it has more than one
        self.form.addRow(translate("ImportDialog", "Encoding"), self.encoding)
        self.form.setRowVisible(self.encoding, path.suffix.lower() == ".csv")
        self.form.addRow(translate("ImportDialog", "Time zone"), self.zone)
        self.form.addRow(translate("ImportDialog", "Hard stop"), self.end)
        self.form.addRow(translate("ImportDialog", "Start"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(PlainLabel(translate("ImportDialog", "What each column holds:")))
        layout.addWidget(self.columns)
        layout.addWidget(self.findings)
        layout.addWidget(self.split)
        layout.addWidget(self.summary)
        layout.addWidget(self.reading)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.sheet.currentTextChanged.connect(lambda _: self._read())
        self.encoding.currentIndexChanged.connect(lambda _: self._read())
        self.zone.currentTextChanged.connect(lambda _: self._interpret())
        self.end.textChanged.connect(lambda _: self._interpret())
        self.start.textChanged.connect(lambda _: self._interpret())
        self.finished.connect(self._stop_reading)  # a read still going when the dialog closes is dropped
        self._read()

    def _read(self) -> None:
        """Read the file on a thread; the dialog says so meanwhile, and stays answering."""
        self._stop_reading()
        self._table, self.programme = None, None
        path, sheet, encoding = self._path, self.sheet.currentText() or None, self.encoding.currentData() or None
        list_sheets = path.suffix.lower() == ".xlsx" and self.sheet.count() == 0
        self.reading.show()
        self.note.hide()
        self.problems.hide()
        self.preview.setRowCount(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.summary.setText(translate("ImportDialog", "Reading {name}…").format(name=path.name))
        self._job = run_off_thread(
            lambda: read_agenda(path, sheet, encoding, list_sheets=list_sheets), self._read_done, name="import"
        )

    def _stop_reading(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def _read_done(self, result: Read | Exception) -> None:
        if not shiboken6.isValid(self):  # closed and deleted before the answer came
            return
        self._job = None
        self.reading.hide()
        if isinstance(result, Exception):
            # TableError says what is wrong with the file; anything else is a bug of ours, said as such.
            problem = str(result) if isinstance(result, TableError) else f"{self._path.name}: {result!r}"
            self._show_problems([problem])
            self.read_finished.emit()
            return
        names, table = result
        if names:
            self.sheet.blockSignals(True)  # filling the list is not choosing a sheet: no second read
            self.sheet.addItems(names)
            self.sheet.setCurrentText(table.sheet or names[0])
            self.sheet.blockSignals(False)
            self.form.setRowVisible(self.sheet, len(names) > 1)
        self._table = table
        self._show_encoding(table)
        self._mapping = {}
        self._fill_columns()
        self._interpret()
        self.read_finished.emit()

    def _show_encoding(self, table: Table) -> None:
        if table.encoding_guessed and table.encoding is not None:
            self.note.setText(
                translate(
                    "ImportDialog",
                    "{name} is not in UTF-8: it was read as {encoding}, a guess. If names look wrong, choose "
                    "its encoding above.",
                ).format(name=table.name, encoding=label_of(table.encoding))
            )
        self.note.setVisible(table.encoding_guessed)

    def _fill_columns(self) -> None:
        assert self._table is not None
        found = find_header(self._table, self._mapping)
        fields = found.columns if found is not None else {}
        if found is not None and found.index >= 0:
            header = self._table.rows[found.index]
            names = {c.column: str(c.value or "") for c in header}
        else:  # no header: the columns by their letters (what `--map A=title` names)
            width = max((len(r) for r in self._table.rows[:50]), default=0)
            names = dict.fromkeys(range(1, width + 1), "")
        self.columns.clear()
        self.columns.setRowCount(1)
        self.columns.setColumnCount(len(names))
        self.columns.setHorizontalHeaderLabels([text or column_letter(c) for c, text in names.items()])
        self.columns.setMaximumHeight(90)
        for i, (column, text) in enumerate(names.items()):
            combo = QComboBox()
            combo.addItem("—", "ignore")
            for name in FIELDS[:-1]:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(fields.get(column, "ignore")), 0))
            key = text or column_letter(column)
            combo.currentIndexChanged.connect(lambda _=0, key=key, box=combo: self._remap(key, str(box.currentData())))
            self.columns.setCellWidget(0, i, combo)

    def _remap(self, column: str, name: str) -> None:
        """What a column holds, as the organiser says: by its header, or its letter when it has none."""
        self._mapping[column] = name
        self._interpret()

    def _interpret(self) -> None:
        if self._table is None:
            return
        zone = self.zone.currentText().strip()
        times = {}
        for box, label in (
            (self.end, translate("ImportDialog", "Hard stop")),
            (self.start, translate("ImportDialog", "Start")),
        ):
            if box.text().strip():
                try:
                    times[box] = parse_clock(box.text())
                except ValueError as exc:
                    self._show_problems(
                        [translate("ImportDialog", "{field}: {problem}").format(field=label, problem=exc)]
                    )
                    return
        options = ImportOptions(
            timezone=zone or None, end=times.get(self.end), start=times.get(self.start), mapping=dict(self._mapping)
        )
        try:
            self.programme = read_programme(self._table, options, now=self._now)
        except AgendaError as exc:
            self.programme = None
            self._show_problems([str(p) for p in exc.problems])
            return
        self._show_problems([])
        self.findings.setPlainText("\n".join(words_text(w) for w in self.programme.findings))
        self.findings.show()
        self.split.show_programme(self.programme)
        self._show_chosen()

    @property
    def imported(self) -> RoomDay | None:
        """The room's day shown (the only one of a table of one event), or None."""
        if self.programme is None:
            return None
        return self.split.part() or self.programme.parts[0]

    def _show_chosen(self) -> None:
        part = self.imported
        if part is not None:
            self._fill_preview(part.event)

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not lines)
        if lines:
            self.preview.setRowCount(0)
            self.findings.hide()
            self.split.hide()
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

    def choice(self) -> ImportChoice | None:
        """What OK writes: the room's day chosen (the one event), or the whole programme."""
        if self.programme is None:
            return None
        part = self.split.part()
        if part is None and len(self.programme.parts) > 1:
            return ImportChoice(programme=self.programme)
        return ImportChoice(event=(part or self.programme.parts[0]).event)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, now: datetime) -> ImportChoice | None:
        dialog = cls(parent, path, now)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None
