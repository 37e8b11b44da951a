"""The main window's body: the countdown above, the rundown, queue and details below.

The digits are what the moderator reads from a distance: about a quarter of the window's height
when there is room, never under a fifth whatever takes room (a notice, a message, large text, a
small screen). Short of height, the digits give way first (to the rundown's live segment and
next two), and the band folds away only when the digits would be under a fifth; a divider the
moderator dragged is left alone until the window changes size, and a new theme or font scale
starts again from the usual split.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from runofshow.ui.moderator.countdown_panel import CountdownPanel
from runofshow.ui.moderator.window_columns import LEAST_SHARE

COUNTDOWN_SHARE = 0.55  # of the left column at first; the digits then take what their quarter needs
#: The digits' usual reading (overtime's "+" makes them narrower, never shorter: window_columns.py).
USUAL = "88:88"


class CountdownSplit(QSplitter):
    #: The height the rundown would have over what it wants with the line under the digits gone
    #: and the timeline shown (negative: what it lacks then; the window gives it the toolbar's
    #: row before the timeline goes).
    spare_changed = Signal(int)

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
        #: Shown under the split in the same column, and the last of the words to go when short
        #: (the timeline); set by the window. None: nothing to give.
        self.spare_part: QWidget | None = None
        self._spare_part_given = False  # hidden here for room (not by the moderator's Ctrl+4)
        self._spare_part_height = 0  # its height when it was hidden

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
            QTimer.singleShot(0, self, self.split)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.countdown and event.type() == QEvent.Type.Resize and not self.by_hand:
            QTimer.singleShot(0, self, self.keep_digits_large)
        return super().eventFilter(watched, event)

    def keep_digits_large(self) -> None:
        """The digits as large as the column's width lets "88:88" be, up to a quarter of the
        window's height; the band below then gets what it wants (the live segment and the next two
        whole); short of height the digits give way first, down to a fifth, never less: below
        that the band folds away (the divider brings it back)."""
        if not self._split or self.by_hand:
            return
        height = self.window().height()
        digits = self.countdown.digits
        band = self.widget(1)
        top, lower = self.sizes()
        total = top + lower
        if total <= 0 or band is None or digits.width() <= 0:
            return
        countdown = self.countdown
        # The countdown's lines around the digits, all shown (what each step below gives back).
        detail, title, next_line = (
            countdown.detail_height(),
            countdown.title_height(),
            countdown.speaker.next_line_room(),
        )
        covered = countdown.compact >= 2 and countdown.under_banner  # the NOW line, under a message
        gone = (detail if countdown.compact >= 1 else 0) + (title if covered else 0)
        gone += next_line if countdown.compact >= 3 else 0
        full = countdown.height() - digits.height() + gone
        wanted = getattr(band, "wanted_height", band.sizeHint().height)()
        band_least = band.minimumHeight() or band.minimumSizeHint().height()
        least_box = digits.box_height_for_cap(height * LEAST_SHARE)
        # Words go after the digits: the line under them only when the digits at their least
        # still leave the rundown short of its live segment and next two; then, under a message,
        # the NOW line it covers; then the floor's NEXT line (the queue beside says who is next).
        steps = [0, detail, detail + (title if countdown.under_banner else 0)]
        steps.append(steps[-1] + next_line)
        rooms = [total - (least_box + full - saved) - wanted for saved in steps]
        compact = next((n for n, room in enumerate(rooms) if room >= 0), len(steps) - 1)
        countdown.set_compact(compact)
        chrome = full - steps[compact]
        # The window weighs moving the toolbar up by the room with the line under the digits
        # gone and the timeline shown; the timeline goes only if that is still not enough.
        given = self.spare_part.height() if self._spare_part_given and self.spare_part is not None else 0
        self.spare_changed.emit(rooms[1] + given)
        self._give_spare_part(rooms[compact])
        want = digits.box_height_for_cap(min(height / 4, digits.cap_for_width(USUAL))) + chrome
        least = least_box + chrome
        new = max(min(want, total - wanted), least)
        if total - new < band_least:
            new = total if total - least < band_least else total - band_least
        if abs(new - top) > 2:
            self.setSizes([new, total - new])

    def _give_spare_part(self, room: int) -> None:
        """Still short (`room` < 0) with the line under the digits gone: the timeline goes too,
        and comes back once its height is there again (with some to spare: no flip-flop)."""
        part = self.spare_part
        if part is None:
            return
        if room < 0 and part.isVisible():
            self._spare_part_given = True
            # What showing it again costs: the height it had, not its size hint (a third of it at
            # 150%: the two disagreed, and a window at the edge hid and showed it for ever).
            self._spare_part_height = max(part.height(), part.sizeHint().height())
            part.hide()
        elif self._spare_part_given and room >= self._spare_part_height + 8:
            self._spare_part_given = False
            part.show()
