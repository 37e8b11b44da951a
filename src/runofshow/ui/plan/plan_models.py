"""The plan editor's tables: segments, the selected segment's speakers, the roster of people.

Thin adapters: every cell is read from the live plan (`controller.show.event`) and every edit is
a command (`segment_update`, `person_update`...) sent through the controller, so an edit made
here is journaled, undoable and seen everywhere at once, exactly like one from the API. A refused
edit changes nothing; its reason (check's words) goes to `problem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from runofshow.core.durations import format_short
from runofshow.core.event import REQUEST_TYPES, SEGMENT_KINDS, Event, Segment
from runofshow.core.fields import CommandError
from runofshow.core.plan_data import cell_problem, speaker_data
from runofshow.core.plan_ids import unique_id
from runofshow.core.status import Status
from runofshow.core.text import slug
from runofshow.core.timer_modes import SPEAKER_TIMERS
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.columns_model import ColumnsModel
from runofshow.ui.widgets.i18n import marked, translate, words_text
from runofshow.ui.widgets.plain_text import plain_tip

Index = QModelIndex | QPersistentModelIndex
#: Cues and questions are edited as one line, separated like this.
LIST_SEPARATOR = ";"
MIME = "application/x-runofshow-segment"

#: (field of the event file, header); the first column is the planned start (read only).
SEGMENT_COLUMNS = (
    ("", marked("PlanModels", "Planned")),
    ("title", marked("PlanModels", "Title")),
    ("kind", marked("PlanModels", "Kind")),
    ("duration", marked("PlanModels", "Duration")),
    ("min_duration", marked("PlanModels", "Min")),
    ("locked", marked("PlanModels", "Locked")),
    ("start", marked("PlanModels", "Fixed start")),
    ("count", marked("PlanModels", "Count")),
    ("speaker_timer", marked("PlanModels", "Speaker clock")),
    ("moderator", marked("PlanModels", "Moderator")),
    ("notes", marked("PlanModels", "Notes")),
    ("cues", marked("PlanModels", "Cues")),
    ("questions", marked("PlanModels", "Questions")),
)
SPEAKER_COLUMNS = (
    ("name", marked("PlanModels", "Speaker")),
    ("time", marked("PlanModels", "Time")),
    ("type", marked("PlanModels", "Request type")),
    ("notes", marked("PlanModels", "Notes")),
)
PEOPLE_COLUMNS = (
    ("name", marked("PlanModels", "Name")),
    ("role", marked("PlanModels", "Role")),
    ("organization", marked("PlanModels", "Organisation")),
    ("sector", marked("PlanModels", "Sector")),
    ("language", marked("PlanModels", "Language")),
    ("pronunciation", marked("PlanModels", "Pronunciation")),
    ("notes", marked("PlanModels", "Notes")),
)
#: Which fields a cell edits with a list of choices (the delegate's business).
CHOICES: dict[str, tuple[str, ...]] = {"kind": SEGMENT_KINDS, "type": REQUEST_TYPES, "speaker_timer": SPEAKER_TIMERS}


def check_value(key: str, text: str, event: Event) -> str | None:
    """What `runofshow check` would say about this value for this field, or None if it is good.

    One field only, so typing never waits on the whole plan."""
    problem = cell_problem(key, text)
    return words_text(problem) if problem is not None else None


class _PlanTable(ColumnsModel):
    """What the three tables share: the controller, refreshing, sending edits."""

    CONTEXT = "PlanModels"
    problem = Signal(str)
    FIELDS: tuple[tuple[str, Any], ...] = ()  # (field, header marked with QT_TRANSLATE_NOOP)

    def __init__(self, controller: ShowController) -> None:
        self.COLUMNS = tuple(header for _, header in self.FIELDS)
        super().__init__(controller)
        self.controller = controller
        self._shown = self.rows()
        controller.changed.connect(self.refresh)

    @property
    def plan(self) -> Event:
        # Not `event`: that is QObject's event handler.
        return self.controller.show.event

    def key(self, column: int) -> str:
        return self.FIELDS[column][0]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # the order, as the organiser counts
        return super().headerData(section, orientation, role)

    def send(self, command: dict[str, Any]) -> dict[str, Any] | None:
        """Dispatch an edit: its answer, or None (and `problem`) when it was refused or not saved."""
        try:
            return self.controller.dispatch(command) or {}
        except CommandError as exc:
            self.problem.emit(words_text(exc.words))
        except OSError as exc:
            self.problem.emit(str(exc))
        return None


def _joined(items: tuple[str, ...]) -> str:
    return f"{LIST_SEPARATOR} ".join(items)


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


class SegmentsModel(_PlanTable):
    FIELDS = SEGMENT_COLUMNS
    #: The planned starts of the plan last shown (worked out once per change, not once per cell).
    _starts: tuple[Event, list[Any]] | None = None

    def planned_start(self, row: int) -> Any:
        event = self.plan
        if self._starts is None or self._starts[0] is not event:
            self._starts = (event, event.planned_starts())
        return self._starts[1][row]

    def rows(self) -> int:
        return len(self.plan.segments)

    def segment(self, row: int) -> Segment:
        return self.plan.segments[row]

    def started(self, row: int) -> bool:
        run = self.controller.show.runs[row]
        return run.actual_start is not None or run.status is not Status.PENDING

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        key = self.key(index.column())
        if not key or (self.started(index.row()) and key in ("duration", "min_duration", "start")):
            return base
        if key == "locked":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rows():
            return None
        seg = self.segment(index.row())
        key = self.key(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and key == "locked":
            return Qt.CheckState.Checked if seg.locked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.started(index.row()) and key in ("", "duration", "min_duration", "start"):
                return translate("PlanModels", "This segment has started: its time stays as it ran (use +1 min).")
            return plain_tip(str(self.data(index) or "")) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if not key:
            status = self.controller.show.runs[index.row()].status
            mark = {Status.LIVE: "▶ ", Status.DONE: "✓ ", Status.SKIPPED: "⤼ "}.get(status, "")
            return mark + f"{self.planned_start(index.row()):%H:%M}"
        if key == "title":
            return seg.title
        if key == "kind":
            return seg.kind
        if key == "duration":
            return format_short(seg.duration_s)
        if key == "min_duration":
            return format_short(seg.min_duration_s) if seg.min_duration_s else ""
        if key == "start":
            return f"{seg.fixed_start:%H:%M}" if seg.fixed_start is not None else ""
        if key == "count":
            return seg.count.text()
        if key == "speaker_timer":
            return seg.speaker_timer
        if key == "moderator":
            person = self.plan.people.get(seg.moderator) if seg.moderator else None
            return person.name if person is not None else ""
        if key == "notes":
            return seg.notes
        if key == "cues":
            return _joined(seg.cues)
        if key == "questions":
            return _joined(seg.questions)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        key = self.key(index.column())
        seg = self.segment(index.row())
        if key == "locked" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self.update(seg.id, {"locked": checked})
        if role != Qt.ItemDataRole.EditRole or not key:
            return False
        text = str(value)
        if key in ("cues", "questions"):
            return self.update(seg.id, {key: _split(text) or None})
        if key == "moderator":
            return self.update(seg.id, {key: person_id(self.plan, text)})
        if key in ("min_duration", "start", "count") and not text.strip():
            return self.update(seg.id, {key: None})
        return self.update(seg.id, {key: text})

    def update(self, segment_id: str, changes: dict[str, Any]) -> bool:
        return self.send({"action": "segment_update", "segment": segment_id, "fields": changes}) is not None

    # --- drag and drop: a segment dropped on a row goes before it ---
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            data.setData(MIME, self.segment(indexes[0].row()).id.encode("utf-8"))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        moved = bytes(data.data(MIME).data()).decode("utf-8")
        target = row if row >= 0 else parent.row() if parent.isValid() else self.rows()
        self.move_to(moved, target)
        return False  # the plan moved it already: the view must not remove a row itself

    def move_to(self, segment_id: str, target: int) -> bool:
        """Move a segment so that it lands before the segment now at `target`."""
        ids = [s.id for s in self.plan.segments]
        others = [i for i in ids if i != segment_id]
        place = min(target - (1 if ids.index(segment_id) < target else 0), len(others))
        after = others[place - 1] if place > 0 else None
        return self.send({"action": "segment_move", "segment": segment_id, "after": after}) is not None


def person_id(event: Event, text: str) -> str | None:
    """The roster's person a name (or id) names, or None for an empty text."""
    wanted = text.strip()
    if not wanted:
        return None
    for person in event.people.values():
        if wanted in (person.name, person.id):
            return person.id
    return wanted  # not on the roster: the command says so, in check's words


