"""The band under the digits: the rundown, and the floor ledger behind it (Ctrl+L).

Short of height (a 720-px screen, large text), the tab bar goes so that the live segment and the
next two are whole (then the rundown's column titles, if need be); the ledger is still Ctrl+L
(View menu) away, and both come back when there is room. The band's least height is the live
segment whole under what is still shown: a hidden tab bar would otherwise still count in the tab
widget's minimum and take its height from the digits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from runofshow.ui.moderator.rundown_view import RundownView
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.next_turn import NextTurn


class LowerTabs(QTabWidget):
    least_changed = Signal()  # the band may now give the digits more (or must take some back)

    def __init__(self, rundown: RundownView, ledger: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lowerTabs")
        self.rundown = rundown
        self.addTab(rundown, translate("MainWindow", "Rundown"))
        self.addTab(ledger, translate("MainWindow", "Floor ledger"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reachable_by_tab(self.tabBar())  # ←/→ switch the pages there (Ctrl+L from anywhere)
        self._fit_soon = NextTurn(self, self.fit)  # one fit a loop turn after a change, for many changes
        rundown.rows_fitted.connect(self.fit_later)

    def wanted_height(self) -> int:
        """What the band wants before anything above it gives way: the live segment and the next
        two whole. Its tab bar and column titles are the first words to go (fit): they come back
        with whatever room is left over."""
        bar = self.tabBar()
        pane = max(self.height() - self.rundown.height() - (0 if bar.isHidden() else bar.height()), 0)
        return self.rundown.needed_height(3, header=False) + pane

    def fit_later(self) -> None:
        if self.isVisible():  # hidden: fitted when it shows (it resizes then)
            self._fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_later()  # after the layout settles (a new minimum resizes the band again)

    def fit(self) -> None:
        bar = self.tabBar()
        rundown = self.rundown
        if self.currentWidget() is not rundown or not rundown.isVisible():
            return  # the ledger is shown: the moderator chose it, it keeps its bar
        height = self.height()
        bar_height = bar.sizeHint().height()
        # The tab widget's own frame around its page: what is neither the bar nor the rundown.
        pane = max(height - rundown.height() - (0 if bar.isHidden() else bar.height()), 0)
        short = height - pane - bar_height < rundown.needed_height(3)
        if bar.isHidden() != short:
            bar.setHidden(short)
        titles = rundown.horizontalHeader()
        shorter = short and height - pane < rundown.needed_height(3)
        if titles.isHidden() != shorter:
            titles.setHidden(shorter)
            rundown.updateGeometries()  # the viewport's margin for the titles, now
        least = rundown.needed_height(1, header=not shorter) + pane + (0 if short else bar_height)
        if self.minimumHeight() != least:
            self.setMinimumHeight(least)
            self.least_changed.emit()
