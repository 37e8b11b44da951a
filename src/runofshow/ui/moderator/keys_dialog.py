"""F1: every key of the window, in a dialog that fits the screen.

The list is long (forty-odd keys): on a laptop it scrolls, and on a wide screen it stands in two
columns; the OK button is always in sight (it is outside the scrolled part)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QWidget

from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, title_text
from runofshow.ui.widgets.screen_fit import scrolled_body

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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.scroller = scrolled_body(self, body, buttons, sideways=False)  # the descriptions wrap

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
