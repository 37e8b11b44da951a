"""The planner, the timeline and the question bank in the moderator window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.moderator.details_panel import QuestionDialog
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.plan_dialog import MoveTimeDialog, PlanDialog


def four_minutes_late(window: MainWindow, clock: FakeClock) -> None:
    c = window.controller
    clock.advance(60)
    c.act("start")
    clock.advance(360)
    c.act("next")
    clock.advance(16 * 60)
    c.act("next")


def test_late_shows_a_notice_and_f_applies_the_plan(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, monkeypatch
) -> None:
    four_minutes_late(window, clock)
    window.controller.tick_now()
    assert "after the hard stop" in window.end_notice.label.text()
    shown: list[dict] = []
    monkeypatch.setattr(PlanDialog, "ask", classmethod(lambda cls, parent, plan: shown.append(plan) or True))
    qtbot.keyClick(window.countdown, Qt.Key.Key_F)
    assert shown[0]["kind"] == "cut" and shown[0]["end_after"].startswith("2025-10-26T14:45:00")
    assert f"{window.controller.fresh_frame().projected_end:%H:%M:%S}" == "14:45:00"
    qtbot.keyClick(window.countdown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one key undoes it
    assert f"{window.controller.fresh_frame().projected_end:%H:%M:%S}" == "14:49:00"


def test_the_plan_dialog_lists_before_and_after(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    from runofshow.core.planner import propose

    four_minutes_late(window, clock)
    dialog = PlanDialog(propose(window.controller.show, clock.now()).as_dict())
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[:3] == [
        "Panel 2: Domestic legal frameworks and policy alignment",
        "Panel 3: The Convention as a platform for joint efforts",
        "Closing and the way forward (locked)",
    ]
    assert table.item(2, 3).text() == "—"  # the locked closing does not change


def test_move_time_from_the_window(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(
        MoveTimeDialog, "ask", classmethod(lambda cls, parent, titles: ("legal-frameworks", "cross-border", 120))
    )
    window.act_move.trigger()
    show = window.controller.show
    assert (show.duration(1), show.duration(2)) == (840, 600)


def test_questions_are_ticked_and_added(window: MainWindow, monkeypatch) -> None:
    window.controller.act("goto", segment="cross-border")
    window.controller.act("start")
    questions = window.details.questions
    first = questions.item(0)
    questions.itemDoubleClicked.emit(first)
    assert window.controller.show.runs[1].questions[0].status.value == "asked"
    assert questions.item(0).text().startswith("☑")
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(lambda cls, parent: "What about small states?"))
    window.details.add_question()
    assert questions.count() == 3 and questions.item(2).text() == "☐ What about small states?"
    state = window.controller.snapshot()
    assert state["segments"][1]["questions"][0] == {
        "id": "q1", "text": state["segments"][1]["questions"][0]["text"], "status": "asked", "to": "",
    }  # fmt: skip


@pytest.mark.parametrize("segments", [5, 200])
def test_the_timeline_paints(segments: int, qtbot: QtBot, tmp_path) -> None:
    from datetime import UTC, datetime

    from runofshow.core.dispatch import Dispatcher
    from runofshow.core.show import Show
    from runofshow.files.eventfile import load_event
    from runofshow.ui.moderator.timeline import Timeline
    from runofshow.ui.session.controller import ShowController

    lines = [
        "version: 1",
        "event: {title: T, date: 2025-10-26, start: '08:00', end: '18:00', timezone: UTC}",
        "segments:",
    ]
    lines += [f"  - {{title: S{i}, duration: 3m}}" for i in range(segments)]
    path = tmp_path / "e.yaml"
    path.write_text("\n".join(lines) + "\n")
    clock = FakeClock(datetime(2025, 10, 26, 8, 0, tzinfo=UTC))
    controller = ShowController(Dispatcher(Show(load_event(path, now=clock.now().wall).event)), clock)
    controller.act("start")
    clock.advance(400)
    controller.act("next")
    strip = Timeline(controller)
    qtbot.addWidget(strip)
    strip.resize(1200, 28)
    assert not strip.grab().isNull()
    controller.stop_ticking()


def test_questions_and_notes_from_the_keyboard_alone(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:
    window.controller.act("goto", segment="cross-border")
    window.controller.act("start")
    window.focus_show()
    runs = window.controller.show.runs
    qtbot.keyClick(window.countdown, Qt.Key.Key_Q)  # the first open question: asked
    assert [q.status.value for q in runs[1].questions] == ["asked", "open"]
    qtbot.keyClick(window.countdown, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)  # the next: skipped
    assert [q.status.value for q in runs[1].questions] == ["asked", "skipped"]
    with qtbot.waitSignal(window.controller.failed) as failed:
        qtbot.keyClick(window.countdown, Qt.Key.Key_Q)
    assert "no open question" in failed.args[0]
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(lambda cls, parent: "And small states?"))
    qtbot.keyClick(window.countdown, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert runs[1].questions[-1].text == "And small states?"
    qtbot.keyClick(
        window.countdown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.details.notes.hasFocus()
    qtbot.keyClicks(window.details.notes, "Mic 3 is weak")
    qtbot.keyClick(window.details.notes, Qt.Key.Key_Escape)  # back to the show keys; the notes are kept
    assert not window.details.notes.hasFocus()
    qtbot.waitUntil(lambda: "Mic 3 is weak" in runs[1].notes)


def test_the_floor_ledger_is_a_key_away(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_show()
    assert window.lower_tabs.currentWidget() is window.rundown
    qtbot.keyClick(window.countdown, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lower_tabs.currentWidget() is window.ledger
    qtbot.keyClick(window.countdown, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lower_tabs.currentWidget() is window.rundown


def test_the_late_notice_keeps_its_number_current_and_goes_at_the_end(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, monkeypatch
) -> None:
    four_minutes_late(window, clock)
    window.controller.tick_now()
    assert "projected to end 4:00 after the hard stop" in window.end_notice.label.text()
    clock.advance(45)  # the panel runs on past its time: the end moves later, second by second
    window.controller.act("add_time", seconds=45)
    window.controller.tick_now()
    assert "projected to end 4:45 after the hard stop" in window.end_notice.label.text()
    assert window.end_notice.label.text().count("projected") == 1
    for _ in range(5):
        window.controller.act("next")
    window.controller.tick_now()
    assert window.controller.show.ended and not window.end_notice.isVisibleTo(window)
    asked: list[dict] = []
    monkeypatch.setattr(PlanDialog, "ask", classmethod(lambda cls, parent, plan: asked.append(plan) or True))
    qtbot.keyClick(window.countdown, Qt.Key.Key_F)
    assert asked == [] and "The show has ended" in window.statusBar().currentMessage()


def test_the_late_notice_is_the_headers_reading_and_its_plan_button(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """No bar over the digits: the hard stop reading says it and the plan is a button beside it."""
    four_minutes_late(window, clock)
    window.controller.tick_now()
    header = window.header
    assert header.hard_stop.text().endswith("4:00 over") and "left" in header.hard_stop.text()
    assert header.action_button.isVisibleTo(window) and "[F]" in header.action_button.text()
    assert not window.end_notice.isVisibleTo(window)


def test_another_days_event_gets_no_late_notice_and_no_plan(qtbot: QtBot, show, monkeypatch) -> None:
    """The bundled (past-dated) example opened today: no "9758:53:45 after the hard stop", and F
    says why there is no plan instead of offering to cut every segment to 0:00."""
    from datetime import UTC, datetime

    from runofshow.core.dispatch import Dispatcher
    from runofshow.ui.session.controller import ShowController

    later = FakeClock(datetime(2026, 12, 6, 23, 0, tzinfo=UTC))
    controller = ShowController(Dispatcher(show), later)
    window = MainWindow(controller, remote_info="")
    qtbot.addWidget(window)
    window.show()
    controller.tick_now()
    assert not window.header.action_button.isVisibleTo(window)
    assert window.header.hard_stop.text().startswith("Planned for 2025-10-26")
    asked: list[dict] = []
    monkeypatch.setattr(PlanDialog, "ask", classmethod(lambda cls, parent, plan: asked.append(plan) or True))
    window.fit_to_end()
    assert asked == [] and "not today" in window.statusBar().currentMessage()
    controller.stop_ticking()
