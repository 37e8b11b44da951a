"""The run's journal file: every accepted change, appended and fsynced before it is acknowledged.

One file per run of an event, one record per line: `CRC32 JSON\\n`. A record is only trusted
when its checksum matches and its shape is one of core/records.py, so a line cut by a crash,
garbage bytes or a record of the wrong shape are recognised; reading stops at the first bad
record and reports the damage (files/sessions.py keeps the damaged file aside). What the
records are is core/records.py; this module is only their framing on disk.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runofshow.core.clock import Instant
from runofshow.core.records import (
    CommandRecord,
    EndRecord,
    Record,
    RecordError,
    SessionRecord,
    from_json,
    to_json,
)
from runofshow.files.atomic import fsync_dir


class JournalError(OSError):
    """The journal could not be written."""


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
    """

    def __init__(self, path: Path, last_seq: int = 0) -> None:
        self.path = path
        self.last_seq = last_seq
        self._fd = -1
        self._deferred: list[Record] = []

    @property
    def written(self) -> bool:
        return self._fd >= 0

    def defer(self, record: Record) -> None:
        if self.written:
            self.append(record)
        else:
            self._deferred.append(record)

    def record_command(self, cmd: dict[str, Any], at: Instant) -> CommandRecord:
        """Append a command with the next `seq`; on disk when this returns."""
        record = CommandRecord(self.last_seq + 1, at, cmd)
        self.append(record)
        self.last_seq += 1
        return record

    def _open(self) -> None:
        created = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise JournalError(exc.errno, f"cannot open the journal {self.path}: {exc.strerror}") from exc
        if created:
            fsync_dir(self.path.parent)

    def append(self, record: Record) -> None:
        if not self.written:
            self._open()
        pending, self._deferred = self._deferred, []
        data = b"".join(encode(r) for r in pending) + encode(record)
        try:
            written = os.write(self._fd, data)
            if written != len(data):
                raise OSError(28, "short write")
            os.fsync(self._fd)
        except OSError as exc:
            raise JournalError(exc.errno, f"cannot write the journal {self.path}: {exc.strerror}") from exc

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
