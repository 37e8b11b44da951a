"""The standby laptop's copy of the show's journal (#29), and turning it into a show of its own.

The copy is the show's journal file byte for byte, as far as it has been shipped: each chunk is
whole journal lines, checked (checksum and shape, files/journal.py) before it is written, written
where the copy ends and fsynced before the standby says it holds it. A chunk that does not start
where the copy ends, or does not check, is refused and the copy stays as it was. A copy that is not
a prefix of the show's journal any more (the show started a new run, or this laptop's own run went
on after it was taken over) is set aside, never overwritten.

Taking over (`take_over`) makes the copy an event's run like any other: the plan in the journal
written as an event file, the journal moved where that file's runs live (files/sessions.py), with a
`term` record (this laptop holds the show from now on) and a `run` record on this laptop's clock
carrying the show's timeline on, so opening it (files/runs.py) recovers the run where the show was.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from runofshow.core.clock import Instant
from runofshow.core.plan_data import read_event
from runofshow.core.records import PlanRecord, RunRecord, SessionRecord, TermRecord
from runofshow.core.replay import replay
from runofshow.core.text import slug
from runofshow.files.atomic import atomic_write_bytes, atomic_write_text, fsync_dir
from runofshow.files.journal import decode, encode
from runofshow.files.sessions import SessionStore

MAX_SESSION_CHARS = 100
#: The most a copy may grow to (a 10,000-record run is ~3 MB): a stranger cannot fill the disk.
MAX_COPY_BYTES = 256 * 1024 * 1024


class CopyError(ValueError):
    """A chunk that may not be written (the copy is unchanged)."""


@dataclass(frozen=True, slots=True)
class Held:
    session: str | None
    bytes: int
    crc: int
    records: int
    term: int


class StandbyCopy:
    """The copies of the runs this laptop has stood by for, in `folder` (one file per run)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.session: str | None = None
        self._size = 0
        self._crc = 0
        self._records = 0
        self._term = 1
        self._fd = -1
        latest = self._latest()
        if latest is not None:
            self._adopt(latest)

    def _latest(self) -> Path | None:
        if not self.folder.is_dir():
            return None
        copies = sorted(self.folder.glob("*.jsonl"), key=lambda p: p.stat().st_mtime_ns)
        return copies[-1] if copies else None

    def _adopt(self, path: Path) -> None:
        """Take up a copy left by an earlier standby (its good records only)."""
        data = path.read_bytes()
        read = decode(data)
        good = data[: read.good_bytes]
        if read.damage is not None:
            atomic_write_bytes(path, good)
        self.session, self._size, self._crc = path.stem, len(good), zlib.crc32(good)
        self._records = len(read.records)
        self._term = max([r.term for r in read.records if isinstance(r, TermRecord)], default=1)

    @property
    def path(self) -> Path | None:
        return self.folder / f"{self.session}.jsonl" if self.session else None

    def held(self) -> Held:
        return Held(self.session, self._size, self._crc, self._records, self._term)

    def write(self, session: str, offset: int, data: bytes, *, reset: bool = False) -> int:
        """Append the chunk `data` of `session`'s journal at `offset`; on disk when this returns.
        Returns the bytes now held. `CopyError` (nothing written) for a chunk that does not fit."""
        if not session or len(session) > MAX_SESSION_CHARS or slug(session) != session.lower():
            raise CopyError("the session id is not one of ours")
        fresh = reset or session != self.session
        if fresh and offset != 0:
            raise CopyError(f"a new copy starts at byte 0, not {offset}")
        if not fresh and offset != self._size:
            raise CopyError(f"the chunk starts at byte {offset}, the copy ends at {self._size}")
        if (0 if fresh else self._size) + len(data) > MAX_COPY_BYTES:
            raise CopyError("the journal is larger than a standby keeps")
        count, damage = _decode_first(data) if fresh else _decode_more(data)
        if damage is not None:
            raise CopyError(f"the chunk does not check: {damage}")
        if fresh:  # checked first: a chunk refused changes nothing, not even which copy is kept
            self._start(session)
        if self._fd < 0:
            assert self.path is not None
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            written = 0
            while written < len(data):
                written += os.write(self._fd, data[written:])
            os.fsync(self._fd)
        except OSError:
            os.ftruncate(self._fd, self._size)  # never half a chunk: the show sends it again
            raise
        self._size += len(data)
        self._crc = zlib.crc32(data, self._crc)
        self._records += count
        return self._size

    def _start(self, session: str) -> None:
        self.close()
        path = self.folder / f"{session}.jsonl"
        if path.exists():  # not a prefix of the show's journal any more: kept, never overwritten
            os.replace(path, path.with_name(f"{path.name}.aside-{os.urandom(3).hex()}"))
        self.session, self._size, self._crc, self._records, self._term = session, 0, 0, 0, 1

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _decode_first(data: bytes) -> tuple[int, str | None]:
    read = decode(data)
    return len(read.records), read.damage


def _decode_more(data: bytes) -> tuple[int, str | None]:
    """Lines that continue a journal: (how many, what is wrong)."""
    # A continuation has no session header: check it as if it followed one.
    header = encode(SessionRecord("x", "x", _EPOCH))
    read = decode(header + data)
    if read.damage is not None:
        return 0, read.damage
    return len(read.records) - 1, None


@dataclass(frozen=True, slots=True)
class TakenOver:
    event_path: Path  # the plan, written as an event file: what the new show opens
    journal: Path
    term: int
    title: str
    holder: str  # this laptop
    at: datetime  # when it took over (wall clock, UTC)


class TakeOverError(ValueError):
    pass


def take_over(
    copy: StandbyCopy,
    event_dir: Path,
    state_dir: Path,
    *,
    holder: str,
    url: str,
    raw: Instant,
    boot: str | None,
    offset: float | None,
) -> TakenOver:
    """Make the copy this laptop's show: its plan as an event file in `event_dir`, the journal
    where that file's runs live, a new term. `raw` is this laptop's clock now; `offset` what to add
    to its monotonic reading to be on the show's timeline (from the link's beats; None: none came,
    the wall clocks are trusted instead)."""
    path = copy.path
    if path is None or not path.exists():
        raise TakeOverError("nothing to take over: the show has sent no journal yet")
    copy.close()
    read = decode(path.read_bytes())
    plans = [r for r in read.records if isinstance(r, PlanRecord)]
    if not plans:
        raise TakeOverError("nothing to take over: the journal holds no plan yet")
    event = read_event(plans[-1].plan)
    replayed = replay(event, read.records, raw, boot)
    term = replayed.term + 1
    mono = raw.mono + offset if offset is not None else raw.mono + replayed.shift
    at = Instant(mono, raw.wall)
    from runofshow.files.plan_file import render

    event_dir.mkdir(parents=True, exist_ok=True)
    event_path = event_dir / f"{slug(event.info.title)[:40] or 'event'}-{copy.session}.yaml"
    atomic_write_text(event_path, render(None, None, event))
    store = SessionStore(state_dir, event_path)
    store.folder.mkdir(parents=True, exist_ok=True)
    target = store.folder / path.name
    tail = encode(TermRecord(term, holder, at, True, url)) + encode(RunRecord(boot, raw.mono, at, term))
    atomic_write_bytes(target, path.read_bytes() + tail, mode=0o600)
    fsync_dir(store.folder)
    return TakenOver(event_path, target, term, event.info.title, holder, raw.wall)
