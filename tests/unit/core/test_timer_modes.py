"""Timer modes (core/timer_modes.py): `count: down | up | to HH:MM` and `speaker_timer: hidden`,
read as the format reads every key, and understood by the schedule, the planner, the reports and
the state, on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.fields import CommandError
from runofshow.core.plan_data import cell_problem, event_data, read_event
from runofshow.core.plan_walk import PlanWalk
from runofshow.core.planner import propose, shift
from runofshow.core.report import build_report
from runofshow.core.schedule import Phase, compute_schedule, seconds_to_next_flip
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.core.timer_modes import DOWN, UP, Count, CountRule, clock_text
from runofshow.core.wording import WordsError
from tests.helpers.show import do

# The roundtable: opening 6m (14:00), panel 1 12m (14:06), panel 2 12m (14:18), panel 3 10m
# (14:30), closing 5m at a fixed 14:40; hard stop 14:45; WRAP UP at 2m, FINAL at 30s.
PANEL_3 = 3


def hanoi(show: Show, hhmmss: str) -> datetime:
    h, m, s = (int(x) for x in (hhmmss + ":00")[:8].split(":"))
    return datetime.combine(show.event.info.date, time(h, m, s), tzinfo=show.event.info.tz)


def with_count(event: Event, index: int, count: Count, **changes: object) -> Event:
    segments = list(event.segments)
    segments[index] = replace(segments[index], count=count, **changes)  # type: ignore[arg-type]
    return replace(event, segments=tuple(segments))


def at(show: Show, clock: FakeClock, hhmmss: str) -> None:
    """Move the fake clock on to a time of day (never back)."""
    ahead = (hanoi(show, hhmmss) - clock.now().wall).total_seconds()
    assert ahead >= 0
    clock.advance(ahead)


def start_at(show: Show, clock: FakeClock, hhmmss: str) -> None:
    at(show, clock, "14:00")
    do(show, clock, "start")
    for _ in range(PANEL_3):
        do(show, clock, "next")
    at(show, clock, hhmmss)


# --- the format -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "count"),
    [
        ("down", DOWN),
        ("up", UP),
        ("Up", UP),
        ("to 14:40", Count("to", time(14, 40))),
        ("to  14:40:30", Count("to", time(14, 40, 30))),
        ("TO 9:05", Count("to", time(9, 5))),
    ],
)
def test_the_count_is_read_as_written(written: str, count: Count) -> None:
    assert CountRule().read(written) == count


@pytest.mark.parametrize("written", ["sideways", "to", "to 25:00", "to 14h40", "14:40", "up 5m"])
def test_a_count_that_is_not_one_is_refused_in_words(written: str) -> None:
    with pytest.raises(WordsError, match=r"'count' is down, up or 'to HH:MM'|is not a time of day"):
        CountRule().read(written)


def _plan(roundtable: Event, **panel_3: object) -> dict[str, object]:
    data = event_data(roundtable)
    segments = data["segments"]
    assert isinstance(segments, list)
    segments[PANEL_3].update(panel_3)
    return data


def test_count_and_speaker_timer_read_back_the_same(roundtable: Event) -> None:
    data = _plan(roundtable, count="to 14:40", speaker_timer="hidden")
    event = read_event(data)
    assert event.segments[PANEL_3].count == Count("to", time(14, 40))
    assert event.segments[PANEL_3].speaker_timer == "hidden"
    assert event.segments[0].count == DOWN and event.segments[0].speaker_timer == "shown"
    written = event_data(event)["segments"][PANEL_3]
    assert written["count"] == "to 14:40" and written["speaker_timer"] == "hidden"
    assert "count" not in event_data(event)["segments"][0]  # the default is not written
    assert read_event(event_data(event)) == event


def test_a_bad_speaker_timer_is_refused_with_its_place(roundtable: Event) -> None:
    with pytest.raises(CommandError, match=r"segments\[3\]\.speaker_timer.*shown or hidden, not 'off'"):
        read_event(_plan(roundtable, speaker_timer="off"))


def test_the_plan_editor_cells_know_the_new_keys() -> None:
    assert cell_problem("count", "to 14:40") is None
    assert cell_problem("count", "") is None  # left empty: down
    assert "'count' is down, up" in str(cell_problem("count", "sideways"))
    assert cell_problem("speaker_timer", "hidden") is None


def _warnings(data: dict[str, object]) -> list[str]:
    walk = PlanWalk()
    assert walk.plan(data) is not None
    return [str(p.words) for p in walk.problems if p.warning]


def test_check_warns_when_the_duration_does_not_end_a_count_to_at_its_time(roundtable: Event) -> None:
    assert _warnings(_plan(roundtable, count="to 14:40")) == []  # 14:30 + 10m
    (warning,) = _warnings(_plan(roundtable, count="to 14:38"))
    assert "ends this segment at 14:38, but its duration ends it at 14:40:00" in warning
    assert "a duration of 8m00s would end it at 14:38" in warning
    (early,) = _warnings(_plan(roundtable, count="to 14:20"))
    assert "not after the segment's planned start 14:30:00" in early


# --- count up ---------------------------------------------------------------------------------
def test_a_count_up_shows_the_time_run_and_never_warns_or_turns_overtime(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, UP))
    clock = FakeClock(hanoi(show, "13:59"))
    start_at(show, clock, "14:00")  # panel 3 live from 14:00, planned 10m
    for moment in ("14:05", "14:08:30", "14:09:45", "14:10", "14:13"):
        at(show, clock, moment)
        timing = compute_schedule(show, clock.now()).segments[PANEL_3]
        assert timing.phase is Phase.RUNNING, moment
        assert not timing.overrun
    assert clock_text(show.segment(PANEL_3).count, timing.remaining_s, timing.elapsed_s) == "13:00"
    assert timing.remaining_s == pytest.approx(-180)  # the schedule still knows it runs 3 min long
    sched = compute_schedule(show, clock.now())
    assert sched.segments[PANEL_3 + 1].expected_start == hanoi(show, "14:40")  # the fixed start holds
    do(show, clock, "next")
    done = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert done.phase is Phase.DONE and not done.overrun  # not an overrun: its length was only planned
    row = build_report(show, clock.now()).segments[PANEL_3]
    assert row.count == "up" and row.over_under_s == pytest.approx(180)  # the report still says how long


def test_a_long_count_up_moves_what_follows_later(roundtable: Event) -> None:
    show = Show(with_count(roundtable, 1, UP))  # panel 1, 12m, counted up
    clock = FakeClock(hanoi(show, "13:59"))
    at(show, clock, "14:00")
    do(show, clock, "start")
    at(show, clock, "14:06")
    do(show, clock, "next")
    at(show, clock, "14:21")  # 15 min in: 3 over its planned 12
    sched = compute_schedule(show, clock.now())
    assert sched.segments[2].expected_start == hanoi(show, "14:21")
    assert sched.segments[4].expected_start == hanoi(show, "14:43")  # past its fixed 14:40
    assert sched.offset_s == pytest.approx(180)
    at(show, clock, "14:22")
    assert compute_schedule(show, clock.now()).offset_s == pytest.approx(240)


# --- count to ---------------------------------------------------------------------------------
def test_a_count_to_counts_down_to_its_time_of_day_whenever_it_started(roundtable: Event) -> None:
    event = with_count(roundtable, PANEL_3, Count("to", time(14, 40)))
    show = Show(event)
    clock = FakeClock(hanoi(show, "13:59"))
    before = compute_schedule(show, clock.now())
    assert before.segments[PANEL_3].expected_end == hanoi(show, "14:40")
    start_at(show, clock, "14:33")  # started at 14:00 (the rest skipped); 7 min to 14:40 left
    timing = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert timing.remaining_s == pytest.approx(420)
    assert timing.elapsed_s == pytest.approx(33 * 60)
    assert timing.expected_end == hanoi(show, "14:40")
    assert timing.phase is Phase.RUNNING


def test_a_count_to_runs_on_while_paused_and_warns_like_a_countdown(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, Count("to", time(14, 40))))
    clock = FakeClock(hanoi(show, "13:59"))
    start_at(show, clock, "14:30")
    do(show, clock, "pause")
    at(show, clock, "14:38:00")
    timing = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert timing.remaining_s == pytest.approx(120)  # the time of day went on through the pause
    assert timing.phase is Phase.WRAP_UP
    assert seconds_to_next_flip(show, clock.now()) == pytest.approx(1.0)  # paused, yet it moves
    do(show, clock, "resume")
    phases = []
    for moment in ("14:39:29", "14:39:31", "14:40:01"):
        at(show, clock, moment)
        phases.append(compute_schedule(show, clock.now()).segments[PANEL_3].phase)
    assert phases == [Phase.WRAP_UP, Phase.FINAL, Phase.OVERTIME]
    timing = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert timing.overrun and clock_text(show.segment(PANEL_3).count, timing.remaining_s, 0) == "+0:01"


def test_time_added_live_moves_the_target(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, Count("to", time(14, 40))))
    clock = FakeClock(hanoi(show, "13:59"))
    start_at(show, clock, "14:35")
    do(show, clock, "add_time", seconds=60)
    timing = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert timing.remaining_s == pytest.approx(6 * 60)
    assert timing.expected_end == hanoi(show, "14:41")
    state = snapshot(show, clock.now())["segments"][PANEL_3]
    assert state["count"] == "to 14:40"
    assert state["count_target"] == "2025-10-26T14:41:00.000+07:00"


def test_the_schedule_ends_a_count_to_at_its_time_late_or_early(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, Count("to", time(14, 38)), duration_s=480))
    clock = FakeClock(hanoi(show, "13:59"))
    at(show, clock, "14:00")
    do(show, clock, "start")
    at(show, clock, "14:09")  # the opening runs 3 min long: panel 3 is expected at 14:33, not 14:30
    sched = compute_schedule(show, clock.now())
    panel_3 = sched.segments[PANEL_3]
    assert panel_3.expected_start == hanoi(show, "14:33")
    assert panel_3.expected_end == hanoi(show, "14:38")  # shortened by the time of day, not by anyone
    assert panel_3.remaining_s == pytest.approx(300)
    # Running early the other way: everything before it takes one minute; it fills up to 14:38.
    early = Show(show.event)
    clock2 = FakeClock(hanoi(show, "13:59"))
    at(early, clock2, "14:00")
    do(early, clock2, "start")
    for moment in ("14:01", "14:02", "14:03"):
        at(early, clock2, moment)
        do(early, clock2, "next")
    timing = compute_schedule(early, clock2.now()).segments[PANEL_3]
    assert timing.remaining_s == pytest.approx(35 * 60)
    assert timing.expected_end == hanoi(show, "14:38")


def test_a_count_to_whose_time_has_passed_starts_in_overtime(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, Count("to", time(14, 20))))
    clock = FakeClock(hanoi(show, "13:59"))
    timing = compute_schedule(show, clock.now()).segments[PANEL_3]
    assert timing.expected_start == timing.expected_end == hanoi(show, "14:30")  # takes no time
    assert timing.remaining_s == pytest.approx(-600)


# --- the planner and the reports ----------------------------------------------------------------
def test_land_on_time_never_changes_a_count_to(roundtable: Event) -> None:
    event = with_count(roundtable, 2, Count("to", time(14, 30)))  # panel 2 ends at 14:30 whatever
    event = replace(event, segments=tuple(replace(s, fixed_start=None) for s in event.segments))
    show = Show(event)
    clock = FakeClock(hanoi(show, "13:59"))
    at(show, clock, "14:00")
    do(show, clock, "start")
    at(show, clock, "14:09")  # the opening 3 min long: absorbed by panel 2's 14:30
    assert propose(show, clock.now()).kind == "none"
    do(show, clock, "next")
    at(show, clock, "14:32")  # panel 1 runs to 14:32: panel 2 ends at once, 2 min past its time
    plan = propose(show, clock.now())
    assert plan.kind == "cut"
    change = {c.id: c for c in plan.segments}[event.segments[2].id]
    assert change.after_s == change.before_s and change.locked
    assert plan.miss_s == pytest.approx(0)
    with pytest.raises(ValueError, match="ends at 14:30 whatever its length"):
        shift(show, 2, 3, 60, clock.now())
    with pytest.raises(ValueError, match="ends at 14:30 whatever its length"):
        shift(show, 3, 2, 60, clock.now())


def test_the_report_gives_a_count_to_over_under_from_its_time(roundtable: Event) -> None:
    show = Show(with_count(roundtable, PANEL_3, Count("to", time(14, 40))))
    clock = FakeClock(hanoi(show, "13:59"))
    start_at(show, clock, "14:40:45")
    do(show, clock, "next")
    row = build_report(show, clock.now()).segments[PANEL_3]
    assert row.count == "to 14:40"
    assert row.over_under_s == pytest.approx(45)  # ended 45 s past 14:40 (it ran 40 min: not the point)


# --- the state and the API's segment_update ------------------------------------------------------
def test_segment_update_changes_the_count_and_the_state_says_it(show: Show, clock: FakeClock) -> None:
    seg = show.segment(PANEL_3).id
    do(show, clock, "segment_update", segment=seg, fields={"count": "to 14:40", "speaker_timer": "hidden"})
    state = snapshot(show, clock.now())["segments"]
    assert state[PANEL_3]["count"] == "to 14:40" and state[PANEL_3]["speaker_timer"] == "hidden"
    assert state[0]["count"] == "down" and state[0]["speaker_timer"] == "shown" and state[0]["count_target"] is None
    do(show, clock, "segment_update", segment=seg, fields={"count": "up"})
    assert snapshot(show, clock.now())["segments"][PANEL_3]["count"] == "up"
    with pytest.raises(CommandError, match="'count' is down, up or 'to HH:MM', not 'sideways'"):
        do(show, clock, "segment_update", segment=seg, fields={"count": "sideways"})
    do(show, clock, "segment_update", segment=seg, fields={"count": None})  # null: back to the default
    assert show.segment(PANEL_3).count == DOWN
