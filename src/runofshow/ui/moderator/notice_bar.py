"""Notices about the app itself (recovered session, damaged journal, file changed, clock jumped).

A notice sits over the digits in their column (the digits give way, never the parts beside them):
three lines at the most ("…" after; the whole notice is said to a screen reader), and in a
narrow column the buttons say their keys with a word or a sign rather than widening it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from runofshow.ui.widgets.accessible import name_plainly
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import LinesLabel, mnemonic_free
from runofshow.ui.widgets.style import set_state


class NoticeBar(QFrame):
    changed = Signal()  # a notice came, or went

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.label = LinesLabel(3)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._action_words = ("", "")  # the action button's text, and its short form
        self.action_button = QPushButton()
        reachable_by_tab(self.action_button)
        self.action_button.hide()
        self._close_words = (translate("NoticeBar", "OK  [Esc]"), translate("NoticeBar", "✓ [Esc]"))
        self.close_button = QPushButton(self._close_words[0])
        self.close_button.setAccessibleName(translate("NoticeBar", "Dismiss the notice"))
        reachable_by_tab(self.close_button)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._lines: list[str] = []
        self._action: Callable[[], object] | None = None
        # Set by the window: says a new notice to a screen reader (text, urgent).
        self.spoken: Callable[[str, bool], object] | None = None
        self.hide()

    def notify(
        self,
        text: str,
        *,
        level: str = "info",
        action: tuple[str, Callable[[], object]] | None = None,
        short: str = "",
    ) -> None:
        """Show `text` (added to any notice already shown); `action` is (button text, callable),
        `short` the button's text in a narrow column."""
        if text not in self._lines:
            self._lines.append(text)
            if self.spoken is not None:
                self.spoken(text, level in ("error", "warning"))
        self.label.setText("\n".join(self._lines))
        set_state(self, level)
        if action is not None:
            label, callback = action
            if self._action is not None:
                self.action_button.clicked.disconnect()
            self._action_words = (mnemonic_free(label), mnemonic_free(short or label))
            self._fit_buttons()
            name_plainly(self.action_button, label)
            self.action_button.clicked.connect(callback)
            self._action = callback
            self.action_button.show()
        self.show()
        self.changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """In a narrow column (a laptop at large text) the buttons' short forms: the notice's
        words get the width."""
        metrics = self.close_button.fontMetrics()
        words = self._action_words[0] + self._close_words[0]
        wide = self.width() > 2.2 * metrics.horizontalAdvance(words)
        self.close_button.setText(self._close_words[0 if wide else 1])
        if self._action_words[0]:
            self.action_button.setText(self._action_words[0 if wide else 1])

    def action(self) -> tuple[str, Callable[[], object]] | None:
        """The button's short text and what it does, while a notice with an action is up."""
        if self._action is None or not self._lines:
            return None
        return self._action_words[1], self._action

    def withdraw(self, text: str) -> None:
        """Take one line back (what it said is no longer so); the bar goes when none is left."""
        if text not in self._lines:
            return
        self._lines.remove(text)
        if not self._lines:
            self.dismiss()
        else:
            self.label.setText("\n".join(self._lines))

    def dismiss(self) -> None:
        self._lines.clear()
        self.label.setText("")
        if self._action is not None:
            self.action_button.clicked.disconnect()
            self._action = None
        self.action_button.hide()
        self.hide()
        self.changed.emit()
