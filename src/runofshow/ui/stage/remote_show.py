"""A show running on another laptop, followed through its live feed (`runofshow connect`).

A background thread keeps the WebSocket open and reconnects by itself; every state it receives
is handed to the GUI thread, which the stage manager's window reads like a local show.

Given a fallback (`--fallback`, the standby laptop's server), a lost link is retried at the
address it was on once, then at the other, in turn, each attempt bounded by ATTEMPT_S: the window
is on whichever answers within a few seconds of the show's laptop dying (net/fallback.py).
"""

from __future__ import annotations

import json
import queue
import threading
import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.core.clock import Clock, SystemClock
from runofshow.core.wording import Words
from runofshow.net.websocket import WebSocketClosedError
from runofshow.net.ws_client import WsClient
from runofshow.ui.widgets.i18n import translate, words_text

RECONNECT_S = 1.0
#: How long one attempt may take to open when there is another address to try: a live server on
#: the LAN answers in milliseconds; a laptop that died without a word answers nothing at all.
ATTEMPT_S = 2.0
OPEN_S = 10.0  # with one address only: as long as it takes


class Link(Protocol):
    """What RemoteShow needs of a connection (net/ws_client.py's WsClient)."""

    def connect(self) -> None: ...
    def recv(self) -> str: ...
    def send_text(self, text: str) -> None: ...
    def close(self) -> None: ...


#: Makes a link to (url, token, open timeout).
LinkFactory = Callable[[str, str, float], Link]


def _ws_link(url: str, token: str, timeout: float) -> Link:
    return WsClient(url, token, timeout=timeout)


class Addresses:
    """Which address to try next: the one followed, once more after a loss, then the others in
    turn; a pause (RECONNECT_S) only after every address failed in a row."""

    def __init__(self, first: str, fallback: str | None = None) -> None:
        self.all = (first, fallback) if fallback else (first,)
        self._at = 0
        self._failed_in_a_row = 0

    @property
    def current(self) -> str:
        return self.all[self._at]

    def answered(self) -> None:
        self._failed_in_a_row = 0

    def lost(self) -> None:
        """The link that was up went: the same address first (it may have been a moment's loss)."""
        self._failed_in_a_row = 0

    def failed(self) -> bool:
        """The current address did not answer: the next in turn; True when a pause is due."""
        self._failed_in_a_row += 1
        self._at = (self._at + 1) % len(self.all)
        return self._failed_in_a_row % len(self.all) == 0


