"""The journal's records, and how damaged journals are read back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.files.journal import Journal, decode, encode
from runofshow.files.sessions import SessionStore

NOW = datetime(2025, 10, 26, 7, 0, tzinfo=UTC)


def make_run(tmp_path: Path, commands: int = 3) -> tuple[SessionStore, Path]:
    store = SessionStore(tmp_path / "state", tmp_path / "event.yaml")
    session, journal = store.create(NOW)
    for i in range(commands):
        journal.append({"type": "command", "mono": float(i), "wall": NOW.isoformat(), "cmd": {"action": "toggle"}})
    journal.close()
    return store, session.path


def test_records_round_trip() -> None:
    records = [{"type": "session", "v": 1, "id": "x"}, {"type": "command", "cmd": {"action": "next", "ü": "ß"}}]
    read = decode(b"".join(encode(r) for r in records))
    assert read.records == records and read.damage is None


@pytest.mark.parametrize(
    ("mangle", "damage", "good"),
    [
        (lambda data: data[:-7], "cut short", 3),  # the last record cut mid-write
        (lambda data: data + b"\x00\xff garbage\n", "not a journal record", 4),
        (lambda data: data.replace(b'"toggle"}}\n', b'"toggla"}}\n', 1), "checksum mismatch", 1),
        (lambda data: b"", "empty", 0),
        (lambda data: encode({"type": "session", "v": 9}) + data.split(b"\n", 1)[1], "not a version-1", 0),
    ],
)
def test_damaged_journals_recover_up_to_the_last_good_record(tmp_path: Path, mangle, damage: str, good: int) -> None:
    store, path = make_run(tmp_path)
    path.write_bytes(mangle(path.read_bytes()))
    recovered = store.read(store.latest())
    assert damage in recovered.read.damage
    assert len(recovered.records) == good
    assert recovered.kept_aside is not None and recovered.kept_aside.exists()  # kept aside, never deleted
    if good:
        again = decode(path.read_bytes())  # the live file now holds just the good records
        assert again.damage is None and len(again.records) == good
    else:
        assert not path.exists()


def test_a_clean_journal_is_left_alone(tmp_path: Path) -> None:
    store, path = make_run(tmp_path)
    before = path.read_bytes()
    recovered = store.read(store.latest())
    assert recovered.kept_aside is None and path.read_bytes() == before
    assert not recovered.ended_cleanly


def test_each_event_file_has_its_own_runs(tmp_path: Path) -> None:
    one = SessionStore(tmp_path, tmp_path / "a" / "event.yaml")
    two = SessionStore(tmp_path, tmp_path / "b" / "event.yaml")
    assert one.folder != two.folder
    journal = one.create(NOW)[1]
    assert not journal.path.exists()  # nothing written until the first change
    journal.append({"type": "command", "cmd": {"action": "start"}})
    journal.close()
    assert one.latest() is not None and two.latest() is None


def test_appends_are_durable_lines(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.jsonl")
    journal.append({"type": "session", "v": 1})
    journal.append({"type": "end"})
    journal.close()
    assert (tmp_path / "j.jsonl").read_bytes().count(b"\n") == 2
