"""Preferences at large text on a laptop's screen: OK and Cancel always in sight."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from runofshow.files.settings import Settings
from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
from runofshow.ui.widgets.style import apply_theme


def test_the_form_scrolls_and_ok_stays_in_sight_at_150_percent(qapp, qtbot: QtBot) -> None:
    apply_theme(qapp, "dark", 1.5)
    try:
        dialog = PreferencesDialog(Settings(), ["/events/roundtable.yaml"])
        qtbot.addWidget(dialog)
        dialog.show()
        screen = dialog.screen().availableGeometry()
        # The whole form is taller than the screen at 150% (the chimes, the automations' box)...
        assert dialog.scroller.widget().sizeHint().height() > screen.height() * 0.85
        # ...so the form scrolls, and the dialog with its buttons fits the screen.
        assert dialog.height() <= screen.height()
        ok = dialog.ok
        assert ok.isVisible()
        assert dialog.rect().contains(ok.mapTo(dialog, ok.rect().bottomRight()))
        assert dialog.scroller.verticalScrollBar().maximum() > 0
    finally:
        apply_theme(qapp, "dark", 1.0)
