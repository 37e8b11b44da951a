"""Text from outside is shown as typed: Qt's guess at rich text is never asked.

QLabel, QMessageBox and tooltips take any text that looks like HTML for HTML
(Qt::mightBeRichText). Names, titles, messages, notes and questions come from event files,
spreadsheets, phones on /floor, the booth, OSC and the venue's broker: a speaker named
`<img src=/dev/zero>` would make Qt read that file on the GUI thread until the app aborts, and
`<img src=FIFO>` would block it for good. So:
- every label in ui/ is a `PlainLabel` (plain text, always); a label that shows our own markup
  builds it with `rich_text`, which escapes whatever it interpolates;
- a tooltip is given as `plain_tip(text)`: escaped into rich text we wrote ourselves;
- a message box is a `plain_box` (its texts plain);
- a name on a button, a menu entry or a tab keeps its `&` (`mnemonic_free`), and a window title
  its `[*]` (`title_text`), which Qt would otherwise take for a shortcut or a modified marker.
tests/rules/test_house_rules.py fails on a `QLabel(`, `QMessageBox(` or `QInputDialog` anywhere else
in ui/, and tests/rules/test_plain_text_rule.py walks every window with markup in every outside text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text: what it is given is what it shows."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        wordWrap: bool = False,  # noqa: N803 (Qt's property names, so calls read as QLabel's)
        objectName: str = "",  # noqa: N803
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before any text: a guess is never made
        self.setWordWrap(wordWrap)
        if objectName:
            self.setObjectName(objectName)
        if text:
            self.setText(text)


class RichLabel(QLabel):
    """A label for markup the app writes itself (bold words, line breaks); every outside value in
    it goes through `rich_text`. Links are never followed from it."""

    def __init__(self, markup: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        if markup:
            self.setText(markup)


class LinesLabel(PlainLabel):
    """A plain label that wraps to at most `lines` lines, ending with "…" when the text needs
    more (what a narrow column can give a banner; the whole text is its accessible name)."""

    def __init__(self, lines: int, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__("", parent, wordWrap=True, objectName=objectName)
        self._lines = lines
        self._whole = ""

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's)
        self._whole = text
        self.setAccessibleName(text)
        self._fit()

    def text(self) -> str:
        """The whole text (what is shown may end with "…": `shown_text`)."""
        return self._whole

    def shown_text(self) -> str:
        return str(super().text())

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the style sheet's font came after the width

    def _fit(self) -> None:
        shown = fit_lines(self._whole, self.fontMetrics(), self.contentsRect().width(), self._lines)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()  # its height for the width (the lines it now takes)


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text`, or its longest start that wraps to `lines` lines at `width` with "…" after it."""
    if width <= 0:
        return text
    room = QRect(0, 0, width, 100_000)
    flags = int(Qt.TextFlag.TextWordWrap)
    # A line's height as this text draws it (a sign from a fallback font makes its line taller).
    line = max(metrics.boundingRect(room, flags, text[:1] or "M").height(), metrics.lineSpacing())
    limit = lines * line + 2
    if metrics.boundingRect(room, flags, text).height() <= limit:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start (plus the ellipsis) that still fits
        middle = (low + high + 1) // 2
        if metrics.boundingRect(room, flags, text[:middle].rstrip() + "…").height() <= limit:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def rich_text(template: str, **values: object) -> str:
    """`template` (our markup) with each value escaped: `rich_text("<b>{name}</b>", name=n)`."""
    return template.format(**{key: html.escape(str(value), quote=True) for key, value in values.items()})


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as typed (Qt would take `<b>x</b>` in a tooltip for bold)."""
    if not GuiQt.mightBeRichText(text):
        return text  # what Qt shows as plain text anyway (and what a test reads back)
    return str(GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


def mnemonic_free(text: str) -> str:
    """`text` for a button, a menu entry or a tab, whose `&` Qt takes for a shortcut key."""
    return text.replace("&", "&&")


def title_text(text: str) -> str:
    """`text` for a window title, whose `[*]` Qt takes for the "modified" marker."""
    return text.replace("[*]", "[**]")


def plain_box(parent: QWidget | None, title: str, text: str, *, icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """A message box whose title and text show as typed (its buttons are the caller's)."""
    return _box(parent, title, text, Qt.TextFormat.PlainText, icon)


def rich_box(parent: QWidget | None, title: str, markup: str, *, icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """A message box for markup the app wrote with `rich_text` (its buttons are the caller's)."""
    return _box(parent, title, markup, Qt.TextFormat.RichText, icon)


def _box(
    parent: QWidget | None, title: str, text: str, text_format: Qt.TextFormat, icon: QMessageBox.Icon | None
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setTextFormat(text_format)
    box.setWindowTitle(title_text(title))
    box.setText(text)
    if icon is not None:
        box.setIcon(icon)
    return box
