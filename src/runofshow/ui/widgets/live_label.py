"""Labels for readings that change every second, without re-laying out the window.

A QLabel asks its layout to recompute on every setText, so a clock in a label makes the whole
window re-layout once a second. A `LiveLabel` keeps a size hint taken from a sample text and
only repaints itself. Colours and fonts still come from the style sheet (palette and font).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOption, QWidget

from runofshow.ui.widgets.accessible import install_roles


class LiveLabel(QWidget):
    def __init__(
        self,
        sample: str,
        parent: QWidget | None = None,
        *,
        name: str = "",
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        shrink: float = 1.0,
    ) -> None:
        """`shrink` below 1: a text too wide for the label is drawn smaller, down to that share of
        the style sheet's size, before it is cut short with "…" (a speaker must read a whole message)."""
        super().__init__(parent)
        install_roles()  # a reading is static text for assistive technology
        if name:
            self.setObjectName(name)
        self._text = ""
        self._choices: tuple[str, ...] = ()  # shorter forms of the text, the first that fits is drawn
        self.keep_shortest = False  # True: never narrower than the shortest form (it is never cut)
        self._sample = sample
        self._align = align
        self._shrink = shrink
        # Wants the sample's width, shrinks (eliding) down to the minimum when space is short.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name, so callers read alike)
        self.set_choices(text)

    def set_choices(self, text: str, *shorter: str) -> None:
        """`text`, or when it does not fit the label's width the first of the `shorter` forms
        that does (the name whole without the role, say): dropping words beats cutting one."""
        if text != self._text or shorter != self._choices:
            before = self._text if not shorter and not self._choices else None
            self._text = text
            self._choices = shorter
            # Screen readers read what is painted (a painted label has no text of its own).
            self.setAccessibleName(text)
            self.repaint_changed(before)

    def repaint_changed(self, before: str | None) -> None:
        """Mark for repaint what the new text changes (`before`: the text painted until now,
        None when shorter forms were involved): here, the whole label."""
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._sample) + margins.left() + margins.right() + 4
        height = metrics.height() + margins.top() + margins.bottom() + 2
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if self.keep_shortest:
            width = QFontMetricsF(self.font()).horizontalAdvance(self.shortest()) + 4
            return QSize(int(width) + 1, self.sizeHint().height())
        return QSize(10, self.sizeHint().height())

    def paint_font(self) -> QFont:
        return self.font()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        # The style sheet's background and border for this widget, if it sets any.
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self.paint_font()
        rect = self.contentsRect()
        if self._shrink < 1.0:
            font = self._shrunk(font, rect.width())
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = QFontMetricsF(font).elidedText(self.shown_text(font), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self._align), text)
        painter.end()

    def set_sample(self, sample: str) -> None:
        """The text the label's size hint is taken from."""
        if sample != self._sample:
            self._sample = sample
            self.updateGeometry()

    def shortest(self) -> str:
        """The last form the label falls back to."""
        return self._choices[-1] if self._choices else self._text

    def shown_text(self, font: QFont | None = None) -> str:
        """The text, or the first shorter form that fits (the last one, cut, if none does)."""
        if not self._choices:
            return self._text
        metrics = QFontMetricsF(font or self.paint_font())
        width = self.contentsRect().width()
        for text in (self._text, *self._choices):
            if metrics.horizontalAdvance(text) <= width:
                return text
        return self._choices[-1]

    def _shrunk(self, font: QFont, width: float) -> QFont:
        wanted = QFontMetricsF(font).horizontalAdvance(self._text)
        if wanted <= width or wanted <= 0:
            return font
        scale = max(self._shrink, width / wanted * 0.98)
        smaller = QFont(font)
        if font.pixelSize() > 0:
            smaller.setPixelSize(max(1, int(font.pixelSize() * scale)))
        else:
            smaller.setPointSizeF(max(1.0, font.pointSizeF() * scale))
        return smaller
