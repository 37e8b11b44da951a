"""A strip across the window: the plan against what happened and what is now expected.

Top row: the planned segments. Bottom row: done segments as they ran (red where they overran),
the live one up to now and then as expected, the rest where they are now expected. A line marks
now, a dashed line the hard stop. Colours come from the style sheet (qproperty-*).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Property, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from runofshow.core.show import Status
from runofshow.ui.controller import ShowController


def _colour(name: str, default: str) -> Property:
    attr = "_" + name

    def getter(self: Timeline) -> QColor:
        return getattr(self, attr, QColor(default))

    def setter(self: Timeline, value: QColor) -> None:
        setattr(self, attr, QColor(value))
        self.update()

    return Property(QColor, getter, setter)


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
        self.setToolTip("Top: the plan. Bottom: what happened and what is expected now. Dashed: the hard stop.")
        controller.changed.connect(self.update)
        controller.tick.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        controller = self._controller
        show = controller.show
        now = controller.now()
        basis = controller.basis
        rows = [basis.timing(i, now) for i in range(len(show.runs))]
        local_now = now.wall.astimezone(show.event.info.tz)
        first = min([rows[0].planned_start, *(r.expected_start for r in rows if r.status is not Status.SKIPPED)])
        last = max(
            [basis.planned_end, basis.projected_end(now), local_now, *([basis.hard_end] if basis.hard_end else [])]
        )
        span = max((last - first).total_seconds(), 60.0) * 1.01
        width, height = self.width() - 4, self.height()

        def x(moment: datetime) -> float:
            return 2 + (moment - first).total_seconds() / span * width

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        half = (height - 6) / 2
        for row in rows:
            left = x(row.planned_start)
            right = x(row.planned_start) + show.segment(row.index).duration_s / span * width
            painter.fillRect(QRectF(left, 2, max(right - left - 1, 1), half - 1), self.plannedColor)
            if row.status is Status.SKIPPED:
                continue
            start, end = x(row.expected_start), x(row.expected_end)
            top = 4 + half
            if row.status is Status.DONE:
                colour = self.overColor if row.overrun else self.doneColor
                painter.fillRect(QRectF(start, top, max(end - start - 1, 1), half), colour)
            elif row.status is Status.LIVE:
                mid = x(local_now)
                painter.fillRect(
                    QRectF(start, top, max(mid - start, 1), half), self.overColor if row.overrun else self.liveColor
                )
                painter.setPen(QPen(self.liveColor, 1))
                painter.drawRect(QRectF(mid, top, max(end - mid - 1, 0), half - 1))
            else:
                painter.setPen(QPen(self.expectedColor, 1))
                painter.drawRect(QRectF(start, top, max(end - start - 1, 1), half - 1))
        if basis.hard_end is not None:
            pen = QPen(self.hardColor, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x(basis.hard_end)), 0, int(x(basis.hard_end)), height)
        painter.setPen(QPen(self.nowColor, 2))
        painter.drawLine(int(x(local_now)), 0, int(x(local_now)), height)
        painter.end()
