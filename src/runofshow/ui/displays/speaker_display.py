"""The speaker's confidence monitor: a frameless full-screen countdown for the lectern.

Remaining time in digits sized for 3–5 m, the state by colour AND words AND a shape, the
speaker's name, who is next, and the current message to the speaker. It reads the show; it
never changes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from runofshow.core.chimes import speaker_clock
from runofshow.core.kinds import Recipient
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.fit_label import FitLabel
from runofshow.ui.widgets.i18n import clock_text, marked, translate
from runofshow.ui.widgets.live_label import LiveLabel
from runofshow.ui.widgets.style import set_state

STATE_WORDS = {
    "idle": "",
    "running": marked("SpeakerDisplay", "●  ON TIME"),
    "wrap_up": marked("SpeakerDisplay", "▲  WRAP UP"),
    "final": marked("SpeakerDisplay", "◆  FINAL"),
    "overtime": marked("SpeakerDisplay", "■  TIME IS UP"),
    "paused": marked("SpeakerDisplay", "❚❚  PAUSED"),
    # A count up (an open Q&A): the time run, never a warning.
    "count_up": marked("SpeakerDisplay", "↑  TIME SO FAR"),
    "hidden": "",  # the segment hides the speaker's clock: no digits, no state
}
FLASH_HZ = 2  # WCAG 2.3.1: never more than three flashes a second
FLASH_FOR_MS = 4000  # then steady: a flash catches the eye, it does not nag


class SpeakerDisplay(QWidget):
    hidden = Signal()  # Esc on it: what was said about where it shows no longer holds

    def __init__(self, controller: ShowController, *, stop_at_zero: bool = False, flash: bool = True) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("speakerDisplay")
        self.setWindowTitle(translate("SpeakerDisplay", "Speaker display · runofshow"))
        self._controller = controller
        self.stop_at_zero = stop_at_zero
        self.flash_enabled = flash
        self.blanked = False
        # Names and messages shrink to fit the screen (down to half size) before anything is cut.
        self.who = LiveLabel(
            "Dr Someone Quite Long — Organisation", name="displayWho", align=Qt.AlignmentFlag.AlignCenter, shrink=0.5
        )
        self.digits = FitLabel("+88:88", name="displayDigits")
        self.state = LiveLabel("■  TIME IS UP", name="displayState", align=Qt.AlignmentFlag.AlignCenter, shrink=0.5)
        self.message = LiveLabel(
            "SLOW DOWN FOR INTERPRETATION", name="displayMessage", align=Qt.AlignmentFlag.AlignCenter, shrink=0.5
        )
        self.next = LiveLabel(
            "Next: Dr Someone Quite Long", name="displayNext", align=Qt.AlignmentFlag.AlignCenter, shrink=0.5
        )
        self.frame = QFrame()
        self.frame.setObjectName("displayFrame")
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(30, 20, 30, 20)
        inner.addWidget(self.who)
        inner.addWidget(self.digits, 1)
        inner.addWidget(self.state)
        inner.addWidget(self.message)
        inner.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)
        self._flash = QTimer(self, interval=1000 // (2 * FLASH_HZ))
        self._flash.timeout.connect(self._toggle_flash)
        self._flash_until = QTimer(self, singleShot=True, interval=FLASH_FOR_MS)
        self._flash_until.timeout.connect(self._stop_flash)
        self._flash_on = False
        self._last_mode = "idle"
        self._until = ""  # " · until 14:40" under a count to a time of day
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.resize(960, 540)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------
    def reading(self) -> tuple[str, str, str, str, str]:
        """(mode, digits, who, next, message) as the speaker should see them now."""
        self._until = ""
        frame = self._controller.frame
        show = frame.show
        live = show.live_index
        messages = [m for m in show.messages if m.to is Recipient.SPEAKER and not m.acknowledged]
        message = messages[-1].text if messages else ""
        if live is None:
            if show.ended:
                return "idle", "–:––", translate("SpeakerDisplay", "Thank you"), "", message
            # Before the start (or between segments): what comes, and when, not a bare dash.
            coming = frame.timing(show.cursor)
            when = translate("SpeakerDisplay", "Starts at {time}").format(
                time=clock_text(coming.expected_start, seconds=False)
            )
            return "idle", "–:––", show.segment(show.cursor).title, when, message
        queue = show.runs[live].queue
        speaking = queue.speaking
        following = queue.next_up()
        next_text = (
            translate("SpeakerDisplay", "Next: {name}").format(name=following.name) if following is not None else ""
        )
        who = speaking.name if speaking is not None else show.segment(live).title
        # The clock by the segment's timer mode (core/chimes.py): a count up's time run, a count
        # to's time left, none at all for a hidden one.
        clock = speaker_clock(frame, stop_at_zero=self.stop_at_zero)
        assert clock is not None  # a segment is live
        if clock.until is not None:  # a count to a time of day: that time beside the state
            self._until = translate("SpeakerDisplay", " · until {time}").format(
                time=clock_text(clock.until, seconds=clock.until.second != 0)
            )
        return clock.mode, clock.digits, who, next_text, message

    def refresh(self) -> None:
        mode, digits, who, next_text, message = self.reading()
        if self.blanked:
            digits, who, next_text, message, mode = "", "", "", "", "blank"
        self.digits.setText(digits)
        self.who.setText(who)
        self.next.setText(next_text)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        words = STATE_WORDS.get(mode, "")
        self.state.setText((translate("SpeakerDisplay", words) + self._until) if words else "")
        set_state(self.frame, mode)
        if mode in ("final", "overtime") and mode != self._last_mode and self.flash_enabled:
            self._flash_on = False
            self._flash.start()
            self._flash_until.start()
        self._last_mode = mode

    def _toggle_flash(self) -> None:
        self._flash_on = not self._flash_on
        self.frame.setProperty("flash", self._flash_on)
        # The frame's colour, and the next speaker's line that the style sheet keeps readable on it.
        for widget in (self.frame, self.next):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _stop_flash(self) -> None:
        self._flash.stop()
        self._flash_on = True
        self._toggle_flash()

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Nobody sees a hidden display flash: stop, so no timer runs on for a screen that is off.
        self._flash_until.stop()
        if self._flash.isActive():
            self._stop_flash()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()  # the speaker's screen is not the moderator's; never strand it full-screen
            # Said here, not from hideEvent: a widget being destroyed hides too, and Python code
            # run from inside a C++ destructor is where PySide crashes.
            self.hidden.emit()
            return
        super().keyPressEvent(event)
