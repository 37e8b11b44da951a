"""Automations in the running app (ui/session/automations.py and its wiring in app.py): what
fires goes to the sender at once, off the GUI thread; every failure is in the status bar and the
log; a threshold is caught at its moment by a timer aimed from the timestamps; a run reloaded
keeps what it fired, a run taken up again fires nothing of its past; the preferences' automations
apply at once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.automation_format import read_automations
from runofshow.core.automations import Automation
from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.show import Show
from runofshow.files.resources import bundled_example
from runofshow.files.settings import Settings
from runofshow.net.automation_sender import Job, Outcome
from runofshow.ui.moderator.preferences_dialog import PreferencesDialog
from runofshow.ui.session.automations import AutomationRunner
from runofshow.ui.session.controller import ShowController
from tests.helpers.session import close_app, open_app


class FakeLanes:
    """The sender's side, kept: what was submitted, and on which thread."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []
        self.threads: list[str] = []
        self.any_host = False
        self.closed = False

    def submit(self, job: Job) -> bool:
        self.jobs.append(job)
        self.threads.append(threading.current_thread().name)
        return True

    def close(self) -> None:
        self.closed = True

    def keys(self) -> list[str]:
        return [job.key for job in self.jobs]


def automations(*data: dict[str, Any]) -> tuple[Automation, ...]:
    return read_automations(list(data))


EVERY = automations(
    *({"on": on, "osc": {"to": "127.0.0.1:9", "address": f"/{on}", "args": ["{segment.id}"]}}
      for on in ("segment_start", "wrap_up", "final", "time_up", "segment_end", "floor_given", "message"))
)  # fmt: skip


@pytest.fixture
def run(
    roundtable: Event, clock: FakeClock, qtbot: QtBot
) -> Iterator[tuple[ShowController, AutomationRunner, FakeLanes]]:
    show = Show(replace(roundtable, automations=EVERY))
    controller = ShowController(Dispatcher(show), clock)
    lanes = FakeLanes()
    runner = AutomationRunner(sender=lanes)  # type: ignore[arg-type]
    runner.attach(controller, "session-1")
    yield controller, runner, lanes
    runner.close()
    controller.stop_ticking()


def test_a_command_s_trigger_is_handed_over_before_the_command_returns(run) -> None:
    controller, _, lanes = run
    controller.act("start")
    assert lanes.keys() == ["segment_start:opening"]  # already handed over when `act` returns
    assert lanes.threads == [threading.main_thread().name]  # handed over here; sent on a lane's thread
    controller.act("speaker_next")
    controller.act("message", to="moderator", text="hi")
    assert [job.request.address for job in lanes.jobs] == ["/segment_start", "/floor_given", "/message"]
    assert lanes.jobs[0].request.args == ("opening",)


def test_a_threshold_is_caught_at_its_moment_and_only_once(run, clock: FakeClock) -> None:
    controller, runner, lanes = run
    controller.act("start")
    # The timer is aimed at WRAP UP itself (6m - 2m after the start), not at the next repaint.
    assert runner._due.isActive() and runner._due.interval() == 4 * 60 * 1000
    clock.advance(4 * 60)
    runner._on_due()
    assert lanes.keys()[-1] == "wrap_up:opening"
    assert runner._due.interval() == 90 * 1000  # then FINAL
    controller.tick_now()  # the window's tick at the same moment: nothing again
    controller.act("add_time", seconds=60)
    clock.advance(60)
    controller.tick_now()
    assert lanes.keys().count("wrap_up:opening") == 1


def test_a_failure_is_in_the_status_bar_and_the_log(run, caplog: pytest.LogCaptureFixture) -> None:
    from runofshow.core.wording import Words

    controller, runner, lanes = run
    shown: list[str] = []
    runner.status_changed.connect(shown.append)
    controller.act("start")
    runner._finished(Outcome(lanes.jobs[0], True, 1))
    assert shown[-1] == "automations: 1 sent"
    with caplog.at_level(logging.WARNING, logger="runofshow.automations"):
        runner._finished(
            Outcome(lanes.jobs[0], False, 3, Words("could not send to {where}: {error}", where="127.0.0.1", error="x"))
        )
    line = "segment_start · opening → osc://127.0.0.1:9/segment_start: could not send to 127.0.0.1: x (tried 3 times)"
    assert shown[-1] == f"automations: 1 sent, 1 not sent. The last: {line}"
    assert caplog.records[-1].getMessage() == f"not sent: {line}"
    assert runner.tooltip() == line


