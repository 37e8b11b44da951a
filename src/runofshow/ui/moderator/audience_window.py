"""The moderator's audience questions (Show → Audience questions, Ctrl+Shift+A): what the room
sent from /ask, to approve into a segment's bank (maybe edited), merge, reject or put in order.

A window of its own beside the main one, not a part of it: a hall can send a hundred questions,
and the podium's window keeps its room for the show (the Questions heading says how many wait).
Every button sends the same `audience_moderate` command as the floor manager's /floor page, so a
decision here is journaled, undone by Ctrl+Z in the main window, and seen on every phone.
The list is rebuilt at most once per event-loop turn and only while the window is open: a flood
of questions costs the moderator's window nothing it does not show.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.audience import AudienceQuestion, AudienceStatus, waiting
from runofshow.core.kinds import QuestionStatus
from runofshow.core.status import Status
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.next_turn import NextTurn
from runofshow.ui.widgets.plain_text import PlainLabel

QuestionIdRole = Qt.ItemDataRole.UserRole
#: How much of a question the Merge list shows (the whole text is in the list above it).
SHORT_CHARS = 70


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHORT_CHARS else line[: SHORT_CHARS - 1] + "…"


class AudienceWindow(QDialog):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(translate("AudienceWindow", "Audience questions"))
        self.setModal(False)
        self._controller = controller
        self._shown: list[tuple[str, str, str, int]] = []
        self._editing_id: str | None = None
        layout = QVBoxLayout(self)
        self.summary = PlainLabel(objectName="audienceSummary", wordWrap=True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("audienceList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(translate("AudienceWindow", "Questions from the audience"))
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.approve())
        layout.addWidget(self.list, 1)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("audienceEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(translate("AudienceWindow", "The selected question's text, to edit"))
        self.editor.setAccessibleName(translate("AudienceWindow", "The question's text"))
        self.editor.setMaximumHeight(self.editor.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.editor)

        grid = QGridLayout()
        self.into = QComboBox()
        self.into.setObjectName("audienceInto")
        self.into.setAccessibleName(translate("AudienceWindow", "Approve into"))
        grid.addWidget(PlainLabel(translate("AudienceWindow", "Approve into:")), 0, 0)
        grid.addWidget(self.into, 0, 1, 1, 3)
        self.merge_target = QComboBox()
        self.merge_target.setObjectName("audienceMergeTarget")
        self.merge_target.setAccessibleName(translate("AudienceWindow", "Merge into"))
        grid.addWidget(PlainLabel(translate("AudienceWindow", "Merge into:")), 1, 0)
        grid.addWidget(self.merge_target, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        row = QHBoxLayout()
        self.approve_button = self._button(translate("AudienceWindow", "Approve  [Enter]"), self.approve, row)
        self.save_button = self._button(translate("AudienceWindow", "Save the text"), self.save_text, row)
        self.merge_button = self._button(translate("AudienceWindow", "Merge"), self.merge, row)
        self.reject_button = self._button(translate("AudienceWindow", "Reject  [Del]"), self.reject_question, row)
        self.up_button = self._button(translate("AudienceWindow", "↑ Up"), lambda: self.move_by(-1), row)
        self.down_button = self._button(translate("AudienceWindow", "↓ Down"), lambda: self.move_by(1), row)
        layout.addLayout(row)
        self.list.installEventFilter(self)  # its keys: Enter approves, Del rejects, Alt+↑/↓ order
        self.resize(640, 560)
        self._refresh_soon = NextTurn(self, self.refresh)
        controller.changed.connect(self._changed)
        self.refresh()

    def _button(self, text: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The list's keys (a dialog's Enter would close it): Enter approves, Del rejects, Alt+↑/↓
        move the selected question; Esc closes the window as usual."""
        if watched is not self.list or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        action: Callable[[], object] | None = {
            Qt.Key.Key_Return: self.approve,
            Qt.Key.Key_Enter: self.approve,
            Qt.Key.Key_Delete: self.reject_question,
        }.get(Qt.Key(key))
        if action is not None and alt:
            action = None
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            action = partial(self.move_by, -1 if key == Qt.Key.Key_Up else 1)
        if action is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:
            # Ours, never the main window's show keys (Del there removes a speaker).
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            action()
            return True
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        if self.isVisible():
            self._refresh_soon()

    # --- what is shown ------------------------------------------------------------------------
    def rows(self) -> list[AudienceQuestion]:
        """The questions the moderator decides on: the waiting ones in their order, then those
        approved and not yet asked (their order is their bank's)."""
        show = self._controller.show
        approved = []
        for run in show.runs:
            for asked in run.questions:
                if asked.source and asked.status is QuestionStatus.OPEN:
                    found = next((q for q in show.audience_questions if q.bank is asked), None)
                    if found is not None:
                        approved.append(found)
        return [*waiting(show.audience_questions), *approved]

    def refresh(self) -> None:
        show = self._controller.show
        rows = self.rows()
        count = len(waiting(show.audience_questions))
        decided = [q for q in show.audience_questions if q.status is not AudienceStatus.WAITING]
        self.summary.setText(
            translate(
                "AudienceWindow", "{waiting} waiting · {approved} approved · {rejected} rejected · {refused} refused"
            ).format(
                waiting=count,
                approved=sum(q.status is AudienceStatus.APPROVED for q in decided),
                rejected=sum(q.status is AudienceStatus.REJECTED for q in decided),
                refused=show.audience_refused,
            )
        )
        self._fill_into()
        shown = [(q.id, q.status.value, q.text, len(q.merged)) for q in rows]
        if shown != self._shown:
            self._shown = shown
            current = self.selected_id()
            self.list.blockSignals(True)
            self.list.clear()
            for q in rows:
                item = QListWidgetItem(self._row_text(q))
                item.setData(QuestionIdRole, q.id)
                self.list.addItem(item)
            self.list.blockSignals(False)
            self.select(current if current in {q.id for q in rows} else (rows[0].id if rows else None))
        self._fill_merge()
        self._enable()

    def _row_text(self, q: AudienceQuestion) -> str:
        who = " · ".join(part for part in (q.name, q.organization) if part)
        more = translate("AudienceWindow", "+{count} similar").format(count=len(q.merged)) if q.merged else ""
        details = " · ".join(part for part in (who, more) if part)
        if q.status is AudienceStatus.APPROVED:
            title = next((s.title for s in self._controller.show.event.segments if s.id == q.segment), "")
            mark = translate("AudienceWindow", "✓ in the bank of {segment}").format(segment=title)
            details = " · ".join(part for part in (mark, details) if part)
        return q.text + (f"\n    {details}" if details else "")

    def _fill_into(self) -> None:
        """The segments a question may still join: the live one first said so, then those to come."""
        show = self._controller.show
        chosen = self.into.currentData()
        live = translate("AudienceWindow", "Now: {title}")
        wanted = [
            (seg.id, live.format(title=seg.title) if run.status is Status.LIVE else seg.title)
            for seg, run in zip(show.event.segments, show.runs, strict=True)
            if run.status in (Status.LIVE, Status.PENDING)
        ]
        have = [(self.into.itemData(i), self.into.itemText(i)) for i in range(self.into.count())]
        if wanted != have:
            self.into.blockSignals(True)
            self.into.clear()
            for sid, label in wanted:
                self.into.addItem(label, sid)
            self.into.setCurrentIndex(next((i for i, (sid, _) in enumerate(wanted) if sid == chosen), 0))
            self.into.blockSignals(False)

    def _fill_merge(self) -> None:
        current = self.selected_id()
        targets = [(q.id, _short(q.text)) for q in self.rows() if q.id != current]
        have = [
            (self.merge_target.itemData(i), self.merge_target.itemText(i)) for i in range(self.merge_target.count())
        ]
        if targets != have:
            self.merge_target.clear()
            for qid, text in targets:
                self.merge_target.addItem(text, qid)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        value = None if item is None else item.data(QuestionIdRole)
        return value if isinstance(value, str) else None

    def selected(self) -> AudienceQuestion | None:
        qid = self.selected_id()
        return next((q for q in self._controller.show.audience_questions if q.id == qid), None)

    def select(self, question_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(QuestionIdRole) == question_id:
                self.list.setCurrentRow(row)
                return
        self._selected()

    def _selected(self, *_: object) -> None:
        question = self.selected()
        qid = None if question is None else question.id
        if qid != self._editing_id:  # a new selection: its text to edit (a refresh keeps what is typed)
            self._editing_id = qid
            self.editor.setPlainText("" if question is None else question.text)
        self._fill_merge()
        self._enable()

    def _enable(self) -> None:
        question = self.selected()
        is_waiting = question is not None and question.status is AudienceStatus.WAITING
        self.approve_button.setEnabled(is_waiting and self.into.count() > 0)
        self.merge_button.setEnabled(is_waiting and self.merge_target.count() > 0)
        for button in (self.save_button, self.reject_button, self.up_button, self.down_button):
            button.setEnabled(question is not None)

    # --- decisions ----------------------------------------------------------------------------
    def _decide(self, decision: str, **more: Any) -> bool:
        question = self.selected()
        if question is None:
            return False
        return self._controller.act("audience_moderate", question=question.id, decision=decision, **more)

    def _edited(self, question: AudienceQuestion) -> str | None:
        text = self.editor.toPlainText().strip()
        return text if text and text != question.text else None

    def approve(self) -> None:
        question = self.selected()
        if question is None or question.status is not AudienceStatus.WAITING:
            return
        more: dict[str, Any] = {}
        if self.into.currentData():
            more["segment"] = self.into.currentData()
        text = self._edited(question)
        if text is not None:
            more["text"] = text
        self._next_after(question, lambda: self._decide("approve", **more))

    def save_text(self) -> None:
        question = self.selected()
        text = None if question is None else self._edited(question)
        if text is not None:
            self._decide("edit", text=text)

    def merge(self) -> None:
        target = self.merge_target.currentData()
        question = self.selected()
        if target and question is not None:
            self._next_after(question, lambda: self._decide("merge", into=target))

    def reject_question(self) -> None:
        question = self.selected()
        if question is not None:
            self._next_after(question, lambda: self._decide("reject"))

    def move_by(self, delta: int) -> None:
        """Up or down among the waiting questions, or in its bank once approved."""
        question = self.selected()
        if question is None:
            return
        show = self._controller.show
        if question.status is AudienceStatus.APPROVED and question.bank is not None:
            bank = next(run.questions for run in show.runs if question.bank in run.questions)
            place, last = bank.index(question.bank), len(bank) - 1
        else:
            order = waiting(show.audience_questions)
            place, last = order.index(question), len(order) - 1
        target = max(0, min(place + delta, last))
        if target != place:
            self._decide("move", position=target)
            self._refresh_now(question.id)

    def _next_after(self, question: AudienceQuestion, decide: Any) -> None:
        """Decide, then select the next question (the moderator goes down the list)."""
        row = self.list.currentRow()
        if decide():
            self._refresh_now(None)
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _refresh_now(self, keep: str | None) -> None:
        self._shown = []
        self.refresh()
        if keep is not None:
            self.select(keep)