class SpeakersModel(_PlanTable):
    """The speakers planned for one segment (`segment_id`, chosen by the editor)."""

    FIELDS = SPEAKER_COLUMNS

    def __init__(self, controller: ShowController) -> None:
        self.segment_id: str | None = None
        super().__init__(controller)

    def show_segment(self, segment_id: str | None) -> None:
        self.segment_id = segment_id
        self.beginResetModel()
        self._shown = self.rows()
        self.endResetModel()

    def _segment(self) -> Segment | None:
        return next((s for s in self.plan.segments if s.id == self.segment_id), None)

    def rows(self) -> int:
        seg = self._segment()
        return len(seg.speakers) if seg is not None else 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        seg = self._segment()
        if seg is None or not index.isValid() or index.row() >= len(seg.speakers):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        slot = seg.speakers[index.row()]
        key = self.key(index.column())
        if key == "name":
            return slot.name
        if key == "time":
            return format_short(slot.allotted_s) if slot.allotted_s else ""
        if key == "type":
            return slot.type
        return slot.notes

    def _data(self) -> list[Any]:
        seg = self._segment()
        if seg is None:
            return []
        per_turn = seg.speaker_time_s or self.plan.defaults.speaker_time_s
        return [speaker_data(slot, self.plan.people, per_turn) for slot in seg.speakers]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.segment_id is None:
            return False
        items = [item if isinstance(item, dict) else {"ref": item} for item in self._data()]
        item = dict(items[index.row()])
        key, text = self.key(index.column()), str(value).strip()
        if key == "name":
            pid = person_id(self.plan, text)
            keep = {k: v for k, v in item.items() if k in ("time", "type", "notes")}
            item = {"ref": pid, **keep} if pid in self.plan.people else {"name": text, **keep}
        elif text:
            item[key] = text
        else:
            item.pop(key, None)
        items[index.row()] = item
        return self._set(items)

    def _set(self, items: list[Any]) -> bool:
        assert self.segment_id is not None
        command = {"action": "segment_update", "segment": self.segment_id, "fields": {"speakers": items or None}}
        return self.send(command) is not None

    def add(self, row: int, name: str) -> bool:
        items = self._data()
        pid = person_id(self.plan, name)
        items.insert(row, pid if pid in self.plan.people else {"name": name})
        return self._set(items)

    def remove(self, row: int) -> bool:
        items = self._data()
        del items[row]
        return self._set(items)

    def move(self, row: int, to: int) -> bool:
        items = self._data()
        items.insert(to, items.pop(row))
        return self._set(items)


class PeopleModel(_PlanTable):
    FIELDS = PEOPLE_COLUMNS

    def rows(self) -> int:
        return len(self.plan.people)

    def person_ids(self) -> list[str]:
        return list(self.plan.people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rows():
            return None
        person = self.plan.people[self.person_ids()[index.row()]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"id: {person.id}")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return getattr(person, self.key(index.column()))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        pid = self.person_ids()[index.row()]
        text = str(value).strip()
        key = self.key(index.column())
        command = {"action": "person_update", "person": pid, "fields": {key: text or None}}
        return self.send(command) is not None

    def add(self, name: str) -> str | None:
        pid = unique_id(slug(name) or "person", set(self.plan.people))
        answer = self.send({"action": "person_add", "person": {"id": pid, "name": name}})
        return pid if answer is not None else None
