"""What time itself does, told to the moderator in the window's notice bars.

The end at stake (the projected end past the hard stop, or the show well early: a plan is offered,
with the number as it is now, and goes when it no longer holds), the computer's clock stepped,
and the computer asleep or busy for a while. The keys and the plan dialog stay the window's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from runofshow.core.durations import format_clock
from runofshow.core.schedule import another_day
from runofshow.ui.moderator.notice_bar import NoticeBar
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate

#: Offer a plan when the projected end is this far past the hard stop, or this far before it.
LATE_WARNING_S = 30
EARLY_WARNING_S = 180


class TimeNotices(QObject):
    def __init__(
        self, controller: ShowController, notices: NoticeBar, end_notice: NoticeBar, plan: Callable[[], None]
    ) -> None:
        super().__init__(notices)
        self._controller = controller
        self._notices, self._end_notice, self._plan = notices, end_notice, plan
        self._shown: tuple[str, int] = ("", 0)
        controller.tick.connect(self.watch_the_end)
        controller.changed.connect(self.watch_the_end)
        controller.clock_jumped.connect(self.clock_jumped)
        controller.time_gap.connect(self.time_gap)

    def watch_the_end(self) -> None:
        """Offer a plan while the projected end is past the hard stop (or the show runs well early),
        with the number as it is now; gone once it is not, or the show has ended."""
        frame = self._controller.frame
        hard_end = frame.basis.hard_end
        over = (frame.projected_end - hard_end).total_seconds() if hard_end is not None else 0.0
        state = "late" if over > LATE_WARNING_S else "early" if over < -EARLY_WARNING_S and frame.show.started else ""
        if hard_end is None or frame.show.ended or another_day(frame.show, frame.now):
            state = ""  # another day's event: no plan against today's clock (the app offers a rehearsal)
        shown = (state, round(over))
        if shown == self._shown:
            return
        self._shown = shown
        self._end_notice.dismiss()
        if state == "late":
            self._end_notice.notify(
                translate("MainWindow", "The show is projected to end {duration} after the hard stop.").format(
                    duration=format_clock(round(over))
                ),
                level="warning",
                action=(translate("MainWindow", "Plan to land on time  [F]"), self._plan),
                short=translate("MainWindow", "Plan  [F]"),
            )
        elif state == "early":
            self._end_notice.notify(
                translate("MainWindow", "The show is running {duration} early.").format(
                    duration=format_clock(round(-over))
                ),
                level="info",
                action=(translate("MainWindow", "Give the time back  [F]"), self._plan),
                short=translate("MainWindow", "Give back  [F]"),
            )

    def clock_jumped(self, seconds: float) -> None:
        changed = (
            translate("MainWindow", "The computer's clock was put forward {duration}.")
            if seconds > 0
            else translate("MainWindow", "The computer's clock was put back {duration}.")
        )
        self._notices.notify(
            changed.format(duration=format_clock(abs(round(seconds))))
            + " "
            + translate("MainWindow", "Countdowns are unaffected; the time of day follows the new clock."),
            level="warning",
        )

    def time_gap(self, seconds: float) -> None:
        self._notices.notify(
            translate(
                "MainWindow",
                "The computer was asleep or busy for {duration}. The show went on: all times include that gap.",
            ).format(duration=format_clock(round(seconds))),
            level="warning",
        )
