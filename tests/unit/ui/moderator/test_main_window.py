"""The moderator window, driven by keys on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.moderator.main_window import GotoDialog, MainWindow
from runofshow.ui.session.controller import ShowController


def refresh(controller: ShowController) -> None:
    controller.tick_now()


def test_title_and_focus_at_start_up(window: MainWindow) -> None:
    assert window.windowTitle().startswith("The UN Convention against Cybercrime")
    assert window.countdown.hasFocus()
    assert window.countdown.digits.text() == "6:00"
    assert "STANDBY" in window.countdown.phase.text()


def test_space_toggles_the_timer(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert window.controller.show.running
    assert "Pause" in window.act_toggle.text()
    clock.advance(61)
    refresh(window.controller)
    assert window.countdown.digits.text() == "4:59"
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert not window.controller.show.running
    assert "PAUSED" in window.countdown.phase.text()


def test_arrow_and_letter_keys_move_between_segments(window: MainWindow, qtbot: QtBot) -> None:
    show = window.controller.show
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    qtbot.keyClick(window.countdown, Qt.Key.Key_Right)
    assert show.live_index == 1
    qtbot.keyClick(window.countdown, Qt.Key.Key_N)
    assert show.live_index == 2
    qtbot.keyClick(window.countdown, Qt.Key.Key_Left)
    assert show.live_index == 1
    qtbot.keyClick(window.countdown, Qt.Key.Key_P)
    assert show.live_index == 0
    assert "Opening remarks" in window.countdown.segment_title.text()


def test_plus_and_minus_change_time(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Plus)
    assert window.controller.show.duration(0) == 420
    qtbot.keyClick(window.countdown, Qt.Key.Key_Minus)
    qtbot.keyClick(window.countdown, Qt.Key.Key_Minus)
    assert window.controller.show.duration(0) == 300


def test_state_is_shown_in_words_as_time_runs_out(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    seen = []
    for seconds in (100, 150, 90, 30):  # at 100, 250, 340, 370 s of a 360 s segment
        clock.advance(seconds)
        refresh(window.controller)
        seen.append((window.countdown.phase.text(), window.countdown.property("state")))
    assert seen[0] == ("RUNNING", "running")
    assert seen[1] == ("WRAP UP", "wrap_up")
    assert seen[2] == ("FINAL", "final")
    assert seen[3][1] == "overtime" and "OVERTIME" in seen[3][0]
    assert window.countdown.digits.text() == "+0:10"
    status = window.model.index(0, 6)
    assert "OVERTIME" in status.data(Qt.ItemDataRole.ToolTipRole)
    window.model.set_compact(False)  # a rundown wide enough for the words
    assert "OVERTIME" in status.data()


def test_digits_are_at_least_a_quarter_of_the_window_high(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    qtbot.wait(10)
    metrics = QFontMetricsF(window.countdown.digits.fitted_font())
    assert metrics.capHeight() >= window.height() / 4


def test_escape_leaves_the_notes_and_the_keys_work_again(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.details.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, " and more")
    assert not window.controller.show.running  # Space typed into the notes, not the show
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert window.countdown.hasFocus()
    assert window.controller.show.runs[0].notes.endswith(" and more")  # committed on leaving
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    assert window.controller.show.running


def test_header_shows_hard_stop_and_schedule(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    assert window.header.clock.text() == "13:59:00"
    assert "HARD STOP 14:45" in window.header.hard_stop.text()
    assert "46:00 left" in window.header.hard_stop.text()
    assert window.header.schedule.text().startswith("ON TIME")
    clock.advance(60)
    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    clock.advance(420)
    refresh(window.controller)
    assert window.header.schedule.text().startswith("1:00 BEHIND")
    assert window.header.schedule.property("state") == "behind"
    # Running late before the hard stop: the time left is said, and the projected overrun beside
    # it, never "OVER" alone (it read as if the hard stop had passed).
    header = window.header.hard_stop
    assert header.text() == "HARD STOP 14:45 · 38:00 left · ends ~14:46:00, 1:00 over"
    assert all("left" in form for form in (header.text(), *header._choices))
    assert "OVER" not in header.text()


def test_once_the_hard_stop_has_passed_the_header_says_so(window: MainWindow, clock: FakeClock) -> None:
    window.controller.act("start")
    clock.advance(47 * 60)
    refresh(window.controller)
    assert window.header.hard_stop.text() == "HARD STOP 14:45 · PASSED 1:00 ago"
    assert window.header.hard_stop.property("state") == "over"


def test_rundown_marks_done_live_and_overrun(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    from runofshow.ui.moderator.rundown_model import StateRole

    qtbot.keyClick(window.countdown, Qt.Key.Key_Space)
    clock.advance(400)
    qtbot.keyClick(window.countdown, Qt.Key.Key_Right)
    model = window.model
    assert model.index(0, 0).data(StateRole) == "overrun"
    assert model.index(1, 0).data(StateRole) == "live"
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "✓ OVERRAN"
    model.set_compact(True)  # narrow: the sign alone, and still not the same as a segment done on time
    assert model.index(0, 6).data() == "✓+"
    model.set_compact(False)
    assert model.index(0, 6).data() == "✓ OVERRAN"
    assert model.index(0, 5).data() == "+0:40"
    assert model.index(2, 4).data().startswith("~")


def test_goto_uses_the_dialog(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(GotoDialog, "ask", classmethod(lambda cls, parent, titles, current: 3))
    window.act_goto.trigger()
    assert window.controller.show.cursor == 3
    assert window.countdown.hasFocus()


def test_a_failed_command_is_shown_not_raised(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.countdown, Qt.Key.Key_Left)
    assert "first segment" in window.statusBar().currentMessage()


def test_screenshot_renders(window: MainWindow, tmp_path) -> None:
    image = window.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "window.png"))


def test_every_theme_styles_every_state_the_dark_one_does() -> None:
    """A theme written by hand must not forget a state: each colours the same states and table roles."""
    import re

    from runofshow.files.resources import resource
    from runofshow.ui.widgets.style import themes

    def keys(name: str) -> set[str]:
        sheet = resource("styles", f"{name}.qss").read_text(encoding="utf-8")
        return set(re.findall(r'\[state="(\w+)"\]', sheet)) | set(re.findall(r"qproperty-(\w+)", sheet))

    for name in themes():
        assert keys("dark") <= keys(name), name


def test_every_theme_applies(qapp, window: MainWindow) -> None:
    from runofshow.ui.widgets.style import apply_theme, themes

    assert {"dark", "light", "high-contrast"} <= set(themes())
    for name in themes():
        apply_theme(qapp, name, 2.0)  # the font-scale setting at 200% as well
        assert qapp.styleSheet()
        assert not window.grab().isNull()
    apply_theme(qapp, "dark")


def test_a_staged_window_paints_the_countdown_first_and_builds_the_rest_next(controller, qtbot) -> None:
    """The app's window: the first frame has the header, the countdown and the show keys; the
    lower band, timeline, menus and toolbar follow one event-loop turn after that frame."""
    staged = MainWindow(controller, staged=True)
    qtbot.addWidget(staged)
    assert not staged.complete and not hasattr(staged, "rundown")
    assert staged.countdown.digits.text() == "6:00" and staged.act_toggle.shortcuts()
    staged.show()
    qtbot.waitUntil(lambda: staged.complete)
    assert staged.rundown.model() is staged.model and staged.menuBar().actions()
    assert staged.countdown.parent() is not None and staged.body.widget(0) is staged.countdown
    controller.act("start")  # keys and widgets of both stages follow the show
    assert staged.model.data(staged.model.index(0, 0)) == "1"


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier),  # the keypad's +
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier),  # = without Shift, as the toolbar says
    ],
)
def test_plus_adds_a_minute_however_the_keyboard_types_it(window, qtbot: QtBot, key, modifier) -> None:
    """Offscreen keys carry no layout; "+" typed as Shift and = on a real keyboard: tests/e2e/test_x11.py."""
    before = window.controller.show.duration(0)
    qtbot.keyClick(window.countdown, key, modifier)
    assert window.controller.show.duration(0) == before + 60


def test_f1_lists_every_key_the_window_has(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from runofshow.ui.moderator.keys_dialog import KeysDialog
    from runofshow.ui.widgets.plain_text import PlainLabel

    shown: list[KeysDialog] = []
    monkeypatch.setattr(KeysDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_keys.trigger()
    text = window.keys_text()
    for action in [*window.actions(), *window.display.menu.actions()]:
        for key in action.shortcuts():
            assert key.toString() in text, (action.text(), key.toString())
    for key in ("Ctrl+D", "Ctrl+Shift+D", "Ctrl+B", "Ctrl+E", "Ctrl+R", "Ctrl+O", "Ctrl+,", "Ctrl+P", "Ctrl+S"):
        assert f"\n{key}:" in "\n" + text or f" / {key}" in text, key
    labels = [label.text() for label in shown[0].findChildren(PlainLabel)]
    assert "Space" in labels and "Start / pause / resume" in labels


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768), (1920, 1080)])
def test_f1_fits_the_screen_with_its_ok_in_sight(
    window: MainWindow, qapp, screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It scrolls on a laptop, stands in two columns on a wide screen; OK is always in sight
    (it was 1,133 px tall, its end and OK off every screen)."""
    from PySide6.QtCore import QRect

    from runofshow.ui.moderator.keys_dialog import KeysDialog
    from runofshow.ui.widgets.screen_fit import SCREEN_SHARE

    width, height = screen
    monkeypatch.setattr(type(window.screen()), "availableGeometry", lambda self: QRect(0, 0, width, height))
    dialog = KeysDialog(window.key_rows(), window)
    assert dialog.height() <= height * SCREEN_SHARE and dialog.width() <= width
    dialog.show()
    qapp.processEvents()
    assert dialog.rect().contains(dialog.ok.geometry()) and dialog.ok.isVisible()
    assert dialog.columns == (2 if width >= 1920 else 1)
    dialog.close()


