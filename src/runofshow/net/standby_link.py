"""The standby laptop's link to the show (#29): receive its journal, hold it on disk, say so.

A thread keeps one WebSocket to the show's feed (the control token), says `{"standby": hello}`
(what the copy holds: session, bytes, CRC32, term; this laptop's name and address) and then, for
each `journal` chunk, has the copy write it (fsynced) before answering `{"held": ...}`; each
`beat` is answered the same way and gives the show's timeline (its monotonic reading, from
which `offset` is kept: what to add to this laptop's monotonic clock to be on the show's).
The link reconnects by itself; `status()` is what the standby's window says. Plain Python: the
copy (files/standby_copy.py) is given as a `CopyPort`, the clock as a `Clock`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from runofshow.core.clock import Clock, SystemClock
from runofshow.net.websocket import WebSocketClosedError
from runofshow.net.ws_client import WsClient

RECONNECT_S = 1.0
#: The link's messages: a chunk is at most the hub's CHUNK_BYTES, but one record (a big plan) may be longer.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
OFFSET_SAMPLES = 30
TOKEN_ROLES = ("control", "stage", "floor", "booth", "participant", "audience")


class CopyPort(Protocol):
    def held(self) -> Any:
        """What the copy holds: `.session`, `.bytes`, `.crc`, `.records`, `.term`."""
        ...

    def write(self, session: str, offset: int, data: bytes, *, reset: bool = False) -> int:
        """Write a chunk (fsynced); the bytes now held. ValueError: refused, nothing written."""
        ...


@dataclass(slots=True)
class LinkStatus:
    linked: bool = False
    ever_linked: bool = False
    in_step: bool = False  # holds everything the show has, and the show waits for it
    records_behind: int = 0
    lost_since: float | None = None  # monotonic, this laptop's
    holder: str = ""  # the show's laptop
    term: int = 1
    problem: str = ""  # the last thing that went wrong, in words
    tokens: dict[str, str] = field(default_factory=dict)


class StandbyLink:
    def __init__(
        self,
        url: str,
        token: str,
        copy: CopyPort,
        *,
        host: str,
        serve_url: str = "",
        clock: Clock | None = None,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self.url = url
        self._token = token
        self._copy = copy
        self._host = host
        self.serve_url = serve_url
        self._clock: Clock = clock or SystemClock()
        self.on_change = on_change  # from the link's thread: the window marshals it
        self._lock = threading.Lock()
        self._status = LinkStatus(lost_since=self._clock.now().mono)
        self._offsets: deque[float] = deque(maxlen=OFFSET_SAMPLES)
        self._stop = threading.Event()
        self._client: WsClient | None = None
        self._thread = threading.Thread(target=self._run, name="runofshow-standby", daemon=True)

    # --- any thread ------------------------------------------------------------------------------
    def status(self) -> LinkStatus:
        with self._lock:
            s = self._status
            return LinkStatus(
                s.linked, s.ever_linked, s.in_step, s.records_behind, s.lost_since, s.holder, s.term, s.problem,
                dict(s.tokens),
            )  # fmt: skip

    def offset(self) -> float | None:
        """Add to this laptop's monotonic reading to be on the show's timeline (None: no beat yet).
        The largest sample: a beat's delay in transit only ever makes a sample smaller."""
        with self._lock:
            return max(self._offsets) if self._offsets else None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop following (before taking over: nothing more is written to the copy)."""
        self._stop.set()
        client = self._client
        if client is not None:
            client.close()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    # --- the link's thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            client = WsClient(self.url, self._token, timeout=5.0, max_size=MAX_MESSAGE_BYTES)
            try:
                client.connect()
                self._client = client
                self._follow(client)
            except (OSError, ValueError, WebSocketClosedError) as exc:
                self._lost(str(exc))
            finally:
                self._client = None
                client.close()
            if self._stop.wait(RECONNECT_S):
                return

    def _follow(self, client: WsClient) -> None:
        held = self._copy.held()
        hello = {
            "session": held.session,
            "bytes": held.bytes,
            "crc": held.crc,
            "term": held.term,
            "host": self._host,
            "url": self._reachable(client),
        }
        client.send_text(json.dumps({"standby": hello}))
        while not self._stop.is_set():
            message = json.loads(client.recv())
            if not isinstance(message, dict):
                continue
            if "journal" in message:
                self._chunk(client, message["journal"])
            elif "beat" in message:
                self._beat(client, message["beat"])
            elif "welcome" in message:
                self._welcome(message["welcome"])
            elif message.get("ok") is False:
                raise ValueError(str(message.get("error", "the show refused the standby")))

    def _reachable(self, client: WsClient) -> str:
        """The address the show and its pages can open: served on every interface ("0.0.0.0"),
        the address this laptop has on the link to the show."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.serve_url)
        if parts.hostname not in ("0.0.0.0", "::") or parts.port is None:
            return self.serve_url
        here = client.local_host()
        if not here:
            return self.serve_url
        shown = f"[{here}]" if ":" in here else here
        return f"http://{shown}:{parts.port}"

    def _chunk(self, client: WsClient, chunk: Any) -> None:
        if not isinstance(chunk, dict) or not isinstance(chunk.get("data"), str):
            raise ValueError("the show sent a chunk that is not one")
        session, offset = chunk.get("session"), chunk.get("from")
        if not isinstance(session, str) or isinstance(offset, bool) or not isinstance(offset, int):
            raise ValueError("the show sent a chunk without its place")
        held = self._copy.write(session, offset, chunk["data"].encode(), reset=chunk.get("reset") is True)
        client.send_text(json.dumps({"held": {"session": session, "bytes": held}}))

    def _beat(self, client: WsClient, beat: Any) -> None:
        if not isinstance(beat, dict):
            return
        here = self._clock.now().mono
        mono = beat.get("mono")
        held = self._copy.held()
        records = beat.get("records")
        behind = records - held.records if isinstance(records, int) and beat.get("session") == held.session else 0
        with self._lock:
            if isinstance(mono, int | float) and not isinstance(mono, bool):
                self._offsets.append(float(mono) - here)
            s = self._status
            s.linked = s.ever_linked = True
            s.lost_since, s.problem = None, ""
            s.records_behind = max(behind, 0)
            s.in_step = beat.get("state") == "in step" and s.records_behind == 0
            s.holder = str(beat.get("holder", ""))[:200]
            term = beat.get("term")
            s.term = term if isinstance(term, int) and not isinstance(term, bool) else s.term
        client.send_text(json.dumps({"held": {"session": held.session, "bytes": held.bytes}}))
        self.on_change()

    def _welcome(self, welcome: Any) -> None:
        tokens = welcome.get("tokens") if isinstance(welcome, dict) else None
        if not isinstance(tokens, dict):
            return
        kept = {role: tokens[role] for role in TOKEN_ROLES if isinstance(tokens.get(role), str)}
        with self._lock:
            self._status.tokens = kept

    def _lost(self, why: str) -> None:
        with self._lock:
            s = self._status
            if s.linked or s.lost_since is None:
                s.lost_since = self._clock.now().mono
            s.linked = s.in_step = False
            s.problem = why[:300]
        self.on_change()
