"""The column beside the digits: the live queue over the questions, notes and cues.

Every laptop and projector is wider than tall, so the queue and the details get the full
height here, and the rundown under the digits the left column's width. The queue is as tall as
its rows (five at least, wrapped names counted) and the details take the rest. When the rest
would be a sliver (large text on a 720-px screen: five names on two lines each fill the
column), the two become tabs of the column's whole height, the queue in front: a sliver that
shows half a line of a question helps no one, a tab shows every question whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QWidget

from runofshow.ui.details_panel import DetailsPanel
from runofshow.ui.focus_keys import reachable_by_tab
from runofshow.ui.i18n import translate
from runofshow.ui.next_turn import NextTurn
from runofshow.ui.queue_panel import QueuePanel

#: Below this many lines of text for the details (besides their tab bar), the column is tabs.
LEAST_DETAIL_LINES = 4


class SideColumn(QStackedWidget):
    def __init__(self, queue: QueuePanel, details: DetailsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideColumn")
        self.queue = queue
        self.details = details
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(queue)
        self.split.addWidget(details)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reachable_by_tab(self.tabs.tabBar())  # ←/→ switch the pages there (Ctrl+2/3 from anywhere)
        self.addWidget(self.split)
        self.addWidget(self.tabs)
        self._hidden: set[str] = set()  # parts the moderator hid (View menu)
        # Fitted one loop turn after the queue's rows change (a resize it causes changes them
        # again), once for many requests.
        self._fit_soon = NextTurn(self, self.fit)
        queue.view.rows_fitted.connect(self._fit_later)

    def tabbed(self) -> bool:
        return self.currentWidget() is self.tabs

    def _queue_height(self) -> int:
        panel = self.queue
        return panel.view.sizeHint().height() + panel.height() - panel.view.height()

    def _least_details(self) -> int:
        lines = LEAST_DETAIL_LINES * self.details.fontMetrics().lineSpacing()
        return int(self.details.tabs.tabBar().sizeHint().height() + lines)

    def fit(self) -> None:
        """The queue as tall as its rows, the rest below; tabs when the rest would be a sliver."""
        total = self.height()
        if total <= 0:
            return
        want = self._queue_height()
        room = total - want
        margin = 0 if self.tabbed() else 8  # a little hysteresis: no flicker at the boundary
        self._tab(room < self._least_details() + margin and not self._hidden)
        if not self.tabbed():
            sizes = self.split.sizes()
            height = sum(sizes)
            if 0 < want <= height - self.details.minimumSizeHint().height() and want != sizes[0]:
                self.split.setSizes([want, height - want])

    def _tab(self, tabbed: bool) -> None:
        if tabbed == self.tabbed():
            return
        if tabbed:
            self.tabs.addTab(self.queue, translate("SideColumn", "Speakers"))
            self.tabs.addTab(self.details, translate("SideColumn", "Questions, notes, cues"))
            self.setCurrentWidget(self.tabs)
        else:
            while self.tabs.count():
                self.tabs.removeTab(0)
            self.split.insertWidget(0, self.queue)
            self.split.insertWidget(1, self.details)
            for widget in (self.queue, self.details):
                widget.show()
            self.setCurrentWidget(self.split)
            self._fit_soon()  # the queue's height once it is back in the splitter

    def set_part_visible(self, key: str, visible: bool) -> None:
        """The View menu's Speaker queue (Ctrl+2) and Questions, notes and cues (Ctrl+3): shown
        or hidden at the moderator's word; in tabs, shown means brought to the front."""
        widget = self.queue if key == "queue" else self.details
        if visible:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        if self._hidden and self.tabbed():
            self._tab(False)  # one part alone: no tabs, it takes the column
        widget.setVisible(visible)
        if visible and self.tabbed():
            self.tabs.setCurrentWidget(widget)
        self.setVisible(len(self._hidden) < 2)
        self.fit()

    def _fit_later(self) -> None:
        if self.isVisible():  # a hidden column is fitted when it shows
            self._fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_later()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_later()
