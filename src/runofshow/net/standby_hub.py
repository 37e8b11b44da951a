"""The show's side of a standby laptop (#29): its journal shipped as it is written, held on two disks.

A standby (`runofshow standby URL --token TOKEN`) opens the live feed with the control token and
says `{"standby": {hello}}`; the feed hands the connection to `StandbyHub.serve`, which then runs
on that handler thread until the link goes:

- show → standby: `{"journal": {"session", "term", "from", "data", "reset"?}}` (whole journal lines,
  from byte `from` of the run's journal file; `reset`: the standby's copy is not a prefix of ours:
  start it again) and, each second, `{"beat": {"session", "bytes", "records", "term", "holder",
  "mono", "wall", "state"}}` (`mono`: the run's monotonic timeline now, so a standby that takes
  over counts on from the same timeline even when the two laptops' wall clocks differ);
- standby → show: `{"held": {"session", "bytes"}}` once what it was sent is on its disk.

On the GUI thread the journal calls `written` after each fsync: while the standby is in step, the
command is answered only once the standby holds it too, or after `BOUND_S`, when the standby is
dropped to "behind" (the show answers on its own disk alone, says so, and the link catches up by
itself; once the standby holds everything again it is in step again). Plain Python (no Qt):
files are read through the `JournalSource` the session gives, never here.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from runofshow.core.clock import Clock, SystemClock
from runofshow.net.json_input import BadJsonError, load_json
from runofshow.net.websocket import OP_TEXT, Connection, WebSocketClosedError

#: How long a command waits for an in-step standby before it is answered on this disk alone.
BOUND_S = 0.25
BEAT_S = 1.0
#: A standby that says nothing this long (it answers every beat) is gone.
SILENT_S = 5.0
CHUNK_BYTES = 512 * 1024
#: Bytes sent and not yet held, at most (a slow standby is not flooded).
WINDOW_BYTES = 4 * 1024 * 1024
MAX_HOST_CHARS = 200


class JournalSource(Protocol):
    """The run's journal as the hub sees it (the session's; read from any thread)."""

    def position(self) -> tuple[str, int, int, int]:
        """(session id, bytes on disk, records on disk, term) now."""
        ...

    def read(self, session: str, offset: int, limit: int) -> bytes:
        """Whole journal lines of `session` from `offset` (b"": nothing there, or another session)."""
        ...

    def crc(self, session: str, length: int) -> int | None:
        """The CRC32 of the first `length` bytes of `session`'s journal (None: it has fewer)."""
        ...

    def timeline(self) -> tuple[float, str]:
        """The run's monotonic reading and the wall clock (ISO 8601) now."""
        ...


@dataclass(frozen=True, slots=True)
class StandbyState:
    """What the moderator's window says of the standby."""

    linked: bool
    in_step: bool
    host: str = ""
    url: str = ""  # the standby's own address, when it serves one (the pages' fallback)


@dataclass(frozen=True, slots=True)
class Hello:
    session: str | None
    bytes: int
    crc: int
    term: int
    host: str
    url: str


class HelloError(ValueError):
    pass


