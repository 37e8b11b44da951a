import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.core.show import Show
from runofshow.core.status import Status
from tests.helpers.show import do


def statuses(show: Show) -> list[str]:
    return [run.status.value for run in show.runs]


def test_a_new_show_is_armed_on_the_first_segment_and_not_running(show: Show) -> None:
    assert show.cursor == 0
    assert show.live_index is None
    assert not show.running
    assert statuses(show) == ["pending"] * 5


def test_start_counts_down_from_timestamps(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(61.25)
    assert show.live_index == 0
    assert show.running
    assert show.remaining(0, clock.now()) == pytest.approx(360 - 61.25)
    assert show.runs[0].actual_start is not None


def test_pause_freezes_and_resume_continues(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(30)
    do(show, clock, "pause")
    clock.advance(500)
    assert show.runs[0].elapsed(clock.now()) == pytest.approx(30)
    do(show, clock, "resume")
    clock.advance(10)
    assert show.runs[0].elapsed(clock.now()) == pytest.approx(40)


def test_toggle_alternates(show: Show, clock: FakeClock) -> None:
    do(show, clock, "toggle")
    assert show.running
    do(show, clock, "toggle")
    assert not show.running and show.live_index == 0
    do(show, clock, "toggle")
    assert show.running


def test_overtime_keeps_counting_and_nothing_advances_by_itself(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(360 + 125)
    assert show.remaining(0, clock.now()) == pytest.approx(-125)
    assert show.live_index == 0
    assert statuses(show)[1] == "pending"


def test_next_ends_the_live_segment_and_starts_the_next(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(100)
    do(show, clock, "next")
    assert statuses(show)[:2] == ["done", "live"]
    assert show.runs[0].actual_end is not None
    assert show.runs[0].elapsed(clock.now()) == pytest.approx(100)
    assert show.running


def test_next_before_the_show_only_moves_the_cursor(show: Show, clock: FakeClock) -> None:
    do(show, clock, "next")
    assert show.cursor == 1 and show.live_index is None
    do(show, clock, "previous")
    assert show.cursor == 0


def test_next_on_the_last_segment_ends_the_show(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    for _ in range(5):
        clock.advance(10)
        do(show, clock, "next")
    assert show.ended
    assert statuses(show) == ["done"] * 5
    with pytest.raises(CommandError, match="ended"):
        do(show, clock, "next")
    with pytest.raises(CommandError, match="ended"):
        do(show, clock, "start")


def test_previous_shelves_the_live_segment_and_reopens_the_one_before(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(100)
    do(show, clock, "next")
    clock.advance(5)  # pressed Next by mistake
    do(show, clock, "previous")
    assert statuses(show)[:2] == ["live", "pending"]
    clock.advance(20)
    assert show.runs[0].elapsed(clock.now()) == pytest.approx(120)
    do(show, clock, "next")
    # The shelved segment resumes with the time it already had.
    assert show.runs[1].elapsed(clock.now()) == pytest.approx(5)


def test_previous_on_the_first_segment_is_an_error_that_changes_nothing(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    with pytest.raises(CommandError, match="first"):
        do(show, clock, "previous")
    assert show.live_index == 0 and show.running


def test_goto_forward_skips_what_is_passed_over(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(10)
    do(show, clock, "goto", segment="convention-platform")
    assert statuses(show) == ["done", "skipped", "skipped", "live", "pending"]
    do(show, clock, "goto", segment="cross-border")
    assert statuses(show) == ["done", "live", "skipped", "pending", "pending"]


def test_goto_before_the_show_arms_that_segment(show: Show, clock: FakeClock) -> None:
    do(show, clock, "goto", segment="closing")
    assert show.cursor == 4 and show.live_index is None
    do(show, clock, "start")
    assert statuses(show) == ["skipped"] * 4 + ["live"]


def test_add_and_remove_time(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    do(show, clock, "add_time", seconds=60)
    assert show.duration(0) == 420
    do(show, clock, "add_time", seconds=-120)
    assert show.duration(0) == 300
    with pytest.raises(CommandError, match="more time"):
        do(show, clock, "add_time", seconds=-301)
    assert show.duration(0) == 300


def test_set_notes(show: Show, clock: FakeClock) -> None:
    do(show, clock, "set_notes", segment="closing", notes="Thank the interpreters")
    assert show.runs[4].notes == "Thank the interpreters"
    assert show.runs[4].status is Status.PENDING


def test_the_live_show_keeps_the_last_500_messages_and_ids_count_on(show, clock) -> None:
    from runofshow.core.show import MAX_MESSAGES
    from tests.helpers.show import do

    for n in range(MAX_MESSAGES + 100):
        do(show, clock, "message", to="moderator", text=f"note {n}")
    assert len(show.messages) == MAX_MESSAGES
    assert show.messages[0].id == "m101" and show.messages[-1].id == "m600"
    do(show, clock, "message_ack", id="m600")
    with pytest.raises(CommandError, match="no message 'm1'"):
        do(show, clock, "message_ack", id="m1")


def test_undo_steps_are_always_trimmed_notes_too(show, clock) -> None:
    from runofshow.core.history import MAX_UNDO
    from tests.helpers.show import dispatcher_of, do

    for n in range(MAX_UNDO + 50):
        do(show, clock, "set_notes", segment="opening", notes=f"v{n}")
    assert len(dispatcher_of(show).history.steps) == MAX_UNDO
