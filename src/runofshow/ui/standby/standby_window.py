"""The standby laptop's window (#29): whether it holds the show, the show as the stage manager
sees it, and Take over.

The band at the top says in words and colour what the standby holds: "in step" (every command the
show answered is on this disk too), "N records behind" (it is catching up) or "link lost 0:12"
(since when). Below it, the stage manager's view of the show (ui/stage), which this laptop can
use as one. Take over (F12, or the button) asks first: it makes this laptop the show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from runofshow.core.durations import format_clock
from runofshow.net.standby_link import LinkStatus
from runofshow.ui.stage.stage_window import StageWindow, StateSource
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, plain_box
from runofshow.ui.widgets.style import set_state

TAKE_OVER_KEY = "F12"


def standby_words(status: LinkStatus, now_mono: float, show_url: str) -> tuple[str, str]:
    """What the band says, and its state for the style sheet ("ok", "warning", "late")."""
    holder = status.holder or show_url
    if status.linked and status.in_step:
        return translate("StandbyWindow", "STANDBY for {host} — in step").format(host=holder), "ok"
    if status.linked:
        count = max(status.records_behind, 1)
        return (
            translate("StandbyWindow", "STANDBY for {host} — {count} records behind").format(host=holder, count=count),
            "warning",
        )
    lost = 0.0 if status.lost_since is None else max(now_mono - status.lost_since, 0.0)
    if not status.ever_linked:
        return translate("StandbyWindow", "STANDBY for {host} — not linked yet").format(host=holder), "late"
    return (
        translate("StandbyWindow", "STANDBY for {host} — link lost {time}").format(
            host=holder, time=format_clock(int(lost))
        ),
        "late",
    )


class StandbyWindow(QWidget):
    take_over_requested = Signal()

    def __init__(
        self, source: StateSource, status: Callable[[], LinkStatus], now_mono: Callable[[], float], show_url: str
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("standbyWindow")
        self.setWindowTitle(translate("StandbyWindow", "runofshow — standby"))
        self._status = status
        self._now_mono = now_mono
        self._show_url = show_url
        self.taking_over = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        band = QWidget(self)
        band_layout = QHBoxLayout(band)
        self.band = PlainLabel("")
        self.band.setObjectName("standbyBand")
        self.band.setWordWrap(True)
        font = self.band.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.band.setFont(font)
        self.take_over = QPushButton(
            translate("StandbyWindow", "Take over the show… ({key})").format(key=TAKE_OVER_KEY)
        )
        self.take_over.setObjectName("takeOver")
        self.take_over.clicked.connect(self.confirm_take_over)
        band_layout.addWidget(self.band, 1)
        band_layout.addWidget(self.take_over)
        layout.addWidget(band)
        self.stage = StageWindow(source, self, standalone=True)
        self.stage.setWindowFlags(Qt.WindowType.Widget)
        layout.addWidget(self.stage, 1)
        action = QAction(self)
        action.setShortcut(QKeySequence(TAKE_OVER_KEY))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.confirm_take_over)
        self.addAction(action)
        self._ticker = QTimer(self, interval=500)  # "link lost 0:12" counts on
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        self.refresh()

    def refresh(self) -> None:
        text, state = standby_words(self._status(), self._now_mono(), self._show_url)
        if text != self.band.text():
            self.band.setText(text)
        set_state(self.band, state)

    def confirm_take_over(self) -> None:
        """Ask, then take over: the operator's decision, never a timeout's."""
        status = self._status()
        holder = status.holder or self._show_url
        warning = (
            translate("StandbyWindow", "The show's laptop still answers: it goes on as the show until it is told.")
            if status.linked
            else translate("StandbyWindow", "The show's laptop has not answered for a while.")
        )
        box = plain_box(
            self,
            translate("StandbyWindow", "Take over the show"),
            translate("StandbyWindow", "Take over the show from {host}? This laptop becomes the show.").format(
                host=holder
            ),
            icon=QMessageBox.Icon.Warning,
        )
        box.setInformativeText(warning)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("StandbyWindow", "Take over"))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.take_over_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._ticker.stop()
        super().closeEvent(event)
