"""The fair-floor ledger: speaking time and turns per person, organisation and sector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from runofshow.core.durations import format_clock
from runofshow.core.ledger import NO_GROUP, Ledger
from runofshow.ui.columns_model import ColumnsModel
from runofshow.ui.controller import ShowController
from runofshow.ui.focus_keys import reachable_by_tab
from runofshow.ui.i18n import translate

COLUMNS = (
    QT_TRANSLATE_NOOP("LedgerPanel", "For"),  # person, organisation or sector
    QT_TRANSLATE_NOOP("LedgerPanel", "Name"),
    QT_TRANSLATE_NOOP("LedgerPanel", "Turns"),
    QT_TRANSLATE_NOOP("LedgerPanel", "Spoken"),
    QT_TRANSLATE_NOOP("LedgerPanel", "Share"),
)
Index = QModelIndex | QPersistentModelIndex


class LedgerModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "LedgerPanel"
    ROW_NAME_COLUMN = 1

    def __init__(self, controller: ShowController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._rows: list[tuple[str, str, int, float]] = []
        self._total = 0.0
        self.refresh()

    def refresh(self) -> None:
        floor: Ledger = self._controller.frame.ledger
        rows = [(translate("LedgerPanel", "Person"), t.name, t.turns, t.spoken_s) for t in floor.people]
        rows += [(translate("LedgerPanel", "Organisation"), t.name, t.turns, t.spoken_s) for t in floor.organizations]
        rows += [(translate("LedgerPanel", "Sector"), t.name, t.turns, t.spoken_s) for t in floor.sectors]
        self._total = sum(t.spoken_s for t in floor.people)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def rows(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        kind, name, turns, spoken = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return kind
        if col == 1:
            return translate("LedgerPanel", "(not given)") if name == NO_GROUP else name
        if col == 2:
            return str(turns) if turns else translate("LedgerPanel", "— not yet")
        if col == 3:
            return format_clock(spoken) if turns else ""
        share = spoken / self._total * 100 if self._total else 0.0
        return f"{share:.0f}%" if turns else ""


class LedgerView(QTableView):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerView")
        self.setAccessibleName(
            translate("LedgerPanel", "Floor ledger: speaking time per person, organisation and sector")
        )
        self.model_ = LedgerModel(controller)
        self.setModel(self.model_)
        reachable_by_tab(self)  # by Tab, its rows by ↑/↓; a click leaves the keys with the show
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(20)
        self.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        controller.changed.connect(self.model_.refresh)
        controller.tick.connect(self._tick)

    def _tick(self) -> None:
        if self.isVisible():  # spoken time moves; only worth computing when someone looks
            self.model_.refresh()
