"""Opening a run: new, recovered after a crash, resumed after a clean close, or damaged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.event import Event
from runofshow.core.records import EndRecord
from runofshow.files.runs import Run, open_run
from runofshow.files.sessions import SessionStore
from tests.conftest import BEFORE_START


def act(run: Run, clock: FakeClock, data: dict) -> None:
    now = clock.now()
    command = parse_command(data)
    run.dispatcher.apply(command, now)
    run.journal.record_command(command.to_raw(), now)


@pytest.fixture
def setup(tmp_path: Path, roundtable: Event) -> tuple[Path, Path, FakeClock]:
    return tmp_path / "state", tmp_path / "event.yaml", FakeClock(BEFORE_START)


def test_a_crashed_run_is_recovered_without_asking(setup, roundtable: Event) -> None:
    state, path, clock = setup
    run = open_run(roundtable, path, clock, state)
    act(run, clock, {"action": "start"})
    clock.advance(30)
    act(run, clock, {"action": "note", "text": "kept"})
    run.journal.close()  # no "end": the app died
    clock.advance(100)

    def never(_: datetime) -> bool:
        raise AssertionError("a crashed run is recovered without asking")

    again = open_run(roundtable, path, clock, state, ask_resume=never)
    assert again.session_id == run.session_id
    assert again.show.runs[0].notes == "kept" and again.show.running
    assert any("Recovered the session from 13:59:30" in str(text) for _, text in again.notices)


def test_a_clean_run_asks_and_a_new_run_archives_the_old(setup, roundtable: Event) -> None:
    state, path, clock = setup
    run = open_run(roundtable, path, clock, state)
    act(run, clock, {"action": "start"})
    run.journal.append(EndRecord(clock.now()))
    run.journal.close()
    asked: list[datetime] = []
    fresh = open_run(roundtable, path, clock, state, ask_resume=lambda when: asked.append(when) or False)
    assert len(asked) == 1 and f"{asked[0]:%H:%M}" == "13:59"
    assert fresh.session_id != run.session_id and fresh.show.live_index is None
    assert len(SessionStore(state, path).runs()) == 1  # an untouched run leaves no file
    act(fresh, clock, {"action": "note", "text": "new run"})
    assert len(SessionStore(state, path).runs()) == 2
    resumed = open_run(roundtable, path, clock, state, mode="resume")
    assert resumed.session_id == fresh.session_id  # the latest run


def test_a_damaged_journal_is_recovered_with_a_notice(setup, roundtable: Event) -> None:
    state, path, clock = setup
    run = open_run(roundtable, path, clock, state)
    act(run, clock, {"action": "start"})
    act(run, clock, {"action": "note", "text": "before the damage"})
    run.journal.close()
    with run.journal.path.open("ab") as handle:
        handle.write(b'0badc0de {"type": "command", "cmd": {"act')  # cut mid-record
    again = open_run(roundtable, path, clock, state)
    assert again.show.runs[0].notes == "before the damage"
    levels = {level for level, _ in again.notices}
    assert "warning" in levels and any("damaged" in str(text) and "kept at" in str(text) for _, text in again.notices)
    assert list(run.journal.path.parent.glob("*.damaged-*"))
