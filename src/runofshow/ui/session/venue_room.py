"""A room of the venue: its show published to the venue's broker, its moderator's messages from it.

The link (net/venue_link.py) lives as long as the app; `attach` points it at the controller of
the run on screen (a reload brings a new one). The state goes out on every change and every
VENUE_EVERY_S while running, built on the GUI thread from the frame the window paints; the
moderator's acknowledgements of venue messages go back once each. Messages from the venue come
in through a MainThreadPort, as validated commands, like the API's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from runofshow.core.clock import Instant
from runofshow.net.venue_link import VenueLink, room_state, venue_acks
from runofshow.net.venue_topics import local_hm
from runofshow.ui.session.controller import ShowController
from runofshow.ui.session.remote_port import MainThreadPort
from runofshow.ui.widgets.i18n import translate, words_text

VENUE_EVERY_S = 5.0  # a running room's state at least this often (the change of a second is not news)


class VenueRoom(QObject):
    # "venue: online since 14:02" / "venue: offline" / what is wrong ("venue: the broker refused
    # user r2 — check the password"), for the status bar
    status_changed = Signal(str)

    def __init__(self, link: VenueLink, room_name: str) -> None:
        super().__init__()
        self._status = ""
        self.link = link
        self.room_name = room_name
        self._controller: ShowController | None = None
        self._port: MainThreadPort | None = None
        self._last_sent: float | None = None
        self._started = False

    def command(self, data: dict[str, Any]) -> object:
        """From the broker's thread: a venue message, applied on the GUI thread (read at call
        time: after a reload it is the new run's)."""
        port = self._port
        return port.command(data) if port is not None else None

    def attach(self, controller: ShowController) -> None:
        """Follow `controller`'s run; the first time, connect: a message the broker kept for the
        room while it was away arrives as soon as it connects, and must find the show there."""
        self._controller = controller
        self._port = MainThreadPort(controller)
        controller.extras["venue"] = self.link_state
        if not self._started:
            self._started = True
            self.link.start()
        controller.changed.connect(self._publish)
        controller.tick.connect(self._tick)
        self._publish()

    def _publish(self) -> None:
        controller = self._controller
        if controller is None:
            return
        frame = controller.frame
        state = frame.snapshot()
        self.link.publish_state(room_state(state, self.link.room, self.room_name))
        self.link.publish_acks(venue_acks(state))
        self._last_sent = frame.now.mono

    def _tick(self) -> None:
        status = self.status_text()
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
        controller = self._controller
        if controller is None or not controller.show.running:
            return
        now: Instant = controller.frame.now
        if self._last_sent is None or now.mono - self._last_sent >= VENUE_EVERY_S - 0.05:
            self._publish()

    def link_state(self) -> dict[str, Any]:
        """The link's health in the room's own state (the control token's view): a refused login
        or a broken link is said there too, not only in the window."""
        online, since = self.link.status()
        problem, warning = self.link.problem(), self.link.warning()
        return {
            "room": self.link.room,
            "online": online,
            "since": since,
            "refused": self.link.refused,  # messages from the venue refused (each answered on `errors`)
            "problem": str(problem) if problem is not None else None,
            "warning": str(warning) if warning is not None else None,
        }

    def status_text(self) -> str:
        """Online or offline, or what keeps the link from working (a refused login, TLS, a link
        that broke: never "offline" as if the broker were down); a broker open to anyone, too."""
        online, since = self.link.status()
        problem, warning = self.link.problem(), self.link.warning()
        if problem is not None:
            text = translate("VenueRoom", "venue: {problem}").format(problem=words_text(problem))
        elif online:
            text = translate("VenueRoom", "venue: online since {time}").format(time=local_hm(since))
        else:
            text = translate("VenueRoom", "venue: offline")
        if warning is not None:
            text += "  ⚠ " + words_text(warning)
        return text
