"""A label whose text grows to fill its box: digits readable from across the room.

It paints the text itself at a computed pixel size, because a style sheet that sets a font
family (as ours does, to keep fonts out of Python) would override any size set with setFont.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """Scales its text to the largest size at which `sample` fits, so digits never jump size."""

    def __init__(self, sample: str, parent: QWidget | None = None, *, fill: float = 0.94) -> None:
        super().__init__(parent)
        self._sample = sample
        self._fill = fill
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(40)

    def set_sample(self, sample: str) -> None:
        if sample != self._sample:
            self._sample = sample
            self.update()

    def fitted_font(self) -> QFont:
        font = QFont(self.font())
        rect = self.contentsRect()
        probe = QFont(font)
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        width = max(metrics.horizontalAdvance(self._sample), 1.0)
        # Digits have no descenders: fit the cap height plus a little, not the full line height.
        height = max(metrics.capHeight() * 1.15, 1.0)
        scale = min(rect.width() * self._fill / width, rect.height() * self._fill / height)
        font.setPixelSize(max(int(100 * scale), 8))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