class RemoteShow(QObject):
    changed = Signal()
    tick = Signal()
    failed = Signal(str)
    _arrived = Signal()  # from the network thread: something is waiting in the inbox

    def __init__(
        self,
        url: str,
        token: str,
        clock: Clock | None = None,
        *,
        fallback: str | None = None,
        link: LinkFactory = _ws_link,
    ) -> None:
        """`fallback`: the standby's server (http://HOST:PORT), tried in turn with `url` when the
        link is lost; `link` makes the connections (a fake one in tests)."""
        super().__init__()
        self._url = url
        self._addresses = Addresses(url, fallback)
        self._following = url
        self._open_s = ATTEMPT_S if fallback else OPEN_S
        self._link = link
        self._token = token
        self._clock: Clock = clock or SystemClock()
        self._state: dict[str, Any] | None = None
        self._received_at = self._clock.now().mono
        self._status = translate("RemoteShow", " · connecting…")
        self._lost_at: float | None = None
        self._inbox: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._client: Link | None = None
        self._stop = threading.Event()
        self._arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._ticker = QTimer(self, interval=500)
        self._ticker.timeout.connect(self.tick)
        self._thread = threading.Thread(target=self._run, name="runofshow-connect", daemon=True)

    def start(self) -> None:
        self._ticker.start()
        self._thread.start()

    def wait_for_state(self, timeout: float) -> bool:
        """Block (before the window exists) until the first state arrives."""
        deadline = self._clock.now().mono + timeout
        while self._state is None and self._clock.now().mono < deadline:
            try:
                kind, value = self._inbox.get(timeout=0.1)
            except queue.Empty:
                continue
            self._take(kind, value)
        return self._state is not None

    # --- network thread ------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            if self._attempt():
                self._stop.wait(RECONNECT_S)

    def _attempt(self) -> bool:
        """One link to the address in turn, followed until it is lost; True when every address
        has failed in a row (a moment's pause is due before the next round)."""
        url = self._addresses.current
        client = self._link(url, self._token, self._open_s)
        connected = False
        try:
            client.connect()
            connected = True
            self._client = client
            self._addresses.answered()
            self._post("linked", url)
            while not self._stop.is_set():
                self._post("message", json.loads(client.recv()))
        except (OSError, ValueError, WebSocketClosedError) as exc:
            self._client = None
            client.close()
            if self._stop.is_set():
                return False
            self._post("status", translate("RemoteShow", " · reconnecting… ({exc})").format(exc=exc))
            if connected:
                self._addresses.lost()
                return False
            return self._addresses.failed()
        return False

    def _post(self, kind: str, value: Any) -> None:
        self._inbox.put((kind, value))
        self._arrived.emit()

    # --- GUI thread ---------------------------------------------------------------------------
    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                kind, value = self._inbox.get_nowait()
            except queue.Empty:
                return
            self._take(kind, value)

    def _take(self, kind: str, value: Any) -> None:
        if kind == "linked":
            self._following = str(value)
            kind, value = "status", ""
        if kind == "status":
            if value and not self._status:
                self._lost_at = self._clock.now().mono  # the link went: since when, for the window
            elif not value:
                self._lost_at = None
            self._status = value
            self.tick.emit()
        elif isinstance(value, dict) and "version" in value:
            self._state, self._received_at = value, self._clock.now().mono
            self.changed.emit()
        elif isinstance(value, dict) and value.get("ok") is False:
            # The app on the other laptop sends its refusals as words too: shown in our language.
            words = Words.from_dict(value.get("words"))
            self.failed.emit(words_text(words) if words is not None else str(value.get("error")))

    # --- StateSource ------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        assert self._state is not None, "wait_for_state() first"
        return self._state

    def last_state(self) -> dict[str, Any] | None:
        """The newest state received, or None (from any thread: it is replaced whole, never changed)."""
        return self._state

    def seconds_since_state(self) -> float:
        return self._clock.now().mono - self._received_at

    def status(self) -> str:
        fallback = self.following_fallback()
        if not self._status and fallback:
            return translate("RemoteShow", " · connected to the fallback {address}").format(address=fallback)
        return self._status or translate("RemoteShow", " · connected")

    def following(self) -> str:
        """The address whose show this is (the last that answered; before any, the first given)."""
        return self._following

    def following_fallback(self) -> str | None:
        """The fallback's address while the window follows it rather than the address given first."""
        return self._following if self._following != self._url else None

    def linked(self) -> bool | None:
        """Whether the link to the show is up (it is another laptop's)."""
        return not self._status

    def lost_for(self) -> float:
        """Seconds since the link went (0 while it is up, or before it was ever up)."""
        return 0.0 if self._lost_at is None else self._clock.now().mono - self._lost_at

    def act(self, action: str, **arguments: Any) -> bool:
        client = self._client
        if client is None:
            self.failed.emit(translate("RemoteShow", "not connected: try again in a moment"))
            return False
        try:
            # A request id of its own: a resend after a lost answer is applied once (docs/api.md).
            client.send_text(json.dumps({"action": action, **arguments, "request_id": uuid.uuid4().hex}))
        except OSError as exc:
            self.failed.emit(translate("RemoteShow", "not sent: {exc}").format(exc=exc))
            return False
        return True

    def stop(self) -> None:
        self._ticker.stop()
        self._stop.set()
        client = self._client
        if client is not None:
            client.close()
