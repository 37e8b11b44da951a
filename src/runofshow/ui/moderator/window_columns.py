"""The main window's two columns: the digits (and the rundown under them), and the side column.

The digits are what the moderator reads from across the stage, so their column is as wide as
digits need to stay a fifth of the window high at the least, in overtime too ("+88:88"), and no
wider: everything else the moderator must see at a glance (the queue with whole names, the
questions, notes and cues) lives in the side column, and each pixel of width it gets saves it a
wrapped line. The same width lets the usual "88:88" stand nearly a quarter high, and nothing
moves when the count goes over. A divider the moderator drags is left alone until the window
changes size.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from runofshow.ui.moderator.countdown_panel import CountdownPanel
from runofshow.ui.widgets.fit_label import advances

#: The digits' column never takes less or more of the width than this, whatever the digits want.
LEFT_SHARE = (0.45, 0.75)
#: The widest the digits usually get: minutes and seconds in overtime.
SAMPLE = "+88:88"
#: The least the digits' glyphs may be, as a share of the window's height (in any state).
LEAST_SHARE = 1 / 5
FILL = 0.94  # FitLabel's default share of its box


class WindowColumns(QSplitter):
    def __init__(self, countdown: CountdownPanel, left: QWidget, side: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("columns")
        self._countdown = countdown
        self.addWidget(left)
        self.addWidget(side)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setChildrenCollapsible(False)
        self.by_hand = False
        self.splitterMoved.connect(self._moved)

    def _moved(self) -> None:
        self.by_hand = True

    def digits_width(self, window_height: int) -> int:
        """The column width at which "+88:88" with glyphs a fifth of `window_height` high fits across."""
        digits = self._countdown.digits
        probe = digits.digit_font()
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        cap = window_height * LEAST_SHARE  # the glyphs' height, as the moderator sees it
        # FitLabel fills `fill` of the box's width with the sample's advance.
        glyphs = sum(advances(metrics, SAMPLE)) * cap / max(metrics.capHeight(), 1.0) / FILL
        margins = self._countdown.width() - digits.width() if digits.width() > 0 else 30
        return int(glyphs + max(margins, 0) + 24)

    def fit(self) -> None:
        if not shiboken6.isValid(self):
            return  # a deferred call after the window went
        total = sum(self.sizes())
        window = self.window()
        if total <= 0 or self.by_hand or window is None:
            return
        low, high = (int(total * share) for share in LEFT_SHARE)
        left = min(max(self.digits_width(window.height()), low), high)
        if abs(self.sizes()[0] - left) > 2:
            self.setSizes([left, total - left])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.by_hand = False  # a new size: the digits' width applies again
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.fit)
