"""Tab through every control without losing the show's keys.

The show's keys (Space, ←/→, N, G, Return, ↑/↓ for the queue…) are window shortcuts: in Qt a
shortcut wins over the focused widget, which is what lets the moderator start the show with a
table focused. Two kinds of control need some keys back when they have the keyboard focus:

- a button reached by Tab is pressed by Space or Return, as everywhere else on the desktop
  (Space must not pause the show when a screen-reader user presses "Next");
- a table or list reached by Tab moves its current row with ↑/↓, Page Up/Down, Home and End
  (so the screen reader reads each row); ←/→ stay Previous/Next, as on the countdown;
- a tab bar reached by Tab shows the page before or after with ←/→.

Controls take the focus by Tab only, never by a click: a click on a table or a button leaves the
keys with the show, as the moderator expects under stage lights.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTabBar, QWidget

#: Keys a focused button keeps (Space presses it; Return and Enter press it too).
BUTTON_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})
#: Keys a focused table or list keeps: they move its current row.
ROW_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
)
#: Keys a focused tab bar keeps: they show the page before or after.
TAB_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right})
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class KeptKeys(QObject):
    """An event filter: while its widget has the focus, `keys` (unmodified) are the widget's."""

    def __init__(self, widget: QWidget, keys: frozenset[Qt.Key]) -> None:
        super().__init__(widget)
        self.keys = keys
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in self.keys or event.modifiers() not in _PLAIN:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the widget, not to the window's shortcut
            return True
        if isinstance(watched, QAbstractButton) and event.key() != Qt.Key.Key_Space:
            watched.click()  # a tool button does nothing on Return by itself
            return True
        return False


def reachable_by_tab(widget: QWidget, keys: frozenset[Qt.Key] | None = None) -> None:
    """`widget` takes the focus by Tab (not by a click) and keeps `keys` while it has it
    (a button's keys for a button, a list's row keys otherwise)."""
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)  # Tab leaves the table (Qt's default walks its cells)
    if keys is not None:
        chosen = keys
    elif isinstance(widget, QAbstractButton):
        chosen = BUTTON_KEYS
    else:
        chosen = TAB_KEYS if isinstance(widget, QTabBar) else ROW_KEYS
    if chosen and not widget.findChildren(KeptKeys, options=Qt.FindChildOption.FindDirectChildrenOnly):
        KeptKeys(widget, chosen)


def takes_tab(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def next_by_tab(order: Sequence[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """The control Tab (`forward`) or Shift+Tab goes to from `current`, in `order`, round the end.

    Qt's own focus chain runs through every widget of the window in the order they were made
    and moves blocks of it on each setTabOrder; a window built in stages is easier to read as
    one list. Hidden and disabled controls are passed over; a control outside the list (or
    nothing focused) goes to the first (or the last)."""
    reachable = [w for w in order if takes_tab(w)]
    if not reachable:
        return None
    at = _place(order, current)
    if at is None:
        return reachable[0] if forward else reachable[-1]
    step = 1 if forward else -1
    for offset in range(1, len(order) + 1):
        candidate = order[(at + step * offset) % len(order)]
        if takes_tab(candidate):
            return candidate
    return None


def _place(order: Sequence[QWidget], current: QWidget | None) -> int | None:
    """Where `current` is in `order`: itself, or its nearest ancestor there (a table's editor)."""
    widget = current
    while widget is not None:
        at = next((i for i, w in enumerate(order) if w is widget), None)
        if at is not None:
            return at
        widget = widget.parentWidget()
    return None
