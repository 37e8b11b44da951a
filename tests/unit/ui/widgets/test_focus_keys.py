"""Tab through every control of the main window; the show's keys stay the show's."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.widgets.focus_keys import next_by_tab


def shown(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1920, 1050)
    window.show()
    qtbot.waitExposed(window)
    window.focus_show()
    qtbot.waitUntil(window.countdown.hasFocus)


def tab_round(qtbot: QtBot, presses: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, key)
    return visited


def test_tab_goes_through_every_control_in_reading_order_and_round(window: MainWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    visited = tab_round(qtbot, 40)
    bar = window.toolbar
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    header, countdown, details = window.header, window.countdown, window.details
    expected = [
        countdown, countdown.segment_title, countdown.detail, countdown.next_up,
        countdown.speaker.who, countdown.speaker.next_speaker,  # the floor's state shows when someone speaks
        window.lower_tabs.tabBar(), window.rundown, window.queue.view,
        details.questions, details.notes, details.cues,
        *buttons, header.clock, header.hard_stop, header.schedule, countdown,
    ]  # fmt: skip
    assert visited[: len(expected)] == expected
    assert len({id(w) for w in visited[: len(expected) - 1]}) == len(expected) - 1  # each once a round
    # Shift+Tab goes back the same way.
    window.focus_show()
    back = tab_round(qtbot, 4, Qt.Key.Key_Backtab)
    assert back == [countdown, header.schedule, header.hard_stop, header.clock]


def test_a_notice_and_a_message_bring_their_buttons_into_the_round(window: MainWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    window.notices.notify("The clock jumped.", level="warning", action=("Plan to land on time  [F]", lambda: None))
    window.controller.act("message", to="moderator", text="Mic 2 is dead")
    order = window.tab_order
    last_button = window.toolbar.widgetForAction(window.toolbar.actions()[-1])
    after = next_by_tab(order, last_button, True)
    assert after is window.notices.action_button
    assert after.accessibleName() == "Plan to land on time"
    assert next_by_tab(order, after, True) is window.notices.close_button
    assert next_by_tab(order, window.notices.close_button, True) is window.banner.button
    assert window.banner.button.accessibleName() == "Acknowledge"


def test_space_and_return_press_a_focused_button_not_the_show(window: MainWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    show = window.controller.show
    next_button = window.toolbar.widgetForAction(window.act_next)
    next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(next_button, Qt.Key.Key_Space)  # presses Next: the show does not start
    assert not show.running and show.cursor == 1
    qtbot.keyClick(next_button, Qt.Key.Key_Return)
    assert not show.running and show.cursor == 2
    start = window.toolbar.widgetForAction(window.act_toggle)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert show.running


def test_a_focused_table_moves_its_rows_and_leaves_the_show_keys_to_the_show(window: MainWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    rundown = window.rundown
    rundown.setFocus(Qt.FocusReason.TabFocusReason)
    queue_selected = window.queue.view.selectionModel().selectedRows()
    row = rundown.currentIndex().row()
    qtbot.keyClick(rundown, Qt.Key.Key_Down)
    qtbot.keyClick(rundown, Qt.Key.Key_Down)
    assert rundown.currentIndex().row() == max(row, 0) + 2 - (row < 0)
    assert window.queue.view.selectionModel().selectedRows() == queue_selected  # ↓ was the table's
    qtbot.keyClick(rundown, Qt.Key.Key_Space)  # Space is still the show's
    assert window.controller.show.running
    qtbot.keyClick(rundown, Qt.Key.Key_Right)  # and → is Next
    assert window.controller.show.live_index == 1
    assert rundown.hasFocus()


def test_a_click_on_a_table_or_a_button_leaves_the_keys_with_the_show(window: MainWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    qtbot.mouseClick(window.rundown.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 10))
    qtbot.mouseClick(window.queue.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 10))
    assert window.countdown.hasFocus()
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert window.controller.show.running


def test_left_and_right_on_the_focused_tab_bar_show_the_ledger_then_tab_reaches_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    shown(window, qtbot)
    bar = window.lower_tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert window.lower_tabs.currentWidget() is window.ledger
    assert window.controller.show.cursor == 0  # → switched the page, not the segment
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert window.ledger.hasFocus()
    qtbot.keyClick(window.ledger, Qt.Key.Key_Escape)  # Esc: back to the show keys
    assert window.countdown.hasFocus()
