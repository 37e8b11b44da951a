"""Plan > Edit the plan (Ctrl+P): the segments, the selected segment's speakers and the roster,
edited in place, by keyboard or mouse, before or during the show.

Every edit is a command on the live plan (ui/plan/plan_models.py), so it is journaled, undoable
(Ctrl+Z, Ctrl+Shift+Z) and seen at once on every screen. A value is checked as it is typed,
with `runofshow check`'s words shown under the tables and at the field; an invalid value is
never taken (Enter and Tab do nothing until it is right). The planned end and the hard stop
above the tables follow what is being typed.

Keys: Insert adds (after the current row), Ctrl+D duplicates, Delete removes, Alt+Up/Down
moves, F2 or typing edits, Ctrl+S saves into the event file, Ctrl+Shift+S saves as.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.durations import DurationError, format_short, parse_duration, parse_time_of_day
from runofshow.core.event import Event
from runofshow.core.plan_data import segment_data
from runofshow.ui.plan.plan_models import CHOICES, PeopleModel, SegmentsModel, SpeakersModel, _PlanTable, check_value
from runofshow.ui.plan.plan_saving import PlanSaving
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import clock_text, translate
from runofshow.ui.widgets.plain_text import PlainLabel, plain_tip, title_text

Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """A widget with its object name (for the style sheet and the tests)."""
    widget.setObjectName(name)
    return widget


class FieldDelegate(QStyledItemDelegate):
    """Edits a cell with the right widget, checks the value as it is typed, never takes a bad one."""

    def __init__(self, editor: PlanEditor, table: _PlanTable) -> None:
        super().__init__(editor)
        self._editor = editor
        self._table = table

    def _key(self, index: Index) -> str:
        return self._table.key(index.column())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        key = self._key(index)
        names = [p.name for p in self._table.plan.people.values()]
        if key in CHOICES:
            combo = QComboBox(parent)
            combo.addItems(list(CHOICES[key]))
            return combo
        if key == "count" and isinstance(self._table, SegmentsModel):
            # The three modes offered, a count to this segment's planned end among them; any
            # `to HH:MM` may be typed (checked as it is typed).
            combo = QComboBox(parent)
            combo.setEditable(True)
            row = index.row()
            end = self._table.planned_start(row) + timedelta(seconds=self._table.segment(row).duration_s)
            combo.addItems(["down", "up", f"to {end:%H:%M}"])
            line = combo.lineEdit()
            assert line is not None
            line.textEdited.connect(lambda text, k=key, w=combo: self._check(w, k, text))
            return combo
        if key in ("moderator", "name") and isinstance(self._table, SegmentsModel | SpeakersModel):
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(([""] if key == "moderator" else []) + names)
            line = combo.lineEdit()
            assert line is not None
            line.textEdited.connect(lambda text, k=key, w=combo: self._check(w, k, text))
            return combo
        line = QLineEdit(parent)
        line.textEdited.connect(lambda text, k=key, w=line: self._check(w, k, text))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setEditText(value)
            else:
                editor.setCurrentIndex(max(editor.findText(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    @staticmethod
    def _text(editor: QWidget) -> str:
        if isinstance(editor, QComboBox):
            return editor.currentText()
        return editor.text() if isinstance(editor, QLineEdit) else ""

    def _problem_of(self, editor: QWidget, key: str, text: str) -> str | None:
        if key in ("moderator", "name") and isinstance(editor, QComboBox):
            if key == "name" and not text.strip():
                return translate("PlanEditor", "a speaker needs a name")
            return None
        return check_value(key, text, self._table.plan)

    def _check(self, editor: QWidget, key: str, text: str) -> None:
        problem = self._problem_of(editor, key, text)
        editor.setProperty("invalid", problem is not None)
        editor.setToolTip(plain_tip(problem or ""))
        editor.setStyleSheet("border: 2px solid #d32f2f;" if problem else "")
        self._editor.show_problem(problem or "")
        if problem is None and isinstance(self._table, SegmentsModel) and key in ("duration", "start"):
            current = self._editor.segments.currentIndex()
            if current.isValid():
                self._editor.preview(current.row(), key, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            isinstance(watched, QWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _COMMIT_KEYS
            and watched.property("invalid")
        ):
            return True  # not taken: the message says why, and the field stays open to fix it
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        text = self._text(editor)
        if str(index.data(Qt.ItemDataRole.EditRole) or "") == text:
            return  # unchanged: no command
        if self._problem_of(editor, self._key(index), text) is not None:
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class PlanEditor(QWidget):
    def __init__(self, controller: ShowController, saving: PlanSaving | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("planEditor")
        self.controller = controller
        self._saving = saving
        self.setWindowTitle(
            title_text(translate("PlanEditor", "Plan: {title}").format(title=controller.show.event.info.title))
        )
        self.summary = named(PlainLabel(), "planSummary")
        self.summary.setWordWrap(True)
        self.problem = named(PlainLabel(), "planProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.segment_model = SegmentsModel(controller)
        self.speaker_model = SpeakersModel(controller)
        self.people_model = PeopleModel(controller)
        self.segments = self._table(self.segment_model, "planSegments")
        self.speakers = self._table(self.speaker_model, "planSpeakers")
        self.people = self._table(self.people_model, "planPeople")
        self.segments.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.segments.setDragEnabled(True)
        self.segments.setAcceptDrops(True)
        self.segments.setDropIndicatorShown(True)
        self.speakers_title = named(PlainLabel(), "planSpeakersTitle")
        bar = QToolBar()
        # The buttons that do not fit go under the toolbar's » button: at 200% text on a 1366-pixel
        # screen the window must still fit.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._actions(bar)
        lower = QSplitter(Qt.Orientation.Horizontal)
        for title, table in (
            (self.speakers_title, self.speakers),
            (PlainLabel(translate("PlanEditor", "People")), self.people),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(table)
            lower.addWidget(box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.segments)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        for model in (self.segment_model, self.speaker_model, self.people_model):
            model.problem.connect(self.show_problem)
        selection = self.segments.selectionModel()
        selection.currentRowChanged.connect(lambda current, _: self._select(current.row()))
        controller.changed.connect(self._changed)
        self.resize(1200, 720)
        self._changed()
        if self.segment_model.rows():
            self.segments.setCurrentIndex(self.segment_model.index(0, 1))

    # --- building ---
    def _table(self, model: _PlanTable, name: str) -> QTableView:
        table = named(QTableView(), name)
        table.setModel(model)
        table.setItemDelegate(FieldDelegate(self, model))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        table.setTabKeyNavigation(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(True)
        self._fit_columns(table)
        return table

    @staticmethod
    def _fit_columns(table: QTableView) -> None:
        """Columns as wide as what they hold (headers included), none wider than a long title."""
        table.resizeColumnsToContents()
        widest = table.fontMetrics().horizontalAdvance("M" * 22)
        for column in range(table.model().columnCount()):
            if table.columnWidth(column) > widest:
                table.setColumnWidth(column, widest)
        if isinstance(table.model(), SegmentsModel):
            table.setColumnWidth(1, widest)  # the title is what a person reads first

    def _action(
        self, bar: QToolBar, text: str, keys: list[str], slot: Any, *, widget: QWidget | None = None
    ) -> QAction:
        action = QAction(text, widget or self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(
            # The table itself, not its children: Delete in a cell being edited deletes a letter.
            Qt.ShortcutContext.WidgetShortcut if widget is not None else Qt.ShortcutContext.WindowShortcut
        )
        action.setToolTip(plain_tip(f"{text} ({' / '.join(keys)})"))
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        if widget is None or widget is self.segments:
            bar.addAction(action)
        return action

    def _actions(self, bar: QToolBar) -> None:
        seg, spk, ppl = self.segments, self.speakers, self.people
        self.act_add = self._action(
            bar, translate("PlanEditor", "Add segment"), ["Ins", "Ctrl+Return"], self.add_segment, widget=seg
        )
        self._action(bar, translate("PlanEditor", "Duplicate"), ["Ctrl+D"], self.duplicate_segment, widget=seg)
        self._action(bar, translate("PlanEditor", "Delete"), ["Del"], self.delete_segment, widget=seg)
        self._action(bar, translate("PlanEditor", "Move up"), ["Alt+Up"], lambda: self.move_segment(-1), widget=seg)
        self._action(bar, translate("PlanEditor", "Move down"), ["Alt+Down"], lambda: self.move_segment(1), widget=seg)
        self._action(bar, translate("PlanEditor", "Add speaker"), ["Ins", "Ctrl+Return"], self.add_speaker, widget=spk)
        self._action(bar, translate("PlanEditor", "Delete"), ["Del"], self.delete_speaker, widget=spk)
        self._action(bar, translate("PlanEditor", "Move up"), ["Alt+Up"], lambda: self.move_speaker(-1), widget=spk)
        self._action(bar, translate("PlanEditor", "Move down"), ["Alt+Down"], lambda: self.move_speaker(1), widget=spk)
        self._action(bar, translate("PlanEditor", "Add person"), ["Ins", "Ctrl+Return"], self.add_person, widget=ppl)
        self._action(bar, translate("PlanEditor", "Delete"), ["Del"], self.delete_person, widget=ppl)
        bar.addSeparator()
        self._action(bar, translate("PlanEditor", "Undo"), ["Ctrl+Z"], lambda: self._send("undo"))
        self._action(bar, translate("PlanEditor", "Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], lambda: self._send("redo"))
        bar.addSeparator()
        self._action(bar, translate("PlanEditor", "Save"), ["Ctrl+S"], self.save)
        self._action(bar, translate("PlanEditor", "Save as…"), ["Ctrl+Shift+S"], self.save_as)
        self._action(bar, translate("PlanEditor", "Speakers"), ["Alt+2"], lambda: self.speakers.setFocus())
        self._action(bar, translate("PlanEditor", "People"), ["Alt+3"], lambda: self.people.setFocus())
        self._action(bar, translate("PlanEditor", "Segments"), ["Alt+1"], lambda: self.segments.setFocus())

    # --- reading ---
    def _changed(self) -> None:
        event = self.controller.show.event
        self._summarise(event)
        row = self.segments.currentIndex().row()
        segment_id = event.segments[row].id if 0 <= row < len(event.segments) else None
        if segment_id != self.speaker_model.segment_id:
            self._select(row)
        else:
            self.speaker_model.refresh()

    def _summarise(self, event: Event, *, typing: bool = False) -> None:
        starts = event.planned_starts()  # once: a plan of 1,000 segments is worked out per keystroke
        end = starts[-1] + timedelta(seconds=event.segments[-1].duration_s)
        hard = event.info.hard_end
        text = translate("PlanEditor", "{count} segments · planned {start}–{end}").format(
            count=len(event.segments),
            start=clock_text(event.info.start_at, seconds=False),
            end=clock_text(end, seconds=False),
        )
        if hard is not None:
            over = round((end - hard).total_seconds())
            if over > 0:
                text += translate("PlanEditor", " · {amount} after the hard stop {stop}").format(
                    amount=format_short(over), stop=clock_text(hard, seconds=False)
                )
            else:
                text += translate("PlanEditor", " · hard stop {stop}, {amount} to spare").format(
                    stop=clock_text(hard, seconds=False), amount=format_short(-over)
                )
        # A fixed start hides an overrun from the planned end: say where the plan runs into one.
        cursor = event.info.start_at
        for segment, start in zip(event.segments, starts, strict=True):
            if segment.fixed_start is not None and start < cursor:
                text += translate("PlanEditor", " · {amount} over the fixed start {time} of “{title}”").format(
                    amount=format_short(round((cursor - start).total_seconds())),
                    time=f"{segment.fixed_start:%H:%M}",
                    title=segment.title,
                )
            cursor = start + timedelta(seconds=segment.duration_s)
        if typing:
            text += translate("PlanEditor", " (as typed)")
        self.summary.setText(text)

    def preview(self, row: int, key: str, text: str) -> None:
        """The planned end and the hard stop with the value being typed (nothing is changed)."""
        event = self.controller.show.event
        segment = event.segments[row]
        try:
            if key == "duration":
                segment = replace(segment, duration_s=parse_duration(text))
            elif key == "start":
                segment = replace(segment, fixed_start=parse_time_of_day(text) if text.strip() else None)
        except DurationError:
            return
        segments = list(event.segments)
        segments[row] = segment
        self._summarise(replace(event, segments=tuple(segments)), typing=True)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)

    def _select(self, row: int) -> None:
        event = self.controller.show.event
        segment = event.segments[row] if 0 <= row < len(event.segments) else None
        self.speaker_model.show_segment(segment.id if segment else None)
        self.speakers_title.setText(
            translate("PlanEditor", "Speakers of “{title}”").format(title=segment.title) if segment else ""
        )
        self._fit_columns(self.speakers)

    # --- segments ---
    def _current_row(self, table: QTableView) -> int:
        return table.currentIndex().row()

    def _send(self, action: str, **arguments: Any) -> dict[str, Any] | None:
        self.show_problem("")
        return self.segment_model.send({"action": action, **arguments})

    def _focus(self, table: QTableView, row: int, column: int, *, edit: bool = False) -> None:
        index = table.model().index(row, column)
        table.setCurrentIndex(index)
        table.setFocus()
        if edit:
            table.edit(index)

    def add_segment(self) -> None:
        row = self._current_row(self.segments)
        event = self.controller.show.event
        after = event.segments[row].id if row >= 0 else None
        answer = self._send(
            "segment_insert",
            after=after,
            segment={"title": translate("PlanEditor", "New segment"), "duration": "5m"},
        )
        if answer is not None:
            ids = [s.id for s in self.controller.show.event.segments]
            self._focus(self.segments, ids.index(answer["segment"]), 1, edit=True)

    def duplicate_segment(self) -> None:
        row = self._current_row(self.segments)
        if row < 0:
            return
        event = self.controller.show.event
        data = segment_data(event.segments[row], event.people, event.defaults)
        del data["id"]
        answer = self._send("segment_insert", after=event.segments[row].id, segment=data)
        if answer is not None:
            self._focus(self.segments, row + 1, 1)

    def delete_segment(self) -> None:
        row = self._current_row(self.segments)
        if row >= 0 and self._send("segment_remove", segment=self.controller.show.event.segments[row].id) is not None:
            self._focus(
                self.segments, min(row, self.segment_model.rows() - 1), max(self.segments.currentIndex().column(), 1)
            )

    def move_segment(self, step: int) -> None:
        row = self._current_row(self.segments)
        target = row + step
        if row < 0 or not 0 <= target < self.segment_model.rows():
            return
        segment_id = self.controller.show.event.segments[row].id
        self.show_problem("")
        if self.segment_model.move_to(segment_id, target + (1 if step > 0 else 0)):
            self._focus(self.segments, target, self.segments.currentIndex().column())

    # --- speakers and people ---
    def add_speaker(self) -> None:
        if self.speaker_model.segment_id is None:
            return
        row = self._current_row(self.speakers) + 1
        self.show_problem("")
        if self.speaker_model.add(row, translate("PlanEditor", "New speaker")):
            self._focus(self.speakers, row, 0, edit=True)

    def delete_speaker(self) -> None:
        row = self._current_row(self.speakers)
        if row >= 0 and self.speaker_model.remove(row):
            self._focus(self.speakers, max(min(row, self.speaker_model.rows() - 1), 0), 0)

    def move_speaker(self, step: int) -> None:
        row = self._current_row(self.speakers)
        target = row + step
        if row >= 0 and 0 <= target < self.speaker_model.rows() and self.speaker_model.move(row, target):
            self._focus(self.speakers, target, self.speakers.currentIndex().column())

    def add_person(self) -> None:
        pid = self.people_model.add(translate("PlanEditor", "New person"))
        if pid is not None:
            self._focus(self.people, self.people_model.person_ids().index(pid), 0, edit=True)

    def delete_person(self) -> None:
        row = self._current_row(self.people)
        if row < 0:
            return
        self.show_problem("")
        pid = self.people_model.person_ids()[row]
        if self.people_model.send({"action": "person_remove", "person": pid}) is not None:
            self._focus(self.people, max(min(row, self.people_model.rows() - 1), 0), 0)

    # --- saving ---
    def save(self) -> None:
        if self._saving is not None:
            self._saving.save(self.controller, self)

    def save_as(self) -> None:
        if self._saving is not None:
            self._saving.save_as(self.controller, self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.controller.changed.disconnect(self._changed)
        super().closeEvent(event)
