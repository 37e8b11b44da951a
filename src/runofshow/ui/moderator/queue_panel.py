"""The speaker queue of the live segment: a table that can be reordered by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QVBoxLayout, QWidget

from runofshow.core.kinds import Cue, RequestType
from runofshow.ui.moderator.queue_model import (
    COL_CUE,
    COL_NAME,
    COL_TIME,
    COL_TYPE,
    EntryIdRole,
    QueueModel,
    RequestIdRole,
)
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.accessible import plain_name
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import cue_label, translate, type_label
from runofshow.ui.widgets.plain_text import plain_tip
from runofshow.ui.widgets.state_table import BOLD_STATES, StateRole, StateTable


def _widest() -> dict[int, list[str]]:
    """What each narrow column must fit, in the chosen language."""
    return {
        COL_CUE: [cue_label(cue) for cue in Cue] + [translate("QueueModel", "❚❚ PAUSED")],
        COL_TYPE: [type_label(kind) for kind in RequestType],
        COL_TIME: ["+88:88"],
    }


#: Below this many average characters of width the queue is compact (cue shapes, types after names).
COMPACT_BELOW = 100


class QueueView(StateTable):
    rows_fitted = Signal()  # the rows' heights changed: the side column may give the queue more room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        # Keys belong to the window (Up/Down select and say who, G calls next), focused or not;
        # Tab reaches it (a click does not take the keys); the mouse still selects and drags.
        reachable_by_tab(self, frozenset())
        self.setWordWrap(True)
        self._wanted: dict[int, int] = {}
        self.fit_to_font()

    def fit_to_font(self) -> None:
        super().fit_to_font()
        if self.model() is None:
            return
        # Sized from the contents when the font changes, not on every change (start-up and ticks stay cheap).
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(20)
        self.resizeColumnsToContents()
        # Room for the widest value each column can take later (in bold, for the speaking row).
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for col, samples in _widest().items():
            widest = max(metrics.horizontalAdvance(sample) for sample in samples)
            # (The times are right-aligned digits: a little room is enough; the words need more.)
            room = widest + (12 if col == COL_TIME else 24)
            self._wanted[col] = room if col == COL_TIME else max(header.sectionSize(col), room)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._share_columns()
        # Three speakers at the very least (the window must still fit the screen at 200% text);
        # the side column gives the queue room for five and more (main_window.py).
        rows = 3 * self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(header.sizeHint().height() + rows + 2 * self.frameWidth() + 2)
        self.fit_rows()  # names wrap differently in the new font

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share_columns()
        self.fit_rows()

    def fit_rows(self) -> None:
        """A long name takes a second line rather than an ellipsis: rows as tall as their text.
        Measured when the queue or the width changes, never on a tick (the times do not wrap)."""
        model = self.model()
        if model is None or not model.rowCount():
            return
        self.updateGeometries()  # the header's height (a new font) in the viewport's margins first
        # Measured from the name alone (the other cells are one short line each; a fallback
        # font's tall symbol in the cue column made every row taller than its text).
        bold = QFont(self.font())
        bold.setBold(True)
        plain, strong = QFontMetrics(self.font()), QFontMetrics(bold)
        width = max(self.columnWidth(COL_NAME) - 12, 40)
        line = strong.lineSpacing()
        base = self.verticalHeader().defaultSectionSize()
        for row in range(model.rowCount()):
            index = model.index(row, COL_NAME)
            name = str(index.data() or "")
            metrics = strong if index.data(StateRole) in BOLD_STATES else plain  # the speaker's row is bold
            box = metrics.boundingRect(QRect(0, 0, width, line * 20), int(Qt.TextFlag.TextWordWrap), name)
            lines = max(-(-box.height() // line), 1)
            height = base + (lines - 1) * line
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
        self.updateGeometry()
        self.rows_fitted.emit()

    def sizeHint(self) -> QSize:  # noqa: N802
        # Five rows, or as many as there are speakers up to eight: the side column's first claim.
        model = self.model()
        count = model.rowCount() if model is not None else 0
        rows = min(max(count, 5), 8)
        hint = super().sizeHint()
        default = self.verticalHeader().defaultSectionSize()
        tall = sum(self.rowHeight(r) if r < count else default for r in range(rows))  # wrapped names count
        header = self.horizontalHeader()
        height = (0 if header.isHidden() else header.sizeHint().height()) + tall
        return QSize(hint.width(), height + 2 * self.frameWidth() + 2)

    def _share_columns(self) -> None:
        """The name keeps at least 35% of the width: when space is short (large text, a narrow
        panel) the cue and request columns give way and elide, never the speaker's name."""
        if not self._wanted:
            return
        header = self.horizontalHeader()
        width = self.viewport().width()
        model = self.model()
        # Narrow (the side column on a laptop): the request type moves after the name, the cue to
        # its shape, so that the name is whole.
        # Decided on the width without the scroll bar: its coming and going must not flip the mode
        # (which would bring the column titles and the scroll bar back, and so on for ever).
        full = self.width() - 2 * self.frameWidth()
        compact = full < COMPACT_BELOW * self.fontMetrics().averageCharWidth()
        if isinstance(model, QueueModel):
            model.set_compact(compact)
        self.setColumnHidden(COL_TYPE, compact)
        # Narrow, the column titles cost a row and say little: a name, its time, its shape.
        if header.isHidden() != compact:
            header.setHidden(compact)
            self.updateGeometries()  # the viewport's margin for the titles goes (or comes) now
            self.rows_fitted.emit()  # the queue's height changes with them
        if compact:
            cue = self.fontMetrics().horizontalAdvance("▶▶") + 16
            header.resizeSection(COL_CUE, cue)
            header.resizeSection(COL_TIME, self._wanted[COL_TIME])
            return
        spare = width - self._wanted[COL_TIME] - int(width * 0.35)
        wanted = self._wanted[COL_CUE] + self._wanted[COL_TYPE]
        shrink = 1.0 if wanted <= spare else max(spare, 0) / wanted
        header.resizeSection(COL_TIME, self._wanted[COL_TIME])
        for col in (COL_CUE, COL_TYPE):
            header.resizeSection(col, max(int(self._wanted[col] * shrink), 36))


