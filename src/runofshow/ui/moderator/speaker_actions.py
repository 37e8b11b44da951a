"""The moderator's speaker keys and menu: call the next speaker, edit the queue, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from runofshow.ui.moderator.add_speaker_dialog import AddSpeakerDialog
from runofshow.ui.moderator.queue_panel import QueuePanel
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import plain_tip


class SpeakerActions(QObject):
    """Builds the Speakers menu on `window`; acts on the queue panel's selected entry."""

    def __init__(self, window: QMainWindow, controller: ShowController) -> None:
        super().__init__(window)
        self.proxies: list[QAction] = []  # the toolbar's buttons for these actions (toolbar_actions)
        self._window = window
        self._controller = controller
        self._panel: QueuePanel | None = None
        c = controller
        make = self._make
        self.call_next = make(
            translate("SpeakerActions", "Give the floor to the next speaker"),
            ["G", "Return", "Enter"],
            lambda: c.act("speaker_next"),
        )
        self.end_turn = make(translate("SpeakerActions", "End this turn"), ["E"], lambda: c.act("speaker_stop"))
        self.hold = make(translate("SpeakerActions", "Pause / resume the speaker"), ["H"], self._hold)
        self.more = make(translate("SpeakerActions", "Speaker +30 s"), ["]"], lambda: c.act("speaker_time", seconds=30))
        self.less = make(
            translate("SpeakerActions", "Speaker −30 s"), ["["], lambda: c.act("speaker_time", seconds=-30)
        )
        self.add = make(translate("SpeakerActions", "Add a speaker…"), ["A", "Insert"], self._add)
        self.select_up = make(
            translate("SpeakerActions", "Select the speaker above"), ["Up"], lambda: self.panel.move_selection(-1)
        )
        self.select_down = make(
            translate("SpeakerActions", "Select the speaker below"), ["Down"], lambda: self.panel.move_selection(1)
        )
        self.move_up = make(translate("SpeakerActions", "Move up"), ["Alt+Up"], lambda: self._move(-1))
        self.move_down = make(translate("SpeakerActions", "Move down"), ["Alt+Down"], lambda: self._move(1))
        self.move_top = make(translate("SpeakerActions", "Move to the top"), ["Alt+Home"], lambda: self._move(None))
        self.skip = make(translate("SpeakerActions", "Skip"), ["S"], lambda: self._on_selected("speaker_skip"))
        self.requeue = make(
            translate("SpeakerActions", "Return to the queue"), ["R"], lambda: self._on_selected("speaker_requeue")
        )
        self.remove = make(
            translate("SpeakerActions", "Remove from the queue"),
            ["Delete"],
            lambda: self._on_selected("speaker_remove"),
        )
        self.accept = make(
            translate("SpeakerActions", "Accept the request to speak"), ["Y"], lambda: self._on_request("floor_accept")
        )
        self.decline = make(
            translate("SpeakerActions", "Decline the request to speak"),
            ["D"],
            lambda: self._on_request("floor_decline"),
        )
        self.undo = make(translate("SpeakerActions", "Undo"), ["Ctrl+Z"], lambda: c.act("undo"))

    def _make(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(plain_tip(f"{text} ({' or '.join(keys)})"))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    @property
    def panel(self) -> QueuePanel:
        assert self._panel is not None, "attach a queue panel first"
        return self._panel

    def attach(self, panel: QueuePanel) -> None:
        self._panel = panel

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.call_next, self.end_turn, self.hold, self.more, self.less])
        menu.addSeparator()
        menu.addActions([self.add, self.select_up, self.select_down, self.move_up, self.move_down, self.move_top])
        menu.addActions([self.skip, self.requeue, self.remove])
        menu.addSeparator()
        menu.addActions([self.accept, self.decline])
        menu.addSeparator()
        menu.addAction(self.undo)

    def context_actions(self) -> list[QAction]:
        """The queue's right-click menu."""
        return [
            self.call_next, self.end_turn, self.hold, self.add, self.move_up, self.move_down, self.move_top,
            self.skip, self.requeue, self.remove, self.accept, self.decline, self.undo,
        ]  # fmt: skip

    def toolbar_actions(self) -> list[QAction]:
        """Speaker buttons for the main toolbar, with short labels."""
        labels = {
            self.call_next: translate("SpeakerActions", "🗣 Next speaker  [G]"),
            self.add: translate("SpeakerActions", "+ Speaker  [A]"),
            self.undo: translate("SpeakerActions", "↶ Undo"),
        }
        proxies = []
        for action, text in labels.items():
            proxy = QAction(text.replace("🗣 ", "▶ "), self._window)
            proxy.setToolTip(action.toolTip())
            proxy.setProperty("plain", action.text())  # its name for a screen reader: "Add a speaker"
            proxy.triggered.connect(action.trigger)
            proxies.append(proxy)
        self.proxies = proxies
        return proxies

    # --- behaviour -----------------------------------------------------------------------
    def _segment_id(self) -> str:
        return self.panel.model.segment_id

    def _hold(self) -> None:
        queue = self.panel.model.queue
        speaking = queue.speaking
        turn = speaking.current if speaking else None
        action = "speaker_pause" if turn is not None and turn.running else "speaker_resume"
        self._controller.act(action)

    def _add(self) -> None:
        chosen = AddSpeakerDialog.ask(self._window, self._controller.show.event.people)
        if chosen is not None:
            command = chosen.command()
            self._controller.act(str(command.pop("action")), **command, segment=self._segment_id())
        focus = getattr(self._window, "focus_show", None)
        if focus is not None:
            focus()

    def _on_request(self, action: str) -> None:
        """Accept or decline the selected request, or the first one waiting."""
        request = self.panel.selected_request()
        if request is None:
            self._controller.failed.emit(translate("SpeakerActions", "no one is asking for the floor"))
            return
        self._controller.act(action, request=request)

    def _on_selected(self, action: str) -> None:
        entry_id = self.panel.selected_id()
        if entry_id is None:
            self._controller.failed.emit(translate("SpeakerActions", "select a speaker first (Up/Down or a click)"))
            return
        self._controller.act(action, speaker=entry_id, segment=self._segment_id())
        self.panel.select_id(entry_id)

    def _move(self, delta: int | None) -> None:
        entry_id = self.panel.selected_id()
        if entry_id is None:
            self._controller.failed.emit(translate("SpeakerActions", "select a speaker first (Up/Down or a click)"))
            return
        current = self.panel.model.queue.index(entry_id)
        target = 0 if delta is None else current + delta
        if target < 0 or target >= len(self.panel.model.queue.entries):
            return
        if self._controller.act("speaker_move", speaker=entry_id, position=target, segment=self._segment_id()):
            self.panel.select_id(entry_id)
