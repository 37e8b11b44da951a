"""The main window's body: the countdown above, the rundown, queue and details below.

The digits are what the moderator reads from a distance, so they keep about a quarter of the
window's height whatever else takes room (a two-line notice, large text, a small screen). The
lower band gives way first, down to its minimum, and folds away only when the digits would
still be under a sixth; a divider the moderator dragged is left alone until the window changes
size, and a new theme or font scale starts again from the usual split.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from runofshow.ui.countdown_panel import CountdownPanel

COUNTDOWN_SHARE = 0.55  # of the left column at first; the digits then take what their quarter needs


class CountdownSplit(QSplitter):
    def __init__(self, countdown: CountdownPanel, lower: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.countdown = countdown
        self.addWidget(countdown)
        self.addWidget(lower)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._split = False
        self.by_hand = False  # the moderator dragged the divider since the last size change
        self.splitterMoved.connect(self._moved)
        countdown.installEventFilter(self)

    def _moved(self) -> None:
        self.by_hand = True

    def split(self) -> None:
        """The usual split: the countdown band gets COUNTDOWN_SHARE of the height."""
        self._split = True
        total = sum(self.sizes()) or self.height()
        band = int(total * COUNTDOWN_SHARE)
        self.setSizes([band, total - band])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split:
            self.split()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.by_hand = False  # a new size: the digits' quarter applies again

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._split:
            self.by_hand = False
            QTimer.singleShot(0, self.split)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.countdown and event.type() == QEvent.Type.Resize and not self.by_hand:
            QTimer.singleShot(0, self.keep_digits_large)
        return super().eventFilter(watched, event)

    def keep_digits_large(self) -> None:
        height = self.window().height()
        want = self.countdown.digits.box_height_for_cap(height / 4)  # the glyphs a quarter high
        have = self.countdown.digits.height()
        if not self._split or self.by_hand:
            return
        if have >= want:
            self._give_back(height // 4)
            return
        top, lower = self.sizes()
        if lower == 0:
            return
        band = self.widget(1)
        least = (band.minimumHeight() or band.minimumSizeHint().height()) if band is not None else 0
        spare = max(lower - least, 0)
        give = min(want - have, spare)
        if have + give < height // 6:
            give = lower  # still unreadable: fold the lower band away (the divider brings it back)
        if give > 0:
            self.setSizes([top + give, lower - give])

    def _give_back(self, quarter: int) -> None:
        """Digits taller than their quarter (the glyphs', not the box's) give the rest to the
        rundown below, up to what it can show: more of what comes next is in sight."""
        from PySide6.QtGui import QFontMetricsF

        digits = self.countdown.digits
        cap = QFontMetricsF(digits.fitted_font()).capHeight()
        box = digits.height()
        if cap <= 0 or box <= 0:
            return
        spare = int(box - box * quarter / cap * 1.03)  # the box at which the glyphs are a quarter high
        band = self.widget(1)
        top, lower = self.sizes()
        room = (band.sizeHint().height() if band is not None else 0) - lower
        give = min(spare, room)
        if give > 8:
            self.setSizes([top - give, lower + give])
