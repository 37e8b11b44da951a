"""The rundown table. Row colours come from the style sheet (qproperty-*), keyed by row state."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QWidget,
)

from runofshow.core.schedule import Phase
from runofshow.ui.moderator.rundown_model import (
    COL_LEFT,
    COL_LENGTH,
    COL_PLAN,
    COL_START,
    COL_STATUS,
    COL_TITLE,
    RundownModel,
    status_samples,
)
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.state_table import StateTable

#: Fewer average characters than this for the title: the view is narrow.
TITLE_CHARS = 45
COL_NUMBER = 0  # the segment's number (Ctrl+G lists them): gives way on a narrow screen
TITLE_LINES = 3  # a title wraps to this many lines before it is cut short
FITTED_ROWS = 4  # the current segment and the three after it get the height their titles need
#: What a cell's text loses to the style: the item's padding, the focus frame's margin, a pixel.
TEXT_MARGINS = 20
#: Fewer average characters than this for the title (narrow already), and the start times go.
TITLE_CHARS_LEAST = 30
MIN_TITLE_PX = 120  # below this a title says nothing; the table scrolls sideways instead


class RundownView(StateTable):
    rows_fitted = Signal()  # the rows' heights changed: the band holding the view may need more

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rundown")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The show keys (Space, ←/→) belong to the window; reached by Tab, ↑/↓ move its rows.
        reachable_by_tab(self)
        self.setWordWrap(True)
        self.wrap_columns = frozenset({COL_TITLE})  # the times and the status never wrap
        self._tall_rows: set[int] = set()
        rows = self.verticalHeader()
        # Uniform row heights: painting and scrolling stay cheap with thousands of segments.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_to_font()

    def follow(self, controller: ShowController) -> None:
        """Repaint the moving times on each tick of `controller`."""
        self._controller = controller
        self._painted_origin: int | None = None
        #: The live row and whether it was painted in overtime: its colour is the whole row's.
        self._painted_live: tuple[int, bool] | None = None
        controller.tick.connect(self.repaint_times)
        controller.changed.connect(self._forget_origin)
        controller.changed.connect(self._keep_current_in_view)
        controller.changed.connect(self._fit_row_height)  # a title edited in the plan may wrap
        self._shown_cursor = -1
        # A recovered or resumed run opens on its current segment, not on the first.
        self._keep_current_in_view()

    def _forget_origin(self) -> None:
        self._painted_origin = None

    def _keep_current_in_view(self) -> None:
        """When the show moves on, the current segment becomes the top row: what comes next is
        under it, what is done scrolls away (the moderator can scroll back)."""
        show = self._controller.show
        cursor = min(show.cursor, len(show.runs) - 1)
        model = self.model()
        if cursor == self._shown_cursor or model is None or cursor < 0:
            return
        self._shown_cursor = cursor
        # After the layout: a view that has just been built or resized scrolls in its new size.
        QTimer.singleShot(0, self, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        model = self.model() if shiboken6.isValid(self) else None  # the view may have gone meanwhile
        if model is not None and 0 <= self._shown_cursor < model.rowCount():
            # By the title: a hidden column (the number, when narrow) is never scrolled to.
            self.scrollTo(model.index(self._shown_cursor, COL_TITLE), QAbstractItemView.ScrollHint.PositionAtTop)

    def repaint_times(self) -> None:
        """Mark for repaint only what a second of time changes, in the visible rows.

        While the live segment runs with time left, later expected times stay put: only the live
        row's Left and Status cells change. Paused, in overtime or before the start, every
        expected time slides with the clock: repaint the time columns of the visible rows.
        (Item-range dataChanged would repaint the whole viewport instead.)
        """
        frame = self._controller.frame
        origin = round(frame.origin)
        viewport = self.viewport()
        left, right = self.columnViewportPosition(COL_START), self.columnViewportPosition(COL_STATUS)
        right += self.columnWidth(COL_STATUS)
        live = frame.show.live_index
        painted = None if live is None else (live, frame.timing(live).phase is Phase.OVERTIME)
        if live is not None and painted != self._painted_live:
            # Into overtime by time alone: the whole row turns red, the title's cell too.
            viewport.update(QRect(0, self.rowViewportPosition(live), right, self.rowHeight(live)))
        self._painted_live = painted
        if origin != self._painted_origin:
            self._painted_origin = origin
            viewport.update(QRect(left, 0, right - left, viewport.height()))
            return
        if live is not None:
            top = self.rowViewportPosition(live)
            if -self.rowHeight(live) < top < viewport.height():
                x = self.columnViewportPosition(COL_LEFT)
                viewport.update(QRect(x, top, right - x, self.rowHeight(live)))

    def fit_to_font(self) -> None:
        super().fit_to_font()
        if self.model() is None:
            return
        # Sized when the font changes, never per tick: re-measuring rows each second would cost O(segments).
        self.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setResizeContentsPrecision(100)
        model = self.model()
        if isinstance(model, RundownModel):
            model.set_compact(False)  # measured with the words; _share_columns makes it compact if narrow
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for col in (COL_PLAN, COL_LENGTH, COL_NUMBER):
            self.setColumnHidden(col, False)  # measured shown; _share_columns hides them if narrow
        self.resizeColumnsToContents()
        self._natural = {}
        for col in range(header.count()):
            # Room for the bold text of the live row.
            header.resizeSection(col, header.sectionSize(col) + 14)
            self._natural[col] = header.sectionSize(col)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(text) for text in status_samples())
        self._natural[COL_STATUS] = max(self._natural[COL_STATUS], widest + 24)
        # Every row at the new font's height first (a row once set keeps its height through a
        # new default); the titles to come are fitted again just after.
        base = self.verticalHeader().defaultSectionSize()
        for row in range(model.rowCount()):
            if self.rowHeight(row) != base:
                self.setRowHeight(row, base)
        self._tall_rows = set()
        self._share_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share_columns()
        if event.size().height() != event.oldSize().height() and getattr(self, "_shown_cursor", -1) >= 0:
            QTimer.singleShot(0, self, self._scroll_to_current)  # a new height: the current segment at the top again

    def _share_columns(self) -> None:
        """The title takes what the times and status leave (eliding a long title), not the other
        way round: a stretched title in a narrow panel pushed Start, Left and Status out of sight."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        # Narrow (beside the side column, large text): the planned start and the length give way
        # before the title does; the expected start, what is left and the status stay.
        natural = getattr(self, "_natural", None) or {c: header.sectionSize(c) for c in range(header.count())}
        wanted = {col: size for col, size in natural.items() if col != COL_TITLE}
        # The width with a scroll bar, whether or not one shows: its coming and going must not
        # flip the columns (and the rows' heights, and so the scroll bar) back and forth.
        full = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        room = full - sum(wanted.values())
        narrow = room < TITLE_CHARS * self.fontMetrics().averageCharWidth()
        for col in (COL_PLAN, COL_LENGTH, COL_NUMBER):
            self.setColumnHidden(col, narrow)
        if narrow:
            wanted.pop(COL_NUMBER, None)
        model = self.model()
        if isinstance(model, RundownModel):
            model.set_compact(narrow)
        bold = QFont(self.font())
        bold.setBold(True)
        if narrow:
            for col, sample in ((COL_STATUS, "❚❚"), (COL_START, "~88:88")):
                title = str(self.model().headerData(col, Qt.Orientation.Horizontal) or "")
                text = QFontMetrics(bold).horizontalAdvance(sample) + 28
                wanted[col] = max(text, header.fontMetrics().horizontalAdvance(title) + 24)
                header.resizeSection(col, wanted[col])
        else:
            for col in (COL_STATUS, COL_START):
                header.resizeSection(col, natural[col])
        # Narrower still (a 1280-px laptop at 150%): the expected start goes too (the rows follow
        # each other; what is left of each is the Left column) before a title takes a fourth line.
        # (Measured with the start counted, hidden or not: else hiding it would bring it back.)
        starts_shown = full - sum(
            size for col, size in wanted.items() if col == COL_START or not self.isColumnHidden(col)
        )
        self.setColumnHidden(
            COL_START, narrow and starts_shown < TITLE_CHARS_LEAST * self.fontMetrics().averageCharWidth()
        )
        others = sum(size for col, size in wanted.items() if not self.isColumnHidden(col))
        header.resizeSection(COL_TITLE, max(self.viewport().width() - others, MIN_TITLE_PX))
        self._fit_row_height()

    def needed_height(self, rows: int = 3, *, header: bool = True) -> int:
        """The height that shows (the column titles and) `rows` rows from the current one whole."""
        model = self.model()
        controller = getattr(self, "_controller", None)
        if model is None or controller is None:
            return self.minimumSizeHint().height()
        first = max(min(controller.show.cursor, model.rowCount() - 1), 0)
        tall = sum(self.rowHeight(row) for row in range(first, min(first + rows, model.rowCount())))
        titles = self.horizontalHeader().sizeHint().height() if header else 0
        return titles + tall + 2 * self.frameWidth()

    def _fit_row_height(self) -> None:
        """The current segment and the next ones (what the moderator reads) as tall as their
        titles wrap, up to TITLE_LINES lines; every other row one line high, its title cut with
        "…" until its turn comes. Measured when the show moves, the width or the font changes,
        never on a tick, and for a handful of rows: thousands of segments stay cheap."""
        model = self.model()
        if model is None or not shiboken6.isValid(self):
            return
        bold = QFont(self.font())
        bold.setBold(True)  # the current row's weight (the others are drawn regular: narrower)
        strong, plain = QFontMetrics(bold), QFontMetrics(self.font())
        width = max(self.columnWidth(COL_TITLE) - TEXT_MARGINS, 40)
        line = strong.lineSpacing()
        base = self.verticalHeader().defaultSectionSize()
        controller = getattr(self, "_controller", None)
        first = max(min(controller.show.cursor, model.rowCount() - 1), 0) if controller is not None else 0
        wanted: dict[int, int] = {}
        for row in range(first, min(first + FITTED_ROWS, model.rowCount())):
            title = str(model.index(row, COL_TITLE).data() or "")
            metrics = strong if row == first else plain
            if metrics.horizontalAdvance(title) > width:
                box = metrics.boundingRect(QRect(0, 0, width, line * 10), int(Qt.TextFlag.TextWordWrap), title)
                lines = min(-(-box.height() // line), TITLE_LINES)
                wanted[row] = max(base, lines * line + 8)  # the style's margins (3 px) besides the lines
        changed = bool(self._tall_rows - wanted.keys())
        for row in self._tall_rows - wanted.keys():
            if row < model.rowCount():
                self.setRowHeight(row, base)
        for row, height in wanted.items():
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
                changed = True
        self._tall_rows = set(wanted)
        if changed:
            self.rows_fitted.emit()
            # Taller or shorter rows move the current one: it goes back to the top.
            if getattr(self, "_shown_cursor", -1) >= 0:
                QTimer.singleShot(0, self, self._scroll_to_current)
