"""The session journal: every accepted change, appended and fsynced before it is acknowledged.

One file per run of an event, one record per line: `CRC32 JSON\\n`. A record is only trusted
when its checksum matches, so a line cut by a crash or garbage bytes are recognised; reading
stops at the first bad record and reports the damage (files/sessions.py keeps the damaged file
aside). Records:

    {"type": "session", "v": 1, "id", "event", "created"}        first line of every journal
    {"type": "run", "boot", "raw_mono", "mono", "wall"}           each time the app opens it
    {"type": "command", "seq", "mono", "wall", "cmd": {...}}      an accepted command
    {"type": "end", "mono", "wall"}                               the app closed cleanly

`mono` is on the session's own monotonic axis (see core/replay.py); `wall` is ISO 8601 UTC.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runofshow.files.atomic import fsync_dir

JOURNAL_VERSION = 1


class JournalError(OSError):
    """The journal could not be written."""


def encode(record: dict[str, Any]) -> bytes:
    payload = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    data = payload.encode("utf-8")
    return f"{zlib.crc32(data):08x} ".encode() + data + b"\n"


@dataclass(frozen=True, slots=True)
class ReadJournal:
    records: list[dict[str, Any]]
    damage: str | None  # what was wrong, if anything (the records before it are good)
    good_bytes: int  # length of the undamaged prefix


def decode(data: bytes) -> ReadJournal:
    """Every good record up to the first damaged one."""
    records: list[dict[str, Any]] = []
    offset = 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        problem = _check_line(line, number)
        if problem is None:
            record = json.loads(line[9:-1])
            if number == 1 and (record.get("type") != "session" or record.get("v") != JOURNAL_VERSION):
                return ReadJournal([], f"line 1: not a version-{JOURNAL_VERSION} session journal", 0)
            records.append(record)
            offset += len(line)
            continue
        return ReadJournal(records, problem, offset)
    if not records:
        return ReadJournal([], "the journal is empty", 0)
    return ReadJournal(records, None, offset)


def _check_line(line: bytes, number: int) -> str | None:
    if not line.endswith(b"\n"):
        return f"line {number}: cut short (the app stopped while writing it)"
    if len(line) < 11 or line[8:9] != b" ":
        return f"line {number}: not a journal record"
    try:
        expected = int(line[:8], 16)
    except ValueError:
        return f"line {number}: not a journal record"
    payload = line[9:-1]
    if zlib.crc32(payload) != expected:
        return f"line {number}: damaged (checksum mismatch)"
    try:
        record = json.loads(payload)
    except ValueError:
        return f"line {number}: damaged (not JSON)"
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        return f"line {number}: not a journal record"
    return None


class Journal:
    """A journal file; each append is on disk (fsync) when it returns.

    Records given to `defer` (the header, the run record) are written just before the first
    real change, so opening the app costs no disk flush and an untouched run leaves no file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1
        self._deferred: list[dict[str, Any]] = []

    @property
    def written(self) -> bool:
        return self._fd >= 0

    def defer(self, record: dict[str, Any]) -> None:
        if self.written:
            self.append(record)
        else:
            self._deferred.append(record)

    def _open(self) -> None:
        created = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise JournalError(exc.errno, f"cannot open the journal {self.path}: {exc.strerror}") from exc
        if created:
            fsync_dir(self.path.parent)

    def append(self, record: dict[str, Any]) -> None:
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
