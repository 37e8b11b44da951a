"""The moderator's Speaker display menu: which screen, show/hide, swap, blank, options, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from runofshow.core.kinds import Recipient
from runofshow.ui.displays.screens import find_screen, mirrored, screen_key, screen_label
from runofshow.ui.displays.speaker_display import SpeakerDisplay
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate


def speaker_presets() -> tuple[str, ...]:
    """Ready-made messages for the speaker display, in the chosen language."""
    return (
        translate("DisplayActions", "2 MINUTES"),
        translate("DisplayActions", "PLEASE CONCLUDE"),
        translate("DisplayActions", "SLOW DOWN FOR INTERPRETATION"),
    )


class MessageDialog:
    @classmethod
    def ask(cls, parent: QMainWindow) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            translate("DisplayActions", "Message to the speaker"),
            translate("DisplayActions", "Message (shown large on the speaker display):"),
        )
        return text.strip() if ok and text.strip() else None


class DisplayActions(QObject):
    #: (screen key, stop at zero, flash): the composition root saves them as settings.
    options_changed = Signal(str, bool, bool)
    notice = Signal(str)
    withdrawn = Signal(str)  # a notice that no longer holds (the display was hidden)

    def __init__(
        self, window: QMainWindow, controller: ShowController, *, screen: str, stop_at_zero: bool, flash: bool
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self.screen_key = screen
        self._display: SpeakerDisplay | None = None  # built on first use: start-up stays quick
        self._stop_at_zero, self._flash = stop_at_zero, flash
        self.menu = QMenu(translate("DisplayActions", "Speaker &display"), window)
        self.act_show = self._add(
            translate("DisplayActions", "Show the speaker display"), "Ctrl+D", self.toggle, checkable=True
        )
        self.act_swap = self._add(translate("DisplayActions", "Move it to the next screen"), "Ctrl+Shift+D", self.swap)
        self.act_blank = self._add(translate("DisplayActions", "Blank it"), "Ctrl+B", self._blank, checkable=True)
        self.screens_menu = self.menu.addMenu(translate("DisplayActions", "Screen"))
        self.menu.addSeparator()
        self.act_zero = self._add(
            translate("DisplayActions", "Stop at 0:00 for the speaker"), None, self._options, checkable=True
        )
        self.act_zero.setChecked(stop_at_zero)
        self.act_flash = self._add(
            translate("DisplayActions", "Flash when time runs out"), None, self._options, checkable=True
        )
        self.act_flash.setChecked(flash)
        self.menu.addSeparator()
        messages = self.menu.addMenu(translate("DisplayActions", "Message to the speaker"))
        for text in speaker_presets():
            action = messages.addAction(text)
            action.triggered.connect(lambda _=False, t=text: self.send(t))
        other = messages.addAction(translate("DisplayActions", "Other…"))
        other.triggered.connect(self._other)
        clear = messages.addAction(translate("DisplayActions", "Clear the message"))
        clear.triggered.connect(self.clear_messages)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        self._fill_screens()

    @property
    def display(self) -> SpeakerDisplay:
        if self._display is None:
            self._display = SpeakerDisplay(self._controller, stop_at_zero=self._stop_at_zero, flash=self._flash)
            self._display.hidden.connect(self._hidden)
        return self._display

    def _add(self, text: str, key: str | None, slot: Callable[..., object], *, checkable: bool = False) -> QAction:
        action = QAction(text, self._window)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        group = QActionGroup(self.screens_menu)
        for screen in QGuiApplication.screens():
            action = self.screens_menu.addAction(screen_label(screen))
            action.setCheckable(True)
            action.setChecked(screen_key(screen) == self.screen_key)
            group.addAction(action)
            action.triggered.connect(lambda _=False, s=screen: self.place(s))

    # --- placing ----------------------------------------------------------------------------
    def target(self) -> QScreen | None:
        chosen = find_screen(self.screen_key)
        if chosen is not None:
            return chosen
        others = [s for s in QGuiApplication.screens() if s is not self._window.screen()]
        return others[0] if others else QGuiApplication.primaryScreen()

    def place(self, screen: QScreen) -> None:
        self.screen_key = screen_key(screen)
        self._fill_screens()
        self.display.setScreen(screen)
        self.display.setGeometry(screen.geometry())
        self.display.showFullScreen()
        self.act_show.setChecked(True)
        if mirrored():
            self.notice.emit(
                translate(
                    "DisplayActions",
                    "The displays are mirrored: the speaker display covers the moderator's screen too.",
                )
            )
        elif screen is self._window.screen():
            self.notice.emit(self._one_screen_notice())
        self._save()

    def _hidden(self) -> None:
        self.act_show.setChecked(False)
        self.withdrawn.emit(self._one_screen_notice())

    @staticmethod
    def _one_screen_notice() -> str:
        return translate(
            "DisplayActions",
            "The speaker display is on the moderator's screen (Ctrl+Shift+D moves it; Esc on it hides it).",
        )

    def toggle(self) -> None:
        if self.display.isVisible():
            self.display.hide()
            self._hidden()
            return
        screen = self.target()
        if screen is not None:
            self.place(screen)

    def swap(self) -> None:
        screens = QGuiApplication.screens()
        current = find_screen(self.screen_key)
        index = screens.index(current) if current in screens else -1
        self.place(screens[(index + 1) % len(screens)])

    def _screens_changed(self) -> None:
        self._fill_screens()
        wanted = find_screen(self.screen_key)
        if self.act_show.isChecked() and wanted is not None:
            self.display.setScreen(wanted)
            self.display.setGeometry(wanted.geometry())
            self.display.showFullScreen()
        elif self.act_show.isChecked() and self._display is not None and self._display.isVisible():
            self.display.hide()
            self.notice.emit(
                translate(
                    "DisplayActions", "The speaker display's screen was unplugged; it comes back when the screen does."
                )
            )

    def showing(self) -> bool:
        """The speaker display is shown and not blanked."""
        return self._display is not None and self._display.isVisible() and not self._display.blanked

    def _blank(self) -> None:
        self.display.set_blank(self.act_blank.isChecked())

    def _options(self) -> None:
        self._stop_at_zero, self._flash = self.act_zero.isChecked(), self.act_flash.isChecked()
        if self._display is not None:
            self._display.stop_at_zero = self._stop_at_zero
            self._display.flash_enabled = self._flash
            self._display.refresh()
        self._save()

    def _save(self) -> None:
        self.options_changed.emit(self.screen_key, self.act_zero.isChecked(), self.act_flash.isChecked())

    # --- messages -----------------------------------------------------------------------------
    def send(self, text: str) -> None:
        self._controller.act("message", to="speaker", text=text)

    def _other(self) -> None:
        text = MessageDialog.ask(self._window)
        if text:
            self.send(text)

    def clear_messages(self) -> None:
        for message in self._controller.show.messages:
            if message.to is Recipient.SPEAKER and not message.acknowledged:
                self._controller.act("message_ack", id=message.id)

    def close(self) -> None:
        if self._display is not None:
            self._display.hide()
            self._display.deleteLater()
