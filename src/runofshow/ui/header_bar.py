"""Top strip: event title, time of day in the event's zone, hard stop and ahead/behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from runofshow.core.durations import format_clock, format_countdown, format_offset
from runofshow.ui.controller import ShowController
from runofshow.ui.live_label import LiveLabel
from runofshow.ui.style import set_state

#: Behind by more than this many seconds turns the schedule label to "behind" (amber/red).
BEHIND_TOLERANCE_S = 30


class HeaderBar(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        self._controller = controller
        info = controller.show.event.info
        self.title = LiveLabel(info.title, name="eventTitle")
        self.title.setText(info.title)
        self.title.setToolTip(info.title)
        self.clock = LiveLabel("88:88:88", name="timeOfDay", align=Qt.AlignmentFlag.AlignCenter)
        self.clock.setToolTip(f"Time of day in {info.timezone_name}")
        self.hard_stop = LiveLabel("HARD STOP 88:88 · 88:88 left · OVER 88:88", name="hardStop")
        self.schedule = LiveLabel("88:88 BEHIND · ends ~88:88:88", name="scheduleOffset")
        for reading in (self.clock, self.hard_stop, self.schedule):
            reading.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # One row: every pixel of height goes to the countdown below.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)
        layout.setSpacing(18)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.hard_stop, 0)
        layout.addWidget(self.schedule, 0)
        layout.addWidget(self.clock, 0)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        controller = self._controller
        now = controller.now()
        basis = controller.basis
        info = controller.show.event.info
        local = now.wall.astimezone(info.tz)
        self.clock.setText(f"{local:%H:%M:%S}")
        projected = basis.projected_end(now)
        offset = basis.offset_s(now)
        hard = basis.hard_end
        if hard is None:
            self.hard_stop.setText(f"Planned end {basis.planned_end:%H:%M}")
            set_state(self.hard_stop, "none")
        else:
            left = (hard - local).total_seconds()
            over = (projected - hard).total_seconds()
            when = f"HARD STOP {hard:%H:%M} · "
            if left <= 0:
                self.hard_stop.setText(when + f"PASSED {format_clock(-left)} ago")
                set_state(self.hard_stop, "over")
            else:
                # Counts down like the countdown (rounding up); amounts over round like the offset.
                margin = "" if round(over) < 1 else f" · OVER {format_clock(round(over))}"
                self.hard_stop.setText(when + f"{format_countdown(left)} left{margin}")
                set_state(self.hard_stop, "over" if over >= 1 else "ok")
        self.schedule.setText(f"{format_offset(offset).upper()} · ends ~{projected:%H:%M:%S}")
        state = "behind" if offset > BEHIND_TOLERANCE_S else "ahead" if offset < -BEHIND_TOLERANCE_S else "ok"
        set_state(self.schedule, state)
