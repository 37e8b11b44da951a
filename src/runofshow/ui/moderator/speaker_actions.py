"""The moderator's speaker keys and menu: call the next speaker, edit the queue, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from runofshow.ui.moderator.add_speaker_dialog import AddSpeakerDialog
from runofshow.ui.moderator.keys import build_actions, speaker_keys
from runofshow.ui.moderator.queue_panel import QueuePanel
from runofshow.ui.session.controller import ShowController
from runofshow.ui.widgets.i18n import translate


class SpeakerActions(QObject):
    """The Speakers menu's actions on `window` (keys.py: their texts, keys and places); they act
    on the queue panel's selected entry."""

    call_next: QAction
    end_turn: QAction
    hold: QAction
    more: QAction
    less: QAction
    add: QAction
    select_up: QAction
    select_down: QAction
    move_up: QAction
    move_down: QAction
    move_top: QAction
    skip: QAction
    requeue: QAction
    remove: QAction
    accept: QAction
    decline: QAction
    undo: QAction

    def __init__(self, window: QMainWindow, controller: ShowController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._panel: QueuePanel | None = None
        # Every action by its name in the table.
        self.keyed = build_actions(window, speaker_keys(), self._slots())
        for name, action in self.keyed.items():
            setattr(self, name, action)

    def _slots(self) -> dict[str, Callable[..., object]]:
        """What each of the Speakers menu's actions does, by its name in the table."""
        c = self._controller
        return {
            "call_next": lambda: c.act("speaker_next"),
            "end_turn": lambda: c.act("speaker_stop"),
            "hold": self._hold,
            "more": lambda: c.act("speaker_time", seconds=30),
            "less": lambda: c.act("speaker_time", seconds=-30),
            "add": self._add,
            "select_up": lambda: self.panel.move_selection(-1),
            "select_down": lambda: self.panel.move_selection(1),
            "move_up": lambda: self._move(-1),
            "move_down": lambda: self._move(1),
            "move_top": lambda: self._move(None),
            "skip": lambda: self._on_selected("speaker_skip"),
            "requeue": lambda: self._on_selected("speaker_requeue"),
            "remove": lambda: self._on_selected("speaker_remove"),
            "accept": lambda: self._on_request("floor_accept"),
            "decline": lambda: self._on_request("floor_decline"),
            "undo": lambda: c.act("undo"),
        }

    @property
    def panel(self) -> QueuePanel:
        assert self._panel is not None, "attach a queue panel first"
        return self._panel

    def attach(self, panel: QueuePanel) -> None:
        self._panel = panel

    def context_actions(self) -> list[QAction]:
        """The queue's right-click menu."""
        return [self.keyed[key.name] for key in speaker_keys() if key.queue]

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
