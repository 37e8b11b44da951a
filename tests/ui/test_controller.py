from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.ui.controller import FLIP_MARGIN_MS, ShowController
from runofshow.ui.remote_port import MainThreadPort


def test_the_ticker_aims_just_past_the_next_second(controller: ShowController, clock: FakeClock) -> None:
    controller.act("start")
    clock.advance(10.25)
    controller.tick_now()
    assert controller._ticker.interval() == 750 + FLIP_MARGIN_MS


class CountingClock:
    """A fake clock that counts its readings."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self.readings = 0
        self.rate = 1.0

    def now(self):
        self.readings += 1
        return self._clock.now()


def test_a_tick_reads_the_clock_once_and_every_widget_paints_that_reading(qtbot: QtBot, roundtable, clock) -> None:
    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.show import Show
    from runofshow.ui.main_window import MainWindow

    counting = CountingClock(clock)
    controller = ShowController(Dispatcher(Show(roundtable)), counting)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.act("start")
    controller.act("speaker_next")
    clock.advance(61.5)
    qtbot.wait(1)  # let the first paint happen
    counting.readings = 0
    controller.tick_now()
    window.repaint()  # every widget paints now, from the frame
    for child in window.findChildren(type(window.centralWidget())):
        child.repaint()
    assert counting.readings == 1
    frame = controller.frame
    assert frame.now == clock.now()
    assert window.countdown.digits.text() == "4:59"  # 6:00 planned, 1:01.5 gone: 4:58.5 left shows as 4:59
    controller.stop_ticking()


def test_dispatch_validates_and_signals(controller: ShowController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.changed, timeout=1000):
        controller.dispatch({"action": "start"})
    with pytest.raises(CommandError):
        controller.dispatch({"action": "bogus"})
    with qtbot.waitSignal(controller.failed, timeout=1000) as blocker:
        controller.act("goto", segment="nope")
    assert "no segment" in blocker.args[0]


def test_main_thread_port_runs_calls_on_the_gui_thread(controller: ShowController, qtbot: QtBot) -> None:
    port = MainThreadPort(controller)
    results: dict[str, object] = {}

    def worker() -> None:
        port.command({"action": "start"})
        results["state"] = port.state()
        try:
            port.command({"action": "goto", "segment": "nope"})
        except CommandError as exc:
            results["error"] = str(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    assert results["state"]["running"] is True  # type: ignore[index]
    assert "no segment" in str(results["error"])
