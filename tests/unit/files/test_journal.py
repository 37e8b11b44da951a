"""The journal's records, and how damaged journals are read back."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from runofshow.core.clock import Instant
from runofshow.core.records import CommandRecord, EndRecord, RunRecord, SessionRecord, from_json, to_json
from runofshow.files.journal import Journal, JournalError, decode, encode
from runofshow.files.sessions import SessionStore

NOW = datetime(2025, 10, 26, 7, 0, tzinfo=UTC)


def at(mono: float) -> Instant:
    return Instant(mono, NOW)


def raw_line(record: dict) -> bytes:
    """A line with a right checksum around any JSON (the shape is what is under test)."""
    data = json.dumps(record).encode()
    return f"{zlib.crc32(data):08x} ".encode() + data + b"\n"


def make_run(tmp_path: Path, commands: int = 3) -> tuple[SessionStore, Path]:
    store = SessionStore(tmp_path / "state", tmp_path / "event.yaml")
    session, journal = store.create(NOW)
    for i in range(commands):
        journal.record_command({"action": "toggle"}, at(float(i)))
    journal.close()
    return store, session.path


def test_records_round_trip() -> None:
    records = [
        SessionRecord("x", "/e.yaml", NOW),
        RunRecord("boot", 5.0, at(7.5)),
        CommandRecord(1, at(8.0), {"action": "next", "ü": "ß"}),
        EndRecord(at(9.0)),
    ]
    read = decode(b"".join(encode(r) for r in records))
    assert read.records == records and read.damage is None
    assert all(from_json(to_json(r)) == r for r in records)


@pytest.mark.parametrize(
    "record",
    [
        {"type": "command", "mono": 1, "wall": NOW.isoformat(), "cmd": "next"},
        {"type": "command", "mono": "1", "wall": NOW.isoformat(), "cmd": {"action": "next"}},
        {"type": "command", "seq": 0, "mono": 1, "wall": NOW.isoformat(), "cmd": {"action": "next"}},
        {"type": "end", "mono": 1, "wall": "yesterday"},
        {"type": "end", "mono": 1, "wall": "2025-10-26T07:00:00"},
        {"type": "run", "boot": 5, "raw_mono": 1, "mono": 1, "wall": NOW.isoformat()},
        {"type": "party"},
        ["type", "end"],
    ],
)
def test_a_record_of_the_wrong_shape_is_damage_even_with_a_right_checksum(tmp_path: Path, record) -> None:
    store, path = make_run(tmp_path)
    path.write_bytes(path.read_bytes() + raw_line(record))
    recovered = store.read(store.latest())
    assert "damaged" in recovered.read.damage and len(recovered.records) == 4
    assert recovered.kept_aside is not None


def test_commands_are_numbered_and_a_reopened_journal_goes_on_counting(tmp_path: Path) -> None:
    store, path = make_run(tmp_path)
    assert [r.seq for r in decode(path.read_bytes()).records if isinstance(r, CommandRecord)] == [1, 2, 3]
    journal = store.open(store.latest(), last_seq=3)
    journal.record_command({"action": "next"}, at(9.0))
    journal.close()
    assert [r.seq for r in decode(path.read_bytes()).records if isinstance(r, CommandRecord)] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("mangle", "damage", "good"),
    [
        (lambda data: data[:-7], "cut short", 3),  # the last record cut mid-write
        (lambda data: data + b"\x00\xff garbage\n", "not a journal record", 4),
        (lambda data: data.replace(b'"toggle"}}\n', b'"toggla"}}\n', 1), "checksum mismatch", 1),
        (lambda data: b"", "empty", 0),
        (lambda data: raw_line({"type": "session", "v": 9}) + data.split(b"\n", 1)[1], "not a version-1", 0),
        (lambda data: data.split(b"\n", 1)[1], "not a session journal", 0),
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
    journal.record_command({"action": "start"}, at(1.0))
    journal.close()
    assert one.latest() is not None and two.latest() is None


def test_appends_are_durable_lines(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.jsonl")
    journal.append(SessionRecord("j", "/e.yaml", NOW))
    journal.append(EndRecord(at(1.0)))
    journal.close()
    assert (tmp_path / "j.jsonl").read_bytes().count(b"\n") == 2


# --- #12: a disk that fills up ---------------------------------------------------------------------
def test_a_failed_append_leaves_whole_records_and_the_next_works_once_there_is_room(tiny_disk: Path) -> None:
    from tests.helpers.disk import fill

    store = SessionStore(tiny_disk / "state", tiny_disk / "event.yaml")
    session, journal = store.create(NOW)
    for i in range(3):
        journal.record_command({"action": "toggle"}, at(float(i)))
    filler = fill(tiny_disk)
    before = session.path.read_bytes()
    big = {"action": "set_notes", "notes": "x" * 20_000}
    with pytest.raises(JournalError, match="disk is full"):
        journal.record_command(big, at(5.0))
    assert session.path.read_bytes() == before  # no partial record left behind
    assert journal.last_seq == 3  # the refused command took no number
    filler.unlink()
    journal.record_command(big, at(6.0))
    journal.close()
    read = decode(session.path.read_bytes())
    assert read.damage is None
    assert [r.seq for r in read.records if isinstance(r, CommandRecord)] == [1, 2, 3, 4]


def test_if_the_first_write_of_a_run_fails_its_header_is_kept_for_the_next(tiny_disk: Path) -> None:
    from tests.helpers.disk import fill

    store = SessionStore(tiny_disk / "state", tiny_disk / "event.yaml")
    store.folder.mkdir(parents=True)
    filler = fill(tiny_disk)
    session, journal = store.create(NOW)
    journal.defer(RunRecord("boot", 1.0, at(1.0)))
    with pytest.raises(JournalError):
        journal.record_command({"action": "start", "pad": "x" * 8000}, at(2.0))
    filler.unlink()
    journal.record_command({"action": "start"}, at(3.0))
    journal.close()
    read = decode(session.path.read_bytes())
    assert read.damage is None
    assert [type(r).__name__ for r in read.records] == ["SessionRecord", "RunRecord", "CommandRecord"]


def test_a_flush_that_fails_keeps_every_deferred_record_for_the_next(tiny_disk: Path) -> None:
    """#29: a standby arriving writes the deferred records at once; a full disk loses none of them."""
    from runofshow.core.records import PlanRecord
    from tests.helpers.disk import fill

    store = SessionStore(tiny_disk / "state", tiny_disk / "event.yaml")
    store.folder.mkdir(parents=True)
    filler = fill(tiny_disk)
    session, journal = store.create(NOW)
    journal.defer(RunRecord("boot", 1.0, at(1.0)))
    journal.defer(PlanRecord(at(1.0), {"title": "x" * 8000}))
    with pytest.raises(JournalError):
        journal.flush()
    filler.unlink()
    journal.flush()
    journal.close()
    read = decode(session.path.read_bytes())
    assert [type(r).__name__ for r in read.records] == ["SessionRecord", "RunRecord", "PlanRecord"]
