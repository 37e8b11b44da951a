"""The live (or next) segment's questions, editable notes and stage cues."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.audience import waiting
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, mnemonic_free, plain_tip
from runofshow.ui.widgets.style import TABS_FROM_SCALE, font_scale

#: Notes are sent to the show this long after the last keystroke (and at once on leaving the field).
NOTES_SETTLE_MS = 600
NOTES_ROOM_LINES = 4  # empty lines the notes get for typing when the side column has the height


class NotesEdit(QPlainTextEdit):
    """Plain text that commits on pause and on focus-out; Escape hands the keys back to the show."""

    def __init__(self, on_commit: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEdit")
        self.setPlaceholderText(translate("DetailsPanel", "Notes for this segment (click to edit, Esc to leave)"))
        self._on_commit = on_commit
        # Tab goes on to the next control (the keyboard's way through the window), never into the
        # notes; Ctrl+Tab types one if it is ever wanted.
        self.setTabChangesFocus(True)
        self.setAccessibleName(translate("DetailsPanel", "Notes for this segment"))
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    reachable_by_tab(widget)  # by Tab, its rows by ↑/↓; a click leaves the keys with the show
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

        text, ok = QInputDialog.getText(
            parent, translate("DetailsPanel", "Add a question"), translate("DetailsPanel", "Question for this segment:")
        )
        return text.strip() if ok and text.strip() else None


class _Section(QWidget):
    """A heading over its widget: no frame, no margin, every pixel of height for the text."""

    def __init__(self, title: str, widget: QWidget) -> None:
        super().__init__()
        self.heading = PlainLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.heading)
        layout.addWidget(widget)
        self._layout = layout

    def title(self) -> str:
        return str(self.heading.text())

    def add(self, widget: QWidget) -> None:
        """Take `widget` back under the heading (from the tabs)."""
        self._layout.addWidget(widget)
        widget.show()

    def setTitle(self, title: str) -> None:  # noqa: N802 (as QGroupBox's)
        self.heading.setText(title)

    def chrome(self, *, titled: bool | None = None) -> int:
        """The height the section adds to its widget (with its heading, or as it is now)."""
        shown = self.heading.isVisibleTo(self) if titled is None else titled
        return int(self.heading.sizeHint().height() + self._layout.spacing()) if shown else 0


class DetailsPanel(QWidget):
    #: The moderator asked for the audience's questions (the right-click menu): the window opens them.
    audience_requested = Signal()

    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shown_index: int | None = None
        self.compact = 0  # how many headings are gone (the side column is short: set_compact)
        self.questions = _list("questionList")
        self.questions.setToolTip(
            plain_tip(
                translate("DetailsPanel", "Double-click: asked / open. Right-click: skipped, asked to…, add a question")
            )
        )
        self.questions.itemDoubleClicked.connect(self._toggle_question)
        self.questions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.questions.customContextMenuRequested.connect(self._question_menu)
        self.questions.setAccessibleName(translate("DetailsPanel", "Questions for this segment"))
        self.cues = _list("cueList")
        self.cues.setAccessibleName(translate("DetailsPanel", "Cues for this segment"))
        self.notes = NotesEdit(self._commit_notes)
        self.notes.setMinimumHeight(30)
        # Stacked boxes show all three at once; when they would not each fit two lines (large
        # text, a short window) the same three widgets move into tabs instead of being cut.
        self._stack = QStackedLayout(self)
        column = QWidget()
        # Its minimum is not the panel's: when the boxes no longer fit, the tabs take over.
        column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._column_layout = layout
        self._questions_box = self._box(translate("DetailsPanel", "Questions"), self.questions, layout)
        self._notes_box = self._box(translate("DetailsPanel", "Notes"), self.notes, layout)
        self._cues_box = self._box(translate("DetailsPanel", "Cues"), self.cues, layout)
        layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailsTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reachable_by_tab(self.tabs.tabBar())  # ←/→ switch the pages there
        # A list moved into a tab keeps the item layout of its last width until told.
        self.tabs.currentChanged.connect(self._lay_out_current)
        self._stack.addWidget(column)
        self._stack.addWidget(self.tabs)
        self.notes.textChanged.connect(self._fit_later)  # a line more or less
        controller.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _box(title: str, widget: QWidget, layout: QVBoxLayout) -> _Section:
        box = _Section(title, widget)
        layout.addWidget(box)
        return box

    def tabbed(self) -> bool:
        return self._stack.currentIndex() == 1

    def _needed_height(self) -> int:
        """Three boxes whole: every cue, the notes, the first open question and the next. Less
        than that (at 200% text only), and the three move into tabs, each whole in the panel's
        full height."""
        questions, notes, cues = self.box_heights()
        return self._chrome() + questions + notes + cues

    def needed_height(self, *, compact: int) -> int:
        """What the three boxes need whole at a level of compactness (see `set_compact`)."""
        questions, notes, cues = self.box_heights()
        return self._chrome(compact=compact) + questions + notes + cues

    def set_compact(self, compact: int) -> None:
        """Short of height, headings go before anything is cut: at 1 the Notes and Cues headings
        (the cues' ▸ and the notes' own box say what they are; a screen reader has their names),
        at 2 the Questions heading too (its ☐ say what they are)."""
        if self.compact == compact:
            return
        self.compact = compact
        for box, level in ((self._notes_box, 1), (self._cues_box, 1), (self._questions_box, 2)):
            box.heading.setVisible(compact < level)
        self._fit_later()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._retab(event.size().height())
        self._fit_boxes()

    # --- each box as tall as what it holds ------------------------------------------------
    # Measured from the text and the panel's width, not from the widgets: a list or a notes box
    # in a hidden tab keeps the sizes of its last layout, and the panel would stay in tabs.
    def _inner_width(self, widget: QWidget) -> int:
        frame = widget.frameWidth() if isinstance(widget, QListWidget | QPlainTextEdit) else 0
        return max(self.width() - 2 * frame - 8, 40)

    def _rows_height(self, widget: QListWidget, rows: range) -> int:
        """The rows wrapped at the box's width, with the items' padding."""
        metrics = widget.fontMetrics()
        width = self._inner_width(widget)
        height = 0
        for row in rows:
            text = widget.item(row).text()
            box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
            height += max(box.height(), metrics.height()) + 2 + 2 * widget.spacing()  # padding: 1px top and bottom
        return height + 2 * widget.frameWidth() + 2

    def _notes_height(self, lines_at_least: int = 1) -> int:
        notes = self.notes
        margin = int(2 * notes.document().documentMargin())
        metrics = notes.fontMetrics()
        width = self._inner_width(notes) - margin
        text = notes.toPlainText()
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        lines = max(-(-box.height() // max(metrics.lineSpacing(), 1)), lines_at_least)
        return lines * metrics.lineSpacing() + margin + 2 * notes.frameWidth() + 2

    def box_heights(self) -> tuple[int, int, int]:
        """What each box needs: every cue, the notes whole, and the questions from the first
        still open: all of them when there is room, else that one and the next."""
        questions = self.questions
        count = questions.count()
        first = self._first_open()
        cues = max(self._rows_height(self.cues, range(self.cues.count())), self.cues.fontMetrics().height() + 6)
        notes = self._notes_height()
        whole = self._rows_height(questions, range(count)) if count else questions.fontMetrics().height() + 6
        room = self.height() - cues - notes - self._chrome()
        if whole > room and count:
            whole = self._rows_height(questions, range(first, min(first + 2, count)))
        return whole, notes, cues

    def _chrome(self, *, compact: int | None = None) -> int:
        """The three boxes' headings and the layout's spacing (as they are now, or at a level of
        compactness)."""
        spacing = max(self._column_layout.spacing(), 0)

        def titled(level: int) -> bool | None:
            return None if compact is None else compact < level

        return (
            self._questions_box.chrome(titled=titled(2))
            + self._notes_box.chrome(titled=titled(1))
            + self._cues_box.chrome(titled=titled(1))
            + 3 * spacing
        )

    def _first_open(self) -> int:
        for row in range(self.questions.count()):
            if self.questions.item(row).text().startswith("☐"):
                return row
        return 0

    def _fit_boxes(self) -> None:
        if self.tabbed():
            for widget in (self.questions, self.notes, self.cues):
                widget.setMinimumHeight(30)
                widget.setMaximumHeight(16777215)
            return
        questions, notes, cues = self.box_heights()
        spare = self.height() - self._chrome() - questions - notes - cues
        # Room left over goes to the notes, up to a few lines: it is where the moderator types.
        notes += min(max(spare, 0), NOTES_ROOM_LINES * self.notes.fontMetrics().lineSpacing())
        for widget, height in ((self.questions, questions), (self.notes, notes), (self.cues, cues)):
            widget.setFixedHeight(max(height, 24))
        first = self.questions.item(self._first_open())
        if first is not None:
            self.questions.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The same height may hold three boxes again, or no longer. After the event: moving
            # widgets between the boxes and the tabs while Qt is still handing the new style
            # sheet to every widget would change the widget tree under its feet.
            QTimer.singleShot(0, self, self._retab_now)

    def _retab_now(self) -> None:
        if shiboken6.isValid(self):  # the panel may have gone with its window meanwhile
            self._retab(self.height())
            self._fit_boxes()

    def _fit_later(self) -> None:
        """After the lists have laid out their new rows (their heights are known then)."""
        QTimer.singleShot(0, self, self._retab_now)

    def _retab(self, height: int) -> None:
        # Tabs only at 200% text and more: up to 150% every box is in sight (the digits and the
        # words give way first, main_window.py), and a tab never hides what just arrived.
        tabbed = height < self._needed_height() - 2 and font_scale() >= TABS_FROM_SCALE
        if tabbed == self.tabbed():
            return
        boxes = (self._questions_box, self._notes_box, self._cues_box)
        widgets = (self.questions, self.notes, self.cues)
        if tabbed:
            for widget, title in zip(widgets, self._tab_titles(), strict=True):
                self.tabs.addTab(widget, title)
            self._stack.setCurrentIndex(1)
            QTimer.singleShot(0, self, self._lay_out_current)
        else:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for box, widget in zip(boxes, widgets, strict=True):
                box.add(widget)
            self._stack.setCurrentIndex(0)

    def _lay_out_current(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, QListWidget):
            widget.doItemsLayout()

    def _tab_titles(self) -> tuple[str, str, str]:
        """Short, with how many each holds: the tab bar shows all three at large text."""
        return (
            f"{translate('DetailsPanel', 'Questions')} ({self.questions.count()})",
            translate("DetailsPanel", "Notes"),
            f"{translate('DetailsPanel', 'Cues')} ({self.cues.count()})",
        )

    def refresh(self) -> None:
        show = self._controller.show
        index = len(show.runs) - 1 if show.ended else show.cursor
        if index != self._shown_index:
            self.notes.flush()  # the edit belongs to the segment that was shown
        seg = show.segment(index)
        moderator = show.event.people.get(seg.moderator) if seg.moderator else None
        title = (
            translate("DetailsPanel", "Questions · moderator {name}").format(name=moderator.name)
            if moderator
            else translate("DetailsPanel", "Questions")
        )
        count = len(waiting(show.audience_questions))
        if count:  # said in the heading, which is there anyway (the list keeps its room), first
            title = (
                translate("DetailsPanel", "Questions · {count} from the audience · moderator {name}")
                if moderator
                else translate("DetailsPanel", "Questions · {count} from the audience")
            ).format(count=count, name=moderator.name if moderator else "")
        self._questions_box.setTitle(title)
        self.questions.clear()
        for question in show.runs[index].questions:
            mark = {"open": "☐", "asked": "☑", "skipped": "⤼"}[question.status.value]
            to = f"  → {question.to}" if question.to else ""
            source = ""
            if question.source:  # from the audience, and who asked (in words: no colour alone)
                source = (
                    translate("DetailsPanel", "  · from the audience: {name}").format(name=question.name)
                    if question.name
                    else translate("DetailsPanel", "  · from the audience")
                )
            item = QListWidgetItem(f"{mark} {question.text}{source}{to}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            if question.status.value != "open":
                item.setForeground(self.questions.palette().placeholderText())
            self.questions.addItem(item)
        self.cues.clear()
        self.cues.addItems([f"▸ {cue}" for cue in seg.cues])
        if self.tabbed():
            for tab, title in enumerate(self._tab_titles()):
                self.tabs.setTabText(tab, title)
        self._fit_later()
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

    def _question_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        item = self.questions.itemAt(position)
        if item is not None:
            question_id = item.data(Qt.ItemDataRole.UserRole)
            menu.addAction(translate("DetailsPanel", "☑ Asked"), lambda: self._mark(question_id, "asked"))
            menu.addAction(translate("DetailsPanel", "⤼ Skipped"), lambda: self._mark(question_id, "skipped"))
            menu.addAction(translate("DetailsPanel", "☐ Open again"), lambda: self._mark(question_id, "open", ""))
            asked_to = menu.addMenu(translate("DetailsPanel", "Asked to…"))
            if self._shown_index is not None:
                for entry in self._controller.show.runs[self._shown_index].queue.entries:
                    asked_to.addAction(mnemonic_free(entry.name), partial(self._mark, question_id, "asked", entry.name))
            menu.addSeparator()
        menu.addAction(translate("DetailsPanel", "+ Add a question…"), self.add_question)
        menu.addAction(translate("DetailsPanel", "Audience questions…"), self.audience_requested.emit)
        menu.exec(self.questions.mapToGlobal(position))

    def mark_next_question(self, status: str) -> None:
        """The first question still open is marked (Q: asked, Shift+Q: skipped): the keyboard's
        way through the bank, which the moderator usually takes in order."""
        if self._shown_index is None:
            return
        waiting = [q for q in self._controller.show.runs[self._shown_index].questions if q.status.value == "open"]
        if not waiting:
            self._controller.failed.emit(translate("DetailsPanel", "no open question left in this segment"))
            return
        self._mark(waiting[0].id, status)

    def edit_notes(self) -> None:
        """Put the cursor in the notes (Esc gives the keys back to the show)."""
        if self.tabbed():
            self.tabs.setCurrentWidget(self.notes)
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.notes.moveCursor(QTextCursor.MoveOperation.End)

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
