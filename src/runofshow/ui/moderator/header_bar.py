"""Top strip: event title, time of day in the event's zone, hard stop and ahead/behind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QSizePolicy, QWidget

from runofshow.core.durations import format_clock, format_countdown
from runofshow.core.frame import Frame
from runofshow.core.schedule import another_day
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import clock_text, offset_text, translate
from runofshow.ui.widgets.live_label import LiveLabel
from runofshow.ui.widgets.plain_text import mnemonic_free, plain_tip
from runofshow.ui.widgets.style import set_state

#: Behind by more than this many seconds turns the schedule label to "behind" (amber/red).


class HeaderBar(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        self._controller = controller
        info = controller.show.event.info
        self.title = LiveLabel("", name="eventTitle")
        # A rehearsal is said where the eye goes first, for its whole length, without a band of its own.
        rehearsal = translate("HeaderBar", "REHEARSAL · ") if controller.show.rehearsal else ""
        self._rehearsal = bool(rehearsal)
        # Narrow: the title gives way, cut short (it is the window's title too); "REHEARSAL"
        # stays whole.
        self.title.set_choices(*((rehearsal + info.title, rehearsal.rstrip(" ·")) if rehearsal else (info.title,)))
        # Asks for no more than "REHEARSAL" (or nothing); gets what the readings leave.
        self.title.set_sample(self.title.shortest() if self._rehearsal else "")
        self.title.keep_shortest = self._rehearsal  # "REHEARSAL" is never cut
        self.title.setToolTip(plain_tip(info.title))
        self.clock = LiveLabel(
            clock_text(datetime(2000, 1, 1, 23, 58, 58)), name="timeOfDay", align=Qt.AlignmentFlag.AlignCenter
        )
        self.clock.setToolTip(
            plain_tip(translate("HeaderBar", "Time of day in {timezone_name}").format(timezone_name=info.timezone_name))
        )
        # Each reading asks for the width of its widest short form, in the chosen language, so that
        # none is ever cut; given more, it says more (the time left beside OVER, the end time).
        widest = datetime(2000, 1, 1, 23, 58, 58)
        self.hard_stop = LiveLabel(
            max(
                (self._hard_stop_forms(widest, 3599, 3599, widest)[-1], self._passed_forms(widest, 3599)[-1]),
                key=lambda text: self.fontMetrics().horizontalAdvance(text),
            ),
            name="hardStop",
        )
        self.schedule = LiveLabel(offset_text(3599), name="scheduleOffset")
        # A short window: the late (or early) notice's action beside the reading that says it.
        self.action_button = QPushButton()
        self.action_button.setObjectName("headerAction")
        self.action_button.hide()
        reachable_by_tab(self.action_button)
        self._action: Callable[[], object] | None = None
        self.action_button.clicked.connect(lambda: self._action() if self._action is not None else None)
        for reading in (self.clock, self.hard_stop, self.schedule):
            reading.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        for reading in (self.hard_stop, self.schedule):
            reading.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(12, 2, 12, 2)
        self._layout.setHorizontalSpacing(18)
        self._layout.setVerticalSpacing(0)
        self._stacked: bool | None = None
        self._arrange(stacked=False)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        frame = self._controller.frame
        basis = frame.basis
        local = frame.local_now
        self.clock.setText(clock_text(local))
        projected = frame.projected_end
        offset = frame.offset_s
        hard = basis.hard_end
        ended_at = frame.show.ended_at
        if ended_at is not None:  # a finished show stands still: when it ended, against the hard stop
            self._show_end(frame, ended_at.wall.astimezone(basis.planned_end.tzinfo))
            return
        if another_day(frame.show, frame.now):
            # Another day's event (a rehearsal of a past one, or a file prepared early): its date,
            # not a count of thousands of hours.
            self.hard_stop.setText(
                translate("HeaderBar", "Planned for {date}, {start}–{end}").format(
                    date=basis.planned_end.date().isoformat(),
                    start=clock_text(frame.show.event.info.start_at, seconds=False),
                    end=clock_text(hard or basis.planned_end, seconds=False),
                )
            )
            set_state(self.hard_stop, "none")
            self.schedule.setText(translate("HeaderBar", "not today"))
            set_state(self.schedule, "ok")
            return
        if hard is None:
            self.hard_stop.setText(
                translate("HeaderBar", "Planned end {time}").format(time=clock_text(basis.planned_end, seconds=False))
            )
            set_state(self.hard_stop, "none")
        else:
            left = (hard - local).total_seconds()
            over = (projected - hard).total_seconds()
            if left <= 0:
                self.hard_stop.set_choices(*self._passed_forms(hard, -left))
                set_state(self.hard_stop, "over")
            else:
                # The time left is always said, and a projected overrun beside it: "OVER" alone
                # would read as if the hard stop had passed.
                self.hard_stop.set_choices(*self._hard_stop_forms(hard, left, over, projected))
                set_state(self.hard_stop, "over" if round(over) >= 1 else "ok")
        self.schedule.set_choices(self._schedule_text(offset, projected), offset_text(offset))
        # The colour says what the words say: "0:21 BEHIND" is never green beside "OVER 0:21".
        whole = round(offset)
        state = "behind" if whole > 0 else "ahead" if whole < 0 else "ok"
        set_state(self.schedule, state)

    def set_action(self, action: tuple[str, Callable[[], object]] | None) -> None:
        """A button beside the readings (the late notice's plan, when the window is too short
        for the notice itself: the hard stop reading says what it would), or none."""
        self._action = action[1] if action is not None else None
        if action is not None:
            self.action_button.setText(mnemonic_free(action[0]))
        self.action_button.setVisible(action is not None)

    def set_compact(self, compact: bool) -> None:
        """A short window: the time of day as large as the readings beside it (a line of the
        header's height more for everything under it)."""
        if (self.clock.property("compact") == "true") != compact:
            self.clock.setProperty("compact", "true" if compact else "false")
            self.clock.style().unpolish(self.clock)
            self.clock.style().polish(self.clock)
            self.clock.updateGeometry()

    def _show_end(self, frame: Frame, ended: datetime) -> None:
        basis = frame.basis
        hard = basis.hard_end
        text = short = translate("HeaderBar", "ENDED {time}").format(time=clock_text(ended, seconds=False))
        state = "ok"
        if hard is not None:
            over = round((ended - hard).total_seconds())
            if over > 0:
                text += translate("HeaderBar", " · {duration} after the hard stop").format(duration=format_clock(over))
                state = "over"
            elif over < 0:
                text += translate("HeaderBar", " · {duration} before the hard stop").format(
                    duration=format_clock(-over)
                )
        self.hard_stop.set_choices(text, short)
        set_state(self.hard_stop, state)
        starts = [run.actual_start for run in frame.show.runs if run.actual_start is not None]
        first = min(starts, key=lambda at: at.mono) if starts else None
        planned = (basis.planned_end - frame.show.event.info.start_at).total_seconds()
        ran = (ended - first.wall).total_seconds() if first is not None else 0.0
        self.schedule.set_choices(
            translate("HeaderBar", "ran {ran} (planned {planned})").format(
                ran=format_clock(round(ran)), planned=format_clock(round(planned))
            ),
            "",
        )
        set_state(self.schedule, "ok")

    def _arrange(self, stacked: bool) -> None:
        """One row while it fits (every pixel of height goes to the countdown below); when the
        readings are too wide (large text, long words), the hard stop and the schedule stack."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.title, self.hard_stop, self.schedule, self.action_button, self.clock):
            self._layout.removeWidget(widget)
        if stacked:
            self._layout.addWidget(self.title, 0, 0, 2, 1)
            self._layout.addWidget(self.hard_stop, 0, 1)
            self._layout.addWidget(self.schedule, 1, 1)
            self._layout.addWidget(self.action_button, 0, 2, 2, 1)
            self._layout.addWidget(self.clock, 0, 3, 2, 1)
        else:
            self._layout.addWidget(self.title, 0, 0)
            self._layout.addWidget(self.hard_stop, 0, 1)
            self._layout.addWidget(self.schedule, 0, 2)
            self._layout.addWidget(self.action_button, 0, 3)
            self._layout.addWidget(self.clock, 0, 4)
        # Room beyond what each asks for goes to the readings first (they say more with it), then the title.
        stretches = (1, 3, 0, 0, 0) if stacked else (1, 2, 2, 0, 0)
        for column, stretch in enumerate(stretches):
            self._layout.setColumnStretch(column, stretch)

    def one_row_width(self) -> int:
        """The width the header needs to keep its readings on one row (the title may go, not "REHEARSAL")."""
        margins = self._layout.contentsMargins()
        shown = [self.hard_stop, self.schedule, self.clock] + ([self.action_button] if self._action else [])
        readings = sum(w.sizeHint().width() for w in shown)
        # The title is cut as short as need be (it is the window's title too); "REHEARSAL" never.
        least = int(self.title.fontMetrics().horizontalAdvance(self.title.shortest())) + 8 if self._rehearsal else 0
        return readings + 3 * self._layout.horizontalSpacing() + margins.left() + margins.right() + least

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(stacked=event.size().width() < self.one_row_width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Stacked is the narrowest it gets: never ask the window for the one-row width.
        hint = super().minimumSizeHint()
        stacked = max(self.hard_stop.sizeHint().width(), self.schedule.sizeHint().width())
        margins = self._layout.contentsMargins()
        width = stacked + self.clock.sizeHint().width() + 2 * self._layout.horizontalSpacing()
        return QSize(min(hint.width(), width + margins.left() + margins.right() + 40), hint.height())

    @staticmethod
    def _hard_stop_forms(hard: datetime, left: float, over: float, projected: datetime) -> tuple[str, ...]:
        """What the hard stop reading says, longest first: the time left always, and beside it
        what the show is projected to run over (counts down like the countdown, rounding up;
        amounts over round like the offset)."""
        time = clock_text(hard, seconds=False)
        when = translate("HeaderBar", "HARD STOP {time}").format(time=time)
        duration = format_countdown(left)
        if round(over) < 1:
            return (
                translate("HeaderBar", "{hard_stop} · {duration} left").format(hard_stop=when, duration=duration),
                # Short, still named: "14:45 · 45:58 left" alone read as a countdown to something else.
                translate("HeaderBar", "STOP {time} · {duration} left").format(time=time, duration=duration),
            )
        extra = format_clock(round(over))
        return (
            translate("HeaderBar", "{hard_stop} · {duration} left · ends ~{end}, {over} over").format(
                hard_stop=when, duration=duration, end=clock_text(projected), over=extra
            ),
            translate("HeaderBar", "{hard_stop} · {duration} left · {over} over").format(
                hard_stop=when, duration=duration, over=extra
            ),
            translate("HeaderBar", "STOP {time} · {duration} left · {over} over").format(
                time=time, duration=duration, over=extra
            ),
        )

    @staticmethod
    def _passed_forms(hard: datetime, ago: float) -> tuple[str, ...]:
        time = clock_text(hard, seconds=False)
        when = translate("HeaderBar", "HARD STOP {time}").format(time=time)
        return (
            translate("HeaderBar", "{hard_stop} · PASSED {duration} ago").format(
                hard_stop=when, duration=format_clock(ago)
            ),
            translate("HeaderBar", "{time} PASSED {duration} ago").format(time=time, duration=format_clock(ago)),
        )

    @staticmethod
    def _schedule_text(offset: float, projected: datetime) -> str:
        return translate("HeaderBar", "{offset} · ends ~{time}").format(
            offset=offset_text(offset), time=clock_text(projected)
        )
