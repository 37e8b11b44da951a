"""A live label whose text grows to fill its box: digits readable from across the room.

The pixel size is computed here because the style sheet names the font family (fonts stay out
of Python) and a style sheet font would override any size set with setFont.

Qt caches glyphs only up to a modest size; digits a quarter of a screen high would be rasterised
from their outlines on every repaint, which was most of what a tick cost. So each character is
drawn once per font, colour and pixel ratio into a small pixmap, and a repaint places those.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOption, QWidget

from runofshow.ui.widgets.live_label import LiveLabel

#: The share of its monospace cell a character keeps: the colon's two dots need little of the
#: width a digit needs, and the width saved lets digits a quarter of the screen high fit a
#: narrower column (the rest goes to the queue and the notes beside them).
TIGHT = {":": 0.6}
#: The box's height over the digits' cap height: round digits overshoot the cap a little, and a
#: sliver of room keeps them off the lines above and below.
CAP_ROOM = 1.04 / 0.98
#: The moderator's countdown digits' width, in percent of the font's own.
DIGITS_STRETCH = 76


def advances(metrics: QFontMetricsF, text: str) -> list[float]:
    """Each character's advance as FitLabel draws it."""
    return [metrics.horizontalAdvance(ch) * TIGHT.get(ch, 1.0) for ch in text]


class FitLabel(LiveLabel):
    """Scales its text to the largest size at which `sample` fits, so digits never jump size."""

    def __init__(
        self, sample: str, parent: QWidget | None = None, *, name: str = "", fill: float = 0.94, stretch: int = 100
    ) -> None:
        """`stretch`: the glyphs' width in percent (QFont.setStretch; Qt condenses a font that
        has no condensed face): narrower digits stand as tall in a narrower column."""
        super().__init__(sample, parent, name=name, align=Qt.AlignmentFlag.AlignCenter)
        self._fill = fill
        self._stretch = stretch
        self._fitted: tuple[tuple[object, ...], QFont] | None = None  # (inputs, font) of the last fit
        self._glyphs: _GlyphAtlas | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(40)

    def set_sample(self, sample: str) -> None:
        if sample != self._sample:
            self._sample = sample
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 200)

    def digit_font(self) -> QFont:
        """The style's font at the digits' stretch (what they are measured and drawn with)."""
        font = QFont(self.font())
        if self._stretch != 100:
            font.setStretch(self._stretch)
        return font

    def fitted_font(self) -> QFont:
        rect = self.contentsRect()
        key = (rect.width(), rect.height(), self._sample, self.font().key())
        if self._fitted is not None and self._fitted[0] == key:
            return self._fitted[1]
        font = self.digit_font()
        probe = QFont(font)
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        width = max(sum(advances(metrics, self._sample)), 1.0)
        # Digits have no descenders: fit the cap height plus a little, not the full line height.
        height = max(metrics.capHeight() * CAP_ROOM, 1.0)
        scale = min(rect.width() * self._fill / width, rect.height() / height)
        font.setPixelSize(max(int(100 * scale), 8))
        self._fitted = (key, font)
        return font

    def paint_font(self) -> QFont:
        return self.fitted_font()

    def cap_for_width(self, sample: str, width: float | None = None) -> float:
        """The glyphs' cap height at which `sample` fills `width` (the box's, by default)."""
        probe = self.digit_font()
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        room = (self.contentsRect().width() if width is None else width) * self._fill
        return room / max(sum(advances(metrics, sample)), 1.0) * metrics.capHeight()

    def box_height_for_cap(self, cap: float) -> int:
        """The label's height at which its glyphs are `cap` pixels high (when its width allows)."""
        margins = self.contentsMargins()
        # Two pixels more: the font size is a whole number of pixels, rounded down when fitted.
        return int((cap + 2) * CAP_ROOM + 0.999) + margins.top() + margins.bottom()

    def repaint_changed(self, before: str | None) -> None:
        """Only the cells of the characters that changed: a countdown changes one or two digits
        a second, and a repaint costs by its area (this label's and every background under it),
        so the 4 in 12:34 → 12:33 leaves the other digits, a quarter of the screen, alone."""
        cells = self._changed_cells(before) if before is not None else None
        if cells is None:
            self.update()
        else:
            self.update(cells)

    def _changed_cells(self, before: str) -> QRect | None:
        """The box of the glyphs that differ between `before` and the text, laid out as
        paintEvent lays them out; None when the layout itself moves (another width, a cut text)."""
        text = self._text
        if len(before) != len(text) or self._fitted is None:
            return None
        font = self._fitted[1]  # as last painted; a new box or sample repaints it all anyway
        metrics = QFontMetricsF(font)
        rect = QRectF(self.contentsRect())
        old, new = advances(metrics, before), advances(metrics, text)
        if old != new or sum(new) > rect.width():  # digits have one width: a clock's seldom moves
            return None
        pad = float(round(metrics.height() * 0.1))  # the atlas's room either side of a glyph
        x = rect.center().x() - sum(new) / 2
        changed = QRectF()
        for was, now, advance in zip(before, text, new, strict=True):
            if was != now:
                reach = max(metrics.horizontalAdvance(was), metrics.horizontalAdvance(now)) + 2 * pad
                changed = changed.united(QRectF(x - (reach - advance) / 2 - 1, 0, reach + 2, self.height()))
            x += advance
        return changed.toAlignedRect() if not changed.isEmpty() else QRect()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        font = self.fitted_font()
        metrics = QFontMetricsF(font)
        rect = QRectF(self.contentsRect())
        text = self._text
        if sum(advances(metrics, text)) > rect.width():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        atlas = self._atlas(font, self.palette().color(QPalette.ColorRole.WindowText), self.devicePixelRatioF())
        drawn = advances(metrics, text)
        x = rect.center().x() - sum(drawn) / 2  # centred, as drawText(AlignCenter) would
        # The capitals' middle on the box's middle (not the line's, which has room for descenders).
        top = round(rect.center().y() + metrics.capHeight() / 2 - metrics.ascent())
        for ch, advance in zip(text, drawn, strict=True):
            pixmap, pad = atlas.glyph(ch)
            # A tightened character is drawn in the middle of its narrower cell.
            inset = (metrics.horizontalAdvance(ch) - advance) / 2
            painter.drawPixmap(QPointF(round(x - pad - inset), top), pixmap)
            x += advance
        painter.end()

    def _atlas(self, font: QFont, colour: QColor, ratio: float) -> _GlyphAtlas:
        key = (font.key(), colour.rgba(), ratio)
        atlas = self._glyphs
        if atlas is None or atlas.key != key:
            atlas = self._glyphs = _GlyphAtlas(key, font, colour, ratio)
        return atlas


