"""F1: every key of the window, in a dialog that fits the screen.

The list is long (forty-odd keys): on a laptop it scrolls, and on a wide screen it stands in two
columns; the OK button is always in sight (it is outside the scrolled part)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, title_text

#: The share of the screen's height the dialog may take.
SCREEN_SHARE = 0.85
#: From this screen width on, the keys stand in two columns.
TWO_COLUMNS_FROM = 1600


class KeysDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`rows`: (the keys, what they do), in the order to read them."""
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(title_text(translate("MainWindow", "Keys")))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        body = QWidget()
        columns = QHBoxLayout(body)
        one = self._grid(rows)
        # Two columns when the screen is wide enough for both: less to scroll, all in sight sooner.
        wide = screen.width() >= TWO_COLUMNS_FROM and screen.width() >= 2.2 * one.sizeHint().width()
        if wide:
            half = (len(rows) + 1) // 2
            one = self._grid(rows[:half])
            columns.addWidget(one, 1, Qt.AlignmentFlag.AlignTop)
            columns.addWidget(self._grid(rows[half:]), 1, Qt.AlignmentFlag.AlignTop)
        else:
            columns.addWidget(one, 1, Qt.AlignmentFlag.AlignTop)
        self.columns = 2 if wide else 1
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        wanted = body.sizeHint()
        width = min(wanted.width() + 40, int(screen.width() * 0.95))
        height = min(wanted.height() + buttons.sizeHint().height() + 40, int(screen.height() * SCREEN_SHARE))
        self.resize(width, height)

    @staticmethod
    def _grid(rows: list[tuple[str, str]]) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setHorizontalSpacing(16)
        for row, (keys, what) in enumerate(rows):
            key = PlainLabel(keys)
            key.setObjectName("keysKey")
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(PlainLabel(what, wordWrap=True), row, 1)
        grid.setColumnStretch(1, 1)
        return widget
