"""A moderator who cannot see the screen: what the window announces, and what it says on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.moderator.main_window import MainWindow
from tests.helpers.qt import Spoken


def test_start_wrap_up_final_overtime_a_speaker_and_a_message_are_announced(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, spoken: Spoken
) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert spoken.events == [("Opening remarks started", False)]
    for _ in range(380):  # second by second, as the window ticks
        clock.advance(1)
        window.controller.tick_now()
    assert spoken.events[1:] == [
        ("Wrap up", False),
        ("Final seconds", True),
        ("Overtime: please conclude", True),
    ]
    qtbot.keyClick(window.countdown, Qt.Key.Key_Right)
    qtbot.keyClick(window.countdown, Qt.Key.Key_G)
    assert spoken.events[4:] == [
        ("Panel 1: Cross-border collaboration started", False),
        ("Law-enforcement speaker 1 (placeholder) has the floor", False),
    ]
    window.controller.act("message", to="moderator", text="Interpretation channel 2 is silent")
    assert spoken.events[-1] == ("Message from the stage: Interpretation channel 2 is silent", True)
    count = len(spoken.events)
    for _ in range(5):
        clock.advance(1)
        window.controller.tick_now()
    assert len(spoken.events) == count  # nothing every second


def test_f2_says_the_whole_situation_and_shows_it(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, spoken: Spoken
) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    clock.advance(30)
    window.controller.tick_now()
    qtbot.keyClick(window.countdown, Qt.Key.Key_F2)
    text, assertive = spoken.events[-1]
    assert assertive
    assert text.startswith("Opening remarks: 5 minutes 30 seconds left, Running.")
    assert "Hard stop in " in text
    assert window.statusBar().currentMessage() == text


def test_the_level_setting_quiets_the_routine(window: MainWindow, qtbot: QtBot, spoken: Spoken) -> None:
    window.set_announcement_level("urgent")
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    window.controller.act("message", to="moderator", text="Mic check")
    assert spoken.events == [("Message from the stage: Mic check", True)]
    window.set_announcement_level("off")
    window.controller.act("message", to="moderator", text="Again")
    assert spoken.events == [("Message from the stage: Mic check", True)]
    qtbot.keyClick(window.countdown, Qt.Key.Key_F2)  # asked for: said whatever the level
    assert len(spoken.events) == 2


def test_the_first_focus_names_the_segment_and_its_state(window: MainWindow, qtbot: QtBot) -> None:
    assert window.countdown.hasFocus()
    assert window.countdown.accessibleName() == "READY: Opening remarks — STANDBY · press Space to start at ~14:00"
    assert "F2" in window.countdown.accessibleDescription()
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert window.countdown.accessibleName() == "NOW: Opening remarks — RUNNING"


def test_tab_in_the_notes_goes_on_and_never_types_into_them(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.details.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    before = notes.toPlainText()
    for _ in range(3):
        qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert notes.toPlainText() == before
    assert not notes.hasFocus()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert "\t" in notes.toPlainText() and len(notes.toPlainText()) == len(before) + 1  # at the cursor


def test_controls_are_named_by_what_they_do_without_signs_or_keys(window: MainWindow) -> None:
    bar = window.toolbar
    names = {
        bar.widgetForAction(a).accessibleName() for a in bar.actions() if not a.isSeparator() and bar.widgetForAction(a)
    }
    assert {"Start", "Previous", "Next", "+1 min", "−1 min", "Give the floor to the next speaker", "Undo"} <= names
    assert "Add a speaker" in names  # the button says "+ Speaker"
    assert not any(sign in name for name in names for sign in "▶◀❚[]")
    window.show_stage()
    stage = window.stage
    assert stage is not None
    assert [b.accessibleName() for b in stage.cue_buttons.values()] == ["Standby", "Ready", "Back to waiting"]
    assert stage.message_buttons[0].accessibleName() == "Message to the moderator: Speaker ready"
    assert stage.custom.accessibleName() == "Custom message to the moderator"


def test_a_notice_is_said_and_esc_dismisses_it_from_the_show_keys(
    window: MainWindow, qtbot: QtBot, spoken: Spoken
) -> None:
    window.notices.notify("The event file changed on disk.", level="warning")
    assert spoken.events[-1] == ("The event file changed on disk.", True)
    assert window.notices.isVisible() and "Esc" in window.notices.close_button.text()
    assert window.notices.close_button.accessibleName() == "Dismiss the notice"
    assert window.countdown.hasFocus()
    window.act_focus.trigger()  # Esc
    assert not window.notices.isVisible()


def test_tables_have_names_row_headers_and_no_blank_column_header(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    qtbot.keyClick(window.countdown, Qt.Key.Key_G)
    for view in (window.rundown, window.queue.view, window.ledger):
        assert view.accessibleName(), view.objectName()
        model = view.model()
        assert model.rowCount() > 0
        for column in range(model.columnCount()):
            name = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
            assert name, (view.objectName(), column)
        assert model.headerData(0, Qt.Orientation.Vertical), view.objectName()
    assert window.rundown.model().headerData(0, Qt.Orientation.Vertical) == "Opening remarks"
    assert window.queue.view.model().headerData(0, Qt.Orientation.Vertical) == "Moderator (placeholder)"


def test_up_and_down_in_the_queue_say_who_is_selected(window: MainWindow, qtbot: QtBot, spoken: Spoken) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Down)
    assert spoken.events[-1] == ("Moderator (placeholder), WAITING, Statement", False)
    qtbot.keyClick(window.countdown, Qt.Key.Key_Down)
    assert spoken.events[-1][0].startswith("Host representative (placeholder)")


def test_the_stage_managers_window_says_cues_and_seen_messages(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, spoken: Spoken
) -> None:
    window.show_stage()
    stage = window.stage
    assert stage is not None
    qtbot.waitUntil(stage.isVisible)
    window.controller.act("speaker_cue", speaker="host", cue="standby")
    assert ("Host representative (placeholder) is on standby", False) in spoken.events
    window.controller.act("message", to="moderator", text="Mic check")
    window.controller.act("message_ack", id=window.controller.show.messages[-1].id)
    assert ("The moderator saw: Mic check", False) in spoken.events
    assert stage.spoken.text() == "The moderator saw: Mic check"


def test_the_readings_are_static_text_named_by_what_they_show(window: MainWindow) -> None:
    from PySide6.QtGui import QAccessible as Real

    for reading in (window.header.hard_stop, window.header.clock, window.countdown.digits, window.countdown.next_up):
        interface = Real.queryAccessibleInterface(reading)
        assert interface is not None and interface.role() == Real.Role.StaticText, reading.objectName()
        assert interface.text(Real.Text.Name) == reading.text()
    notice = Real.queryAccessibleInterface(window.spoken)
    assert notice is not None and notice.role() == Real.Role.Notification


def test_every_reading_has_a_text_interface_with_what_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible as Real

    from runofshow.ui.widgets.live_label import LiveLabel

    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    qtbot.keyClick(window.countdown, Qt.Key.Key_G)  # someone has the floor: the strip's readings show
    readings = [r for r in window.findChildren(LiveLabel) if r.isVisible() and r.text()]
    assert len(readings) >= 10
    for reading in readings:
        interface = Real.queryAccessibleInterface(reading)
        assert interface is not None and interface.role() == Real.Role.StaticText, reading.objectName()
        text = interface.textInterface()
        assert text is not None, reading.objectName()
        assert text.text(0, text.characterCount()) == reading.text(), reading.objectName()
    hard_stop = Real.queryAccessibleInterface(window.header.hard_stop).textInterface()
    assert hard_stop.text(0, 9) == "HARD STOP"
    assert hard_stop.selectionCount() == 0 and hard_stop.cursorPosition() == 0


def test_tab_bars_claim_no_focus_they_do_not_have_and_say_the_shown_page(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible as Real

    bar = window.lower_tabs.tabBar()
    interface = Real.queryAccessibleInterface(bar)
    assert interface.role() == Real.Role.PageTabList
    assert interface.text(Real.Text.Name) == "Rundown shown, Floor ledger"
    assert not interface.state().focused and interface.childCount() == 0  # no tab says it has the focus
    window.act_ledger.trigger()  # Ctrl+L
    assert interface.text(Real.Text.Name) == "Floor ledger shown, Rundown"
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    assert interface.state().focused


def test_the_stage_managers_window_and_the_speaker_display_are_frames(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible as Real

    window.show_stage()
    assert window.stage is not None
    assert Real.queryAccessibleInterface(window.stage).role() == Real.Role.Window  # a frame on AT-SPI
    assert Real.queryAccessibleInterface(window.display.display).role() == Real.Role.Window
