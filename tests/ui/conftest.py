from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.show import Show
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.session.controller import ShowController


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
    monkeypatch.setattr("runofshow.ui.session.keep_awake.platform_inhibitor", lambda: fake)
    return fake


@pytest.fixture(autouse=True)
def no_sound_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test wakes the machine's sound system by accident (the preferences list its outputs):
    QtMultimedia warns about every audio library it does not find, and a Qt warning fails a test;
    and what a test sees must not depend on the machine's sound cards. The real player's test
    asks QtMultimedia itself (tests/ui/test_chimes.py)."""
    monkeypatch.setattr("runofshow.ui.session.chimes.outputs", lambda: [])


@pytest.fixture
def controller(show: Show, clock: FakeClock, qtbot: QtBot) -> Iterator[ShowController]:
    ctl = ShowController(Dispatcher(show), clock)
    yield ctl
    ctl.stop_ticking()


@pytest.fixture
def window(controller: ShowController, qtbot: QtBot, qapp) -> MainWindow:
    from runofshow.ui.widgets.style import apply_theme

    apply_theme(qapp)
    win = MainWindow(controller, remote_info="API test")
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # window shortcuts (the show keys) fire only in the active window
        win.show()
        win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture(autouse=True)
def no_timer_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running: it would fire into the next test (or a dead object).

    Every timer started from Python during the test is remembered; after the test's own fixtures
    are torn down (this one is set up first, so it ends last), none may still be active.
    """
    import shiboken6
    from PySide6.QtCore import QTimer

    started: list[QTimer] = []
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.append(self)
        # start() or start(msec); a signal connected to start may pass its own arguments, which
        # Qt drops for a native slot, and so does this stand-in.
        msec = [a for a in args[:1] if isinstance(a, int) and not isinstance(a, bool)]
        original(self, *msec)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    running = []
    for timer in dict.fromkeys(started):
        if shiboken6.isValid(timer) and timer.isActive():
            owner = timer.parent()
            running.append(f"{type(owner).__name__ if owner is not None else 'no parent'} ({timer.interval()} ms)")
            timer.stop()
    if running:
        pytest.fail(f"QTimer(s) left running after the test: {', '.join(running)}", pytrace=False)
