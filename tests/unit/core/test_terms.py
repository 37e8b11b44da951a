"""#29: terms in the journal's records: a takeover starts a new one, and a run that stood down
knows it was taken over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from runofshow.core.clock import Instant
from runofshow.core.event import Event
from runofshow.core.records import CommandRecord, RecordError, SessionRecord, TermRecord, from_json, to_json
from runofshow.core.replay import replay

WALL = datetime(2025, 10, 26, 7, 0, tzinfo=UTC)


def at(mono: float) -> Instant:
    return Instant(mono, WALL)


def test_term_records_and_commands_terms_round_trip() -> None:
    term = TermRecord(3, "stage-desk", at(5.0), True, "http://10.0.0.8:8766")
    assert from_json(to_json(term)) == term
    first = CommandRecord(1, at(1.0), {"action": "start"})
    assert "term" not in to_json(first)  # the first term is not written (journals from before read the same)
    later = CommandRecord(2, at(2.0), {"action": "next"}, term=3)
    assert to_json(later)["term"] == 3 and from_json(to_json(later)) == later


@pytest.mark.parametrize(
    "change",
    [{"term": 0}, {"term": True}, {"term": "2"}, {"here": "yes"}, {"holder": "x" * 201}, {"url": 5}],
)
def test_a_term_record_of_the_wrong_shape_is_refused(change: dict) -> None:
    data = {**to_json(TermRecord(2, "stage-desk", at(5.0), True)), **change}
    with pytest.raises(RecordError):
        from_json(data)


def test_replay_knows_the_term_and_whether_this_laptop_stood_down(roundtable: Event) -> None:
    header = SessionRecord("0001-x", "event.yaml", WALL)
    taken = TermRecord(2, "stage-desk", at(10.0), True)
    replayed = replay(roundtable, [header, CommandRecord(1, at(1.0), {"action": "start"}), taken], at(20.0), None)
    assert (replayed.term, replayed.last_term, replayed.stood_down) == (2, taken, None)
    gone = TermRecord(3, "podium", at(30.0), False, "http://10.0.0.7:8765")
    replayed = replay(roundtable, [header, taken, gone], at(40.0), None)
    assert (replayed.term, replayed.stood_down) == (3, gone)
    assert replayed.last_mono == 30.0  # a term record is on the timeline like any other


def test_every_record_carries_the_term_it_was_written_in(tmp_path) -> None:
    from runofshow.core.records import EndRecord, PlanRecord, RefusedRecord, RunRecord
    from runofshow.files.journal import Journal, decode

    journal = Journal(tmp_path / "0001-x.jsonl", term=2)
    journal.defer(SessionRecord("0001-x", "event.yaml", WALL))
    journal.defer(RunRecord("boot", 1.0, at(1.0)))
    journal.defer(PlanRecord(at(1.0), {"title": "x"}))
    journal.record_command({"action": "start"}, at(2.0))
    journal.append(RefusedRecord(1, at(2.0)))
    journal.append(EndRecord(at(3.0)))
    records = decode((tmp_path / "0001-x.jsonl").read_bytes()).records
    assert [getattr(r, "term", None) for r in records] == [None, 2, 2, 2, 2, 2]
    assert all(from_json(to_json(r)) == r for r in records)
