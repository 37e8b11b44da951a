"""The live segment's countdown: huge digits, the state in words, and what comes next."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from runofshow.core.durations import format_clock, format_short
from runofshow.core.frame import Frame
from runofshow.core.schedule import Phase
from runofshow.core.timer_modes import clock_text as mode_clock
from runofshow.ui.moderator.speaker_strip import SpeakerStrip
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.fit_label import DIGITS_STRETCH, FitLabel
from runofshow.ui.widgets.i18n import clock_text, phase_label, translate
from runofshow.ui.widgets.live_label import LiveLabel
from runofshow.ui.widgets.plain_text import PlainLabel, plain_tip
from runofshow.ui.widgets.style import set_state


class CountdownPanel(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownPanel")
        # Takes the focus at start-up and after Escape, so the show keys always work.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(
            translate("CountdownPanel", "The live segment's countdown. F2 says where the show stands; F1: the keys.")
        )
        self._controller = controller
        self.segment_title = LiveLabel("NOW: Panel 2: a long segment title", name="segmentTitle")
        # Condensed: digits a fifth of the window high and more in a column that leaves the side
        # column room for whole names on one line (stage timers' digits are narrow for the same reason).
        self.digits = FitLabel("+88:88", name="countdownDigits", stretch=DIGITS_STRETCH)
        self.phase = PlainLabel(objectName="phaseLabel")
        self._phase_text = ""  # the whole phase text; the label shows what fits (see _fit_phase)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = LiveLabel("88:88 of 1h30m (+10m live) · ends ~88:88:88", name="countdownDetail")
        self.next_up = LiveLabel(
            "NEXT: Panel 2: a long title at ~88:88 (12m)",
            name="nextUp",
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        self.segment_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.phase.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # The digits span the full width: the wider the box, the taller the digits.
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setVerticalSpacing(0)
        # The phase word as wide as it is (on one line, "OVERTIME · please conclude" would take
        # three lines beside a long title and push the digits down), the title the rest; the
        # two readings under the digits half each.
        top = QHBoxLayout()
        top.addWidget(self.segment_title, 1)
        top.addWidget(self.phase, 0)
        layout.addLayout(top, 0, 0, 1, 2)
        layout.addWidget(self.digits, 1, 0, 1, 2)
        layout.addWidget(self.detail, 2, 0)
        layout.addWidget(self.next_up, 2, 1)
        self.speaker = SpeakerStrip(controller)
        layout.addWidget(self.speaker, 3, 0, 1, 2)
        layout.setRowStretch(1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.compact = 0  # what is gone for room (the window is short: set_compact)
        self.under_banner = False  # a message to the moderator is shown over the countdown
        self.refresh()

    def detail_height(self) -> int:
        """The line under the digits (the segment's time and end, the next segment): what going
        compact gives the rundown below."""
        return max(self.detail.sizeHint().height(), self.next_up.sizeHint().height())

    def title_height(self) -> int:
        """The NOW line (the segment's title and its state in a word)."""
        return max(self.segment_title.sizeHint().height(), self.phase.sizeHint().height())

    def set_compact(self, compact: int) -> None:
        """Short of height, words go (countdown_split.py): at 1 the line under the digits (the
        end is in the header, the next segment in the rundown under it, whole); at 2, while a
        message is shown over the countdown, the NOW line under it too (the message takes the
        countdown's top band; the segment is in the rundown, its state in the digits' colour); at
        3 the floor's NEXT line (who is next is the queue's first waiting, beside)."""
        if compact != self.compact:
            self.compact = compact
            self.detail.setVisible(compact < 1)
            self.next_up.setVisible(compact < 1)
            covered = compact >= 2 and self.under_banner  # the message over the countdown covers it
            self.segment_title.setVisible(not covered)
            self.phase.setVisible(not covered)
            self.speaker.next_speaker.setVisible(compact < 3)

    def refresh(self) -> None:
        frame = self._controller.frame
        show = frame.show
        if show.ended:
            self.segment_title.setText(translate("CountdownPanel", "The show has ended"))
            self.digits.setText(translate("CountdownPanel", "END"))
            self._set_phase("done", translate("CountdownPanel", "DONE"))
            ended = show.ended_at
            end = ended.wall.astimezone(show.event.info.tz) if ended is not None else frame.projected_end
            self.detail.setText(translate("CountdownPanel", "Ended {time}").format(time=clock_text(end)))
            self.next_up.set_choices(
                translate("CountdownPanel", "The report: File → Export report (Ctrl+E). Ctrl+G reopens a segment."),
                translate("CountdownPanel", "The report: File → Export report (Ctrl+E)"),
                translate("CountdownPanel", "Report: Ctrl+E"),
            )
            return
        index = show.cursor
        timing = frame.timing(index)
        seg = show.segment(index)
        live = show.live_index is not None
        self.segment_title.setText(
            translate("CountdownPanel", "NOW: {title}").format(title=seg.title)
            if live
            else translate("CountdownPanel", "READY: {title}").format(title=seg.title)
        )
        # Sized for what can show in this state: the "+" only once in overtime (the state changes
        # then anyway), so that the digits beside the side column keep their quarter of the height.
        count = seg.count
        if count.up:  # the time run, from 0:00, never signed (core/timer_modes.py)
            self.digits.set_sample("88:88:88" if timing.elapsed_s >= 3600 else "88:88")
        else:
            sign = "+" if timing.remaining_s <= 0 else ""
            self.digits.set_sample(sign + ("88:88:88" if abs(timing.remaining_s) >= 3600 else "88:88"))
        self.digits.setText(mode_clock(count, timing.remaining_s, timing.elapsed_s))
        if not live:
            self._set_phase(
                "standby",
                translate("CountdownPanel", "STANDBY · press Space to start at ~{time}").format(
                    time=clock_text(timing.expected_start, seconds=False)
                ),
            )
        elif not show.running and show.target(index) is not None:
            # A count to a time of day: pausing stops the segment's clock, not the time of day.
            self._set_phase(
                timing.phase.value,
                translate("CountdownPanel", "PAUSED · {phase} · its time of day runs on").format(
                    phase=phase_label(timing.phase)
                ),
            )
        elif not show.running:
            # Say how the paused segment stands, but not "RUNNING", which it is not.
            paused = (
                translate("CountdownPanel", "PAUSED · the end moves later")
                if timing.phase is Phase.RUNNING
                else translate("CountdownPanel", "PAUSED · {phase} · the end moves later").format(
                    phase=phase_label(timing.phase)
                )
            )
            self._set_phase("paused", paused)
        elif count.up:
            self._set_phase(timing.phase.value, translate("CountdownPanel", "COUNTING UP · no time limit on screen"))
        else:
            label = phase_label(timing.phase)
            if timing.phase is Phase.OVERTIME:
                label = translate("CountdownPanel", "OVERTIME · please conclude")
            self._set_phase(timing.phase.value, label)
        added = show.runs[index].added_s
        extra = (
            translate("CountdownPanel", " ({sign}{duration} live)").format(
                sign="+" if added > 0 else "−", duration=format_short(abs(added))
            )
            if added
            else ""
        )
        target = show.target(index)
        if target is not None:  # a count to: the time of day it ends at (its end), the time run
            detail = translate("CountdownPanel", "to {target}{extra} · ran {elapsed}").format(
                target=clock_text(target, seconds=target.second != 0),
                extra=extra,
                elapsed=format_clock(timing.elapsed_s),
            )
        elif count.up:
            detail = translate("CountdownPanel", "planned {length}{extra} · ends ~{time}").format(
                length=format_short(timing.duration_s), extra=extra, time=clock_text(timing.expected_end)
            )
        else:
            detail = translate("CountdownPanel", "{elapsed} of {length}{extra} · ends ~{time}").format(
                elapsed=format_clock(timing.elapsed_s),
                length=format_short(timing.duration_s),
                extra=extra,
                time=clock_text(timing.expected_end),
            )
        self.detail.setText(detail)
        self.next_up.setText(self._next_text(frame, index))

    def _next_text(self, frame: Frame, index: int) -> str:
        show = frame.show
        following = show.next_pending(index)
        if following is None:
            return translate("CountdownPanel", "NEXT: end of show")
        seg = show.segment(following)
        timing = frame.timing(following)
        if (timing.expected_start - frame.local_now).total_seconds() < 60:
            # Due now (the live segment runs over): a time already passed on the clock says nothing.
            return translate("CountdownPanel", "NEXT: {title} as soon as this ends ({duration})").format(
                title=seg.title, duration=format_short(seg.duration_s)
            )
        return translate("CountdownPanel", "NEXT: {title} at ~{time} ({duration})").format(
            title=seg.title,
            time=clock_text(timing.expected_start, seconds=False),
            duration=format_short(seg.duration_s),
        )

    def _set_phase(self, state: str, text: str) -> None:
        if text != self._phase_text:
            self._phase_text = text
            self._fit_phase()
        set_state(self, state)
        # The first focus says where the show stands: the segment and its state in words (not
        # the seconds, which would make a screen reader read the focus again every second).
        name = f"{self.segment_title.text()} — {self._phase_text}"
        if name != self.accessibleName():
            self.setAccessibleName(name)

    def _fit_phase(self) -> None:
        """The phase on one line in at most 60% of the row (the title beside it is whole in the
        rundown too): "STANDBY · press Space to start at ~14:00" gives up its last parts
        ("STANDBY"; the whole in the tooltip) before it would take a second line; a word that is
        still too wide (200% text) wraps, its row growing, rather than widening the window."""
        metrics = self.phase.fontMetrics()
        room = self.width() * 0.6 - 40
        text = self._phase_text
        while metrics.horizontalAdvance(text) > room and " · " in text:
            text = text.rsplit(" · ", 1)[0]
        if text != self.phase.text():
            self.phase.setText(text)
            self.phase.setToolTip(plain_tip(self._phase_text) if text != self._phase_text else "")
        wrap = metrics.horizontalAdvance(text) > self.width() * 0.8 - 40
        if wrap != self.phase.wordWrap():
            self.phase.setWordWrap(wrap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_phase()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_phase_later)  # measured in the new font, once it is set

    def _fit_phase_later(self) -> None:
        if shiboken6.isValid(self):
            self._fit_phase()
