"""Notices about the app itself (recovered session, damaged journal, file changed, clock jumped)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from runofshow.ui.accessible import name_plainly
from runofshow.ui.focus_keys import reachable_by_tab
from runofshow.ui.i18n import translate
from runofshow.ui.plain_text import PlainLabel, mnemonic_free
from runofshow.ui.style import set_state


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.label = PlainLabel(wordWrap=True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        reachable_by_tab(self.action_button)
        self.action_button.hide()
        self.close_button = QPushButton(translate("NoticeBar", "OK  [Esc]"))
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

    def notify(self, text: str, *, level: str = "info", action: tuple[str, Callable[[], object]] | None = None) -> None:
        """Show `text` (added to any notice already shown); `action` is (button text, callable)."""
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
            self.action_button.setText(mnemonic_free(label))
            name_plainly(self.action_button, label)
            self.action_button.clicked.connect(callback)
            self._action = callback
            self.action_button.show()
        self.show()

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
