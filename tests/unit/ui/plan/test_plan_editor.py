"""The plan editor, driven as an organiser would: by keyboard alone, then saved and checked."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Event
from runofshow.core.show import Show
from runofshow.files.check import run_check
from runofshow.files.eventfile import load_event
from runofshow.files.plan_file import PlanFile
from runofshow.ui.plan.new_event_dialog import NewEventDialog
from runofshow.ui.plan.plan_editor import PlanEditor
from runofshow.ui.plan.plan_saving import PlanSaving
from runofshow.ui.session.controller import ShowController

NOW = datetime(2026, 12, 1, tzinfo=UTC)
Key = Qt.Key


CONTROLLERS: list[ShowController] = []


@pytest.fixture(autouse=True)
def _stop_controllers() -> Iterator[None]:
    yield
    while CONTROLLERS:
        CONTROLLERS.pop().stop_ticking()


def type_text(widget: QWidget, text: str) -> None:
    """Typing as a keyboard does, any script: QTest's key clicks know only ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def editor_for(event: Event, qtbot: QtBot, path: Path, text: str | None = None) -> tuple[PlanEditor, list[str]]:
    controller = ShowController(Dispatcher(Show(event)), FakeClock())
    CONTROLLERS.append(controller)
    plan_file = PlanFile(path, text, event if text is not None else None)
    said: list[str] = []
    saving = PlanSaving(lambda: plan_file, on_saved=said.append, on_failed=said.append, on_reload=lambda: None)
    editor = PlanEditor(controller, saving)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):  # keys go where a person's would: to the focused table
        editor.show()
        editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor, said


def settle() -> None:
    """Let the event loop run: a cell editor commits what was typed on the next turn after Enter."""
    QApplication.processEvents()


def cell_editor(table: QTableView) -> QLineEdit | QComboBox:
    """The editor open in a cell (a child of the table's viewport)."""
    found = [
        w for w in table.viewport().findChildren(QWidget) if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    combos = [w for w in found if isinstance(w, QComboBox)]
    chosen = combos[0] if combos else found[0] if found else None
    assert chosen is not None, "no cell editor is open"
    return chosen


def line_of(table: QTableView) -> QLineEdit:
    editor = cell_editor(table)
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    assert isinstance(line, QLineEdit)
    return line


def type_into_cell(qtbot: QtBot, table: QTableView, text: str) -> None:
    """F2 opens the cell; select what is there, type, Enter takes it."""
    qtbot.keyClick(table, Key.Key_F2)
    target = line_of(table)
    qtbot.keyClick(target, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Key.Key_Return)
    settle()


def choose_in_cell(qtbot: QtBot, table: QTableView, text: str) -> None:
    qtbot.keyClick(table, Key.Key_F2)
    combo = cell_editor(table)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, text)  # a list of choices picks by the first letters
    qtbot.keyClick(combo, Key.Key_Return)
    settle()


def right(qtbot: QtBot, table: QTableView, steps: int = 1) -> None:
    for _ in range(steps):
        qtbot.keyClick(table, Key.Key_Right)


