"""The layout at the largest font scale (200%): nothing grows past the window, nothing is cut away."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.queue_model import COL_NAME
from runofshow.ui.widgets.style import apply_theme


def _at(qapp, qtbot: QtBot, window: MainWindow, scale: float, width: int, height: int) -> None:
    apply_theme(qapp, "dark", scale)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qapp.processEvents()


def test_at_200_percent_the_window_keeps_its_size_and_the_panels_adapt(qapp, qtbot: QtBot, window: MainWindow) -> None:
    window.controller.act("start")
    window.controller.act("next")
    window.controller.act("speaker_next")
    try:
        _at(qapp, qtbot, window, 2.0, 1600, 1000)
        assert window.minimumSizeHint().width() <= 1600
        # The header's readings say less (or stack) instead of pushing the window wider; none is cut.
        for reading in (window.header.hard_stop, window.header.schedule, window.header.clock):
            assert reading.fontMetrics().horizontalAdvance(reading.shown_text()) <= reading.contentsRect().width()
        # Questions, notes and cues in the side column: tabs only when three boxes would be too short.
        assert (
            window.details.tabbed() or window.details.notes.height() >= 2 * window.details.notes.fontMetrics().height()
        )
        # The speaker's name keeps a readable share of the queue; cue and request give way.
        view = window.queue.view
        assert view.columnWidth(COL_NAME) >= 0.3 * view.viewport().width()
        # Rows are as tall as the text.
        assert view.verticalHeader().defaultSectionSize() > view.fontMetrics().height()
    finally:
        _at(qapp, qtbot, window, 1.0, 1600, 1000)
    assert window.header._stacked is False
    qtbot.waitUntil(lambda: not window.details.tabbed())  # once the side column has fitted again


def test_switching_to_tabs_keeps_the_notes_being_typed(qapp, qtbot: QtBot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr("runofshow.ui.moderator.details_panel.font_scale", lambda: 2.0)  # tabs: only from 200% text
    window.details.notes.setPlainText("Ask about the MLA backlog")
    details = window.details
    details._retab(details._needed_height() - 10)  # too short for three boxes: tabs
    assert details.tabbed() and details.tabs.indexOf(details.notes) >= 0
    assert details.notes.toPlainText() == "Ask about the MLA backlog"
    details._retab(details._needed_height() + 100)  # room again: the three boxes
    assert not details.tabbed() and details.tabs.count() == 0
    assert details.notes.isVisible() and details.notes.toPlainText() == "Ask about the MLA backlog"


def test_up_to_150_percent_the_details_are_never_tabs(qapp, qtbot: QtBot, window: MainWindow) -> None:
    """However short the panel: the boxes stay (what gives way is the digits and words, main_window.py)."""
    details = window.details
    details._retab(details._needed_height() - 100)
    assert not details.tabbed()


def test_on_a_small_screen_at_200_percent_the_digits_keep_a_quarter(qapp, qtbot: QtBot, window: MainWindow) -> None:
    window.controller.act("start")
    try:
        _at(qapp, qtbot, window, 2.0, 1440, 900)
        qtbot.waitUntil(lambda: window.countdown.digits.height() >= window.height() // 4)
        # The moderator drags the divider: the app does not fight the hand.
        top, lower = window.body.sizes()
        window.body.moveSplitter(top - 400, 1)
        window.body.splitterMoved.emit(top - 400, 1)
        qapp.processEvents()
        qtbot.wait(20)
        assert window.body.sizes()[1] > lower
    finally:
        _at(qapp, qtbot, window, 1.0, 1600, 1000)
    qtbot.waitUntil(lambda: not window.details.tabbed())


def test_the_stage_window_fits_at_200_percent(qapp, qtbot: QtBot, window: MainWindow) -> None:
    try:
        apply_theme(qapp, "dark", 2.0)
        window.show_stage()
        stage = window.stage
        assert stage is not None
        stage.resize(1280, 900)
        qtbot.waitUntil(lambda: stage.isVisible())
        qapp.processEvents()
        qapp.processEvents()
        assert stage.minimumSizeHint().width() <= 1280
        buttons = [*stage.cue_buttons.values(), *stage.message_buttons, *stage.speaker_buttons]
        qtbot.waitUntil(lambda: all(b.height() >= b.sizeHint().height() - 1 for b in buttons))
        assert all(b.width() >= b.sizeHint().width() - 1 for b in buttons)
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_at_150_percent_on_a_laptop_every_toolbar_button_is_in_sight(qapp, qtbot: QtBot, window: MainWindow) -> None:
    """Short of height, the toolbar moves up beside the menus with the show's buttons by their
    signs (the speakers' are keys and the Speakers menu away); each one shown is whole."""
    act = window.controller.act
    act("next")  # the panel: four speakers, two lines of notes
    act("speaker_add", name="Ms Trần Thị Thu Hà (from the floor)", type="question")
    try:
        _at(qapp, qtbot, window, 1.5, 1280, 720)
        window._fit_toolbar()
        qapp.processEvents()
        bar = window.toolbar
        shown = [a for a in bar.actions() if not a.isSeparator() and a.isVisible()]
        assert window.toolbar_in_menu_row
        assert [a.iconText() for a in shown] == ["▶", "◀◀", "▶▶", "−1", "+1"]  # ▶: start
        for action in shown:
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible()
            assert button.mapTo(window, button.rect().bottomRight()).x() <= window.width()
    finally:
        _at(qapp, qtbot, window, 1.0, 1600, 1000)
        window._fit_toolbar()
    qtbot.waitUntil(lambda: not window.toolbar_in_menu_row)
    assert "[Space]" in window.act_toggle.iconText()


def test_on_a_1280_by_720_screen_five_speakers_show_whole(qapp, qtbot: QtBot, window: MainWindow) -> None:
    from runofshow.ui.moderator.queue_model import COL_NAME

    c = window.controller
    c.act("start")
    c.act("next")  # panel 1: four speakers with long names
    c.act("speaker_add", name="Ms Tran (from the floor)", type="question")
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for _ in range(5):
        qapp.processEvents()
        qtbot.wait(10)
    view = window.queue.view
    height = view.viewport().height()
    for row in range(5):
        rect = view.visualRect(view.model().index(row, COL_NAME))
        assert rect.top() >= 0 and rect.bottom() <= height, (row, rect, height)
        text = view.model().index(row, COL_NAME).data()
        lines = max(1, rect.height() // view.fontMetrics().lineSpacing())
        assert view.fontMetrics().horizontalAdvance(text) <= lines * rect.width(), text  # whole, on its lines
