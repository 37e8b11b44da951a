"""Live changes to the plan: segments and people, as commands (fake clock, no Qt, no files)."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.fields import CommandError
from runofshow.core.kinds import Cue
from runofshow.core.plan_data import event_data, read_event
from runofshow.core.show import Show
from runofshow.core.status import Status
from tests.helpers.show import do


def ids(show: Show) -> list[str]:
    return [s.id for s in show.event.segments]


def test_the_plan_as_data_reads_back_to_the_same_event(roundtable: Event) -> None:
    assert read_event(event_data(roundtable)) == roundtable


def test_insert_first_and_after_with_ids_made_from_titles(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    answer = do(show, clock, "segment_insert", after=None, segment={"title": "Doors open", "duration": "5m"})
    assert answer == {"segment": "doors-open"}
    assert ids(show)[0] == "doors-open" and len(show.runs) == len(ids(show))
    answer = do(show, clock, "segment_insert", after="opening", segment={"title": "Doors open", "duration": 300})
    assert answer == {"segment": "doors-open-2"}
    assert ids(show)[:3] == ["doors-open", "opening", "doors-open-2"]
    assert show.event.segments[2].duration_s == 300
    starts = show.event.planned_starts()
    assert [f"{t:%H:%M}" for t in starts[:4]] == ["14:00", "14:05", "14:11", "14:16"]  # the plan moves on


@pytest.mark.parametrize(
    ("segment", "message"),
    [
        ({"title": "X"}, "segment: a segment needs 'duration'"),
        ({"title": "X", "duration": "forever"}, "segment.duration: 'forever' is not a duration"),
        ({"title": "X", "duration": "5m", "kind": "panle"}, "unknown kind 'panle'.*did you mean 'panel'"),
        ({"title": "X", "duration": "5m", "speakers": ["le3"]}, "unknown person id 'le3'; did you mean 'le2'"),
        ({"title": "X", "duration": "5m", "duraton": "1m"}, "unknown key 'duraton'; did you mean 'duration'"),
        ({"id": "opening", "title": "X", "duration": "5m"}, "duplicate segment id 'opening'"),
        ({"title": "X", "duration": "5m", "min_duration": "6m"}, "min_duration is longer"),
        ({"title": "X\ud800", "duration": "5m"}, "not text"),
        ({"title": "X", "duration": "5m", "start": "25:00"}, "not a time of day"),
    ],
)
def test_a_bad_segment_is_refused_with_the_checkers_words(
    roundtable: Event, clock: FakeClock, segment: dict[str, object], message: str
) -> None:
    show = Show(roundtable)
    with pytest.raises(CommandError, match=message):
        do(show, clock, "segment_insert", segment=segment)
    assert show.event == roundtable


def test_nothing_goes_before_the_live_segment(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    do(show, clock, "start")
    do(show, clock, "next")  # cross-border is live
    for after in (None, "opening"):
        with pytest.raises(CommandError, match="still to come"):
            do(show, clock, "segment_insert", after=after, segment={"title": "X", "duration": "1m"})
    do(show, clock, "segment_insert", after="cross-border", segment={"title": "X", "duration": "1m"})
    assert ids(show)[2] == "x" and show.cursor == 1
    do(show, clock, "next")
    assert show.segment(show.cursor).id == "x"


def test_remove_and_move_only_what_is_to_come_and_undo(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    original = ids(show)
    do(show, clock, "start")
    with pytest.raises(CommandError, match="has started"):
        do(show, clock, "segment_remove", segment="opening")
    with pytest.raises(CommandError, match="has started"):
        do(show, clock, "segment_move", segment="opening", after=original[2])
    do(show, clock, "segment_remove", segment=original[2])
    assert ids(show) == [original[0], original[1], *original[3:]]
    do(show, clock, "segment_move", segment=original[-1], after="opening")
    assert ids(show)[:2] == ["opening", original[-1]]
    with pytest.raises(CommandError, match="still to come"):
        do(show, clock, "segment_move", segment=original[-1], after=None)
    do(show, clock, "undo")
    do(show, clock, "undo")
    assert ids(show) == original
    assert show.cursor == 0 and show.runs[0].status is Status.LIVE
    with pytest.raises(CommandError, match="no segment with id 'nope'"):
        do(show, clock, "segment_remove", segment="nope")


def test_moving_keeps_the_live_segment_live(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    do(show, clock, "goto", segment=ids(show)[1])
    do(show, clock, "start")
    live = show.runs[show.cursor]
    do(show, clock, "segment_move", segment=ids(show)[-1], after=ids(show)[1])
    assert show.runs[show.cursor] is live and show.live_index == show.cursor


def test_update_a_segment_still_to_come(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    target = ids(show)[1]
    do(show, clock, "segment_update", segment=target, fields={"title": "Renamed", "duration": "10m", "notes": "New"})
    seg = show.event.segments[1]
    assert (seg.title, seg.duration_s, seg.notes, show.runs[1].notes) == ("Renamed", 600, "New", "New")
    with pytest.raises(CommandError, match=r"segment\.duration: 'x' is not a duration"):
        do(show, clock, "segment_update", segment=target, fields={"duration": "x"})
    do(show, clock, "undo")
    assert show.event.segments[1] == roundtable.segments[1] and show.runs[1].notes == roundtable.segments[1].notes


def test_the_live_segment_changes_title_and_speakers_but_not_its_time(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    do(show, clock, "start")
    do(show, clock, "speaker_next")  # the moderator speaks
    with pytest.raises(CommandError, match="has started: its duration stays"):
        do(show, clock, "segment_update", segment="opening", fields={"duration": "9m"})
    with pytest.raises(CommandError, match="has started: its start stays"):
        do(show, clock, "segment_update", segment="opening", fields={"start": "14:01"})
    do(
        show,
        clock,
        "segment_update",
        segment="opening",
        fields={"title": "Welcome", "speakers": [{"ref": "moderator", "time": "1m"}, "le1"], "cues": ["Mic"]},
    )
    queue = show.runs[0].queue
    assert [e.id for e in queue.entries] == ["moderator", "le1"]  # the host left before speaking
    assert queue.entries[0].cue is Cue.SPEAKING  # whoever speaks goes on speaking
    assert show.event.segments[0].title == "Welcome" and show.event.segments[0].cues == ("Mic",)
    do(show, clock, "undo")
    assert [e.id for e in queue.entries] == ["moderator", "host"]
    assert show.event.segments[0] == roundtable.segments[0]


def test_people_are_added_and_their_details_follow_them(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    assert do(show, clock, "person_add", person={"id": "lan", "name": "Lan", "organisation": "Example"}) == {
        "person": "lan"
    }
    assert show.event.people["lan"].organization == "Example"
    with pytest.raises(CommandError, match="duplicate person id 'lan'"):
        do(show, clock, "person_add", person={"id": "lan", "name": "Other"})
    do(show, clock, "segment_update", segment="opening", fields={"speakers": ["moderator", "host", "lan"]})
    do(show, clock, "person_update", person="lan", fields={"name": "Nguyễn Thị Lan", "role": "Director"})
    slot = show.event.segments[0].speakers[-1]
    entry = show.runs[0].queue.entries[-1]
    assert (slot.name, slot.role, entry.name, entry.role) == ("Nguyễn Thị Lan", "Director") * 2
    do(show, clock, "person_update", person="host", fields={"organization": None})
    assert show.event.people["host"].organization == ""
    with pytest.raises(CommandError, match="no person with id 'zz'"):
        do(show, clock, "person_update", person="zz", fields={"name": "Z"})
    with pytest.raises(CommandError, match="id stays"):
        do(show, clock, "person_update", person="lan", fields={"id": "lan2"})
    do(show, clock, "undo")
    do(show, clock, "undo")
    assert show.runs[0].queue.entries[-1].name == "Lan"
    do(show, clock, "undo")
    do(show, clock, "undo")
    assert show.event == roundtable


def test_edits_are_recorded_in_a_form_that_parses_again(roundtable: Event, clock: FakeClock) -> None:
    from runofshow.core.commands import parse_command

    for raw in (
        {"action": "segment_insert", "after": None, "segment": {"title": "X", "duration": "1m"}},
        {"action": "segment_move", "segment": "a", "after": None},
        {"action": "segment_update", "segment": "a", "fields": {"title": "B", "notes": None}},
        {"action": "person_add", "person": {"id": "p", "name": "P"}},
        {"action": "person_update", "person": "p", "fields": {"role": "R"}},
    ):
        command = parse_command(raw)
        assert parse_command(command.to_raw()) == command


@pytest.mark.parametrize(
    "raw",
    [
        {"action": "segment_insert", "segment": "X"},
        {"action": "segment_insert", "segment": {"title": {"deep": [[[[[[["x"]]]]]]]}}},
        {"action": "segment_update", "segment": "a", "fields": {}},
        {"action": "segment_update", "segment": "a", "fields": {"nope": 1}},
        {"action": "segment_move", "segment": "a", "after": "a"},
        {"action": "person_add", "person": {"id": "p", "name": float("nan")}},
    ],
)
def test_malformed_edits_are_refused_before_anything(raw: dict[str, object]) -> None:
    from runofshow.core.commands import parse_command

    with pytest.raises(CommandError):
        parse_command(raw)


def test_undo_then_redo_then_something_new(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    do(show, clock, "segment_insert", segment={"title": "A", "duration": "1m"})
    do(show, clock, "segment_update", segment="a", fields={"title": "B"})
    do(show, clock, "undo")
    do(show, clock, "undo")
    assert ids(show) == [s.id for s in roundtable.segments]
    do(show, clock, "redo")
    do(show, clock, "redo")
    assert show.event.segments[0].title == "B"
    with pytest.raises(CommandError, match="nothing to redo"):
        do(show, clock, "redo")
    do(show, clock, "undo")
    do(show, clock, "segment_update", segment="a", fields={"notes": "new"})
    with pytest.raises(CommandError, match="nothing to redo"):
        do(show, clock, "redo")


def test_someone_in_no_segment_can_leave_the_roster(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    with pytest.raises(CommandError, match="is in the plan"):
        do(show, clock, "person_remove", person="le1")
    do(show, clock, "person_add", person={"id": "lan", "name": "Lan"})
    do(show, clock, "person_remove", person="lan")
    assert "lan" not in show.event.people
    do(show, clock, "undo")
    assert list(show.event.people)[-1] == "lan"
