"""At real laptop and projector sizes, what the moderator must see is in sight and whole.

The sizes are the screens' minus a window manager's title bar (what a maximised window gets).
The moment is the hardest of the roundtable's: a panel with five speakers waiting, three
questions, three lines of notes and three cues. docs/screens_under_x.py takes the same moment's
pictures under a real X server, to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from runofshow.ui.main_window import MainWindow
from runofshow.ui.queue_model import COL_NAME
from runofshow.ui.rundown_model import COL_TITLE
from runofshow.ui.style import apply_theme

NOTES = (
    "Ask each panellist for one concrete example. Keep answers to two minutes; the floor gets the "
    "last three minutes. Thank the interpreters before closing."
)
QUESTIONS = [
    "How can cross-border evidence sharing under the Convention work in practice?",
    "What do law enforcement and industry each need from the other to act quickly?",
    "Where should the first joint training programme start?",
]
CUES = ["Panel mics 1-4 live", "Panel 1 title slide", "Roving mic to the floor at 14:15"]

#: (width, height) a maximised window gets, and the font scales at which everything fits.
SIZES = [
    ((1280, 690), 1.0),
    ((1366, 738), 1.0),
    ((1440, 870), 1.0),
    ((1920, 1050), 1.0),
    ((1920, 1050), 1.5),
    ((3840, 2130), 1.0),
    ((3840, 2130), 2.0),
]


def _panel_with_five_waiting(window: MainWindow) -> None:
    act = window.controller.act
    act("start")
    act("next")
    act("segment_update", segment="cross-border", fields={"notes": NOTES, "questions": QUESTIONS, "cues": CUES})
    act("speaker_add", name="Ms Trần Thị Thu Hà (from the floor)", type="question")


def _at(qapp, qtbot: QtBot, window: MainWindow, scale: float, size: tuple[int, int]) -> None:
    apply_theme(qapp, "dark", scale)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    for _ in range(5):  # the deferred fits (columns, rows, boxes, the digits' share) settle over a few turns
        qtbot.wait(40)


def _inside(widget: QWidget, rect: QRect, within: QWidget) -> bool:
    """`rect` (in `widget`'s coordinates) is wholly inside `within`'s visible area."""
    top_left = widget.mapTo(within, rect.topLeft())
    return within.rect().contains(QRect(top_left, rect.size()))


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    return metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()


def _assert_items_whole(view: QListWidget, rows: range, what: str) -> None:
    viewport = view.viewport().rect()
    for row in rows:
        rect = view.visualItemRect(view.item(row))
        # Top to bottom in sight (the width is the list's: its items wrap to it, whatever their rect).
        whole = rect.top() >= viewport.top() and rect.bottom() <= viewport.bottom()
        assert whole, f"{what} {row + 1} is cut: {rect} in {viewport}"


@pytest.mark.parametrize(("size", "scale"), SIZES, ids=[f"{w}x{h}@{s:g}" for (w, h), s in SIZES])
def test_a_panel_with_five_speakers_is_whole_in_sight(
    qapp, qtbot: QtBot, window: MainWindow, size: tuple[int, int], scale: float
) -> None:
    _panel_with_five_waiting(window)
    try:
        _at(qapp, qtbot, window, scale, size)
        _assert_whole(window)
    finally:
        apply_theme(qapp, "dark", 1.0)


def _assert_whole(window: MainWindow) -> None:
    # The digits: their glyphs a quarter of the window high, at least.
    digits = window.countdown.digits
    assert QFontMetricsF(digits.fitted_font()).capHeight() >= window.height() / 4 - 1
    # The header on one row, the hard stop whole.
    header = window.header
    assert header._stacked is False
    stop = header.hard_stop
    assert stop.fontMetrics().horizontalAdvance(stop.shown_text()) <= stop.contentsRect().width()
    assert "HARD STOP" in stop.shown_text() and "left" in stop.shown_text()

    # The live segment and the next two, their titles whole (wrapped, never cut with "…").
    rundown = window.rundown
    assert rundown.horizontalScrollBar().isHidden() or not rundown.horizontalScrollBar().isVisible()
    bold = QFont(rundown.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    show = window.controller.show
    for row in range(show.cursor, show.cursor + 3):
        index = rundown.model().index(row, COL_TITLE)
        rect = rundown.visualRect(index)
        assert rundown.viewport().rect().contains(rect), f"rundown row {row + 1} is out of sight: {rect}"
        needed = _wrapped_height(metrics, rect.width() - 14, index.data())
        assert needed <= rect.height(), f"rundown row {row + 1}: {index.data()!r} does not fit {rect}"

    # Five speakers, whole names, no scrolling (no one speaks yet: no row is bold).
    queue = window.queue.view
    metrics = QFontMetrics(queue.font())
    assert queue.model().rowCount() == 5
    assert queue.verticalScrollBar().maximum() == 0
    for row in range(5):
        index = queue.model().index(row, COL_NAME)
        rect = queue.visualRect(index)
        assert queue.viewport().rect().contains(rect), f"queue row {row + 1} is out of sight"
        needed = _wrapped_height(metrics, rect.width() - 12, index.data())
        assert needed <= rect.height(), f"queue row {row + 1}: {index.data()!r} does not fit {rect}"

    # The first question still open and the next, the notes and every cue: in boxes, whole.
    details = window.details
    assert not details.tabbed()
    _assert_items_whole(details.questions, range(0, 2), "question")
    _assert_items_whole(details.cues, range(len(CUES)), "cue")
    notes = details.notes
    lines = notes.document().documentLayout().documentSize().height()
    assert lines * notes.fontMetrics().lineSpacing() <= notes.viewport().height()
    assert notes.verticalScrollBar().maximum() == 0
    for part in (details.questions, details.notes, details.cues, queue, rundown):
        assert _inside(part, part.rect(), window), f"{part.objectName()} goes past the window"


def test_the_questions_in_sight_follow_the_bank(qapp, qtbot: QtBot, window: MainWindow) -> None:
    """One asked, and too little room for all: the box shows the next open one and the one after."""
    _panel_with_five_waiting(window)
    _at(qapp, qtbot, window, 1.0, (1280, 690))
    window.details.mark_next_question("asked")
    window.controller.act("question_add", text="And a fourth question, long enough to take two lines in the box?")
    qtbot.wait(20)
    questions = window.details.questions
    assert questions.count() == 4
    for row in (1, 2):
        assert questions.viewport().rect().contains(questions.visualItemRect(questions.item(row)))


#: Screens too short for everything at that text size (see the guide, section 3).
SHORT = [((1280, 690), 1.5), ((1366, 738), 1.5), ((1920, 1050), 2.0)]


@pytest.mark.parametrize(("size", "scale"), SHORT, ids=[f"{w}x{h}@{s:g}" for (w, h), s in SHORT])
def test_a_short_window_at_large_text_keeps_the_essentials_whole_and_tabs_the_details(
    qapp, qtbot: QtBot, window: MainWindow, size: tuple[int, int], scale: float
) -> None:
    """The digits a quarter high, the live segment whole, five whole names, every toolbar button,
    and the details in tabs, none of which cuts its text."""
    _panel_with_five_waiting(window)
    try:
        _at(qapp, qtbot, window, scale, size)
        assert QFontMetricsF(window.countdown.digits.fitted_font()).capHeight() >= window.height() / 4 - 1
        rundown = window.rundown
        live = rundown.visualRect(rundown.model().index(window.controller.show.cursor, COL_TITLE))
        assert rundown.viewport().rect().contains(live)
        queue = window.queue.view
        for row in range(5):
            assert queue.viewport().rect().contains(queue.visualRect(queue.model().index(row, COL_NAME)))
        bar = window.toolbar
        for action in bar.actions():
            if not action.isSeparator():
                button = bar.widgetForAction(action)
                assert button is not None and _inside(button, button.rect(), bar), action.iconText()
        details = window.details
        side = window.side
        if side.tabbed():
            # Five two-line names fill the column: speakers and details are tabs of its whole height.
            assert side.tabs.currentWidget() is window.queue
            side.tabs.setCurrentWidget(details)
            qtbot.wait(40)
        else:
            assert details.height() >= 4 * details.fontMetrics().lineSpacing()  # never a sliver
        if not details.tabbed():  # the three boxes fit: each whole
            _assert_items_whole(details.questions, range(0, 2), "question")
            _assert_items_whole(details.cues, range(len(CUES)), "cue")
            return
        tabs = details.tabs.tabBar()
        assert all(tabs.tabRect(i).right() <= tabs.width() for i in range(tabs.count()))  # every tab in sight
        for tab in range(details.tabs.count()):
            details.tabs.setCurrentIndex(tab)
            qtbot.wait(50)  # a list shown again lays its items out at its width
            widget = details.tabs.currentWidget()
            if isinstance(widget, QListWidget):
                widget.scrollToItem(widget.item(0), QAbstractItemView.ScrollHint.PositionAtTop)
                _assert_items_whole(widget, range(1), widget.objectName())
    finally:
        apply_theme(qapp, "dark", 1.0)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_stage_managers_window_on_a_laptop_shows_five_speakers_every_cue_and_every_button(
    qapp, qtbot: QtBot, window: MainWindow, scale: float
) -> None:
    _panel_with_five_waiting(window)
    window.show_stage()
    stage = window.stage
    assert stage is not None
    try:
        apply_theme(qapp, "dark", scale)
        stage.resize(1280, 690)
        qtbot.waitUntil(lambda: (stage.width(), stage.height()) == (1280, 690))
        for _ in range(4):
            qtbot.wait(20)
        assert stage.compact is (scale > 1.0)  # large text on a laptop: a line per speaker
        upcoming = stage.upcoming
        rows = [row for row in range(upcoming.count()) if stage._ids[row][0] == "cross-border"]
        assert len(rows) == 6  # the live segment's line and its five speakers
        for row in rows:
            rect = upcoming.visualItemRect(upcoming.item(row))
            assert upcoming.viewport().rect().contains(rect), f"row {row} is out of sight"
            text = upcoming.item(row).text()
            metrics = upcoming.fontMetrics()
            width = upcoming.viewport().width() - 12
            assert _wrapped_height(metrics, width, text) <= rect.height() + 2, f"{text!r} is cut"
        _assert_items_whole(stage.cues, range(len(CUES)), "cue")
        buttons = [*stage.cue_buttons.values(), *stage.message_buttons, *stage.speaker_buttons]
        for button in buttons:
            assert button.isVisible() and _inside(button, button.rect(), stage), f"{button.text()!r} is cut"
            assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_in_the_side_columns_tabs_the_part_keys_bring_a_part_to_the_front(
    qapp, qtbot: QtBot, window: MainWindow
) -> None:
    _panel_with_five_waiting(window)
    try:
        _at(qapp, qtbot, window, 1.5, (1280, 690))
        side = window.side
        assert side.tabbed() and side.tabs.currentWidget() is window.queue
        window.part_actions["details"].trigger()  # Ctrl+3: to the front, not hidden
        assert side.tabs.currentWidget() is window.details and window.part_actions["details"].isChecked()
        window.part_actions["queue"].trigger()  # Ctrl+2: the speakers again
        assert side.tabs.currentWidget() is window.queue
        window.act_notes.trigger()  # Ctrl+Shift+N: the notes, in front, with the cursor in them
        assert side.tabs.currentWidget() is window.details
        qtbot.waitUntil(window.details.notes.hasFocus)
        window.part_actions["details"].trigger()  # in front already: a second press hides it
        assert not window.part_actions["details"].isChecked() and not window.details.isVisible()
        assert window.queue.isVisible()
    finally:
        apply_theme(qapp, "dark", 1.0)
