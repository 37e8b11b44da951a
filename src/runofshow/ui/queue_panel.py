"""The speaker queue of the live segment: a table that can be reordered by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QVBoxLayout, QWidget

from runofshow.ui.controller import ShowController
from runofshow.ui.queue_model import COL_CUE, COL_NAME, COL_TIME, COL_TYPE, EntryIdRole, QueueModel
from runofshow.ui.state_table import StateTable

WIDEST = {COL_CUE: "▶ SPEAKING", COL_TYPE: "Right of reply", COL_TIME: "+88:88"}


class QueueView(StateTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        # Keys belong to the window (Up/Down select, G calls next); the mouse still selects and drags.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def setModel(self, model) -> None:  # noqa: N802, ANN001 (Qt signature)
        super().setModel(model)
        # Sized once from the contents, not re-measured on every change (start-up and ticks stay cheap).
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(20)
        self.resizeColumnsToContents()
        # Room for the widest value each column can take later (in bold, for the speaking row).
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for col, sample in WIDEST.items():
            header.resizeSection(col, max(header.sectionSize(col), metrics.horizontalAdvance(sample) + 24))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)


class QueuePanel(QGroupBox):
    def __init__(self, controller: ShowController, actions: list[QAction], parent: QWidget | None = None) -> None:
        """`actions` make the right-click menu of the queue."""
        super().__init__("Speakers", parent)
        self.setObjectName("queuePanel")
        self._controller = controller
        self.model = QueueModel(controller)
        self.view = QueueView()
        self.view.setAccessibleName("Speaker queue of the live segment")
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._retitle)
        self._retitle()

    def _retitle(self) -> None:
        seg = self._controller.show.segment(self.model.segment_index)
        self.setTitle(f"Speakers · {seg.title}")

    # --- selection (driven by window keys) ------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(EntryIdRole) if rows else None

    def select_id(self, entry_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(EntryIdRole) == entry_id:
                self.select_row(row)
                return

    def select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = max(0, min(row, count - 1))
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def move_selection(self, delta: int) -> None:
        rows = self.view.selectionModel().selectedRows()
        start = rows[0].row() if rows else (-1 if delta > 0 else self.model.rowCount())
        self.select_row(start + delta)
