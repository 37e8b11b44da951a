from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.show import Show
from runofshow.ui.controller import ShowController
from runofshow.ui.main_window import MainWindow


class FakeInhibitor:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


@pytest.fixture(autouse=True)
def inhibitor(monkeypatch: pytest.MonkeyPatch) -> FakeInhibitor:
    """Never ask the real system to stay awake from a test."""
    fake = FakeInhibitor()
    monkeypatch.setattr("runofshow.ui.keep_awake.platform_inhibitor", lambda: fake)
    return fake


@pytest.fixture
def controller(show: Show, clock: FakeClock, qtbot: QtBot) -> Iterator[ShowController]:
    ctl = ShowController(Dispatcher(show), clock)
    yield ctl
    ctl.stop_ticking()


@pytest.fixture
def window(controller: ShowController, qtbot: QtBot, qapp) -> MainWindow:
    from runofshow.ui.style import apply_theme

    apply_theme(qapp)
    win = MainWindow(controller, remote_info="API test")
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # window shortcuts (the show keys) fire only in the active window
        win.show()
        win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win
