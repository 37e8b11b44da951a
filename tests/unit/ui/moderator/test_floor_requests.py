"""Requests to speak in the moderator's queue: marked REQUESTED in words and a shape, accepted
with Y, declined with D, said to a screen reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.queue_model import COL_CUE, COL_NAME, RequestIdRole
from runofshow.ui.widgets.state_table import StateRole
from tests.helpers.qt import Spoken


def two_requests(window: MainWindow) -> None:
    act = window.controller.act
    act("goto", segment="cross-border")
    act("start")
    act("floor_request", name="Ms Tran", organization="Ministry of Public Security", type="question", device="a")
    act("floor_request", name="Mr Okafor", type="point_of_order", device="b")


def test_two_requests_show_after_the_queue_marked_requested(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    two_requests(window)
    model = window.queue.model
    rows = model.rowCount()
    assert rows == len(model.queue.entries) + 2
    for row, name in ((rows - 2, "Ms Tran · Ministry of Public Security"), (rows - 1, "Mr Okafor")):
        assert model.index(row, COL_CUE).data() in ("☝ REQUESTED", "☝")  # the shape always; the word when wide
        assert model.index(row, COL_NAME).data().startswith(name.split(" · ")[0])
        assert model.index(row, 0).data(StateRole) == "requested"
    assert model.index(rows - 2, 0).data(RequestIdRole) == "r1"
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "queue-with-two-requests.png"))  # looked at (docs/screens)


def test_y_accepts_the_first_request_and_d_declines_the_selected_one(
    window: MainWindow,
    qtbot: QtBot,
    spoken: Spoken,
) -> None:
    two_requests(window)
    assert ("Ms Tran asks for the floor", False) in spoken.events
    qtbot.keyClick(window.countdown, Qt.Key.Key_Y)  # no selection: the first waiting request
    show = window.controller.show
    assert show.floor_requests[0].status.value == "accepted"
    assert show.runs[1].queue.entries[-1].name == "Ms Tran"
    model = window.queue.model
    window.queue.select_row(model.rowCount() - 1)  # Mr Okafor's request
    qtbot.keyClick(window.countdown, Qt.Key.Key_D)
    assert show.floor_requests[1].status.value == "declined"
    assert model.rowCount() == len(model.queue.entries)  # no request left below the queue
    qtbot.keyClick(window.countdown, Qt.Key.Key_Y)
    assert "no one is asking" in window.statusBar().currentMessage()
