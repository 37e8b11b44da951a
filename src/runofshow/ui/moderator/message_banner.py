"""A banner for messages to the moderator, acknowledged with one key.

It sits over the digits in their column: when it comes, the digits give way (down to a fifth of
the window), never the queue or the details beside them. Four lines at the most, however long
the message ("…" after; the whole message is its accessible name and tooltip, the stage
manager's window and F2 say it); the button says its key alone when the column is narrow."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from runofshow.core.announcements import BOOTH_SIGNALS
from runofshow.core.kinds import Recipient
from runofshow.core.messages import Message
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import clock_text, translate, words_text
from runofshow.ui.widgets.plain_text import LinesLabel, plain_tip

#: A message of a sentence or two is read whole in the digits' column of a 1280×720 laptop at
#: 150% (two lines cut "Minister arriving in 5 minutes: keep the last slot for her" short; three
#: still lost "for her"); the digits give way for the lines it takes, never below a fifth.
MAX_LINES = 4


class MessageBanner(QFrame):
    shown = Signal(bool)  # a message came (True) or the last was seen (False): the countdown makes room

    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._controller = controller
        self.label = LinesLabel(MAX_LINES)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._words = translate("MessageBanner", "Acknowledge  [K]")
        self._short = translate("MessageBanner", "✓ [K]")
        self.button = QPushButton(self._words)
        self.button.setAccessibleName(translate("MessageBanner", "Acknowledge"))
        reachable_by_tab(self.button)
        self.button.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        controller.changed.connect(self.refresh)
        self.showing = False  # a message is up (what `shown` last said)
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
            if self.showing:
                self.showing = False
                self.shown.emit(False)
            return
        waiting = sum(1 for m in self._controller.show.messages if m.to is Recipient.MODERATOR and not m.acknowledged)
        tz = self._controller.show.event.info.tz
        more = translate("MessageBanner", "   (+{count} more)").format(count=waiting - 1) if waiting > 1 else ""
        at = clock_text(message.at.wall.astimezone(tz), seconds=False)  # the message has the room
        if message.sender == "booth":
            line = translate("MessageBanner", "✉ FROM THE BOOTH {time}: {text}{more}")
        elif message.sender:
            line = translate("MessageBanner", "✉ FROM {sender} {time}: {text}{more}")
        else:
            line = translate("MessageBanner", "✉ FROM STAGE {time}: {text}{more}")
        # The booth's signals come in English; they show in the moderator's language.
        text = words_text(BOOTH_SIGNALS.get(message.text, message.text)) if message.sender == "booth" else message.text
        whole = line.format(sender=message.sender.upper(), time=at, text=text, more=more)
        self.label.setText(whole)
        self.label.setToolTip(plain_tip(whole))
        self.show()
        if not self.showing:
            self.showing = True
            self.shown.emit(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Narrow (the digits' column on a laptop at large text): the key alone, the message the room.
        wide = self.width() > 3 * self.button.fontMetrics().horizontalAdvance(self._words)
        self.button.setText(self._words if wide else self._short)

    def acknowledge(self) -> None:
        message = self.pending()
        if message is not None:
            self._controller.act("message_ack", id=message.id)