def test_the_end_of_the_show_stands_still_and_points_to_the_report(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    c = window.controller
    clock.advance(60)  # 14:00:00
    c.act("start")
    for _ in range(len(c.show.runs)):
        clock.advance(9 * 60)
        c.act("next")
    assert c.show.ended
    c.tick_now()
    first = window.header.hard_stop.text()
    assert first.startswith("ENDED 14:45") and "PASSED" not in first
    assert "ran 45:00 (planned 45:00)" in window.header.schedule.text()
    clock.advance(1800)  # half an hour later nothing has moved
    c.tick_now()
    assert window.header.hard_stop.text() == first and "BEHIND" not in window.header.schedule.text()
    assert not window.act_toggle.isEnabled() and "Ended" in window.act_toggle.text()
    assert "Export report (Ctrl+E)" in window.countdown.next_up.text()
    assert "add a speaker" not in window.countdown.speaker.next_speaker.text()
    window.event_folder = None
    assert window.report_path().endswith(".pdf") and "report" in window.report_path()


def test_another_days_event_shows_its_date_not_thousands_of_hours(window: MainWindow, clock: FakeClock) -> None:
    clock.advance(400 * 24 * 3600)  # the file's date is more than a year ago
    window.controller.tick_now()
    assert window.header.hard_stop.text() == "Planned for 2025-10-26, 14:00–14:45"
    assert window.header.schedule.text() == "not today"
    assert "PASSED" not in window.header.hard_stop.text() and "BEHIND" not in window.header.schedule.text()


def test_running_over_the_next_is_due_now_and_the_colour_says_what_the_words_say(
    window: MainWindow, clock: FakeClock
) -> None:
    c = window.controller
    clock.advance(60)
    c.act("start")
    clock.advance(6 * 60 + 21)  # 21 s over the opening's six minutes
    c.tick_now()
    assert "as soon as this ends" in window.countdown.next_up.text() and "at ~" not in window.countdown.next_up.text()
    assert "0:21 BEHIND" in window.header.schedule.text()
    assert window.header.schedule.property("state") == "behind"


@pytest.mark.parametrize(
    ("number", "part"), [(1, "rundown"), (2, "queue"), (3, "details"), (4, "timeline"), (5, "toolbar")]
)
def test_every_part_hides_and_comes_back_by_key(window: MainWindow, qtbot: QtBot, number: int, part: str) -> None:
    key = getattr(Qt.Key, f"Key_{number}")
    widget = window.part(part)
    assert widget.isVisible()
    qtbot.keyClick(window.countdown, key, Qt.KeyboardModifier.ControlModifier)
    assert not widget.isVisible() and not window.part_actions[part].isChecked()
    qtbot.keyClick(window.countdown, key, Qt.KeyboardModifier.ControlModifier)
    assert widget.isVisible() and window.part_actions[part].isChecked()


def test_quitting_while_the_show_is_on_asks_and_cancel_keeps_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q sits beside Q, Shift+Q and Alt+Q: mid-show it asks (the run is kept either way)."""
    from runofshow.ui.moderator.window_dialogs import QuitDialog

    answers: list[bool] = []
    monkeypatch.setattr(QuitDialog, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    window.confirm_close = True  # as the composition root sets it
    window.controller.act("start")
    answers.append(False)
    window.act_quit.trigger()
    assert window.isVisible() and answers == []  # cancelled: the show goes on
    answers.append(True)
    window.act_quit.trigger()
    assert not window.isVisible()


def test_before_the_start_and_after_the_end_quitting_asks_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from runofshow.ui.moderator.window_dialogs import QuitDialog

    monkeypatch.setattr(QuitDialog, "ask", classmethod(lambda cls, parent: pytest.fail("asked")))
    window.confirm_close = True
    window.act_quit.trigger()
    assert not window.isVisible()


@pytest.mark.parametrize(("screen_width", "maximised"), [(1366, True), (1440, True), (1920, False)])
def test_the_first_window_is_maximised_on_a_laptop_and_then_where_it_was(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screen_width: int, maximised: bool
) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import QRect

    from runofshow.files.settings import Settings
    from runofshow.session.show_app import ShowApp

    monkeypatch.setattr(type(window.screen()), "availableGeometry", lambda self: QRect(0, 0, screen_width, 768))
    shown: list[str] = []
    monkeypatch.setattr(window, "showMaximized", lambda: shown.append("maximised"))
    monkeypatch.setattr(window, "show", lambda: shown.append("shown"))
    ShowApp._first_show(SimpleNamespace(settings=Settings()), window)
    assert shown == ["maximised" if maximised else "shown"]
    # Remembered: the geometry the window had when it closed comes back, wherever the screen.
    saved = bytes(window.saveGeometry().data()).hex()
    shown.clear()
    ShowApp._first_show(SimpleNamespace(settings=Settings(window_geometry=saved)), window)
    assert shown == ["shown"]