def test_the_same_run_reloaded_keeps_what_it_fired_another_run_starts_afresh(run, clock: FakeClock) -> None:
    controller, runner, lanes = run
    controller.act("start")
    reloaded = ShowController(Dispatcher(controller.show), clock)  # a reload: the same run, a new controller
    runner.attach(reloaded, "session-1")
    reloaded.act("speaker_next")
    assert lanes.keys() == ["segment_start:opening", lanes.keys()[1]] and lanes.keys()[1].startswith("floor_given")
    # A run taken up again in a new process: a baseline, nothing of its past sent again.
    recovered = ShowController(Dispatcher(controller.show), clock)
    runner.attach(recovered, "session-2")
    assert len(lanes.jobs) == 2
    recovered.act("next")  # but what happens from now on goes out
    assert lanes.keys()[-2:] == ["segment_end:opening", "segment_start:cross-border"]
    for made in (reloaded, recovered):
        made.stop_ticking()


def test_what_happened_after_the_journal_s_last_record_is_said_not_sent(
    roundtable: Event, clock: FakeClock, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    show = Show(replace(roundtable, automations=EVERY))
    controller = ShowController(Dispatcher(show), clock)
    controller.act("start")
    last_record = clock.now()  # the journal's last record: the start
    clock.advance(5 * 60)  # the app was down across WRAP UP
    controller.tick_now()  # the recovered controller's first frame
    lanes = FakeLanes()
    runner = AutomationRunner(sender=lanes)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="runofshow.automations"):
        runner.attach(controller, "session-1", last_record)
    assert lanes.jobs == []  # never sent late, never twice
    told = [r.getMessage() for r in caplog.records]
    assert told == [
        "segment_start · opening → osc://127.0.0.1:9/segment_start: came as the app stopped; it may not have gone "
        "out (send it by hand if needed)",
        "wrap_up · opening → osc://127.0.0.1:9/wrap_up: happened while the app was not running; not sent (send it "
        "by hand if needed)",
    ]
    assert "2 not sent" in runner.status_text()
    runner.close()
    controller.stop_ticking()


def test_a_show_without_automations_never_loads_the_sender(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "roundtable.yaml"
    path.write_bytes(bundled_example().read_bytes())
    app = open_app(path, qtbot, Settings(), "--new-run")
    try:
        assert app.automations is None
        from PySide6.QtWidgets import QLabel

        assert app.window is not None and app.window.findChild(QLabel, "automationsStatus") is None
    finally:
        close_app(app)


def test_the_preferences_take_automations_as_yaml_and_refuse_what_does_not_read(qtbot: QtBot) -> None:
    settings = Settings(
        automations=[{"on": "time_up", "osc": {"to": "127.0.0.1:53000", "address": "/red", "args": [1]}}]
    )
    dialog = PreferencesDialog(settings, [])
    qtbot.addWidget(dialog)
    assert "on: time_up" in dialog.automations.toPlainText() and "address: /red" in dialog.automations.toPlainText()
    dialog.automations.setPlainText("- on: time_up\n  osc: {to: '127.0.0.1:53000', address: /red, args: [1, '1']}\n"
                                    "- on: wrap_upp\n  http: {url: 'http://127.0.0.1/'}\n")  # fmt: skip
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.automations_problems.isVisibleTo(dialog)
    assert dialog.automations_problems.text().startswith("line 3, column 7: on: unknown trigger 'wrap_upp'")
    dialog.automations.setPlainText(
        "automations:\n  - on: time_up\n    osc: {to: '127.0.0.1:53000', address: /red, args: [1, '1']}\n"
    )
    dialog.automations_any_host.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    chosen = dialog.value()
    assert chosen.automations == [
        {"on": "time_up", "osc": {"to": "127.0.0.1:53000", "address": "/red", "args": [1, "1"]}}
    ]
    assert chosen.automations_any_host is True


def test_automations_that_come_later_start_from_then(roundtable: Event, clock: FakeClock, qtbot: QtBot) -> None:
    """Preferences' automations added mid-show (or a file reloaded with them) send what happens
    from then on, never what happened while there were none."""
    controller = ShowController(Dispatcher(Show(roundtable)), clock)  # no automations in the file
    lanes = FakeLanes()
    runner = AutomationRunner(sender=lanes)  # type: ignore[arg-type]
    runner.attach(controller, "session-1")
    controller.act("start")
    controller.act("speaker_next")
    runner.configure(EVERY, any_host=False)
    assert lanes.jobs == []
    controller.act("speaker_next")
    assert [job.request.address for job in lanes.jobs] == ["/floor_given"]
    runner.configure((), any_host=False)
    controller.act("next")
    runner.configure(EVERY, any_host=True)
    assert len(lanes.jobs) == 1 and lanes.any_host is True  # the next segment's start came while there were none
    runner.close()
    controller.stop_ticking()
