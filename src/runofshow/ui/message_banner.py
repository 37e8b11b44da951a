"""A banner for messages to the moderator, acknowledged with one key."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from runofshow.core.announcements import BOOTH_SIGNALS
from runofshow.core.kinds import Recipient
from runofshow.core.messages import Message
from runofshow.ui.controller import ShowController
from runofshow.ui.focus_keys import reachable_by_tab
from runofshow.ui.i18n import clock_text, translate, words_text
from runofshow.ui.plain_text import PlainLabel


class MessageBanner(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._controller = controller
        self.label = PlainLabel(wordWrap=True)
        self.button = QPushButton(translate("MessageBanner", "Acknowledge  [K]"))
        self.button.setAccessibleName(translate("MessageBanner", "Acknowledge"))
        reachable_by_tab(self.button)
        self.button.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        controller.changed.connect(self.refresh)
        self.refresh()

    def pending(self) -> Message | None:
        """The oldest message to the moderator not yet acknowledged."""
        return next(
            (m for m in self._controller.show.messages if m.to is Recipient.MODERATOR and not m.acknowledged), None
        )

    def refresh(self) -> None:
        message = self.pending()
        if message is None:
            self.hide()
            return
        waiting = sum(1 for m in self._controller.show.messages if m.to is Recipient.MODERATOR and not m.acknowledged)
        tz = self._controller.show.event.info.tz
        more = translate("MessageBanner", "   (+{count} more)").format(count=waiting - 1) if waiting > 1 else ""
        at = clock_text(message.at.wall.astimezone(tz))
        if message.sender == "booth":
            line = translate("MessageBanner", "✉ FROM THE BOOTH {time}: {text}{more}")
        elif message.sender:
            line = translate("MessageBanner", "✉ FROM {sender} {time}: {text}{more}")
        else:
            line = translate("MessageBanner", "✉ FROM STAGE {time}: {text}{more}")
        # The booth's signals come in English; they show in the moderator's language.
        text = words_text(BOOTH_SIGNALS.get(message.text, message.text)) if message.sender == "booth" else message.text
        self.label.setText(line.format(sender=message.sender.upper(), time=at, text=text, more=more))
        self.show()

    def acknowledge(self) -> None:
        message = self.pending()
        if message is not None:
            self._controller.act("message_ack", id=message.id)
