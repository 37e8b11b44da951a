"""#29: the standby laptop's window says what it holds in words and colour, and takes over only
once the operator confirms (F12 or the button)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.show import Show
from runofshow.net.standby_link import LinkStatus
from runofshow.ui.standby import standby_window
from runofshow.ui.standby.standby_window import StandbyWindow, standby_words
from tests.helpers.far_show import FarShow


@pytest.mark.parametrize(
    ("status", "words", "state"),
    [
        (LinkStatus(linked=True, ever_linked=True, in_step=True, holder="podium"),
         "STANDBY for podium — in step", "ok"),
        (LinkStatus(linked=True, ever_linked=True, records_behind=12, holder="podium"),
         "STANDBY for podium — 12 records behind", "warning"),
        (LinkStatus(ever_linked=True, lost_since=88.0, holder="podium"), "STANDBY for podium — link lost 0:12", "late"),
        (LinkStatus(lost_since=99.0), "STANDBY for http://10.0.0.7:8765 — not linked yet", "late"),
    ],
)  # fmt: skip
def test_the_band_says_what_the_standby_holds(status: LinkStatus, words: str, state: str) -> None:
    assert standby_words(status, 100.0, "http://10.0.0.7:8765") == (words, state)


def test_f12_takes_over_only_once_confirmed(
    qtbot: QtBot, show: Show, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = LinkStatus(linked=True, ever_linked=True, in_step=True, holder="podium")
    window = StandbyWindow(FarShow(show, clock), lambda: status, lambda: 0.0, "http://10.0.0.7:8765")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # window shortcuts fire only in the active window
        window.show()
        window.activateWindow()
    assert window.band.text() == "STANDBY for podium — in step"
    assert window.band.property("state") == "ok"
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def exec_box(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    taken: list[bool] = []
    window.take_over_requested.connect(lambda: taken.append(True))
    qtbot.keyClick(window.stage.upcoming, Qt.Key.Key_F12)  # from anywhere in the window
    assert asked == ["Take over the show from podium? This laptop becomes the show."] and taken == []
    window.take_over.click()
    assert taken == [True]
    assert standby_window.TAKE_OVER_KEY in window.take_over.text()


def test_the_take_over_button_stands_out_once_the_show_is_lost(qtbot: QtBot, show: Show, clock: FakeClock) -> None:
    status = LinkStatus(linked=True, ever_linked=True, in_step=True, holder="podium")
    window = StandbyWindow(FarShow(show, clock), lambda: status, lambda: 100.0, "http://10.0.0.7:8765")
    qtbot.addWidget(window)
    assert window.take_over.property("state") in (None, "")
    status = LinkStatus(ever_linked=True, lost_since=95.0, holder="podium")
    window.refresh()
    assert window.take_over.property("state") == "urgent"
    assert window.band.text() == "STANDBY for podium — link lost 0:05"
