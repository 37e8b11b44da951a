from __future__ import annotations

import itertools
import threading

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.ui.session.controller import FLIP_MARGIN_MS, ShowController
from runofshow.ui.session.remote_port import MainThreadPort


def test_the_ticker_aims_just_past_the_next_second(controller: ShowController, clock: FakeClock) -> None:
    controller.act("start")
    clock.advance(10.25)
    controller.tick_now()
    assert controller._ticker.interval() == 750 + FLIP_MARGIN_MS


def test_one_wake_up_a_second_while_counting(controller: ShowController, clock: FakeClock) -> None:
    # Pressed at odd fractions of a second: the segment, a pause, then a speaker's turn.
    for action, wait in (("start", 0.37), ("pause", 1.61), ("resume", 2.29)):
        clock.advance(wait)
        controller.act(action)
    while not controller.show.runs[controller.show.cursor].queue.entries:
        clock.advance(0.43)
        controller.act("next")
    clock.advance(0.58)
    controller.act("speaker_next")
    seconds = []
    for _ in range(60):
        # The ticker fires when aimed (the fake clock moves exactly that far); it repaints, re-aims.
        clock.advance(controller._ticker.interval() / 1000)
        controller.tick_now()
        # Each wake-up lands just past the wall clock's second, where every countdown flips too.
        assert 0 < clock.now().wall.microsecond <= (FLIP_MARGIN_MS + 1) * 1000
        seconds.append(clock.now().wall.replace(microsecond=0))
    assert [(b - a).total_seconds() for a, b in itertools.pairwise(seconds)] == [1.0] * 59


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
    from runofshow.ui.moderator.main_window import MainWindow

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


# --- #12: record, then apply, then answer --------------------------------------------------------
@pytest.fixture
def journaled(tmp_path, roundtable, clock, qtbot):
    """A controller on a real run and journal under `tmp_path` (the state dir)."""
    from runofshow.ui.session.event_run import EventRun

    def make(state_dir):
        run = EventRun(state_dir)
        controller, _ = run.open(roundtable, tmp_path / "event.yaml", clock, mode="resume", ask_resume=None)
        return run, controller

    made = []

    def opened(state_dir=tmp_path / "state"):
        made.append(make(state_dir))
        return made[-1]

    yield opened
    for run, _ in made:
        run.close()


def test_on_a_full_disk_nothing_is_applied_and_the_next_command_works_once_there_is_room(
    journaled, tiny_disk, clock, qtbot
) -> None:
    from tests.helpers.disk import fill

    run, controller = journaled(tiny_disk / "state")
    controller.dispatch({"action": "start"})
    clock.advance(10)
    notes = controller.show.runs[0].notes
    filler = fill(tiny_disk)
    with pytest.raises(OSError, match="disk is full"):
        controller.dispatch({"action": "set_notes", "notes": "x" * 30_000})
    assert controller.show.runs[0].notes == notes  # refused: not in memory either
    with qtbot.waitSignal(controller.unsaved) as unsaved:  # from a key, and from the API alike
        assert controller.act("set_notes", notes="y" * 30_000) is False
    assert "NOT DONE" in unsaved.args[0] and controller.show.runs[0].notes == notes
    filler.unlink()
    controller.dispatch({"action": "next"})
    assert controller.show.live_index == 1
    run.close()
    _, recovered = journaled(tiny_disk / "state")
    assert recovered.show.live_index == 1 and recovered.show.runs[0].notes == notes


def test_a_command_that_is_refused_after_it_was_recorded_replays_as_refused(journaled, clock) -> None:
    run, controller = journaled()
    with pytest.raises(CommandError, match="first segment"):
        controller.dispatch({"action": "previous"})  # well formed, recorded, then refused
    controller.dispatch({"action": "start"})
    with pytest.raises(CommandError, match="nothing to undo"):
        controller.dispatch({"action": "undo"})
    run.close()
    other, recovered = journaled()
    notices = other._run.notices if other._run is not None else []
    assert not [words for _, words in notices if "no longer apply" in str(words)]
    assert recovered.show.live_index == 0


def test_a_repeated_request_id_answers_the_first_answer_and_applies_nothing(journaled, clock) -> None:
    run, controller = journaled()
    controller.dispatch({"action": "start", "request_id": "r1"})
    assert controller.dispatch({"action": "next", "request_id": "r2"}) is None
    assert controller.show.live_index == 1
    assert controller.dispatch({"action": "next", "request_id": "r2"}) is None  # a retry
    assert controller.show.live_index == 1  # not twice
    with pytest.raises(CommandError):
        controller.dispatch({"action": "goto", "segment": "nope", "request_id": "r3"})
    with pytest.raises(CommandError, match="no segment"):  # the same refusal again
        controller.dispatch({"action": "goto", "segment": "nope", "request_id": "r3"})
    with pytest.raises(CommandError, match="request_id"):
        controller.dispatch({"action": "next", "request_id": "x" * 65})
    run.close()
    _, recovered = journaled()  # after a restart too
    assert recovered.dispatch({"action": "next", "request_id": "r2"}) is None
    assert recovered.show.live_index == 1
