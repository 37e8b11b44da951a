"""The part every table model here shares: named columns, a row count, header labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """A flat table with `COLUMNS` as its header; subclasses say how many rows there are."""

    COLUMNS: tuple[str, ...] = ()  # marked with marked(CONTEXT, ...)
    CONTEXT = ""  # the translation context of COLUMNS
    #: The row count the views were last told (None: ask `rows()` each time).
    _shown: int | None = None

    def rows(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return self._shown if self._shown is not None else self.rows()

    def refresh(self) -> None:
        """The data changed: every cell, or, when the number of rows changed (a segment inserted
        or removed live), the whole table."""
        rows = self.rows()
        if rows != self._shown:
            self.beginResetModel()
            self._shown = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, self.columnCount() - 1))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    #: The column whose text names its row (a screen reader says it when moving between rows).
    ROW_NAME_COLUMN: int | None = None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        # The accessible name of a column is its title even where the view shows none (a narrow
        # column of signs): assistive technology reads AccessibleTextRole before DisplayRole.
        titled = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if orientation == Qt.Orientation.Horizontal and titled:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        named = self.ROW_NAME_COLUMN is not None and 0 <= section < self.rowCount()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and named:
            # Row headers for assistive technology (the views hide theirs): the row's name.
            return self.data(self.index(section, self.ROW_NAME_COLUMN or 0), Qt.ItemDataRole.DisplayRole)
        return None
