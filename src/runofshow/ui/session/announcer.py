"""The show told to a screen reader: each change as it happens, the whole situation on demand.

What to say and how urgently is the core's (core/announcements.py); this module follows the
controller's frames and hands the words to the platform's accessibility layer as announcements
(Qt's QAccessibleAnnouncementEvent: AT-SPI on Linux, UI Automation on Windows, NSAccessibility
on macOS), polite or assertive. It reads a frame at each tick and change, and speaks only what
changed: a screen reader is never read the clock every second.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from runofshow.core.announcements import Level, Situation, changes, situation, summary
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.accessible import install_roles
from runofshow.ui.widgets.i18n import words_text
from runofshow.ui.widgets.plain_text import PlainLabel


class SpokenNotice(PlainLabel):
    """The last announcement, on screen and as a notification to assistive technology.

    Screen readers that do not follow announcement events yet (Orca before 45, on Debian 12 and
    Ubuntu 22.04) speak a notification when it shows: the same words go out that way too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, objectName="spokenNotice")
        install_roles()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        # Shown again: a notification is spoken when it appears.
        self.hide()
        self.show()


class Announcer(QObject):
    def __init__(
        self, controller: ShowController, target: QWidget, level: Level = Level.ALL, notice: SpokenNotice | None = None
    ) -> None:
        """`target`: the widget the announcements come from (the main window); `notice`: where
        they are also shown (and notified, for screen readers without announcement events)."""
        super().__init__(target)
        self._controller = controller
        self._target = target
        self._notice = notice
        self.level = level
        self._last: Situation | None = situation(controller.frame)
        controller.changed.connect(self.follow)
        controller.tick.connect(self.follow)

    def follow(self) -> None:
        now = situation(self._controller.frame)
        for announcement in changes(self._last, now, self.level):
            self.announce(words_text(announcement.words), urgent=announcement.urgent)
        self._last = now

    def say_situation(self) -> str:
        """The whole situation, said now whatever the level (the moderator asked for it)."""
        text = words_text(summary(self._controller.fresh_frame()))
        self.announce(text, urgent=True)
        return text

    def announce(self, text: str, *, urgent: bool) -> None:
        announce_from(self._target, text, urgent=urgent, notice=self._notice)


def announce_from(target: QWidget, text: str, *, urgent: bool, notice: SpokenNotice | None = None) -> None:
    """Say `text` from `target`: an announcement event, and the notice's notification."""
    event = QAccessibleAnnouncementEvent(target, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if notice is not None:
        notice.say(text)
