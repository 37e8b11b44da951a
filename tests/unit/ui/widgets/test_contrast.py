"""Text contrast, measured from rendered pixels in every theme (WCAG: 4.5:1 for text, 3:1 for large).

A style sheet's colours say little alone: a row's colour comes from its state, a placeholder's
from the palette, and what the eye gets is what is painted. So each part is grabbed as an image;
the background is the cell's most common colour and the text is its pixel farthest from it.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.moderator.main_window import MainWindow
from runofshow.ui.moderator.rundown_model import COL_TITLE
from runofshow.ui.widgets.state_table import StateRole
from runofshow.ui.widgets.style import apply_theme

THEMES = ("dark", "light", "high-contrast")


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def painted_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between a region's background (its commonest colour) and its text (the pixel
    farthest from that)."""
    pixels = Counter(
        image.pixel(x, y)
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1)
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(ratio(background, QColor.fromRgb(p)) for p in pixels)


def grab(widget: QWidget) -> QImage:
    image = widget.grab().toImage()
    return image.scaled(widget.size()) if image.size() != widget.size() else image


@pytest.mark.parametrize("theme", THEMES)
def test_every_rundown_state_and_placeholder_reads_at_4_5_to_1(
    qapp, qtbot: QtBot, window: MainWindow, clock: FakeClock, theme: str
) -> None:
    act = window.controller.act
    act("start")
    clock.advance(400)  # the opening overruns
    act("goto", segment="legal-frameworks")  # panel 1 passed over: skipped; panel 2 live
    act("set_notes", segment="legal-frameworks", notes="")  # the notes' placeholder shows
    try:
        apply_theme(qapp, theme, 1.0)
        window.resize(1920, 1050)
        qtbot.wait(50)
        rundown = window.rundown
        rundown.scrollToTop()
        qtbot.wait(20)
        image = grab(rundown.viewport())
        states = {}
        for row in range(rundown.model().rowCount()):
            rect = rundown.visualRect(rundown.model().index(row, COL_TITLE))
            if rect.isValid() and rundown.viewport().rect().contains(rect):
                state = rundown.model().index(row, 0).data(StateRole)
                states[row] = (state, painted_contrast(image, rect))
        seen = {state for state, _ in states.values()}
        assert {"overrun", "skipped", "live", "pending"} <= seen, seen
        for row, (state, measured) in states.items():
            assert measured >= 4.5, f"{theme}: row {row + 1} ({state}) reads at {measured:.2f}:1"
        notes = window.details.notes
        assert notes.toPlainText() == ""
        notes_image = grab(notes.viewport())
        line = notes.fontMetrics().height()
        placeholder = painted_contrast(notes_image, QRect(0, 0, notes.viewport().width(), line + 8))
        assert placeholder >= 4.5, f"{theme}: the notes' placeholder reads at {placeholder:.2f}:1"
        window.show_stage()
        stage = window.stage
        assert stage is not None and stage.custom.text() == ""
        qtbot.wait(20)
        custom = painted_contrast(grab(stage.custom), stage.custom.rect().adjusted(4, 4, -4, -4))
        assert custom >= 4.5, f"{theme}: the stage's custom message placeholder reads at {custom:.2f}:1"
    finally:
        apply_theme(qapp, "dark", 1.0)