class QueuePanel(QGroupBox):
    selection_said = Signal(str)  # what Up/Down selected, in words (for a screen reader)

    def __init__(self, controller: ShowController, actions: list[QAction], parent: QWidget | None = None) -> None:
        """`actions` make the right-click menu of the queue."""
        super().__init__(translate("QueuePanel", "Speakers"), parent)
        self.setObjectName("queuePanel")
        self._controller = controller
        self.model = QueueModel(controller)
        self.view = QueueView()
        self.view.setAccessibleName(translate("QueuePanel", "Speaker queue of the live segment"))
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._retitle)
        controller.changed.connect(self.view.fit_rows)  # names come and go with commands only
        self.titled = True
        self._retitle()

    def _retitle(self) -> None:
        seg = self._controller.show.segment(self.model.segment_index)
        self._title = translate("QueuePanel", "Speakers · {title}").format(title=seg.title)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title cut to the panel's width: a long segment title must not widen the side
        column (and narrow the digits beside it); the segment's whole title is in the rundown."""
        room = max(self.width() - 24, 40)
        shown = self.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight, room) if self.titled else ""
        self.setTitle(shown)
        self.setToolTip(plain_tip(self._title))

    def title_height(self) -> int:
        """The height the title line takes (what going untitled gives the details below)."""
        return self.fontMetrics().height() + 8

    def set_titled(self, titled: bool) -> None:
        """Short of height the title line goes (the segment is in the NOW line and the rundown,
        the speakers are what the rows show): a line more for the questions, notes and cues."""
        if titled == self.titled:
            return
        self.titled = titled
        # The themes' margin-top is the title's room: without a title, none.
        self.setStyleSheet("" if titled else "QGroupBox#queuePanel { margin-top: 0px; }")
        self._fit_title()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.view.minimumSizeHint().width() + 24), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_title()

    # --- selection (driven by window keys) ------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(EntryIdRole) if rows else None

    def selected_request(self) -> str | None:
        """The request on the selected row; else the first one waiting (Y and D need no selection)."""
        rows = self.view.selectionModel().selectedRows()
        chosen = rows[0].data(RequestIdRole) if rows else None
        if chosen is None:
            waiting = self.model.requests()
            chosen = waiting[0].id if waiting else None
        return chosen

    def select_id(self, entry_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(EntryIdRole) == entry_id:
                self.select_row(row)
                return

    def select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = max(0, min(row, count - 1))
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def move_selection(self, delta: int) -> None:
        rows = self.view.selectionModel().selectedRows()
        start = rows[0].row() if rows else (-1 if delta > 0 else self.model.rowCount())
        self.select_row(start + delta)
        # The queue never takes the focus (the keys are the show's), so a screen reader would not
        # hear what Up/Down selected: it is said.
        rows = self.view.selectionModel().selectedRows()
        request = self.model.request(rows[0].row()) if rows else None
        if request is not None:
            asked = plain_name(translate("QueueModel", "☝ REQUESTED"))
            self.selection_said.emit(f"{request.name}, {asked}, {type_label(request.type)}")
        entry_id = self.selected_id()
        if entry_id is not None:
            entry = self.model.queue.get(entry_id)
            cue = plain_name(cue_label(entry.cue))  # the word, not the sign
            self.selection_said.emit(f"{entry.name}, {cue}, {type_label(entry.type)}")
