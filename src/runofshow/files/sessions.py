"""Where the runs of an event live: one journal per run, in the user state dir.

A run belongs to one event file (its resolved path), so two event files never share a session;
editing the file keeps its identity. Old runs are kept (archived), never deleted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from runofshow.core.records import Record, SessionRecord
from runofshow.core.text import slug
from runofshow.files.atomic import fsync_dir
from runofshow.files.digest import sha256_hex
from runofshow.files.journal import Journal, ReadJournal, decode, encode


def boot_id() -> str | None:
    """This boot of the computer (Linux), so a restart can tell whether monotonic time went on."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class SessionFile:
    path: Path

    @property
    def id(self) -> str:
        return self.path.stem


@dataclass(frozen=True, slots=True)
class Recovered:
    """A journal read back: the good records, and what was wrong with the rest if anything."""

    session: SessionFile
    read: ReadJournal
    kept_aside: Path | None  # where the damaged original went

    @property
    def records(self) -> list[Record]:
        return self.read.records

    @property
    def ended_cleanly(self) -> bool:
        return self.read.ended_cleanly


def _run_number(path: Path) -> int:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


class SessionStore:
    def __init__(self, state_dir: Path, event_path: Path) -> None:
        resolved = event_path.resolve()
        digest = sha256_hex(str(resolved).encode("utf-8"))[:12]
        self.event_path = resolved
        sessions = state_dir / "sessions"
        # The digest is what finds an event's runs: a folder named by an older slug of the file's
        # name (before `đ` was kept as `d`) is still this event's, and its runs are not lost.
        earlier = sorted(sessions.glob(f"*-{digest}")) if sessions.is_dir() else []
        self.folder = earlier[0] if earlier else sessions / f"{slug(resolved.stem)[:40] or 'event'}-{digest}"

    def runs(self) -> list[SessionFile]:
        """Every run of this event, oldest first (by run number: wall clocks can go backwards)."""
        if not self.folder.is_dir():
            return []
        return [SessionFile(p) for p in sorted(self.folder.glob("*.jsonl"), key=_run_number)]

    def latest(self) -> SessionFile | None:
        runs = self.runs()
        return runs[-1] if runs else None

    def find(self, session_id: str) -> SessionFile | None:
        return next((run for run in self.runs() if run.id == session_id), None)

    def create(self, now_wall: datetime, *, rehearsal: bool = False) -> tuple[SessionFile, Journal]:
        """A new run (the previous ones stay as they are: archived)."""
        stamp = now_wall.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        number = max((_run_number(run.path) for run in self.runs()), default=0) + 1
        path = self.folder / f"{number:04d}-{stamp}-{os.urandom(3).hex()}.jsonl"
        journal = Journal(path)
        journal.defer(SessionRecord(path.stem, str(self.event_path), now_wall.astimezone(UTC), rehearsal=rehearsal))
        return SessionFile(path), journal

    def read(self, session: SessionFile) -> Recovered:
        """Read a run back. A damaged journal is kept aside and replaced by its good records."""
        data = session.path.read_bytes()
        read = decode(data)
        if read.damage is None:
            return Recovered(session, read, None)
        aside = session.path.with_name(f"{session.path.name}.damaged-{os.urandom(3).hex()}")
        os.replace(session.path, aside)
        if read.records:
            tmp = session.path.with_suffix(".tmp")
            with open(tmp, "wb") as handle:
                handle.write(b"".join(encode(record) for record in read.records))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, session.path)
        fsync_dir(session.path.parent)
        return Recovered(session, read, aside)

    def open(self, session: SessionFile, last_seq: int) -> Journal:
        """Go on appending to a run whose commands so far end at `last_seq`."""
        return Journal(session.path, last_seq)
