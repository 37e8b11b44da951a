"""A show running on another laptop, followed through its live feed (`runofshow connect`).

A background thread keeps the WebSocket open and reconnects by itself; every state it receives
is handed to the GUI thread, which the stage manager's window reads like a local show.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.core.clock import Clock, SystemClock
from runofshow.core.wording import Words
from runofshow.net.websocket import WebSocketClosedError
from runofshow.net.ws_client import WsClient
from runofshow.ui.widgets.i18n import translate, words_text

RECONNECT_S = 1.0


class RemoteShow(QObject):
    changed = Signal()
    tick = Signal()
    failed = Signal(str)
    _arrived = Signal()  # from the network thread: something is waiting in the inbox

    def __init__(self, url: str, token: str, clock: Clock | None = None) -> None:
        super().__init__()
        self._url = url
        self._token = token
        self._clock: Clock = clock or SystemClock()
        self._state: dict[str, Any] | None = None
        self._received_at = self._clock.now().mono
        self._status = translate("RemoteShow", " · connecting…")
        self._lost_at: float | None = None
        self._inbox: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._client: WsClient | None = None
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
            client = WsClient(self._url, self._token)
            try:
                client.connect()
                self._client = client
                self._post("status", "")
                while not self._stop.is_set():
                    self._post("message", json.loads(client.recv()))
            except (OSError, ValueError, WebSocketClosedError) as exc:
                self._client = None
                client.close()
                if self._stop.is_set():
                    return
                self._post("status", translate("RemoteShow", " · reconnecting… ({exc})").format(exc=exc))
                time.sleep(RECONNECT_S)

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
        return self._status or translate("RemoteShow", " · connected")

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
