"""The rundown as a Qt table model over the core show (one row per segment).

Cells are computed when the view asks for them, from the controller's schedule basis and the
clock at that moment. The model signals only when a command changed the show; the once-a-second
repaint of moving times is the view's business (RundownView.repaint_times).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from runofshow.core.durations import format_clock, format_countdown, format_short
from runofshow.core.frame import Frame
from runofshow.core.schedule import Phase
from runofshow.core.status import Status
from runofshow.core.timer_modes import clock_text as mode_clock
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.columns_model import ColumnsModel
from runofshow.ui.widgets.i18n import clock_text, marked, phase_label, translate
from runofshow.ui.widgets.plain_text import plain_tip
from runofshow.ui.widgets.state_table import StateRole

COLUMNS = (
    "#",
    marked("RundownModel", "Plan"),
    marked("RundownModel", "Segment"),
    marked("RundownModel", "Length"),
    marked("RundownModel", "Start"),
    marked("RundownModel", "Left"),
    marked("RundownModel", "Status"),
)
COL_PLAN, COL_TITLE, COL_LENGTH, COL_START, COL_LEFT, COL_STATUS = 1, 2, 3, 4, 5, 6

_STATUS_TEXT = {
    Status.PENDING: marked("RundownModel", "○ pending"),
    Status.LIVE: marked("RundownModel", "● LIVE"),
    Status.DONE: marked("RundownModel", "✓ done"),
    Status.SKIPPED: marked("RundownModel", "⤼ skipped"),
}

Index = QModelIndex | QPersistentModelIndex


def status_samples() -> list[str]:
    """Every status the column can show, in the chosen language: its width is the widest."""
    samples = [translate("RundownModel", str(text)) for text in _STATUS_TEXT.values()]
    samples += [f"● {phase_label(phase)}" for phase in Phase]
    return [*samples, translate("RundownModel", "❚❚ PAUSED"), translate("RundownModel", "✓ OVERRAN")]


class RundownModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "RundownModel"
    ROW_NAME_COLUMN = COL_TITLE

    def __init__(self, controller: ShowController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._shown = self.rows()
        # A narrow rundown: the status is its sign alone (● ✓ ⤼ ❚❚, with the row's colour), the
        # word in the tooltip, and the start without its seconds, so that the title keeps the width.
        self.compact = False
        controller.changed.connect(self.refresh)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.compact and section == COL_STATUS and role == Qt.ItemDataRole.DisplayRole:
            return ""  # a column of signs needs no title, and its title would be wider than they are
        return super().headerData(section, orientation, role)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.layoutChanged.emit()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_STATUS, COL_STATUS)

    def rows(self) -> int:
        return len(self._controller.show.runs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        frame = self._controller.frame
        show = frame.show
        if role == StateRole:
            return self._state(frame, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_TITLE:
                return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            seg = show.segment(row)
            timing = frame.timing(row)
            # "speakers: 3" needs no plural forms (lupdate's Python reader finds none for a counted n).
            tip = translate("RundownModel", "{title}\n{kind} · speakers: {count}\nends ~{time}").format(
                title=seg.title, kind=seg.kind, count=len(seg.speakers), time=clock_text(timing.expected_end)
            )
            target = show.target(row)
            if target is not None:
                tip += "\n" + translate("RundownModel", "counts down to {time}").format(time=clock_text(target))
            elif seg.count.up:
                tip += "\n" + translate("RundownModel", "counts up (its length is only planned)")
            if seg.speaker_timer == "hidden":
                tip += "\n" + translate("RundownModel", "no clock on the speaker display")
            return plain_tip(tip)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            return plain_tip(self._status(frame, row))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        seg = show.segment(row)
        if col == 0:
            return str(row + 1)
        if col == COL_TITLE:
            return seg.title
        if col == COL_LENGTH:
            added = show.runs[row].added_s
            extra = f" {'+' if added > 0 else '−'}{format_short(abs(added))}" if added else ""
            target = show.target(row)
            if target is not None:  # ends at a time of day: that, not a length (+ time moved it)
                return "→" + clock_text(target, seconds=target.second != 0)
            return format_short(seg.duration_s) + extra + (" ↑" if seg.count.up else "")
        timing = frame.timing(row)
        if col == COL_PLAN:
            return f"{timing.planned_start:%H:%M}"
        if col == COL_START:
            prefix = "" if show.runs[row].actual_start is not None else "~"
            # Narrow: the minute is enough to read what comes when; the title gets the width.
            return prefix + f"{timing.expected_start:{'%H:%M' if self.compact else '%H:%M:%S'}}"
        if col == COL_LEFT:
            if timing.status is Status.SKIPPED:
                return ""
            if timing.status is Status.DONE:
                # Actual minus planned, signed: +2:29 overran, −11:41 finished early.
                delta = round(-timing.remaining_s)
                return "±0:00" if delta == 0 else ("+" if delta > 0 else "−") + format_clock(abs(delta))
            if timing.status is Status.LIVE and seg.count.up:  # the time run, marked as such
                return "↑" + mode_clock(seg.count, timing.remaining_s, timing.elapsed_s)
            return format_countdown(timing.remaining_s)
        if col == COL_STATUS:
            status = self._status(frame, row)
            if not self.compact:
                return status
            # The sign alone; an overrun is more than its colour (done on time is "✓").
            return (
                "✓+"
                if frame.timing(row).overrun and frame.timing(row).status is Status.DONE
                else status.split(" ", 1)[0]
            )
        return None

    @staticmethod
    def _status(frame: Frame, row: int) -> str:
        timing = frame.timing(row)
        if timing.status is Status.LIVE:
            return (
                translate("RundownModel", "❚❚ PAUSED") if not frame.show.running else f"● {phase_label(timing.phase)}"
            )
        if timing.overrun:
            return translate("RundownModel", "✓ OVERRAN")
        return translate("RundownModel", _STATUS_TEXT[timing.status])

    def _state(self, frame: Frame, row: int) -> str:
        show = frame.show
        run = show.runs[row]
        if run.status is Status.LIVE:
            return "overtime" if frame.timing(row).phase is Phase.OVERTIME else "live"
        if run.status is Status.DONE:
            return "overrun" if frame.timing(row).overrun else "done"
        if run.status is Status.SKIPPED:
            return "skipped"
        return "next" if row == show.cursor else "pending"
