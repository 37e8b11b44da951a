"""Opening a run: new, recovered after a crash, resumed after a clean close, or damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.records import EndRecord
from runofshow.files.runs import LastRun, open_run
from runofshow.files.sessions import SessionStore
from tests.helpers.moments import BEFORE_START
from tests.helpers.session import act


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

    def never(_: LastRun) -> bool:
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
    asked: list[LastRun] = []
    fresh = open_run(roundtable, path, clock, state, ask_resume=lambda last: asked.append(last) or False)
    assert len(asked) == 1 and f"{asked[0].closed_at:%H:%M}" == "13:59"
    assert not asked[0].rehearsal and not asked[0].ended
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


def test_a_rehearsal_is_marked_in_the_journal_the_state_the_report_and_the_list(setup, roundtable: Event) -> None:
    from datetime import datetime

    from runofshow.core.clock import RehearsalClock
    from runofshow.core.frame import Frame
    from runofshow.core.report import build_report
    from runofshow.core.schedule import ScheduleBasis
    from runofshow.files.report_formats import to_markdown
    from runofshow.files.runs import runs_of_event

    state, path, clock = setup
    rehearsal = RehearsalClock(clock, speed=30, wall_start=datetime.fromisoformat("2025-10-26T13:58:00+07:00"))
    run = open_run(roundtable, path, rehearsal, state)
    act(run, rehearsal, {"action": "start"})
    assert run.show.rehearsal
    assert Frame(run.show, rehearsal.now(), ScheduleBasis(run.show)).snapshot()["rehearsal"] is True
    assert to_markdown(build_report(run.show, rehearsal.now(), run.session_id)).startswith(
        f"# {roundtable.info.title} (rehearsal)"
    )
    clock.advance(60)
    for _ in roundtable.segments:
        act(run, rehearsal, {"action": "next"})
    run.journal.append(EndRecord(rehearsal.now()))
    run.journal.close()
    asked: list[LastRun] = []
    real = open_run(roundtable, path, clock, state, ask_resume=lambda last: asked.append(last) or False)
    assert asked[0].rehearsal and asked[0].ended  # the dialog then offers a new run by default
    assert not real.show.rehearsal
    act(real, clock, {"action": "start"})
    listed = runs_of_event(roundtable, path, state)
    assert [(r.rehearsal, r.ended is not None, r.segments_done) for r in listed] == [(True, True, 5), (False, False, 0)]


def test_the_rehearsal_clock_does_not_run_while_the_question_is_open(setup, roundtable: Event) -> None:
    from datetime import datetime

    from runofshow.core.clock import RehearsalClock

    state, path, clock = setup
    first = open_run(roundtable, path, clock, state)
    act(first, clock, {"action": "start"})
    first.journal.append(EndRecord(clock.now()))
    first.journal.close()
    start = datetime.fromisoformat("2025-10-26T13:58:00+07:00")
    rehearsal = RehearsalClock(clock, speed=30, wall_start=start)

    def slow_answer(_: LastRun) -> bool:
        clock.advance(20)  # the moderator reads the question for 20 s: ten minutes at 30×
        return False

    run = open_run(roundtable, path, rehearsal, state, ask_resume=slow_answer)
    assert run.show.rehearsal and rehearsal.now().wall == start


def test_runs_kept_under_an_older_slug_of_the_file_name_are_still_found(tmp_path: Path) -> None:
    """Ids now keep `đ` as `d`; a run made before, in a folder named `ieu-phoi-…`, is not lost."""
    import hashlib

    event = tmp_path / "điều-phối.yaml"
    event.write_text("", encoding="utf-8")
    digest = hashlib.sha256(str(event.resolve()).encode("utf-8")).hexdigest()[:12]
    older = tmp_path / "state" / "sessions" / f"ieu-phoi-{digest}"
    older.mkdir(parents=True)
    (older / "0001-20251026T070000Z-abcdef.jsonl").write_text("", encoding="utf-8")
    store = SessionStore(tmp_path / "state", event)
    assert store.folder == older and len(store.runs()) == 1
    fresh = SessionStore(tmp_path / "other-state", event)
    assert fresh.folder.name == f"dieu-phoi-{digest}"
