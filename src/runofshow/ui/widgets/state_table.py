"""A table whose rows are coloured by state, with the colours set in the style sheet.

Models give each row a state word through `StateRole` ("live", "done", "ready", ...); the
style sheet sets `qproperty-<state>Background` and `qproperty-<state>Foreground` on the view.
Every state is also spelt out in a cell's text: colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

#: Custom role: the row's state for colours ("live", "done", "overrun", "speaking", ...).
StateRole = Qt.ItemDataRole.UserRole + 1

STATES = (
    "live", "overtime", "done", "overrun", "skipped", "next", "pending",
    "speaking", "ready", "standby", "waiting", "requested",
)  # fmt: skip
BOLD_STATES = frozenset({"live", "overtime", "speaking"})


def _colour_property(name: str) -> Property:
    attr = "_" + name

    def getter(self: StateTable) -> QColor:
        return getattr(self, attr, QColor())

    def setter(self: StateTable, value: QColor) -> None:
        setattr(self, attr, QColor(value))
        self.viewport().update()

    return Property(QColor, getter, setter)


class _StateDelegate(QStyledItemDelegate):
    def __init__(self, view: StateTable) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        wraps = self._view.wrap_columns
        if wraps is not None and index.column() not in wraps:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        state = index.data(StateRole) or "pending"
        background, foreground = self._view.colours(state)
        if background.isValid() and background.alpha():
            option.backgroundBrush = QBrush(background)
            # A row's state colour wins over the selection's: the live segment in overtime is red
            # from edge to edge, even in the cell the keys are on (which the focus frame shows).
            option.state &= ~QStyle.StateFlag.State_Selected
        if foreground.isValid():
            option.palette.setColor(QPalette.ColorRole.Text, foreground)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, foreground)
        if state in BOLD_STATES:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font


class StateTable(QTableView):
    # qproperty-liveBackground, qproperty-doneForeground, ... (Qt property names are camelCase)
    for _state in STATES:
        locals()[f"{_state}Background"] = _colour_property(f"{_state}Background")
        locals()[f"{_state}Foreground"] = _colour_property(f"{_state}Foreground")
    del _state

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_StateDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.wrap_columns: frozenset[int] | None = None  # with word wrap on: the columns that wrap (None: all)
        self.verticalHeader().hide()
        self._measured_for = ""  # the font key the rows and columns were last measured for
        self._fit_pending = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # The style sheet sets the font when the table is first shown, and again when the theme or
        # the font scale changes: rows and columns are measured for the font in use.
        # Re-polishing (a state change, a new theme) flips the font back and forth several times:
        # measure once, after the events, and only if the font really changed.
        if event.type() == QEvent.Type.FontChange and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_if_changed)

    def _fit_if_changed(self) -> None:
        self._fit_pending = False
        if self.font().key() != self._measured_for:
            self.fit_to_font()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        self.fit_to_font()

    def fit_to_font(self) -> None:
        """Row heights (and, in subclasses, column widths) for the current font."""
        self._measured_for = self.font().key() if self.model() is not None else ""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def colours(self, state: str) -> tuple[QColor, QColor]:
        return getattr(self, f"_{state}Background", QColor()), getattr(self, f"_{state}Foreground", QColor())
