"""The fair-floor ledger: speaking time and turns per person, organisation and sector, and,
when the event file sets time budgets, each group's planned time and what it has left, live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from runofshow.core.budgets import BudgetRow
from runofshow.core.durations import format_clock
from runofshow.core.ledger import NO_GROUP, Ledger
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.columns_model import ColumnsModel
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import marked, translate

COLUMNS = (
    marked("LedgerPanel", "For"),  # person, organisation or sector
    marked("LedgerPanel", "Name"),
    marked("LedgerPanel", "Turns"),
    marked("LedgerPanel", "Spoken"),
    marked("LedgerPanel", "Share"),
    marked("LedgerPanel", "Budget"),  # the group's planned time (time budgets)
    marked("LedgerPanel", "Left"),  # what the group has left of it
)
COL_BUDGET, COL_LEFT = 5, 6
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
        self._budgets: dict[tuple[str, str], BudgetRow] = {}  # (kind, group) → its budget
        self.refresh()

    def refresh(self) -> None:
        floor: Ledger = self._controller.frame.ledger
        rows = [(translate("LedgerPanel", "Person"), t.name, t.turns, t.spoken_s) for t in floor.people]
        organisation, sector = translate("LedgerPanel", "Organisation"), translate("LedgerPanel", "Sector")
        rows += [(organisation, t.name, t.turns, t.spoken_s) for t in floor.organizations]
        rows += [(sector, t.name, t.turns, t.spoken_s) for t in floor.sectors]
        plan = self._controller.show.event.budgets
        self._budgets = {}
        if plan is not None:
            kind = organisation if plan.by == "organization" else sector
            for row in self._controller.frame.budgets:
                self._budgets[(kind, row.group)] = row
                if not any(r[0] == kind and r[1] == row.group for r in rows):
                    rows.append((kind, row.group, 0, 0.0))  # a group with a budget that has not spoken yet
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
        if col in (COL_BUDGET, COL_LEFT):
            budget = self._budgets.get((kind, name))
            if budget is None:
                return ""
            if col == COL_BUDGET:
                part = f" ({budget.share * 100:g}%)" if budget.share is not None else ""
                return format_clock(round(budget.planned_s)) + part
            left = round(budget.remaining_s)
            return (
                format_clock(left)
                if left >= 0
                else translate("LedgerPanel", "{time} over").format(time=format_clock(-left))
            )
        share = spoken / self._total * 100 if self._total else 0.0
        return f"{share:.0f}%" if turns else ""


class LedgerView(QTableView):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerView")
        self.setAccessibleName(
            translate("LedgerPanel", "Floor ledger: speaking time per person, organisation and sector")
        )
        self._controller = controller
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
        controller.changed.connect(self._budget_columns)
        controller.tick.connect(self._tick)
        self._budget_columns()

    def _budget_columns(self) -> None:
        """The budget and what is left, only for an event that sets time budgets."""
        shown = self._controller.show.event.budgets is not None
        for column in (COL_BUDGET, COL_LEFT):
            if self.isColumnHidden(column) == shown:
                self.setColumnHidden(column, not shown)

    def _tick(self) -> None:
        if self.isVisible():  # spoken time moves; only worth computing when someone looks
            self.model_.refresh()
