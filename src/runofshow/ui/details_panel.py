"""The live (or next) segment's questions, editable notes and stage cues."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runofshow.ui.controller import ShowController

#: Notes are sent to the show this long after the last keystroke (and at once on leaving the field).
NOTES_SETTLE_MS = 600


class NotesEdit(QPlainTextEdit):
    """Plain text that commits on pause and on focus-out; Escape hands the keys back to the show."""

    def __init__(self, on_commit, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("notesEdit")
        self.setPlaceholderText("Notes for this segment (click to edit, Esc to leave)")
        self._on_commit = on_commit
        self._settle = QTimer(self, singleShot=True, interval=NOTES_SETTLE_MS)
        self._settle.timeout.connect(self.commit)
        self.textChanged.connect(self._settle.start)

    def flush(self) -> None:
        """Commit now if an edit is waiting to settle."""
        if self._settle.isActive():
            self.commit()

    def commit(self) -> None:
        self._settle.stop()
        self._on_commit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.flush()
        super().focusOutEvent(event)


def _list(name: str) -> QListWidget:
    widget = QListWidget(objectName=name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Width follows the layout, not the longest line (lines wrap instead).
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
    widget.setMinimumHeight(30)  # the countdown above gets the height first
    return widget


class QuestionDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, "Add a question", "Question for this segment:")
        return text.strip() if ok and text.strip() else None


class DetailsPanel(QWidget):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shown_index: int | None = None
        self.questions = _list("questionList")
        self.questions.setToolTip("Double-click: asked / open. Right-click: skipped, asked to…, add a question")
        self.questions.itemDoubleClicked.connect(self._toggle_question)
        self.questions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.questions.customContextMenuRequested.connect(self._question_menu)
        self.cues = _list("cueList")
        self.notes = NotesEdit(self._commit_notes)
        self.notes.setMinimumHeight(30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._questions_box = self._box("Questions", self.questions, layout, 3)
        self._box("Notes", self.notes, layout, 3)
        self._box("Cues", self.cues, layout, 2)
        controller.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _box(title: str, widget: QWidget, layout: QVBoxLayout, stretch: int) -> QGroupBox:
        box = QGroupBox(title)
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        layout.addWidget(box, stretch)
        return box

    def refresh(self) -> None:
        show = self._controller.show
        index = len(show.runs) - 1 if show.ended else show.cursor
        if index != self._shown_index:
            self.notes.flush()  # the edit belongs to the segment that was shown
        seg = show.segment(index)
        moderator = show.event.people.get(seg.moderator) if seg.moderator else None
        self._questions_box.setTitle(f"Questions · moderator {moderator.name}" if moderator else "Questions")
        self.questions.clear()
        for question in show.runs[index].questions:
            mark = {"open": "☐", "asked": "☑", "skipped": "⤼"}[question.status.value]
            to = f"  → {question.to}" if question.to else ""
            item = QListWidgetItem(f"{mark} {question.text}{to}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            if question.status.value != "open":
                item.setForeground(self.questions.palette().placeholderText())
            self.questions.addItem(item)
        self.cues.clear()
        self.cues.addItems([f"▸ {cue}" for cue in seg.cues])
        text = show.runs[index].notes
        # Never overwrite what the moderator is typing; switch only when the segment changes.
        if index != self._shown_index or (not self.notes.hasFocus() and self.notes.toPlainText() != text):
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)
            self._shown_index = index

    def _segment_id(self) -> str | None:
        return None if self._shown_index is None else self._controller.show.segment(self._shown_index).id

    def _mark(self, question_id: str, status: str, to: str | None = None) -> None:
        arguments = {"question": question_id, "status": status, "segment": self._segment_id()}
        if to is not None:
            arguments["to"] = to
        self._controller.act("question", **arguments)

    def _toggle_question(self, item: QListWidgetItem) -> None:
        asked = item.text().startswith("☑")
        self._mark(item.data(Qt.ItemDataRole.UserRole), "open" if asked else "asked")

    def _question_menu(self, position) -> None:  # noqa: ANN001
        menu = QMenu(self)
        item = self.questions.itemAt(position)
        if item is not None:
            question_id = item.data(Qt.ItemDataRole.UserRole)
            menu.addAction("☑ Asked", lambda: self._mark(question_id, "asked"))
            menu.addAction("⤼ Skipped", lambda: self._mark(question_id, "skipped"))
            menu.addAction("☐ Open again", lambda: self._mark(question_id, "open", ""))
            asked_to = menu.addMenu("Asked to…")
            if self._shown_index is not None:
                for entry in self._controller.show.runs[self._shown_index].queue.entries:
                    asked_to.addAction(entry.name, lambda n=entry.name: self._mark(question_id, "asked", n))
            menu.addSeparator()
        menu.addAction("+ Add a question…", self.add_question)
        menu.exec(self.questions.mapToGlobal(position))

    def add_question(self) -> None:
        text = QuestionDialog.ask(self)
        if text:
            self._controller.act("question_add", text=text, segment=self._segment_id())

    def _commit_notes(self, text: str) -> None:
        if self._shown_index is None:
            return
        segment_id = self._controller.show.segment(self._shown_index).id
        if self._controller.show.runs[self._shown_index].notes != text:
            self._controller.act("set_notes", segment=segment_id, notes=text)
