"""#29: the standby's copy of the journal, and taking it over as a run of this laptop's own."""

from __future__ import annotations

import zlib
from datetime import timedelta
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock, Instant
from runofshow.core.commands import parse_command
from runofshow.core.event import Event
from runofshow.core.frame import Frame
from runofshow.core.records import TermRecord
from runofshow.core.schedule import ScheduleBasis
from runofshow.files.eventfile import load_event
from runofshow.files.journal import decode, encode
from runofshow.files.runs import Run, open_run
from runofshow.files.standby_copy import CopyError, StandbyCopy, TakeOverError, take_over
from tests.helpers.moments import BEFORE_START
from tests.helpers.session import act


@pytest.fixture
def shown(tmp_path: Path, roundtable: Event) -> tuple[Run, FakeClock]:
    """The show's laptop: a run with a segment running and a note."""
    clock = FakeClock(BEFORE_START, mono=1000.0)
    run = open_run(roundtable, tmp_path / "event.yaml", clock, tmp_path / "show-state")
    act(run, clock, {"action": "start"})
    clock.advance(42)
    act(run, clock, {"action": "note", "text": "kept on the standby"})
    return run, clock


def ship(run: Run, copy: StandbyCopy, chunk: int = 100) -> None:
    """What the hub does: whole lines from where the copy ends (here in small chunks)."""
    session = run.journal.path.stem
    while copy.held().bytes < run.journal.size:
        offset = copy.held().bytes if copy.session == session else 0
        copy.write(session, offset, run.journal.read_back(offset, chunk))


def test_the_copy_holds_the_journal_byte_for_byte(tmp_path: Path, shown) -> None:
    run, _ = shown
    copy = StandbyCopy(tmp_path / "standby")
    ship(run, copy)
    held = copy.held()
    data = run.journal.path.read_bytes()
    assert copy.path is not None and copy.path.read_bytes() == data
    assert (held.bytes, held.crc, held.records) == (len(data), zlib.crc32(data), run.journal.records)
    again = StandbyCopy(tmp_path / "standby")  # the standby restarted: it says what it holds
    assert again.held() == held


def test_a_chunk_that_does_not_fit_is_refused_and_changes_nothing(tmp_path: Path, shown) -> None:
    run, _ = shown
    copy = StandbyCopy(tmp_path / "standby")
    session = run.journal.path.stem
    data = run.journal.path.read_bytes()
    first = data[: data.index(b"\n") + 1]
    rest = data[len(first) :]
    copy.write(session, 0, first)
    before = copy.held()
    with pytest.raises(CopyError, match="starts at byte 5"):
        copy.write(session, 5, rest)
    damaged = rest[:20] + (b"X" if rest[20:21] != b"X" else b"Y") + rest[21:]
    with pytest.raises(CopyError, match="does not check"):
        copy.write(session, len(first), damaged)
    with pytest.raises(CopyError, match="does not check"):
        copy.write(session, len(first), rest[:-1])  # a line cut short
    with pytest.raises(CopyError, match="not one of ours"):
        copy.write("../../etc/passwd", 0, first)
    with pytest.raises(CopyError, match="does not check"):
        copy.write("0002-other", 0, rest)  # a new copy must start with the session line
    assert copy.held() == before
    assert copy.path is not None and copy.path.read_bytes() == first


def test_a_copy_that_is_not_a_prefix_any_more_is_set_aside_not_overwritten(tmp_path: Path, shown) -> None:
    run, _ = shown
    copy = StandbyCopy(tmp_path / "standby")
    ship(run, copy)
    old = copy.path.read_bytes() if copy.path else b""
    copy.write(run.journal.path.stem, 0, run.journal.read_back(0, 10**6), reset=True)
    aside = list((tmp_path / "standby").glob("*.aside-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == old


def test_taking_over_carries_the_show_on_from_its_timeline(tmp_path: Path, shown) -> None:
    run, show_clock = shown
    copy = StandbyCopy(tmp_path / "standby")
    ship(run, copy)
    # The standby's laptop: another boot, its monotonic clock elsewhere, its wall clock 30 s wrong.
    here = FakeClock(BEFORE_START + timedelta(seconds=42 + 30), mono=50.0)
    show_clock.advance(5)
    here.advance(5)
    offset = show_clock.now().mono - here.now().mono  # what the beats measured
    taken = take_over(
        copy, tmp_path / "taken", tmp_path / "b-state", holder="standby-laptop", url="http://10.0.0.8:8766",
        raw=here.now(), boot="another-boot", offset=offset,
    )  # fmt: skip
    assert taken.term == 2
    event = load_event(taken.event_path, now=here.now().wall).event
    assert event.info.title == run.show.event.info.title
    new = open_run(event, taken.event_path, here, tmp_path / "b-state", mode="resume")
    assert new.session_id == run.session_id
    assert new.show.runs[0].notes == "kept on the standby" and new.show.running
    assert new.journal.term == 2 and new.stood_down is None
    records = decode(new.journal.path.read_bytes()).records
    assert any(isinstance(r, TermRecord) and r.term == 2 and r.here for r in records)
    # The countdown is the show's, read at the same moment: from the show's timeline, not from
    # the standby's wall clock (30 s off) nor from when the link died.
    show_now = show_clock.now()
    here_now = Instant(here.now().mono + new.shift, here.now().wall)
    theirs = Frame(run.show, show_now, ScheduleBasis(run.show)).snapshot()["live_remaining_s"]
    ours = Frame(new.show, here_now, ScheduleBasis(new.show)).snapshot()["live_remaining_s"]
    assert abs(theirs - ours) < 0.01
    new.journal.record_command(parse_command({"action": "next"}).to_raw(), here_now)
    assert decode(new.journal.path.read_bytes()).records[-1].term == 2  # type: ignore[union-attr]


def test_nothing_to_take_over_before_the_show_sent_anything(tmp_path: Path) -> None:
    copy = StandbyCopy(tmp_path / "standby")
    with pytest.raises(TakeOverError, match="nothing to take over"):
        take_over(
            copy, tmp_path / "t", tmp_path / "s", holder="x", url="", raw=FakeClock(BEFORE_START).now(),
            boot=None, offset=None,
        )  # fmt: skip


def test_a_stood_down_run_is_recovered_as_stood_down(tmp_path: Path, shown) -> None:
    run, clock = shown
    run.journal.append(TermRecord(2, "standby-laptop", clock.now(), False, "http://10.0.0.8:8766"))
    run.journal.close()
    again = open_run(run.show.event, tmp_path / "event.yaml", clock, tmp_path / "show-state")
    assert again.stood_down is not None and again.stood_down.holder == "standby-laptop"
    assert again.journal.term == 2
    assert encode(again.stood_down)  # a record like any other
