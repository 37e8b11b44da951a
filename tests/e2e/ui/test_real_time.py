"""What the windows do as real time passes: Qt's timers, a thread held past its time limit, the
kernel telling a file changed. Each waits for real (a second or four), so each is end-to-end, not
unit; their bounds are the app's own intervals with seconds to spare on a busy two-core machine."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.files.eventfile import load_event
from runofshow.files.resources import bundled_example
from runofshow.ui.displays.speaker_display import FLASH_FOR_MS, FLASH_HZ, SpeakerDisplay
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.file_watch import FileWatch
from runofshow.ui.session.remote_port import MainThreadPort


@pytest.fixture
def display(controller: ShowController, qtbot: QtBot) -> SpeakerDisplay:
    shown = SpeakerDisplay(controller)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_flashing_is_slow_and_stops(
    display: SpeakerDisplay, controller: ShowController, clock: FakeClock, qtbot: QtBot
) -> None:
    assert FLASH_HZ <= 3  # WCAG 2.3.1
    controller.act("start")
    clock.advance(340)
    controller.tick_now()
    assert display.flashing
    qtbot.waitUntil(lambda: not display.flashing, timeout=FLASH_FOR_MS + 2000)
    display.flash_enabled = False
    clock.advance(30)
    controller.tick_now()  # into overtime: no flash when turned off
    assert not display.flashing


def test_notes_commit_after_a_pause_in_typing(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.details.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, "!")
    qtbot.waitUntil(lambda: window.controller.show.runs[0].notes.endswith("!"), timeout=3000)


def test_the_port_answers_try_again_only_for_a_command_that_will_never_run(
    controller: ShowController, qtbot: QtBot, monkeypatch
) -> None:
    import time as real_time

    from runofshow.net.api import PortUnavailableError
    from runofshow.ui.session import remote_port

    monkeypatch.setattr(remote_port, "ANSWER_TIMEOUT_S", 0.1)
    port = MainThreadPort(controller)
    slow_dispatch = controller.dispatch

    def slow(data):
        real_time.sleep(0.3)  # the GUI thread is busy with it past the answer timeout
        return slow_dispatch(data)

    monkeypatch.setattr(controller, "dispatch", slow)
    results: dict[str, object] = {}

    def worker() -> None:
        try:
            results["answer"] = port.command({"action": "start"})
        except PortUnavailableError as exc:
            results["error"] = exc

    thread = threading.Thread(target=worker)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    assert "error" not in results and controller.show.running  # applied, so answered as applied

    # A job the GUI thread never starts in time is cancelled: "try again" is then true.
    def pause() -> None:
        try:
            port.command({"action": "pause"})
        except PortUnavailableError as exc:
            results["error"] = exc

    thread = threading.Thread(target=pause)
    thread.start()
    thread.join(timeout=5)  # the GUI loop does not run meanwhile
    assert isinstance(results.get("error"), PortUnavailableError) and "nothing was done" in str(results["error"])
    qtbot.wait(50)  # the loop runs the (cancelled) job now: it must not apply
    assert controller.show.running  # the pause that was answered "try again" never happened


def test_file_watch_sees_a_replaced_file(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "event.yaml"
    path.write_text("one")
    seen: list[Path] = []
    watch = FileWatch(path, seen.append)
    replacement = tmp_path / "event.yaml.new"
    replacement.write_text("two, longer")
    replacement.replace(path)  # how many editors save
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    path.write_text("three, longer still")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    watch.stop()


def test_a_file_that_takes_too_long_to_read_is_given_up_and_the_show_goes_on(
    tmp_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    """An edited event file is read off the GUI thread, within a time limit."""
    import threading

    from runofshow.ui.session import background_load

    release = threading.Event()

    def slow_load(path, *, now):
        release.wait(5)  # a huge file, or a YAML bomb
        return load_event(bundled_example(), now=now)

    monkeypatch.setattr(background_load, "load_event", slow_load)
    answers: list[object] = []
    load = background_load.BackgroundLoad(tmp_path / "event.yaml", answers.append, limit_s=0.2)
    load.start()
    assert answers == [] and not release.is_set()  # start() returned while the read is still blocked
    qtbot.waitUntil(lambda: answers == [None], timeout=3000)  # given up after the limit
    release.set()
    qtbot.wait(100)
    assert answers == [None]  # the late answer is dropped, never applied


def test_commands_queued_together_repaint_the_window_once(controller: ShowController, qtbot: QtBot) -> None:
    """Fifty phones' questions queued at once: each is applied and answered, and the windows are
    told once (`changed`), not fifty times; more than a turn's worth waits for the next turn."""
    import time

    from runofshow.ui.session.remote_port import JOBS_PER_TURN

    controller.dispatch({"action": "start"})
    port = MainThreadPort(controller)
    changes: list[int] = []
    controller.changed.connect(lambda: changes.append(len(controller.show.audience_questions)))
    answers: list[object] = []
    phones = JOBS_PER_TURN + 10

    def phone(n: int) -> None:
        answers.append(port.command({"action": "audience_question", "text": f"Q{n}", "device": f"p{n}"}))

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
    for thread in threads:  # all queued before the GUI thread turns (the loop does not run meanwhile)
        thread.start()
    deadline = time.monotonic() + 5
    while port._jobs.qsize() < phones:  # the queue is what is tested
        assert time.monotonic() < deadline
        time.sleep(0.01)
    qtbot.waitUntil(lambda: len(answers) == phones, timeout=5000)
    assert len(controller.show.audience_questions) == phones
    assert changes == [JOBS_PER_TURN, phones]  # one turn's repaint, then the rest's
