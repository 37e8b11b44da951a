"""The stage manager's window on another laptop (issue #25): a lost link is said in words and
colour at every size and after the end, whether each message was seen is never cut, and the
message field gives the keys back (after Send, and on Esc)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.ui.stage.stage_window import StageWindow
from runofshow.ui.widgets.style import apply_theme
from tests.helpers.far_show import FarShow
from tests.helpers.show import do


@pytest.fixture
def far(show: Show, clock: FakeClock, qtbot: QtBot) -> tuple[FarShow, StageWindow]:
    source = FarShow(show, clock)
    window = StageWindow(source, standalone=False)
    qtbot.addWidget(window)
    window.show()
    return source, window


@pytest.mark.parametrize(("scale", "width"), [(1.0, 1280), (1.5, 1280), (1.5, 700)])
def test_a_lost_link_is_said_at_every_size_and_after_the_end(
    far: tuple[FarShow, StageWindow], qapp, qtbot: QtBot, scale: float, width: int
) -> None:
    source, window = far
    try:
        apply_theme(qapp, "dark", scale)
        window.resize(width, 690)
        qtbot.wait(30)
        window.refresh()
        assert window.link.text() == "● linked" and window.link.property("state") == "ok"
        source.up, source.lost = False, 12.0
        source.tick.emit()
        assert window.link.isVisible() and window.link.text() == "■ LINK LOST 0:12 · reconnecting…"
        assert window.link.property("state") == "lost"
        metrics = window.link.fontMetrics()
        qtbot.waitUntil(lambda: metrics.horizontalAdvance(window.link.text()) <= window.link.width())  # whole
        do(source.show, source.clock, "start")
        while not source.show.ended:
            do(source.show, source.clock, "next")
        window.refresh()
        assert "ended" in window.status.text() and window.link.isVisible()
        assert window.upcoming.item(0).text() == "The show has ended: no one to cue"
        assert window.selected() is None  # a line of words, not a speaker to cue
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_whether_a_message_was_seen_comes_first(far: tuple[FarShow, StageWindow], qapp) -> None:
    source, window = far
    long = "Minister arriving in five minutes: please keep the last slot of the panel for her remarks"
    do(source.show, source.clock, "message", to="moderator", text=long)
    window.refresh()
    item = window.log.item(0).text()
    assert item.startswith("○ not yet seen · ") and item.endswith(long)
    assert window.log.wordWrap()


def test_after_send_and_on_esc_the_keys_are_the_lists_again(far: tuple[FarShow, StageWindow], qtbot: QtBot) -> None:
    source, window = far
    window.custom.setFocus()
    qtbot.keyClicks(window.custom, "Two minutes")
    qtbot.keyClick(window.custom, Qt.Key.Key_Return)
    assert source.sent[-1] == {"action": "message", "to": "moderator", "text": "Two minutes"}
    assert window.upcoming.hasFocus() and window.custom.text() == ""
    window.custom.setFocus()
    qtbot.keyClick(window.custom, Qt.Key.Key_Escape)
    assert window.isVisible() and window.upcoming.hasFocus()  # Esc left the field; the window stays


def test_the_lower_third_is_hidden_and_shown_by_its_button_and_by_l(
    far: tuple[FarShow, StageWindow], qtbot: QtBot
) -> None:
    """The stream's lower third by hand: the button says whether it is on the stream, in words;
    a click or L sends `lower_third` with the other state; the message field keeps its letter L."""
    source, window = far
    assert window.lower_third.isChecked() and window.lower_third.text() == "▣ Lower third on  [L]"
    window.lower_third.click()
    assert source.sent[-1] == {"action": "lower_third", "shown": False}
    assert window.lower_third.isChecked()  # the look follows the show, which has not changed yet
    do(source.show, source.clock, "lower_third", shown=False)
    window.refresh()
    assert not window.lower_third.isChecked() and window.lower_third.text() == "□ Lower third off  [L]"
    window.upcoming.setFocus()
    qtbot.keyClick(window.upcoming, Qt.Key.Key_L)
    assert source.sent[-1] == {"action": "lower_third", "shown": True}
    sent = len(source.sent)
    window.custom.setFocus()
    qtbot.keyClicks(window.custom, "Call Lan")
    assert window.custom.text() == "Call Lan" and len(source.sent) == sent


def test_on_the_fallback_the_link_says_whose_show_it_follows(
    far: tuple[FarShow, StageWindow], qapp, qtbot: QtBot
) -> None:
    """Issue #29: `connect --fallback` on the standby's show after the show's laptop died."""
    source, window = far
    try:
        apply_theme(qapp, "dark", 1.5)
        window.resize(700, 690)
        source.fallback = "http://10.0.0.8:8766"
        source.tick.emit()
        assert window.link.text() == "● linked to the fallback http://10.0.0.8:8766"
        assert window.link.property("state") == "ok"
        metrics = window.link.fontMetrics()
        qtbot.waitUntil(lambda: metrics.horizontalAdvance(window.link.text()) <= window.link.width())  # whole
        source.fallback = None
        source.tick.emit()
        assert window.link.text() == "● linked"
    finally:
        apply_theme(qapp, "dark", 1.0)
