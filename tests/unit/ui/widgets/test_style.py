"""Themes: the same theme again leaves the windows alone; another re-styles them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.widgets.style import apply_theme, font_scale


class StyleChanges(QObject):
    """Counts the style changes Qt sends a widget (each means it was re-polished)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_same_theme_again_re_polishes_nothing_and_another_does(
    qapp: QApplication, qtbot: QtBot, window: MainWindow
) -> None:
    """Each of Qt's setters re-polished every widget even to what it already had (a tenth of a
    second for the moderator's window, paid again by every preference saved unchanged)."""
    changes = StyleChanges()
    window.countdown.digits.installEventFilter(changes)
    try:
        apply_theme(qapp, "dark", 1.0)  # what the window was built with
        assert changes.count == 0
        apply_theme(qapp, "light", 1.0)
        assert changes.count > 0
        seen = changes.count
        apply_theme(qapp, "light", 1.25)  # a larger text is a new style sheet too
        assert changes.count > seen and font_scale() == 1.25
    finally:
        apply_theme(qapp, "dark", 1.0)
        window.countdown.digits.removeEventFilter(changes)
