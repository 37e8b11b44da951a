"""The speaker display: states in words and colour, stop-at-zero, bounded flashing, messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.displays.speaker_display import SpeakerDisplay
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.session.controller import ShowController


@pytest.fixture
def display(controller: ShowController, qtbot: QtBot) -> SpeakerDisplay:
    shown = SpeakerDisplay(controller)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_states_in_words(display: SpeakerDisplay, controller: ShowController, clock: FakeClock) -> None:
    assert display.reading()[0] == "idle"
    controller.act("start")
    controller.act("speaker_next")  # the moderator: 60 s allotted
    seen = []
    for seconds in (0, 35, 20, 10):
        clock.advance(seconds)
        controller.tick_now()
        seen.append((display.frame.property("state"), display.state.text(), display.digits.text()))
    assert seen == [
        ("running", "●  ON TIME", "1:00"),
        ("wrap_up", "▲  WRAP UP", "0:25"),
        ("final", "◆  FINAL", "0:05"),
        ("overtime", "■  TIME IS UP", "+0:05"),
    ]
    assert display.who.text() == "Moderator (placeholder)"
    assert display.next.text().startswith("Next: Host representative")


def test_stop_at_zero_for_the_speaker_only(window: MainWindow, clock: FakeClock) -> None:
    controller = window.controller
    window.display.act_zero.trigger()
    controller.act("start")
    clock.advance(400)
    controller.tick_now()
    assert window.display.display.digits.text() == "0:00"
    assert window.countdown.digits.text() == "+0:40"  # the moderator still sees the overtime


def test_messages_to_the_speaker(window: MainWindow) -> None:
    window.controller.act("start")
    window.display.send("PLEASE CONCLUDE")
    shown = window.display.display
    assert shown.message.text() == "PLEASE CONCLUDE" and not shown.message.isHidden()
    window.display.clear_messages()
    assert shown.message.text() == "" and shown.message.isHidden()
    assert window.display.display.reading()[4] == ""


def test_blank_and_show_on_a_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.display.toggle()
    assert window.display.display.isVisible()
    window.display.act_blank.trigger()
    assert window.display.display.digits.text() == ""
    window.display.act_blank.trigger()
    assert window.display.display.digits.text() == "–:––"  # nothing live yet
    window.display.toggle()
    assert not window.display.display.isVisible()


def test_a_long_message_shrinks_to_fit_before_it_is_cut(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from runofshow.ui.widgets.live_label import LiveLabel

    label = LiveLabel("x", shrink=0.5)
    qtbot.addWidget(label)
    label.setText("PLEASE SLOW DOWN FOR THE INTERPRETERS IN BOOTH TWO")
    font = QFont()
    font.setPixelSize(52)
    wide = QFontMetricsF(font).horizontalAdvance(label.text())
    fitted = label._shrunk(font, wide * 0.7)
    assert fitted.pixelSize() < 52
    assert QFontMetricsF(fitted).horizontalAdvance(label.text()) <= wide * 0.7
    assert label._shrunk(font, wide * 0.2).pixelSize() == 26  # never below half size: then "…"
    assert label._shrunk(font, wide * 2).pixelSize() == 52  # room enough: unchanged


def test_before_the_start_the_speaker_sees_what_comes_and_when(display: SpeakerDisplay) -> None:
    assert display.who.text() == "Opening remarks"
    assert display.next.text() == "Starts at 14:00"


def test_the_one_screen_notice_goes_when_the_display_does(window: MainWindow, qtbot: QtBot) -> None:
    screen = window.screen()
    window.display.place(screen)
    assert "on the moderator's screen" in window.notices.label.text()
    display = window.display.display
    with qtbot.waitActive(display):  # the speaker's screen, where Esc goes
        display.activateWindow()
    qtbot.keyClick(display, Qt.Key.Key_Escape)  # Esc on it
    assert "on the moderator's screen" not in window.notices.label.text()
    assert not window.display.act_show.isChecked()


def test_timer_modes_on_the_speaker_display_and_the_moderators_countdown(
    window: MainWindow, controller: ShowController, clock: FakeClock, qtbot: QtBot
) -> None:
    """A count up shows the time run, never a warning; a hidden clock shows no digits to the
    speaker but stays on the moderator's; a count to shows the time left to its time of day."""
    qtbot.waitUntil(lambda: window.complete)
    window.display.toggle()
    display = window.display.display
    opening = controller.show.segment(0).id
    controller.act("segment_update", segment=opening, fields={"count": "up"})
    controller.act("start")
    clock.advance(7 * 60 + 5)  # past its planned 6 min
    controller.tick_now()
    assert (display.frame.property("state"), display.state.text(), display.digits.text()) == (
        "count_up",
        "↑  TIME SO FAR",
        "7:05",
    )
    assert window.countdown.digits.text() == "7:05"
    assert window.countdown.property("state") == "running"  # never overtime, never red
    assert window.countdown.detail.text().startswith("planned 6m")
    controller.act("segment_update", segment=opening, fields={"count": "to 14:10", "speaker_timer": "hidden"})
    controller.tick_now()
    assert (display.digits.text(), display.state.text()) == ("", "")
    assert display.who.text() == controller.show.segment(0).title  # the speaker still sees what is on
    assert window.countdown.digits.text() == "3:55"  # started at 13:59: 14:06:05 to 14:10
    assert window.countdown.detail.text() == "to 14:10 · ran 7:05"
    controller.act("segment_update", segment=opening, fields={"speaker_timer": "shown"})
    controller.act("pause")
    clock.advance(120)  # a count to a time of day goes on while paused
    controller.tick_now()
    assert display.digits.text() == "1:55" and display.frame.property("state") == "wrap_up"
    assert display.state.text() == "▲  WRAP UP · until 14:10"  # the time it counts to, shown
    assert window.countdown._phase_text == "PAUSED · WRAP UP · its time of day runs on"
    window.display.close()
