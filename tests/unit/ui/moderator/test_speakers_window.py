"""A whole panel run by keyboard alone in the moderator window, and the stage manager window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.kinds import RequestType
from runofshow.ui.moderator.add_speaker_dialog import AddSpeakerDialog, NewSpeaker
from runofshow.ui.moderator.main_window import MainWindow


def key(
    qtbot: QtBot, window: MainWindow, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(window.countdown, k, modifier)


def ids(window: MainWindow) -> list[str]:
    return [e.id for e in window.queue.model.queue.entries]


def cue_of(window: MainWindow, entry_id: str) -> str:
    return window.queue.model.queue.get(entry_id).cue.value


@pytest.fixture
def panel(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> MainWindow:
    key(qtbot, window, Qt.Key.Key_Space)  # opening remarks
    clock.advance(300)
    key(qtbot, window, Qt.Key.Key_Right)  # panel 1
    return window


def test_a_panel_by_keyboard_alone(
    panel: MainWindow, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = panel
    assert ids(window) == ["le1", "ps1", "le2", "ps2"]
    key(qtbot, window, Qt.Key.Key_G)
    assert cue_of(window, "le1") == "speaking"
    clock.advance(175)
    window.controller.tick_now()
    assert window.countdown.speaker.digits.text() == "0:05"
    assert window.countdown.speaker.state.text() == "FINAL"
    assert "Private-sector speaker 1" in window.countdown.speaker.next_speaker.text()
    key(qtbot, window, Qt.Key.Key_BracketRight)  # +30 s
    assert window.queue.model.queue.speaking.remaining(clock.now()) == pytest.approx(35)

    # From the floor: A opens the add dialog (answered here), then a point of order.
    answers = iter(
        [
            NewSpeaker(None, "Ms Floor", RequestType.QUESTION, 60),
            NewSpeaker("host", None, RequestType.POINT_OF_ORDER, None),
        ]
    )
    monkeypatch.setattr(AddSpeakerDialog, "ask", classmethod(lambda cls, parent, roster: next(answers)))
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_Insert)
    assert ids(window) == ["le1", "host", "ps1", "le2", "ps2", "ms-floor"]

    # Select Ms Floor with Down, move her up twice with Alt+Up, skip then return le2.
    for _ in range(6):
        key(qtbot, window, Qt.Key.Key_Down)
    assert window.queue.selected_id() == "ms-floor"
    key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(window) == ["le1", "host", "ps1", "ms-floor", "le2", "ps2"]
    key(qtbot, window, Qt.Key.Key_Down)
    assert window.queue.selected_id() == "le2"
    key(qtbot, window, Qt.Key.Key_S)
    assert cue_of(window, "le2") == "skipped"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the skip
    assert cue_of(window, "le2") == "waiting"

    # GO through the queue; H holds a turn during an interjection.
    clock.advance(10)
    key(qtbot, window, Qt.Key.Key_Return)
    assert cue_of(window, "le1") == "done" and cue_of(window, "host") == "speaking"
    clock.advance(20)
    key(qtbot, window, Qt.Key.Key_H)
    clock.advance(40)
    key(qtbot, window, Qt.Key.Key_H)
    clock.advance(5)
    key(qtbot, window, Qt.Key.Key_E)
    host_turn = window.queue.model.queue.get("host").turns[0]
    assert host_turn.spoken(clock.now()) == pytest.approx(25)
    assert window.queue.model.queue.speaking is None
    assert window.countdown.speaker.who.text().startswith("FLOOR: no one")

    # The ledger adds up what was spoken.
    window.ledger.model_.refresh()
    rows = {window.ledger.model_.index(r, 1).data(): r for r in range(window.ledger.model_.rowCount())}
    turns = window.ledger.model_.index(rows["Host representative (placeholder)"], 2).data()
    assert turns == "1"


def test_messages_from_the_stage_are_acknowledged_with_k(panel: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window = panel
    window.show_stage()
    stage = window.stage
    assert stage is not None and stage.isVisible()
    stage.message_buttons[0].click()  # "Speaker ready"
    assert window.banner.isVisible()
    assert "Speaker ready" in window.banner.label.text()
    clock.advance(4)
    key(qtbot, window, Qt.Key.Key_K)
    assert not window.banner.isVisible()
    message = window.controller.show.messages[0]
    assert message.acknowledged
    assert "seen" in stage.log.item(0).text() and "not yet" not in stage.log.item(0).text()


def test_the_stage_manager_cues_speakers_and_has_no_clock_controls(panel: MainWindow, qtbot: QtBot) -> None:
    window = panel
    window.show_stage()
    stage = window.stage
    assert stage is not None
    first = next(i for i, (_, entry) in enumerate(stage._ids) if entry == "le1")
    stage.upcoming.setCurrentRow(first)
    stage.cue_buttons[next(iter(stage.cue_buttons))].click()  # Standby
    assert cue_of(window, "le1") == "standby"
    stage.upcoming.setCurrentRow(next(i for i, (_, entry) in enumerate(stage._ids) if entry == "le1"))
    stage.activateWindow()
    qtbot.waitUntil(stage.isActiveWindow)
    qtbot.keyClick(stage.upcoming, Qt.Key.Key_2)  # Ready by key
    assert cue_of(window, "le1") == "ready"
    assert "READY" in window.countdown.speaker.next_speaker.text()
    labels = " ".join(b.text() for b in stage.findChildren(type(stage.cue_buttons[next(iter(stage.cue_buttons))])))
    for forbidden in ("Start", "Pause", "Next ▶", "min"):
        assert forbidden not in labels
    stage.custom.setText("Moderator mic is low")
    qtbot.keyClick(stage.custom, Qt.Key.Key_Return)
    assert window.controller.show.messages[-1].text == "Moderator mic is low"
    assert stage.custom.text() == ""


def test_drag_and_drop_reorders_through_the_same_command(panel: MainWindow) -> None:
    model = panel.queue.model
    data = model.mimeData([model.index(3, 0)])  # ps2
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert ids(panel) == ["ps2", "le1", "ps1", "le2"]
    panel.controller.act("speaker_next")
    data = model.mimeData([model.index(0, 0)])  # ps2 is speaking: cannot move
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert ids(panel)[0] == "ps2"
    assert "speaking" in panel.statusBar().currentMessage()


def test_the_add_dialog_completes_roster_names(qtbot: QtBot, roundtable) -> None:
    dialog = AddSpeakerDialog(roundtable.people)
    qtbot.addWidget(dialog)
    label = next(text for text in dialog._by_label if text.startswith("Host"))
    dialog.name.setText(label)
    chosen = dialog.result_value()
    assert chosen is not None and chosen.person == "host" and chosen.name is None
    dialog.name.setText("Someone from the floor")
    chosen = dialog.result_value()
    assert chosen is not None and chosen.person is None and chosen.command()["name"] == "Someone from the floor"


def test_the_stage_status_line_counts_with_the_show(panel: MainWindow, clock: FakeClock) -> None:
    panel.show_stage()
    stage = panel.stage
    assert stage is not None
    before = stage.status.text()
    clock.advance(61)
    panel.controller.tick_now()
    after = stage.status.text()
    assert "12:00 left" in before and "10:59 left" in after  # it counts between commands


def test_the_stage_window_closes_with_esc_and_ctrl_w_and_shows_whole_notes(panel: MainWindow, qtbot: QtBot) -> None:
    panel.show_stage()
    stage = panel.stage
    assert stage is not None
    with qtbot.waitActive(stage):
        stage.activateWindow()
    qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert not stage.isVisible()
    panel.show_stage()
    with qtbot.waitActive(stage):
        stage.activateWindow()
    qtbot.keyClick(stage, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not stage.isVisible()
    assert stage.about.minimumHeight() >= stage.about.fontMetrics().lineSpacing() * 8
    assert stage.upcoming.textElideMode() is Qt.TextElideMode.ElideNone


def test_a_quit_is_never_cancelled_by_the_stage_managers_window(panel: MainWindow, qapp) -> None:
    """Closing it only hides it (View → Stage manager brings it back), but when the app quits
    (SIGTERM, SIGINT) it closes: Qt cancels a quit that a window refuses."""
    from runofshow.ui.session.qt_app import QUIT_REQUESTED

    panel.show_stage()
    stage = panel.stage
    assert stage is not None
    assert stage.close() is False  # refused: hidden, kept for later
    panel.show_stage()
    qapp.setProperty(QUIT_REQUESTED, True)
    try:
        assert stage.close() is True
    finally:
        qapp.setProperty(QUIT_REQUESTED, False)


def test_the_stage_status_line_says_overtime_in_words(panel: MainWindow, clock: FakeClock) -> None:
    panel.show_stage()
    stage = panel.stage
    assert stage is not None
    clock.advance(12 * 60 + 53)  # panel 1 is 12 minutes: 53 s over
    panel.controller.tick_now()
    text = stage.status.text()
    assert "OVERTIME 0:53" in text and "left" not in text and "+" not in text
    assert stage.status.property("state") == "overtime"  # in colour too, as the moderator's card


def test_the_live_row_in_overtime_is_red_even_in_the_cell_the_keys_are_on(panel: MainWindow, clock: FakeClock) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from runofshow.ui.moderator.rundown_model import COL_TITLE

    clock.advance(12 * 60 + 53)
    panel.controller.tick_now()
    view = panel.rundown
    live = panel.controller.show.live_index
    index = view.model().index(live, COL_TITLE)
    view.setCurrentIndex(index)  # selected: the selection's colour must not hide the overtime
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.state |= QStyle.StateFlag.State_Selected
    view.itemDelegate().initStyleOption(option, index)
    assert option.backgroundBrush.color() == view.overtimeBackground
    assert not option.state & QStyle.StateFlag.State_Selected


def test_the_live_rows_title_turns_red_when_time_alone_runs_into_overtime(
    panel: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Overtime comes by the clock, with no command: the tick repaints the whole live row, not
    just its times (the title's cell stayed green until something else repainted it)."""
    from PySide6.QtCore import QRect

    from runofshow.ui.moderator.rundown_model import COL_TITLE

    view = panel.rundown
    live = panel.controller.show.live_index
    assert live is not None
    panel.controller.tick_now()
    repainted: list[QRect] = []
    monkeypatch.setattr(view.viewport(), "update", lambda *rect: repainted.append(QRect(*rect)))
    title = view.visualRect(view.model().index(live, COL_TITLE))
    panel.controller.tick_now()  # a second on, still running: the times only
    assert repainted and not any(rect.intersects(title) for rect in repainted)
    repainted.clear()
    remaining = panel.controller.frame.timing(live).remaining_s
    clock.advance(remaining + 1)
    panel.controller.tick_now()
    assert panel.controller.frame.timing(live).phase.value == "overtime"
    assert any(rect.contains(title) for rect in repainted)
