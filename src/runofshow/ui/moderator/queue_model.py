"""The speaker queue of the live (or current) segment as a Qt table model.

Rows follow the queue order; dragging a row sends `speaker_move` through the controller, so a
drop and the API's move are the same validated command. After the queue come the segment's open
requests to speak from the room, marked ☝ REQUESTED (a shape and a word, not a colour alone):
the moderator accepts them into the queue or declines them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from runofshow.core.budgets import group_of, keeps_balance
from runofshow.core.durations import format_clock, format_countdown
from runofshow.core.floor_requests import FloorRequest, open_requests
from runofshow.core.kinds import Cue, RequestType
from runofshow.core.show import queue_index
from runofshow.core.speakers import TO_SPEAK, Entry, SpeakerQueue
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.columns_model import ColumnsModel
from runofshow.ui.widgets.i18n import cue_label, marked, translate, type_label
from runofshow.ui.widgets.plain_text import plain_tip
from runofshow.ui.widgets.state_table import StateRole

# Spoken time lives in the speaker strip and the Floor ledger; the queue keeps the name wide.
COLUMNS = (
    marked("QueueModel", "Cue"),
    marked("QueueModel", "Speaker"),
    marked("QueueModel", "Request"),
    marked("QueueModel", "Time"),
)
COL_CUE, COL_NAME, COL_TYPE, COL_TIME = 0, 1, 2, 3
MIME = "application/x-runofshow-speaker"
EntryIdRole = Qt.ItemDataRole.UserRole + 2
RequestIdRole = Qt.ItemDataRole.UserRole + 3  # a request's id (None on a queue entry)
REQUEST = "request:"  # how a request's row is told apart in the model's ids

Index = QModelIndex | QPersistentModelIndex


class QueueModel(ColumnsModel):
    COLUMNS = COLUMNS
    ROW_NAME_COLUMN = COL_NAME
    CONTEXT = "QueueModel"

    def __init__(self, controller: ShowController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._segment = queue_index(controller.show)
        self._ids = self._entry_ids()
        self.compact = False  # a narrow queue: cue shapes, names whole, the type after the name
        controller.changed.connect(self.refresh)
        controller.tick.connect(self._refresh_times)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if self.compact and section == COL_CUE and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ""  # the shapes speak for themselves; the word would be cut
        return super().headerData(section, orientation, role)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_CUE, COL_CUE)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- structure -----------------------------------------------------------------------
    @property
    def queue(self) -> SpeakerQueue:
        return self._controller.show.runs[self._segment].queue

    @property
    def segment_index(self) -> int:
        return self._segment

    def entry(self, row: int) -> Entry:
        return self.queue.entries[row]

    def request(self, row: int) -> FloorRequest | None:
        """The open request on `row`, or None for a queue entry."""
        entries = len(self.queue.entries)
        if row < entries:
            return None
        waiting = self.requests()
        return waiting[row - entries] if row - entries < len(waiting) else None

    def requests(self) -> list[FloorRequest]:
        show = self._controller.show
        return open_requests(show.floor_requests, show.segment(self._segment).id)

    def _entry_ids(self, segment: int | None = None) -> list[str]:
        show = self._controller.show
        index = self._segment if segment is None else segment
        entries = [e.id for e in show.runs[index].queue.entries]
        asked = [REQUEST + r.id for r in open_requests(show.floor_requests, show.segment(index).id)]
        return entries + asked

    def refresh(self) -> None:
        segment = queue_index(self._controller.show)
        ids = self._entry_ids(segment)
        if segment != self._segment or ids != self._ids:
            self.beginResetModel()
            self._segment, self._ids = segment, ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))

    def _refresh_times(self) -> None:
        speaking = self.queue.speaking
        if speaking is not None:
            row = self._ids.index(speaking.id)
            cell = self.index(row, COL_TIME)
            self.dataChanged.emit(cell, cell)

    def rows(self) -> int:
        return len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if index.row() >= len(self.queue.entries):
            request = self.request(index.row())
            return None if request is None else self._request_data(request, index.column(), role)
        entry = self.entry(index.row())
        col = index.column()
        if role == StateRole:
            return entry.cue.value if entry.cue is not Cue.DONE else "done"
        if role == EntryIdRole:
            return entry.id
        if role == RequestIdRole:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(_tooltip(entry))
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        now = self._controller.frame.now
        if col == COL_CUE:
            paused = entry.current is not None and not entry.current.running
            label = translate("QueueModel", "❚❚ PAUSED") if paused else cue_label(entry.cue)
            # Narrow (the side column of a laptop screen): the cue's shape alone, the name whole.
            return label.split(" ", 1)[0] if self.compact else label
        if col == COL_NAME:
            # The language beside the name: the booth and the moderator see a change coming.
            name = f"{entry.name} · {entry.language}" if entry.language else entry.name
            if self.compact:
                kind = "" if entry.type is RequestType.STATEMENT else f" · {type_label(entry.type)}"
                balance = self._balance(entry)
                over = f" · {balance}" if balance.startswith("⚠") else ""  # narrow: only what needs acting on
                return name + kind + over
            return f"{name} · {entry.organization}" if entry.organization else name
        if col == COL_TYPE:
            balance = self._balance(entry)
            return type_label(entry.type) + (f"\n{balance}" if balance else "")
        if col == COL_TIME:
            remaining = entry.remaining(now)
            if remaining is not None:
                return format_countdown(remaining)
            return format_clock(entry.allotted_s) if entry.allotted_s else "—"
        return None

    def _balance(self, entry: Entry) -> str:
        """The entry's budget group and whether their turn keeps it within budget ("" without
        budgets, or once they have spoken)."""
        show = self._controller.show
        plan = show.event.budgets
        if plan is None or entry.cue not in TO_SPEAK:
            return ""
        frame = self._controller.frame
        keeps = keeps_balance(show, frame.budgets, entry, frame.now)
        if keeps is None:
            return ""
        group = group_of(plan, entry.organization, entry.sector)
        if keeps:
            return translate("QueueModel", "✓ {group} within budget").format(group=group)
        return translate("QueueModel", "⚠ {group} over budget").format(group=group)

    def _request_data(self, request: FloorRequest, col: int, role: int) -> Any:
        if role == StateRole:
            return "requested"
        if role == RequestIdRole:
            return request.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                translate("QueueModel", "{name} asks for the floor: Y accepts, D declines").format(name=request.name)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_CUE:
            label = translate("QueueModel", "☝ REQUESTED")
            return label.split(" ", 1)[0] if self.compact else label
        if col == COL_NAME:
            if self.compact:  # the word goes with the name: the cue column has room for the shape only
                asked = translate("QueueModel", "☝ REQUESTED").split(" ", 1)[-1]
                return f"{request.name} — {asked} · {type_label(request.type)}"
            return f"{request.name} · {request.organization}" if request.organization else request.name
        if col == COL_TYPE:
            return type_label(request.type)
        if col == COL_TIME:
            return "—"
        return None

    # --- drag and drop -------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if index.row() >= len(self.queue.entries):
            return base  # a request is accepted (Y) before it has a place to move
        if self.entry(index.row()).cue in (*TO_SPEAK, Cue.SKIPPED):
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(self.entry(indexes[0].row()).id.encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        entry_id = bytes(data.data(MIME).data()).decode()
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._ids))
        current = self._ids.index(entry_id) if entry_id in self._ids else -1
        if current < 0:
            return False
        entries = len(self.queue.entries)
        if target > current:
            target -= 1  # the row is taken out before it is put back
        target = max(0, min(target, entries - 1))  # requests below the queue are not places
        if target != current:
            self._controller.act("speaker_move", speaker=entry_id, position=target, segment=self.segment_id)
        return False  # the model refreshes from the show; Qt must not remove the dragged row itself

    @property
    def segment_id(self) -> str:
        return self._controller.show.segment(self._segment).id


def _tooltip(entry: Entry) -> str:
    lines = [entry.name]
    for label, value in (
        (translate("QueueModel", "Role"), entry.role),
        (translate("QueueModel", "Organisation"), entry.organization),
        (translate("QueueModel", "Sector"), entry.sector),
        (translate("QueueModel", "Language"), entry.language),
        (translate("QueueModel", "Say"), entry.pronunciation),
        (translate("QueueModel", "Notes"), entry.notes),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)
