"""A strip across the window: the plan against what happened and what is now expected.

Top row: the planned segments. Bottom row: done segments as they ran (red where they overran),
the live one up to now and then as expected, the rest where they are now expected. A line marks
now, a dashed line the hard stop. Colours come from the style sheet (qproperty-*).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import Property, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from runofshow.core.status import Status
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import plain_tip


def _colour(name: str, default: str) -> QColor:
    attr = "_" + name

    def getter(self: Timeline) -> QColor:
        return getattr(self, attr, QColor(default))

    def setter(self: Timeline, value: QColor) -> None:
        setattr(self, attr, QColor(value))
        self._cache = None
        self.update()

    # Typed as what an instance reads: the stylesheet sets it as a Qt property, the painter reads a colour.
    return cast(QColor, Property(QColor, getter, setter))


FIVE_MINUTES_S, QUARTER_HOUR_S = 300, 900


class Timeline(QWidget):
    plannedColor = _colour("plannedColor", "#4f6b84")  # noqa: N815 (Qt property names)
    doneColor = _colour("doneColor", "#2e7d32")  # noqa: N815
    overColor = _colour("overColor", "#c62828")  # noqa: N815
    liveColor = _colour("liveColor", "#43a047")  # noqa: N815
    expectedColor = _colour("expectedColor", "#90a4ae")  # noqa: N815
    nowColor = _colour("nowColor", "#ffffff")  # noqa: N815
    hardColor = _colour("hardColor", "#ff5252")  # noqa: N815

    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._controller = controller
        self.setFixedHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            plain_tip(
                translate(
                    "Timeline", "Top: the plan. Bottom: what happened and what is expected now. Dashed: the hard stop."
                )
            )
        )
        self._cache: tuple[tuple[object, ...], QPixmap] | None = None
        self._painted: tuple[object, ...] | None = None
        controller.changed.connect(self.update)
        controller.tick.connect(self._on_tick)

    def _on_tick(self) -> None:
        # Over a 45-minute show the now line moves a pixel every couple of seconds: repaint only then.
        if self._moving_key() != self._painted:
            self.update()

    def _moving_key(self) -> tuple[object, ...]:
        """What a tick can change in the picture, in whole pixels."""
        frame = self._controller.frame
        first, span, width = self._axis()

        def x(moment: datetime) -> int:
            return round(2 + (moment - first).total_seconds() / span * width)

        live = frame.show.live_index
        bar: tuple[object, ...] = ()
        if live is not None:
            row = frame.timing(live)
            bar = (x(row.expected_start), x(row.expected_end), row.overrun)
        return (id(frame.basis), first, span, width, self.size(), x(frame.local_now), round(frame.origin), bar)

    def _axis(self) -> tuple[datetime, float, float]:
        """The time axis: (first, span in seconds, width in pixels), stable between commands.

        The end is rounded up (to 5 or 15 minutes) so the scale does not creep every second in
        overtime, which would force a full redraw on each tick.
        """
        frame = self._controller.frame
        show, basis = frame.show, frame.basis
        first = frame.timing(0).planned_start
        for _i, run in enumerate(show.runs):
            if run.actual_start is not None:
                first = min(first, run.actual_start.wall.astimezone(show.event.info.tz))
                break
        ends = [basis.planned_end, frame.projected_end, frame.local_now]
        if basis.hard_end is not None:
            ends.append(basis.hard_end)
        span = max((max(ends) - first).total_seconds(), 60.0)
        step = FIVE_MINUTES_S if span <= 2 * 3600 else QUARTER_HOUR_S
        span = math.ceil(span * 1.02 / step) * step
        return first, span, float(self.width() - 4)

    def _static(self, first: datetime, span: float, width: float, origin_px: int) -> QPixmap:
        """Everything that does not move with the clock: planned bars, done bars, expected bars."""
        key = (id(self._controller.frame.basis), self.width(), self.height(), first, span, origin_px, self.styleSheet())
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        frame = self._controller.frame
        show = frame.show
        pixmap = QPixmap(self.size())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)

        first_ts = first.timestamp()

        def x(ts: float) -> float:
            return 2 + (ts - first_ts) / span * width

        half = (self.height() - 6) / 2
        top = 4 + half
        # The colours read once: each is a Qt property, and a plan of 1,000 segments asks 3,000 times.
        planned, over, done = self.plannedColor, self.overColor, self.doneColor
        painter.setPen(QPen(self.expectedColor, 1))
        live = show.live_index if show.live_index is not None else -1
        for i, bar in enumerate(frame.basis.bars(frame.now)):
            painter.fillRect(
                QRectF(x(bar.planned_start), 2, max(bar.planned_s / span * width - 1, 1), half - 1), planned
            )
            if bar.status is Status.DONE:
                start, end = x(bar.start), x(bar.end)
                painter.fillRect(QRectF(start, top, max(end - start - 1, 1), half), over if bar.overrun else done)
            elif bar.status is Status.PENDING and i > live:
                start, end = x(bar.start), x(bar.end)
                painter.drawRect(QRectF(start, top, max(end - start - 1, 1), half - 1))
        painter.end()
        self._cache = (key, pixmap)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._painted = self._moving_key()
        frame = self._controller.frame
        show, basis = frame.show, frame.basis
        first, span, width = self._axis()

        def x(moment: datetime) -> float:
            return 2 + (moment - first).total_seconds() / span * width

        origin = datetime.fromtimestamp(frame.origin, UTC)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static(first, span, width, round(x(origin))))
        height = self.height()
        half = (height - 6) / 2
        local_now = frame.local_now
        live = show.live_index
        if live is not None:
            row = frame.timing(live)
            start, mid, end = x(row.expected_start), x(local_now), x(row.expected_end)
            top = 4 + half
            painter.fillRect(
                QRectF(start, top, max(mid - start, 1), half), self.overColor if row.overrun else self.liveColor
            )
            painter.setPen(QPen(self.liveColor, 1))
            painter.drawRect(QRectF(mid, top, max(end - mid - 1, 0), half - 1))
        if basis.hard_end is not None:
            painter.setPen(QPen(self.hardColor, 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x(basis.hard_end)), 0, int(x(basis.hard_end)), height)
        painter.setPen(QPen(self.nowColor, 2))
        painter.drawLine(int(x(local_now)), 0, int(x(local_now)), height)
        painter.end()