def read_hello(data: Any) -> Hello:
    """A standby's hello, checked: a stranger's fields never reach the show unchecked."""
    if not isinstance(data, dict):
        raise HelloError("standby: the hello is not an object")
    session, size, crc, term = data.get("session"), data.get("bytes", 0), data.get("crc", 0), data.get("term", 1)
    host, url = data.get("host", ""), data.get("url", "")
    if session is not None and (not isinstance(session, str) or not 0 < len(session) <= MAX_HOST_CHARS):
        raise HelloError("standby: session is not a short text")
    for name, value in (("bytes", size), ("crc", crc), ("term", term)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 2**53:
            raise HelloError(f"standby: {name} is not a whole number")
    for name, value in (("host", host), ("url", url)):
        if not isinstance(value, str) or len(value) > MAX_HOST_CHARS or not value.isprintable():
            raise HelloError(f"standby: {name} is not a short text")
    return Hello(session, size, crc, max(term, 1), host, url)


class StandbyHub:
    def __init__(self, holder: str, on_change: Callable[[], None] = lambda: None, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or SystemClock()  # the link's own timeouts only
        self.holder = holder  # this laptop's name, said to the standby
        #: Called (from any thread) when the standby's state changes; the session marshals it.
        self.on_change = on_change
        #: Called on the link's thread when a standby arrives: the session writes the journal's
        #: deferred records (the plan) on the GUI thread, so the standby holds the run at once.
        self.on_linked: Callable[[], None] = lambda: None
        self.source: JournalSource | None = None
        self._cond = threading.Condition()
        self._generation = 0  # a new standby replaces the one before
        self._held: tuple[str, int] = ("", 0)
        self._linked = False
        self._in_step = False
        self._host = ""
        self._url = ""
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)

    # --- the GUI thread ------------------------------------------------------------------------
    def state(self) -> StandbyState:
        with self._cond:
            return StandbyState(self._linked, self._linked and self._in_step, self._host, self._url)

    def written(self, size: int) -> None:
        """The journal is on this disk up to `size`: wait (bounded) until the standby holds it too."""
        source = self.source
        if source is None:
            return
        session = source.position()[0]
        self._wake()
        with self._cond:
            if not (self._linked and self._in_step):
                return
            held = self._cond.wait_for(lambda: self._holds(session, size) or not self._linked, BOUND_S)
            if held or not self._linked:
                return
            self._in_step = False
        self.on_change()

    def _holds(self, session: str, size: int) -> bool:
        return self._held[0] == session and self._held[1] >= size

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            os.write(self._wake_w, b"!")

    # --- the standby's link (a feed handler thread) ----------------------------------------------
    def serve(self, conn: Connection, hello: Hello) -> None:
        """Ship the journal to one standby until it leaves (or another replaces it)."""
        source = self.source
        if source is None:
            conn.send_text(json.dumps({"error": "this show has no run to hold yet"}))
            return
        term = source.position()[3]
        if hello.term > term:
            conn.send_text(json.dumps({"error": f"this show is of term {term}, older than the standby's {hello.term}"}))
            return
        with self._cond:
            self._generation += 1
            generation = self._generation
            self._linked, self._in_step, self._host, self._url = True, False, hello.host, hello.url
            self._held = ("", 0)
        self.on_change()
        self.on_linked()
        try:
            self._ship(conn, source, hello, generation)
        finally:
            with self._cond:
                if self._generation == generation:
                    self._linked = self._in_step = False
                self._cond.notify_all()
            self.on_change()

    def _ship(self, conn: Connection, source: JournalSource, hello: Hello, generation: int) -> None:
        session, size, _, term = source.position()
        sent, reset = 0, True
        if hello.session == session and hello.bytes <= size and source.crc(session, hello.bytes) == hello.crc:
            sent, reset = hello.bytes, False
            self._held_now(session, sent, size)
        last_heard = last_beat = self._clock.now().mono
        while True:
            with self._cond:
                if self._generation != generation:
                    return  # another standby took this one's place
            position = source.position()
            if position[0] != session:  # a new run (File → Open): the standby starts it from its start
                session, sent, reset = position[0], 0, True
            size, term = position[1], position[3]
            while sent < size and sent - self._held[1] < WINDOW_BYTES:
                data = source.read(session, sent, CHUNK_BYTES)
                if not data:
                    break
                chunk: dict[str, Any] = {"session": session, "term": term, "from": sent, "data": data.decode()}
                if reset:
                    chunk["reset"], reset = True, False
                conn.send_text(json.dumps({"journal": chunk}, ensure_ascii=False))
                sent += len(data)
            now = self._clock.now().mono
            if now - last_beat >= BEAT_S:
                conn.send_text(json.dumps({"beat": self._beat(source)}))
                last_beat = now
            if now - last_heard > SILENT_S:
                conn.close(1001, "the standby stopped answering")
                return
            timeout = 0.0 if conn.pending else max(0.0, BEAT_S - (now - last_beat))
            ready, _, _ = select.select([conn.sock.fileno(), self._wake_r], [], [], timeout)
            if self._wake_r in ready:
                with contextlib.suppress(BlockingIOError, OSError):
                    os.read(self._wake_r, 4096)
            if conn.sock.fileno() in ready or conn.pending:
                opcode, payload = conn.receive()
                last_heard = self._clock.now().mono
                if opcode == OP_TEXT:
                    self._heard(payload, session, size)

    def _beat(self, source: JournalSource) -> dict[str, Any]:
        session, size, records, term = source.position()
        mono, wall = source.timeline()
        state = "in step" if self.state().in_step else "behind"
        return {
            "session": session,
            "bytes": size,
            "records": records,
            "term": term,
            "holder": self.holder,
            "mono": mono,
            "wall": wall,
            "state": state,
        }

    def _heard(self, payload: bytes, session: str, size: int) -> None:
        try:
            message = load_json(payload)
        except BadJsonError as exc:
            raise WebSocketClosedError(1007, f"not valid JSON: {exc}") from None
        held = message.get("held") if isinstance(message, dict) else None
        if not isinstance(held, dict) or held.get("session") != session:
            return  # a hold of an earlier run, or something else: nothing to note
        count = held.get("bytes")
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= size:
            raise WebSocketClosedError(1008, "held: bytes is not a size of this journal")
        source = self.source
        now_size = source.position()[1] if source is not None else size
        self._held_now(session, count, now_size)

    def _held_now(self, session: str, count: int, size: int) -> None:
        changed = False
        with self._cond:
            self._held = (session, count)
            if count >= size and not self._in_step:
                self._in_step = changed = True  # caught up: commands wait for it again
            self._cond.notify_all()
        if changed:
            self.on_change()

    def close(self) -> None:
        """No standby from now on (the server is stopping)."""
        with self._cond:
            self._generation += 1
            self._linked = self._in_step = False
            self._cond.notify_all()
        self._wake()
