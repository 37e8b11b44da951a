"""Text contrast, measured from rendered pixels in every theme (WCAG: 4.5:1 for text, 3:1 for large).

A style sheet's colours say little alone: a row's colour comes from its state, a placeholder's
from the palette, and what the eye gets is what is painted. So each part is grabbed as an image;
the background is the cell's most common colour and the text is its pixel farthest from it.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClock
from runofshow.ui.main_window import MainWindow
from runofshow.ui.rundown_model import COL_TITLE
from runofshow.ui.state_table import StateRole
from runofshow.ui.style import apply_theme

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
