"""The Qt fixtures of every test that opens windows in the test process (tests/unit/ui/conftest.py,
tests/e2e/ui/conftest.py and tests/rules/ui/conftest.py take them in): a fake keep-awake, no sound
system, the show's controller, the moderator's window, what reached the screen reader, and no
QTimer left running."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
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


class Spoken:
    """What reached the accessibility layer: (message, assertive) per announcement event."""

    def __init__(self) -> None:
        self.events: list[tuple[str, bool]] = []

    def updateAccessibility(self, event: Any) -> None:  # noqa: N802 (QAccessible's name)
        assert isinstance(event, QAccessibleAnnouncementEvent)
        assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
        self.events.append((event.message(), assertive))

    def __getattr__(self, name: str) -> Any:
        return getattr(QAccessible, name)  # the enums


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> Spoken:
    heard = Spoken()
    monkeypatch.setattr("runofshow.ui.session.announcer.QAccessible", heard)
    return heard


@pytest.fixture(autouse=True)
def no_sound_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test wakes the machine's sound system by accident (the preferences list its outputs):
    QtMultimedia warns about every audio library it does not find, and a Qt warning fails a test;
    and what a test sees must not depend on the machine's sound cards. The real player's test
    asks QtMultimedia itself (tests/unit/ui/session/test_chimes.py)."""
    monkeypatch.setattr("runofshow.ui.session.chimes.outputs", lambda: [])


@pytest.fixture
def controller(show: Show, clock: FakeClock, qtbot: QtBot) -> Iterator[ShowController]:
    ctl = ShowController(Dispatcher(show), clock)
    yield ctl
    ctl.stop_ticking()


@pytest.fixture
def window(controller: ShowController, qtbot: QtBot, qapp, request: pytest.FixtureRequest) -> MainWindow:
    """The moderator's window, shown and active, in the dark theme; a test parametrized by `scale`
    gets it built at that text size, as the app builds it from the settings (re-styling a built
    window re-polishes every widget of it: a tenth of a second each time)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from runofshow.ui.widgets.style import apply_theme

    # The last test's windows are closed and only marked for deletion: delete them now, or the
    # style sheet below re-polishes every widget of them (most of the time of a window's test).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    scale = request.getfixturevalue("scale") if "scale" in request.fixturenames else 1.0
    apply_theme(qapp, "dark", scale)
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