def _texts(root: QWidget) -> list[tuple[str, QWidget, bool]]:
    """Every visible widget of `root` that shows text: (what it says, widget, large text?)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from runofshow.ui.widgets.live_label import LiveLabel

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 4 or widget.height() < 4:
            continue
        if isinstance(widget, LiveLabel):
            text, font = widget.shown_text(), widget.paint_font()  # a title may give way whole
        elif isinstance(widget, (QLabel, QAbstractButton)):
            text, font = widget.text(), widget.font()
        else:
            continue
        if not text.strip():
            continue
        pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        large = pixels >= 24 or (font.bold() and pixels >= 18.66)  # WCAG: 18 pt, or 14 pt bold
        found.append((text, widget, large))
    return found


def _fast_contrast(image: QImage, rect: QRect) -> float:
    """painted_contrast over a large region, counted a row at a time (the digits are big)."""
    from array import array

    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return 21.0
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits()))
    per_row = image.bytesPerLine() // 4
    counts: Counter[int] = Counter()
    step = 2 if rect.width() * rect.height() > 200_000 else 1
    for y in range(rect.top(), rect.bottom() + 1, step):
        start = y * per_row + rect.left()
        counts.update(words[start : start + rect.width() : step])
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(ratio(background, QColor.fromRgb(p)) for p in counts)


def _under(root: QWidget, image: QImage, name: str) -> list[str]:
    failures = []
    for text, widget, large in _texts(root):
        rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size()).adjusted(2, 2, -2, -2)
        measured = _fast_contrast(image, rect)
        wanted = 3.0 if large else 4.5
        if measured < wanted:
            failures.append(f"{name}: {widget.objectName() or type(widget).__name__} {text[:40]!r} {measured:.2f}:1")
    return failures


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_of_every_window_reads_in_every_state_of_the_show(
    qapp, qtbot: QtBot, window: MainWindow, clock: FakeClock, theme: str
) -> None:
    """The header, the digits and their readings, the floor strip, notices, a message, the
    stage manager's window and the speaker display, before the start and through running, wrap-up, final seconds,
    overtime, a speaker over time, a pause and the end: every text at 4.5:1 (3:1 when large)."""
    act = window.controller.act
    failures: list[str] = []
    try:
        apply_theme(qapp, theme, 1.0)
        window.resize(1600, 1000)
        window.show_stage()
        stage = window.stage
        assert stage is not None
        stage.resize(900, 800)
        display = window.display.display  # the speaker's screen
        display.resize(1280, 720)
        display.show()

        def look(state: str) -> None:
            # The tick that shows the fake clock's new moment, now: a real timer armed for the
            # clock's next flip may come late (or not yet) on a busy machine, and the windows
            # were measured half-way between two states (the speaker display's overtime colours).
            window.controller.tick_now()
            qtbot.wait(30)
            failures.extend(_under(window, grab(window), f"{theme} {state} main"))
            failures.extend(_under(stage, grab(stage), f"{theme} {state} stage"))
            failures.extend(_under(display, grab(display), f"{theme} {state} speaker display"))
            assert all(_texts(root) for root in (window, stage, display)), "a window with no text measured"

        look("standby")
        window.notices.notify("The event file changed on disk.", level="warning")
        window.end_notice.notify("The show would end 5 minutes after the hard stop.", level="error")
        act("start")
        act("speaker_next")
        look("running, a speaker, notices")
        window.notices.dismiss()
        window.end_notice.dismiss()
        act("message", to="moderator", text="Interpretation channel 2 is silent")
        clock.advance(250)
        look("wrap-up, a message")
        clock.advance(95)
        look("final seconds")
        clock.advance(40)
        look("overtime, a speaker over time")
        act("toggle")
        look("paused")
        act("goto", segment=window.controller.show.event.segments[-1].id)
        act("next")
        look("ended")
    finally:
        window.display.display.hide()
        apply_theme(qapp, "dark", 1.0)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("theme", THEMES)
def test_a_reading_reached_by_tab_shows_a_ring_at_3_to_1(qapp, qtbot: QtBot, window: MainWindow, theme: str) -> None:
    try:
        apply_theme(qapp, theme, 1.0)
        window.resize(1600, 1000)
        reading = window.header.hard_stop
        reading.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(reading.hasFocus)
        qtbot.wait(30)
        image = grab(window)
        middle = reading.mapTo(window, reading.rect().topLeft()) + QPoint(0, reading.height() // 2)
        ring = QColor.fromRgb(image.pixel(middle.x() + 1, middle.y()))
        outside = QColor.fromRgb(image.pixel(middle.x() - 3, middle.y()))
        assert ratio(ring, outside) >= 3.0, f"{theme}: the focus ring reads at {ratio(ring, outside):.2f}:1"
    finally:
        apply_theme(qapp, "dark", 1.0)
