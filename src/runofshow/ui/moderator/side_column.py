"""The column beside the digits: the live queue over the questions, notes and cues.

Every laptop and projector is wider than tall, so the queue and the details get the column's
full height (under the header), and the rundown under the digits the left column's width. The
queue is as tall as its rows (five at least, wrapped names counted) and the details take the
rest, each box as tall as what it holds (details_panel.py). Nothing here is ever a tab: the
queue and the details are both in sight at every size from a 1280×720 laptop at 150% text up
(what gives way first is the digits, then words); only at 200% text on a short screen do the
details' three boxes become tabs of their own, never the queue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from runofshow.ui.moderator.details_panel import DetailsPanel
from runofshow.ui.moderator.queue_panel import QueuePanel
from runofshow.ui.widgets.next_turn import NextTurn


class SideColumn(QSplitter):
    #: The height left over with the Notes and Cues headings gone (negative: what it lacks then;
    #: the window gives it the toolbar's row before anything more goes).
    spare_changed = Signal(int)

    def __init__(self, queue: QueuePanel, details: DetailsPanel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.spare = 0
        self.setObjectName("sideColumn")
        self.queue = queue
        self.details = details
        self.addWidget(queue)
        self.addWidget(details)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        # Fitted one loop turn after the queue's rows change (a resize it causes changes them
        # again), once for many requests.
        self._fit_soon = NextTurn(self, self.fit)
        queue.view.rows_fitted.connect(self._fit_later)

    def _queue_height(self) -> int:
        panel = self.queue
        return panel.view.sizeHint().height() + panel.height() - panel.view.height()

    def fit(self) -> None:
        """The queue as tall as its rows, the details below with the rest. Short of height,
        words go before anything is cut: the Notes and Cues headings, then the queue's title
        line, then the Questions heading; still short, the column says by how much
        (`spare_changed`: the window then gives it the toolbar's row)."""
        if not self.queue.isVisible() or not self.details.isVisible():
            return  # one part alone takes the column
        sizes = self.sizes()
        height = sum(sizes)
        queue, details = self.queue, self.details
        title = queue.title_height() if queue.titled else 0
        untitled = self._queue_height() - title
        handle = self.handleWidth()
        for compact, titled in ((0, True), (1, True), (1, False), (2, False)):
            need = untitled + (queue.title_height() if titled else 0) + details.needed_height(compact=compact) + handle
            if need <= height:
                break
        details.set_compact(compact)
        queue.set_titled(titled)
        # What the window weighs moving the toolbar up by: the room with the first words gone,
        # before the queue's title and the Questions heading go (they go only if that is not enough).
        before = untitled + queue.title_height() + details.needed_height(compact=1) + handle
        self.spare = height - before
        self.spare_changed.emit(self.spare)
        want = self._queue_height()
        if 0 < want <= height - self.details.minimumSizeHint().height() and want != sizes[0]:
            self.setSizes([want, height - want])

    def set_part_visible(self, key: str, visible: bool) -> None:
        """The View menu's Speaker queue (Ctrl+2) and Questions, notes and cues (Ctrl+3): shown
        or hidden at the moderator's word; the other part then takes the column."""
        widget = self.queue if key == "queue" else self.details
        widget.setVisible(visible)
        self.setVisible(self.queue.isVisibleTo(self) or self.details.isVisibleTo(self))
        self._fit_later()

    def _fit_later(self) -> None:
        if self.isVisible():  # a hidden column is fitted when it shows
            self._fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_later()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_later()
