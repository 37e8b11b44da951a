"""ButtonFlow: buttons re-flow into rows instead of widening the window; labels are never cut."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from runofshow.ui.widgets.button_flow import ButtonFlow


def _flow(qtbot: QtBot, width: int, per_row: int = 3) -> tuple[QWidget, ButtonFlow]:
    window = QWidget()
    flow = ButtonFlow([QPushButton(text) for text in ("Short", "A much longer label here", "Mid label")], per_row)
    QVBoxLayout(window).addWidget(flow)
    qtbot.addWidget(window)
    window.resize(width, 200)
    window.show()
    qtbot.waitUntil(lambda: flow.width() > 0)
    return window, flow


def test_wide_enough_means_one_row(qtbot: QtBot) -> None:
    _, flow = _flow(qtbot, 2000)
    assert flow.shape() == (3,)


def test_at_most_per_row_buttons_share_a_row(qtbot: QtBot) -> None:
    _, flow = _flow(qtbot, 2000, per_row=2)
    assert flow.shape() == (2, 1)


def test_narrow_means_more_rows_and_nothing_cut(qtbot: QtBot) -> None:
    window, flow = _flow(qtbot, 2000)
    one_row_height = flow.minimumHeight()
    widest = max(b.sizeHint().width() for b in flow.buttons)
    window.resize(widest + 30, 200)
    qtbot.waitUntil(lambda: flow.shape() == (1, 1, 1))
    assert flow.minimumWidth() == widest  # it never asks for more than its widest button
    assert flow.minimumHeight() > 2 * one_row_height  # and claims the height of its rows
    qtbot.waitUntil(lambda: all(b.height() >= b.sizeHint().height() for b in flow.buttons))
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in flow.buttons))
