"""Every button of the toolbar in sight, whatever the text size and the window's width.

When the labels with their keys ("Next ▶▶  [→]") do not fit (large text, a small screen), the
buttons say their words alone (the keys stay in the tooltips, the menus and F1), then the signs
alone where the signs say it (◀◀ ▶▶), rather than hide behind ». Measured with the buttons' own
size hints, as styled. Each button is named by its words for a screen reader whatever it shows.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from runofshow.ui.widgets.accessible import KEY_HINT, name_plainly


def fit_toolbar(bar: QToolBar, room: int, signs: dict[QAction, str]) -> int:
    """Label `bar`'s buttons to fit `room` pixels; `signs` are the last resort's labels. Returns
    the level used: 0 words and keys, 1 words, 2 signs."""
    actions = [a for a in bar.actions() if not a.isSeparator() and a.isVisible()]
    metrics = bar.fontMetrics()
    padding = 2 * metrics.averageCharWidth() + 26  # a button's margins and border, about

    def labels(level: int) -> list[str]:
        texts = [a.text() if level == 0 else KEY_HINT.sub("", a.text()) for a in actions]
        if level == 2:
            texts = [signs.get(a, text) for a, text in zip(actions, texts, strict=True)]
        return texts

    def width(level: int) -> int:
        total = 0
        for action, text in zip(actions, labels(level), strict=True):
            # None for an action not (yet) on the bar, whatever the stubs say.
            button: QWidget | None = bar.widgetForAction(action)
            if button is None:
                total += metrics.horizontalAdvance(text) + padding
                continue
            action.setIconText(text)
            total += button.sizeHint().width() + 6
        return total

    level = next((n for n in (0, 1) if width(n) <= room), 2)
    for action, text in zip(actions, labels(level), strict=True):
        action.setIconText(text)
        button = bar.widgetForAction(action)
        if button is not None:
            # "Start", not "▶ Start [Space]" read aloud; a proxy says what its action does.
            name_plainly(button, str(action.property("plain") or action.text()))
    return level