@pytest.fixture
def new_event(qtbot: QtBot) -> Iterator[Event]:
    dialog = NewEventDialog(None, date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.template.setFocus()
    qtbot.keyClick(dialog.template, Key.Key_Down)  # "Empty: one segment"
    qtbot.keyClick(dialog.template, Key.Key_Tab)
    qtbot.keyClicks(dialog.title, "Side event on cybercrime")
    dialog.zone.setCurrentText("Asia/Ho_Chi_Minh")
    made = dialog.event_made()
    assert made is not None, dialog.problem
    yield made


def test_a_two_panel_event_from_nothing_by_keyboard_alone(qtbot: QtBot, tmp_path: Path, new_event: Event) -> None:
    path = tmp_path / "side-event.yaml"
    editor, said = editor_for(new_event, qtbot, path)
    table = editor.segments
    table.setFocus()
    table.setCurrentIndex(editor.segment_model.index(0, 1))
    type_into_cell(qtbot, table, "Opening")
    right(qtbot, table)
    choose_in_cell(qtbot, table, "o")  # opening
    right(qtbot, table)
    type_into_cell(qtbot, table, "5m")
    for title in ("Panel 1: evidence across borders", "Panel 2: the Convention in practice"):
        qtbot.keyClick(table, Key.Key_Insert)  # a new segment after this one, its title open
        target = line_of(table)
        qtbot.keyClick(target, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(target, title)
        qtbot.keyClick(target, Key.Key_Return)
        settle()
        right(qtbot, table)
        choose_in_cell(qtbot, table, "p")
        right(qtbot, table)
        type_into_cell(qtbot, table, "20m")
    # A speaker for the second panel, by keyboard: Alt+2 to the speakers, Insert, a name.
    qtbot.keyClick(editor, Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.speakers, Key.Key_Insert)
    target = line_of(editor.speakers)
    qtbot.keyClick(target, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(target, "Nguyễn Thị Lan")
    qtbot.keyClick(target, Key.Key_Return)
    settle()
    qtbot.keyClick(editor, Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert said and "saved" in said[-1], said
    out, err = io.StringIO(), io.StringIO()
    assert run_check([str(path)], now=NOW, out=out, err=err) == 0, err.getvalue()
    event = load_event(path, now=NOW).event
    assert [(s.title, s.kind, s.duration_s) for s in event.segments] == [
        ("Opening", "opening", 300),
        ("Panel 1: evidence across borders", "panel", 1200),
        ("Panel 2: the Convention in practice", "panel", 1200),
    ]
    assert [p.name for p in event.segments[2].speakers] == ["Nguyễn Thị Lan"]
    assert event.info.title == "Side event on cybercrime" and event.info.timezone_name == "Asia/Ho_Chi_Minh"


def test_a_bad_value_is_never_taken_and_says_why_as_it_is_typed(
    qtbot: QtBot, tmp_path: Path, roundtable: Event
) -> None:
    editor, _ = editor_for(roundtable, qtbot, tmp_path / "x.yaml")
    table = editor.segments
    table.setFocus()
    table.setCurrentIndex(editor.segment_model.index(1, 3))  # the first panel's duration
    qtbot.keyClick(table, Key.Key_F2)
    line = line_of(table)
    qtbot.keyClick(line, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "soon")
    assert "'soon' is not a duration" in editor.problem.text()
    qtbot.keyClick(line, Key.Key_Return)
    settle()  # refused: the field stays open
    assert line.isVisible() and line_of(table) is line
    assert editor.controller.show.event.segments[1].duration_s == roundtable.segments[1].duration_s
    qtbot.keyClick(line, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "15m")
    assert "3m over the fixed start 14:40 of “Closing and the way forward”" in editor.summary.text()
    assert "(as typed)" in editor.summary.text()
    qtbot.keyClick(line, Key.Key_Return)
    settle()
    assert editor.controller.show.event.segments[1].duration_s == 900
    qtbot.keyClick(editor, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.controller.show.event.segments[1].duration_s == roundtable.segments[1].duration_s
    qtbot.keyClick(editor, Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.controller.show.event.segments[1].duration_s == 900


def test_reorder_with_alt_arrows_duplicate_and_delete(qtbot: QtBot, tmp_path: Path, roundtable: Event) -> None:
    editor, _ = editor_for(roundtable, qtbot, tmp_path / "x.yaml")
    table = editor.segments
    ids = lambda: [s.id for s in editor.controller.show.event.segments]  # noqa: E731
    table.setFocus()
    table.setCurrentIndex(editor.segment_model.index(1, 1))
    qtbot.keyClick(table, Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids()[1:3] == ["legal-frameworks", "cross-border"] and table.currentIndex().row() == 2
    qtbot.keyClick(table, Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids() == [s.id for s in roundtable.segments]
    qtbot.keyClick(table, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ids()[2] == "panel-1-cross-border-collaboration"
    qtbot.keyClick(table, Key.Key_Delete)
    assert ids() == [s.id for s in roundtable.segments]
    editor.segment_model.move_to("closing", 0)  # what a drop on the first row does
    assert ids()[0] == "closing"


def test_ctrl_p_opens_the_editor_beside_the_window_and_edits_show_at_once(window, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    editor = window.plan_editor
    assert editor is not None and editor.isVisible()
    CONTROLLERS.append(window.controller)
    editor.segment_model.update("opening", {"title": "Welcome"})
    assert window.rundown.model().index(0, 2).data() == "Welcome"  # the moderator's rundown, at once
    editor.segment_model.send(
        {"action": "segment_insert", "after": "opening", "segment": {"title": "Coffee", "duration": "5m"}}
    )
    assert window.rundown.model().rowCount() == len(window.controller.show.event.segments) == 6
    window.close()
    assert window.plan_editor is None


def test_saving_over_a_file_edited_elsewhere_asks_and_keeps_both(
    qtbot: QtBot, tmp_path: Path, roundtable: Event
) -> None:
    from runofshow.files.resources import bundled_example
    from runofshow.ui.plan.plan_saving import Conflict

    path = tmp_path / "event.yaml"
    path.write_bytes(bundled_example().read_bytes())
    text = path.read_text(encoding="utf-8")
    editor, said = editor_for(roundtable, qtbot, path, text)
    editor.segment_model.update("opening", {"title": "Mine"})
    path.write_text(text.replace("Opening remarks", "Theirs"), encoding="utf-8")
    assert editor._saving is not None
    answers = [Conflict.SAVE_AS]
    editor._saving.ask_conflict = lambda parent, p: answers.pop(0)
    editor._saving.ask_path = lambda parent, suggested: tmp_path / "mine.yaml"
    qtbot.keyClick(editor, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Theirs" in path.read_text(encoding="utf-8") and "Mine" in (tmp_path / "mine.yaml").read_text(
        encoding="utf-8"
    )
    answers.append(Conflict.OVERWRITE)
    qtbot.keyClick(editor, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Mine" in path.read_text(encoding="utf-8") and "Theirs" not in path.read_text(encoding="utf-8")
    assert said[-1].startswith("Plan saved to")
    # Someone on the roster in no segment leaves it with Delete in the people table.
    editor.people_model.add("Guest")
    editor.people.setFocus()
    editor.people.setCurrentIndex(editor.people_model.index(len(editor.people_model.person_ids()) - 1, 0))
    qtbot.keyClick(editor.people, Key.Key_Delete)
    assert "guest" not in editor.controller.show.event.people


def test_the_count_and_the_speaker_clock_are_cells_checked_as_typed(
    qtbot: QtBot, tmp_path: Path, roundtable: Event
) -> None:
    from runofshow.ui.plan.plan_models import SEGMENT_COLUMNS

    editor, _ = editor_for(roundtable, qtbot, tmp_path / "x.yaml")
    columns = [key for key, _ in SEGMENT_COLUMNS]
    table = editor.segments
    table.setFocus()
    table.setCurrentIndex(editor.segment_model.index(3, columns.index("count")))  # panel 3, 14:30-14:40
    qtbot.keyClick(table, Key.Key_F2)
    combo = cell_editor(table)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["down", "up", "to 14:40"]  # its planned end
    line = line_of(table)
    qtbot.keyClick(line, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "to 25:00")
    assert "not a time of day" in editor.problem.text()
    qtbot.keyClick(line, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "to 14:40")
    qtbot.keyClick(line, Key.Key_Return)
    settle()
    assert editor.controller.show.event.segments[3].count.text() == "to 14:40"
    assert editor.segment_model.index(3, columns.index("count")).data() == "to 14:40"
    editor.segment_model.setData(editor.segment_model.index(3, columns.index("speaker_timer")), "hidden")
    assert editor.controller.show.event.segments[3].speaker_timer == "hidden"
    editor.segment_model.setData(editor.segment_model.index(3, columns.index("count")), "")  # empty: down
    assert editor.controller.show.event.segments[3].count.text() == "down"
