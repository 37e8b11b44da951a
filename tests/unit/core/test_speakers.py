"""Speaker queues, turn timing, cues, messages and undo, on a fake clock."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.core.ledger import ledger
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from tests.helpers.show import do


def queue_ids(show: Show, index: int | None = None) -> list[str]:
    run = show.runs[show.live_index if index is None else index]
    return [e.id for e in run.queue.entries]


def cues(show: Show) -> dict[str, str]:
    return {e.id: e.cue.value for e in show.runs[show.live_index].queue.entries}


@pytest.fixture
def panel(show: Show, clock: FakeClock) -> Show:
    """The roundtable at the start of panel 1 (speakers le1, ps1, le2, ps2; 3 min each)."""
    clock.advance(60)
    do(show, clock, "goto", segment="cross-border")
    do(show, clock, "start")
    return show


def test_queues_start_from_the_event_file(panel: Show) -> None:
    assert queue_ids(panel) == ["le1", "ps1", "le2", "ps2"]
    entry = panel.runs[1].queue.entries[0]
    assert (entry.type.value, entry.cue.value, entry.allotted_s) == ("statement", "waiting", 180)


def test_go_gives_the_floor_in_order_and_logs_turns(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    assert panel.runs[1].queue.speaking.id == "le1"
    clock.advance(100.25)
    assert panel.runs[1].queue.speaking.remaining(clock.now()) == pytest.approx(79.75)
    do(panel, clock, "speaker_next")
    assert cues(panel)["le1"] == "done" and cues(panel)["ps1"] == "speaking"
    clock.advance(200)  # overtime counts on
    assert panel.runs[1].queue.speaking.remaining(clock.now()) == pytest.approx(-20)
    do(panel, clock, "speaker_stop")
    assert panel.runs[1].queue.speaking is None
    assert [round(t.spoken(clock.now()), 3) for t in panel.turns] == [100.25, 200.0]


def test_pauses_are_logged_and_do_not_count(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    clock.advance(30)
    do(panel, clock, "speaker_pause")
    clock.advance(45)  # an interjection
    do(panel, clock, "speaker_resume")
    clock.advance(10)
    turn = panel.turns[0]
    assert turn.spoken(clock.now()) == pytest.approx(40)
    assert len(turn.pauses) == 1 and turn.pauses[0].end is not None


def test_the_show_pausing_holds_the_speaker_and_resuming_releases(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    clock.advance(20)
    do(panel, clock, "pause")
    clock.advance(60)
    do(panel, clock, "resume")
    clock.advance(5)
    assert panel.turns[0].spoken(clock.now()) == pytest.approx(25)
    # A speaker the moderator paused stays paused when the show resumes.
    do(panel, clock, "speaker_pause")
    do(panel, clock, "pause")
    do(panel, clock, "resume")
    clock.advance(50)
    assert panel.turns[0].spoken(clock.now()) == pytest.approx(25)


def test_leaving_the_segment_ends_the_turn(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    clock.advance(12)
    do(panel, clock, "next")
    assert panel.runs[1].queue.entries[0].cue.value == "done"
    assert panel.turns[0].end is not None and panel.turns[0].spoken(clock.now()) == pytest.approx(12)


def test_more_time_for_the_speaker(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    clock.advance(170)
    do(panel, clock, "speaker_time", seconds=60)
    assert panel.runs[1].queue.speaking.remaining(clock.now()) == pytest.approx(70)
    with pytest.raises(CommandError, match="more time"):
        do(panel, clock, "speaker_time", seconds=-1000)


def test_a_point_of_order_jumps_the_queue_and_a_reply_goes_last(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")  # le1 speaking
    do(panel, clock, "speaker_add", name="Delegate of X", type="right_of_reply")
    do(panel, clock, "speaker_add", name="Floor question", type="question", time="1m")
    do(panel, clock, "speaker_add", person="host", type="point_of_order")
    do(panel, clock, "speaker_add", name="Another point", type="point_of_order")
    assert queue_ids(panel) == [
        "le1", "host", "another-point", "ps1", "le2", "ps2", "floor-question", "delegate-of-x",
    ]  # fmt: skip
    do(panel, clock, "speaker_next")
    assert panel.runs[1].queue.speaking.id == "host"
    added = panel.runs[1].queue.get("floor-question")
    assert added.allotted_s == 60 and added.person is None


def test_moves_removes_skips_and_requeues(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_move", speaker="ps2", position=0)
    assert queue_ids(panel) == ["ps2", "le1", "ps1", "le2"]
    do(panel, clock, "speaker_skip", speaker="ps2")
    do(panel, clock, "speaker_next")
    assert panel.runs[1].queue.speaking.id == "le1"
    do(panel, clock, "speaker_requeue", speaker="ps2")
    assert cues(panel)["ps2"] == "waiting"
    do(panel, clock, "speaker_remove", speaker="le2")
    assert "le2" not in queue_ids(panel)
    with pytest.raises(CommandError, match="has spoken"):
        do(panel, clock, "speaker_remove", speaker="le1")
    with pytest.raises(CommandError, match="is speaking"):
        do(panel, clock, "speaker_move", speaker="le1", position=2)
    with pytest.raises(CommandError, match="past the end"):
        do(panel, clock, "speaker_move", speaker="ps1", position=9)
    with pytest.raises(CommandError, match="no speaker 'nobody'"):
        do(panel, clock, "speaker_skip", speaker="nobody")


def test_a_done_speaker_returned_to_the_queue_speaks_again(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_next")
    clock.advance(10)
    do(panel, clock, "speaker_next")
    do(panel, clock, "speaker_requeue", speaker="le1")
    assert queue_ids(panel)[-1] == "le1"
    entry = panel.runs[1].queue.get("le1")
    assert entry.cue.value == "waiting" and len(entry.turns) == 1


def test_cues_standby_ready_then_go(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_cue", speaker="le1", cue="standby")
    do(panel, clock, "speaker_cue", speaker="le1", cue="ready")
    assert cues(panel)["le1"] == "ready"
    do(panel, clock, "speaker_next")
    assert cues(panel)["le1"] == "speaking"
    with pytest.raises(CommandError, match="speaking"):
        do(panel, clock, "speaker_cue", speaker="le1", cue="waiting")


def test_queue_commands_need_a_live_segment_for_turns(show: Show, clock: FakeClock) -> None:
    with pytest.raises(CommandError, match="not live"):
        do(show, clock, "speaker_next")
    # ...but the queue of the current (or a named) segment can be prepared before it starts.
    do(show, clock, "speaker_add", name="Early bird")
    do(show, clock, "speaker_cue", speaker="host", cue="standby")
    do(show, clock, "speaker_add", name="Later", segment="closing")
    assert queue_ids(show, 0)[-1] == "early-bird"
    assert queue_ids(show, 4)[-1] == "later"


def test_unknown_person_and_empty_queue(panel: Show, clock: FakeClock) -> None:
    with pytest.raises(CommandError, match="unknown person 'ghost'"):
        do(panel, clock, "speaker_add", person="ghost")
    for _ in range(4):
        do(panel, clock, "speaker_next")
    do(panel, clock, "speaker_next")  # the last speaker ends; no one left
    with pytest.raises(CommandError, match="no one is waiting"):
        do(panel, clock, "speaker_next")
    with pytest.raises(CommandError, match="no one is speaking"):
        do(panel, clock, "speaker_stop")


def test_undo_walks_back_queue_changes_several_steps(panel: Show, clock: FakeClock) -> None:
    before = queue_ids(panel)
    do(panel, clock, "speaker_add", name="Guest")
    do(panel, clock, "speaker_move", speaker="ps2", position=0)
    do(panel, clock, "speaker_skip", speaker="le1")
    do(panel, clock, "note", text="new note")
    do(panel, clock, "undo")
    assert panel.runs[1].notes == ""
    do(panel, clock, "undo")
    assert cues(panel)["le1"] == "waiting"
    do(panel, clock, "undo")
    do(panel, clock, "undo")
    assert queue_ids(panel) == before
    with pytest.raises(CommandError, match="nothing to undo"):
        do(panel, clock, "undo")


def test_undo_refuses_what_time_has_overtaken(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "speaker_add", name="Guest", position=0)
    do(panel, clock, "speaker_next")  # Guest speaks
    with pytest.raises(CommandError, match="cannot undo 'add Guest': Guest has spoken since"):
        do(panel, clock, "undo")
    assert queue_ids(panel)[0] == "guest"


def test_messages_and_acknowledgement(panel: Show, clock: FakeClock) -> None:
    do(panel, clock, "message", to="moderator", text="Speaker ready")
    clock.advance(3)
    do(panel, clock, "message_ack", id="m1")
    message = panel.messages[0]
    assert message.acknowledged and (message.acknowledged_at.mono - message.at.mono) == pytest.approx(3)
    with pytest.raises(CommandError, match="no message 'm9'"):
        do(panel, clock, "message_ack", id="m9")


def test_ledger_totals_match_the_turns(panel: Show, clock: FakeClock) -> None:
    lengths = {"le1": 95.5, "ps1": 180.0, "le2": 42.125}
    for entry_id, seconds in lengths.items():
        do(panel, clock, "speaker_next")
        assert panel.runs[1].queue.speaking.id == entry_id
        clock.advance(seconds)
    do(panel, clock, "speaker_stop")
    do(panel, clock, "next")  # legal frameworks: le2 again first
    do(panel, clock, "speaker_next")
    clock.advance(10)
    floor = ledger(panel, clock.now())
    by_id = {t.id: t for t in floor.people}
    assert by_id["le2"].spoken_s == pytest.approx(52.125) and by_id["le2"].turns == 2
    assert by_id["moderator"].turns == 0  # on the roster, has not had the floor
    sectors = {t.name: t for t in floor.sectors}
    assert sectors["law enforcement"].spoken_s == pytest.approx(95.5 + 52.125)
    assert sectors["private sector"].spoken_s == pytest.approx(180)
    state = snapshot(panel, clock.now())
    people = {p["id"]: p for p in state["people"]}
    assert people["le1"]["spoken_s"] == 95.5
    assert state["live_speaker"] == "le2"
    assert state["speaker_remaining_s"] == pytest.approx(170)
