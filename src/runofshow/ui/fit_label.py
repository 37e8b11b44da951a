"""A live label whose text grows to fill its box: digits readable from across the room.

The pixel size is computed here because the style sheet names the font family (fonts stay out
of Python) and a style sheet font would override any size set with setFont.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QSizePolicy, QWidget

from runofshow.ui.live_label import LiveLabel


class FitLabel(LiveLabel):
    """Scales its text to the largest size at which `sample` fits, so digits never jump size."""

    def __init__(self, sample: str, parent: QWidget | None = None, *, name: str = "", fill: float = 0.94) -> None:
        super().__init__(sample, parent, name=name, align=Qt.AlignmentFlag.AlignCenter)
        self._fill = fill
        self._fitted: tuple[tuple[object, ...], QFont] | None = None  # (inputs, font) of the last fit
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(40)

    def set_sample(self, sample: str) -> None:
        if sample != self._sample:
            self._sample = sample
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 200)

    def fitted_font(self) -> QFont:
        rect = self.contentsRect()
        key = (rect.width(), rect.height(), self._sample, self.font().key())
        if self._fitted is not None and self._fitted[0] == key:
            return self._fitted[1]
        font = QFont(self.font())
        probe = QFont(font)
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        width = max(metrics.horizontalAdvance(self._sample), 1.0)
        # Digits have no descenders: fit the cap height plus a little, not the full line height.
        height = max(metrics.capHeight() * 1.15, 1.0)
        scale = min(rect.width() * self._fill / width, rect.height() * self._fill / height)
        font.setPixelSize(max(int(100 * scale), 8))
        self._fitted = (key, font)
        return font

    def paint_font(self) -> QFont:
        return self.fitted_font()
