"""The import dialog's view of a programme: its rooms × days with the segments each holds, and
what to write: all of it (a venue folder: an event file per room and day, and venue.yaml) or the
one room and day chosen. A table of one event shows nothing here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from runofshow.files.agenda_import import Programme, RoomDay
from runofshow.ui.plan.plan_editor import named
from runofshow.ui.widgets.i18n import translate

ALL = -1  # the choice's data for "everything"


class ProgrammeSplit(QWidget):
    """Rooms down, days across, each cell the segments of that room's day; and the choice."""

    chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.table = named(QTableWidget(), "importSplit")
        self.table.setMaximumHeight(160)
        self.table.setAccessibleName(translate("ImportDialog", "Rooms and days, with their segments"))
        self.choice = named(QComboBox(), "importChoice")
        self.choice.setAccessibleName(translate("ImportDialog", "What to write"))
        self.choice.currentIndexChanged.connect(lambda _: self.chosen.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.choice)
        self._parts: list[RoomDay] = []

    def show_programme(self, programme: Programme) -> None:
        """The split of `programme` (kept choice when the same room's day is still there)."""
        before = self.part()
        self._parts = programme.parts
        rooms, days = programme.rooms, programme.days
        self.table.clear()
        self.table.setRowCount(len(rooms))
        self.table.setColumnCount(len(days))
        self.table.setHorizontalHeaderLabels([d.isoformat() for d in days])
        self.table.setVerticalHeaderLabels([name or room_id for room_id, name in rooms])
        for part in programme.parts:
            row = next(i for i, (room_id, _) in enumerate(rooms) if room_id == part.room_id)
            item = QTableWidgetItem(
                translate("ImportDialog", "{count} segments").format(count=len(part.event.segments))
            )
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, days.index(part.day), item)
        self.table.resizeColumnsToContents()
        self.choice.blockSignals(True)  # filling the list is not choosing
        self.choice.clear()
        self.choice.addItem(
            translate("ImportDialog", "All of it: a venue folder ({files} event files and venue.yaml)").format(
                files=len(programme.parts)
            ),
            ALL,
        )
        for index, part in enumerate(programme.parts):
            self.choice.addItem(
                translate("ImportDialog", "Only {room} on {date} ({count} segments)").format(
                    room=part.room_name or part.room_id, date=part.day.isoformat(), count=len(part.event.segments)
                ),
                index,
            )
        if before is not None:
            same = next(
                (i for i, p in enumerate(self._parts) if (p.room_id, p.day) == (before.room_id, before.day)), None
            )
            if same is not None:
                self.choice.setCurrentIndex(same + 1)
        self.choice.blockSignals(False)
        self.setVisible(len(programme.parts) > 1)

    def part(self) -> RoomDay | None:
        """The room's day chosen, or None for all of it."""
        index = self.choice.currentData()
        if not isinstance(index, int) or index == ALL or not 0 <= index < len(self._parts):
            return None
        return self._parts[index]
