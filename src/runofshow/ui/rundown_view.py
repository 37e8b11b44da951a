"""The rundown table. Row colours come from the style sheet (qproperty-*), keyed by row state."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QWidget,
)

from runofshow.ui.controller import ShowController
from runofshow.ui.rundown_model import COL_LEFT, COL_LENGTH, COL_PLAN, COL_START, COL_STATUS, COL_TITLE
from runofshow.ui.state_table import StateTable

#: Fewer average characters than this for the title: the view is narrow.
TITLE_CHARS = 45
MIN_TITLE_PX = 120  # below this a title says nothing; the table scrolls sideways instead


class RundownView(StateTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rundown")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The show keys (Space, arrows) belong to the window, never to the table.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = self.verticalHeader()
        # Uniform row heights: painting and scrolling stay cheap with thousands of segments.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_to_font()

    def follow(self, controller: ShowController) -> None:
        """Repaint the moving times on each tick of `controller`."""
        self._controller = controller
        self._painted_origin: int | None = None
        controller.tick.connect(self.repaint_times)
        controller.changed.connect(self._forget_origin)
        controller.changed.connect(self._keep_current_in_view)
        self._shown_cursor = -1

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
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        model = self.model() if shiboken6.isValid(self) else None  # the view may have gone meanwhile
        if model is not None and 0 <= self._shown_cursor < model.rowCount():
            self.scrollTo(model.index(self._shown_cursor, 0), QAbstractItemView.ScrollHint.PositionAtTop)

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
        if origin != self._painted_origin:
            self._painted_origin = origin
            viewport.update(QRect(left, 0, right - left, viewport.height()))
            return
        live = frame.show.live_index
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
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for col in (COL_PLAN, COL_LENGTH):
            self.setColumnHidden(col, False)  # measured shown; _share_columns hides them if narrow
        self.resizeColumnsToContents()
        self._natural = {}
        for col in range(header.count()):
            # Room for the bold text of the live row.
            header.resizeSection(col, header.sectionSize(col) + 14)
            self._natural[col] = header.sectionSize(col)
        self._share_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share_columns()

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
        room = self.viewport().width() - sum(wanted.values())
        narrow = room < TITLE_CHARS * self.fontMetrics().averageCharWidth()
        for col in (COL_PLAN, COL_LENGTH):
            self.setColumnHidden(col, narrow)
        others = sum(size for col, size in wanted.items() if not self.isColumnHidden(col))
        header.resizeSection(COL_TITLE, max(self.viewport().width() - others, MIN_TITLE_PX))
