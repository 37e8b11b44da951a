from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.commands import CommandError
from runofshow.ui.controller import FLIP_MARGIN_MS, ShowController
from runofshow.ui.remote_port import MainThreadPort


def test_the_ticker_aims_just_past_the_next_second(controller: ShowController, clock: FakeClock) -> None:
    controller.act("start")
    clock.advance(10.25)
    controller._arm()
    assert controller._ticker.interval() == 750 + FLIP_MARGIN_MS


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
