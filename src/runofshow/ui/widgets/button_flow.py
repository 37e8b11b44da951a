"""Buttons that flow into as many rows as they need: one row when there is room, more when not.

A row of buttons is as wide as all its labels together, which at 200% text or in French can be
wider than the screen, and a button's label must never be cut. This widget asks only for its
widest button; on each resize it packs the buttons into rows (at most `per_row` to a row) and
claims the height those rows need.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLayout, QVBoxLayout, QWidget


class ButtonFlow(QWidget):
    def __init__(self, buttons: Sequence[QAbstractButton], per_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self._per_row = max(1, per_row)
        self._shape: tuple[int, ...] = ()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        # The rows must not impose their own (one-row) minimum width: this widget says what it needs.
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._place(self._pack(10**6))

    def shape(self) -> tuple[int, ...]:
        """How many buttons each row holds now, e.g. (2, 2)."""
        return self._shape

    def _spacing(self) -> int:
        return max(self._column.spacing(), 0)

    def _pack(self, width: int) -> tuple[int, ...]:
        rows: list[int] = []
        used = count = 0
        for button in self.buttons:
            wanted = button.sizeHint().width()
            if count and (count == self._per_row or used + self._spacing() + wanted > width):
                rows.append(count)
                used = count = 0
            used += wanted + (self._spacing() if count else 0)
            count += 1
        if count:
            rows.append(count)
        return tuple(rows)

    def _place(self, shape: tuple[int, ...]) -> None:
        if shape == self._shape:
            return
        self._shape = shape
        while self._column.count():
            item = self._column.takeAt(0)
            row = item.layout() if item is not None else None
            if row is not None:
                while row.count():
                    row.takeAt(0)
                row.deleteLater()
        buttons = iter(self.buttons)
        for count in shape:
            row = QHBoxLayout()
            for _ in range(count):
                row.addWidget(next(buttons), 1)
            self._column.addLayout(row)
        self._claim()

    def _height(self) -> int:
        row = max((b.sizeHint().height() for b in self.buttons), default=0)
        rows = len(self._shape)
        return rows * row + max(rows - 1, 0) * self._spacing()

    def _claim(self) -> None:
        # An explicit minimum: layouts always honour it, and setting it re-lays out the window.
        needed = QSize(max((b.sizeHint().width() for b in self.buttons), default=0), self._height())
        if self.minimumSize() != needed:
            self.setMinimumSize(needed)

    def sizeHint(self) -> QSize:  # noqa: N802
        widths = [b.sizeHint().width() for b in self.buttons[: self._per_row]]
        return QSize(sum(widths) + max(len(widths) - 1, 0) * self._spacing(), self._height())

    def event(self, event: QEvent) -> bool:
        # A button's size changed (the style sheet's font arrived, a new theme or scale): re-pack.
        if event.type() == QEvent.Type.LayoutRequest:
            self._place(self._pack(self.width()))
            self._claim()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place(self._pack(event.size().width()))
