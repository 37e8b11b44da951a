"""The run's journal file: every accepted change, appended and fsynced before it is acknowledged.

One file per run of an event, one record per line: `CRC32 JSON\\n`. A record is only trusted
when its checksum matches and its shape is one of core/records.py, so a line cut by a crash,
garbage bytes or a record of the wrong shape are recognised; reading stops at the first bad
record and reports the damage (files/sessions.py keeps the damaged file aside). What the
records are is core/records.py; this module is only their framing on disk.
"""

from __future__ import annotations

import errno
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runofshow.core.clock import Instant
from runofshow.core.records import (
    FIRST_TERM,
    CommandRecord,
    EndRecord,
    Record,
    RecordError,
    RefusedRecord,
    SessionRecord,
    from_json,
    to_json,
    with_term,
)
from runofshow.files.atomic import fsync_dir


class JournalError(OSError):
    """The journal could not be written; it holds exactly what it held before the attempt."""


def encode(record: Record) -> bytes:
    payload = json.dumps(to_json(record), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    data = payload.encode("utf-8")
    return f"{zlib.crc32(data):08x} ".encode() + data + b"\n"


@dataclass(frozen=True, slots=True)
class ReadJournal:
    records: list[Record]
    damage: str | None  # what was wrong, if anything (the records before it are good)
    good_bytes: int  # length of the undamaged prefix

    @property
    def ended_cleanly(self) -> bool:
        return bool(self.records) and isinstance(self.records[-1], EndRecord)


def decode(data: bytes) -> ReadJournal:
    """Every good record up to the first damaged one."""
    records: list[Record] = []
    offset = 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        record, problem = _read_line(line, number)
        if record is not None and number == 1 and not isinstance(record, SessionRecord):
            return ReadJournal([], "line 1: not a session journal", 0)
        if record is None:
            return ReadJournal(records, problem, offset)
        records.append(record)
        offset += len(line)
    if not records:
        return ReadJournal([], "the journal is empty", 0)
    return ReadJournal(records, None, offset)


def _read_line(line: bytes, number: int) -> tuple[Record | None, str]:
    if not line.endswith(b"\n"):
        return None, f"line {number}: cut short (the app stopped while writing it)"
    if len(line) < 11 or line[8:9] != b" ":
        return None, f"line {number}: not a journal record"
    try:
        expected = int(line[:8], 16)
    except ValueError:
        return None, f"line {number}: not a journal record"
    payload = line[9:-1]
    if zlib.crc32(payload) != expected:
        return None, f"line {number}: damaged (checksum mismatch)"
    try:
        return from_json(json.loads(payload)), ""
    except ValueError as exc:  # JSONDecodeError and RecordError are both ValueErrors
        what = exc if isinstance(exc, RecordError) else "not JSON"
        return None, f"line {number}: damaged ({what})"


class Journal:
    """A journal file; each append is on disk (fsync) when it returns.

    Records given to `defer` (the header, the run record) are written just before the first
    real change, so opening the app costs no disk flush and an untouched run leaves no file.
    Commands are numbered (`seq`) here, from `last_seq` + 1.

    A write that fails (disk full, read-only, an I/O error) is undone: the file is cut back to its
    last whole record, the deferred records stay deferred, and `JournalError` is raised, so the
    caller applies nothing. The next append tries again (once there is room, it works).
    """

    def __init__(self, path: Path, last_seq: int = 0, term: int = FIRST_TERM) -> None:
        self.path = path
        self.last_seq = last_seq
        #: The term commands are accepted in (core/records.py TermRecord; #29).
        self.term = term
        self._fd = -1
        self._size = -1  # bytes of whole records in the file (-1: not opened yet)
        self._deferred: list[Record] = []
        #: Records in the file (what a standby compares its copy with, in records rather than bytes).
        self.records = 0
        #: Called after each write is on disk, with the file's new size (the standby link ships it
        #: and may wait, bounded, for the standby to hold it too: ui/session/standby_ship.py).
        self.on_written: Callable[[int], None] | None = None

    @property
    def size(self) -> int:
        """Bytes of whole records on disk (0 before the first write)."""
        return max(self._size, 0)

    def read_back(self, offset: int, limit: int) -> bytes:
        """Up to `limit` bytes of whole records from `offset` (what a standby has not got yet)."""
        end = min(self.size, offset + limit)
        if offset >= end:
            return b""
        with self.path.open("rb") as f:
            f.seek(offset)
            data = f.read(end - offset)
            if b"\n" not in data:  # one record longer than `limit` (a big plan): the whole of it
                data += f.read(self.size - end)
                return data[: data.find(b"\n") + 1]
        return data[: data.rfind(b"\n") + 1]  # whole lines only: a standby writes whole records

    def flush(self) -> None:
        """Write the deferred records now (a standby is linked: it must hold the plan too). A write
        that fails keeps them deferred, as `append` does."""
        if not self._deferred:
            return
        *before, last = self._deferred
        self._deferred = before
        try:
            self.append(last)  # writes `before` with it
        except JournalError:
            self._deferred = [*before, last]
            raise

    @property
    def written(self) -> bool:
        return self._fd >= 0

    def defer(self, record: Record) -> None:
        if self.written:
            self.append(record)
        else:
            self._deferred.append(record)

    def record_command(
        self, cmd: dict[str, Any], at: Instant, request_id: str | None = None, by: str = ""
    ) -> CommandRecord:
        """Append a command with the next `seq`; on disk when this returns."""
        record = CommandRecord(self.last_seq + 1, at, cmd, request_id, by, self.term)
        self.append(record)
        self.last_seq += 1
        return record

    def record_refused(self, seq: int, at: Instant) -> None:
        """The command `seq` (recorded, then tried) did not apply."""
        self.append(RefusedRecord(seq, at))

    def _open(self) -> None:
        created = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise JournalError(exc.errno, f"cannot open the journal {self.path}: {exc.strerror}") from exc
        actual = os.fstat(self._fd).st_size
        if self._size < 0:
            self._size = actual
            if actual:  # a run taken up again: its records so far, counted once
                with self.path.open("rb") as f:
                    self.records = f.read(actual).count(b"\n")
        elif actual > self._size:  # a failed write we could not cut back then: cut it now
            try:
                os.ftruncate(self._fd, self._size)
            except OSError as exc:
                self.close()
                raise JournalError(exc.errno, f"cannot repair the journal {self.path}: {exc.strerror}") from exc
        if created:
            try:
                fsync_dir(self.path.parent)
            except OSError as exc:
                self.close()
                raise JournalError(exc.errno, f"cannot create the journal {self.path}: {exc.strerror}") from exc

    def append(self, record: Record) -> None:
        data = b"".join(encode(with_term(r, self.term)) for r in [*self._deferred, record])
        count = len(self._deferred) + 1
        if not self.written:
            self._open()
        try:
            written = 0
            while written < len(data):  # a short write is followed by the error that cut it
                written += os.write(self._fd, data[written:])
            os.fsync(self._fd)
        except OSError as exc:
            self._cut_back()
            reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            raise JournalError(exc.errno, f"cannot write the journal {self.path}: {reason}") from exc
        self._size += len(data)
        self.records += count
        self._deferred = []
        if self.on_written is not None:
            self.on_written(self._size)

    def _cut_back(self) -> None:
        """Drop whatever part of a failed write reached the file (never leave half a record)."""
        try:
            os.ftruncate(self._fd, self._size)
            os.fsync(self._fd)
        except OSError:
            # Cannot even truncate (a dying disk): reopen on the next append, which finds the
            # partial line again; recovery would set it aside as damage, never replay it.
            self.close()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
