"""A dialog that fits its screen: its body scrolls, its buttons stay in sight below it.

F1's key list and Preferences grow taller than a 768-line laptop's screen at 150%; a dialog
taller than the screen puts OK off its bottom edge, where no one can click it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget

#: The most of the screen's height a dialog takes (the window manager's title bar has the rest).
SCREEN_SHARE = 0.85
#: The most of the screen's width.
WIDTH_SHARE = 0.95
MARGIN = 40  # the layout's margins and the scroll bar beside what the body asks for


def scrolled_body(dialog: QDialog, body: QWidget, buttons: QWidget, *, sideways: bool = True) -> QScrollArea:
    """Lay out `body` scrolling above `buttons` in `dialog`, sized to what the body asks for up to
    the screen's share; `sideways=False` when the body wraps to any width (never scrolls sideways)."""
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    if not sideways:
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setWidget(body)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroller, 1)
    layout.addWidget(buttons)
    parent = dialog.parentWidget()
    area = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    wanted = body.sizeHint()
    width = min(wanted.width() + MARGIN, int(area.width() * WIDTH_SHARE))
    height = min(wanted.height() + buttons.sizeHint().height() + MARGIN, int(area.height() * SCREEN_SHARE))
    dialog.resize(width, height)
    return scroller