class _GlyphAtlas:
    """Each character of one font, colour and pixel ratio, rendered once (antialiased, transparent)."""

    MAX_GLYPHS = 256  # a label shows digits and a few signs; anything else is drawn, not kept

    def __init__(self, key: tuple[object, ...], font: QFont, colour: QColor, ratio: float) -> None:
        self.key = key
        self._font, self._colour, self._ratio = font, colour, ratio
        self._metrics = QFontMetricsF(font)
        # A little room either side of each glyph: some reach past their advance.
        self.pad = float(round(self._metrics.height() * 0.1))
        self._glyphs: dict[str, QPixmap] = {}

    def glyph(self, ch: str) -> tuple[QPixmap, float]:
        """The character's pixmap, and how far left of the pen position to draw it."""
        found = self._glyphs.get(ch)
        if found is None:
            found = self._render(ch)
            if len(self._glyphs) < self.MAX_GLYPHS:
                self._glyphs[ch] = found
        return found, self.pad

    def _render(self, ch: str) -> QPixmap:
        metrics, pad = self._metrics, self.pad
        width, height = metrics.horizontalAdvance(ch) + 2 * pad, metrics.height()
        pixmap = QPixmap(max(1, round(width * self._ratio)), max(1, round(height * self._ratio)))
        pixmap.setDevicePixelRatio(self._ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        painter.setPen(self._colour)
        painter.drawText(QPointF(pad, metrics.ascent()), ch)
        painter.end()
        return pixmap
