"""The hard-stop planner: the roundtable four minutes late, and properties over random events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.core.clock import FakeClock
from runofshow.core.event import Event, EventInfo, Segment
from runofshow.core.fields import CommandError
from runofshow.core.planner import propose
from runofshow.core.schedule import ScheduleBasis
from runofshow.core.show import Show
from tests.helpers.show import do


def four_minutes_late(show: Show, clock: FakeClock) -> None:
    """The opening starts on time; panel 1 ends at 14:22 instead of 14:18."""
    clock.advance(60)
    do(show, clock, "start")
    clock.advance(360)
    do(show, clock, "next")
    clock.advance(16 * 60)


def test_the_roundtable_lands_on_1445_with_the_closing_untouched(show: Show, clock: FakeClock) -> None:
    four_minutes_late(show, clock)
    do(show, clock, "next")  # panel 2 starts at 14:22
    basis = ScheduleBasis(show)
    assert f"{basis.projected_end(clock.now()):%H:%M:%S}" == "14:49:00"
    proposal = do(show, clock, "fit_to_end")
    plan = proposal["plan"]
    assert plan["kind"] == "cut" and plan["miss_s"] == 0
    assert [s["id"] for s in plan["segments"]] == ["legal-frameworks", "convention-platform", "closing"]
    assert show.duration(2) == 720  # a proposal changes nothing
    do(show, clock, "fit_to_end", apply=True)
    end = ScheduleBasis(show).projected_end(clock.now())
    assert abs((end - end.replace(hour=14, minute=45, second=0, microsecond=0)).total_seconds()) < 0.01
    assert show.duration(4) == 300  # the locked closing keeps its five minutes
    assert show.duration(2) < 720 and show.duration(3) < 600
    # Cuts are in proportion to length: 12 and 10 minutes share the 4 minutes 12:10.
    cut2, cut3 = 720 - show.duration(2), 600 - show.duration(3)
    assert cut2 / cut3 == pytest.approx(720 / 600, rel=1e-3)
    # The waiting speakers of the live panel fit what is left of it.
    left = show.duration(2)
    assert sum(e.allotted_s for e in show.runs[2].queue.entries) == pytest.approx(left, abs=0.01)
    do(show, clock, "undo")
    assert show.duration(2) == 720 and show.runs[2].queue.entries[0].allotted_s == 180


def test_running_early_gives_time_back(roundtable: Event, clock: FakeClock) -> None:
    # Without the closing's fixed start (which would simply wait for 14:40).
    free = replace(roundtable, segments=tuple(replace(s, fixed_start=None) for s in roundtable.segments))
    show = Show(free)
    clock.advance(60)
    do(show, clock, "start")
    clock.advance(60)
    do(show, clock, "next")  # the opening took one minute: five minutes early
    plan = do(show, clock, "fit_to_end", apply=True)["plan"]
    assert plan["kind"] == "extend"
    end = ScheduleBasis(show).projected_end(clock.now())
    assert f"{end:%H:%M}" == "14:45" and end.second == 0


def test_a_plan_that_cannot_land_says_by_how_much(show: Show, clock: FakeClock) -> None:
    clock.advance(45 * 60)  # 14:44
    do(show, clock, "goto", segment="closing")  # only the locked closing is left
    do(show, clock, "start")
    clock.advance(4 * 60)  # ends 14:49
    plan = propose(show, clock.now())
    assert plan.miss_s == pytest.approx(240)
    assert plan.kind == "cut" and plan.miss_s == pytest.approx(plan.end_before.timestamp() - plan.hard_end.timestamp())


def test_move_time_between_segments(show: Show, clock: FakeClock) -> None:
    do(show, clock, "move_time", **{"from": "legal-frameworks", "to": "cross-border", "seconds": 120})
    assert (show.duration(1), show.duration(2)) == (840, 600)
    with pytest.raises(CommandError, match="locked"):
        do(show, clock, "move_time", **{"from": "closing", "to": "opening", "seconds": 60})
    do(show, clock, "undo")
    assert (show.duration(1), show.duration(2)) == (720, 720)


def test_question_bank(show: Show, clock: FakeClock) -> None:
    do(show, clock, "goto", segment="cross-border")
    do(show, clock, "start")
    do(show, clock, "question", question="q1", status="asked", to="Law-enforcement speaker 1")
    do(show, clock, "question_add", text="What about small states?")
    do(show, clock, "question", question="q2", status="skipped")
    questions = show.runs[1].questions
    assert [(q.id, q.status.value, q.to) for q in questions] == [
        ("q1", "asked", "Law-enforcement speaker 1"), ("q2", "skipped", ""), ("q3", "open", ""),
    ]  # fmt: skip
    with pytest.raises(CommandError, match="no question 'q9'"):
        do(show, clock, "question", question="q9", status="asked")
    do(show, clock, "undo")
    assert questions[1].status.value == "open"


# --- properties over random events and delays --------------------------------------------------
TZ = ZoneInfo("UTC")


@st.composite
def events(draw: st.DrawFn) -> Event:
    count = draw(st.integers(1, 12))
    segments = []
    for n in range(count):
        duration = draw(st.integers(60, 1800))
        minimum = draw(st.one_of(st.none(), st.integers(1, duration)))
        segments.append(
            Segment(id=f"s{n}", title=f"S{n}", duration_s=duration, locked=draw(st.booleans()), min_duration_s=minimum)
        )
    total = sum(s.duration_s for s in segments)
    hard = datetime.combine(date(2025, 1, 1), time(9, 0)) + timedelta(seconds=total + draw(st.integers(-600, 600)))
    info = EventInfo("T", date(2025, 1, 1), time(9, 0), "UTC", TZ, end=hard.time())
    return Event(info, tuple(segments))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event=events(), delay=st.integers(0, 1800), into=st.floats(0, 1), steps=st.integers(0, 3))
def test_applied_plans_respect_locks_minimums_and_land_when_they_can(
    event: Event, delay: int, into: float, steps: int
) -> None:
    clock = FakeClock(datetime(2025, 1, 1, 9, 0, tzinfo=UTC))
    show = Show(event)
    clock.advance(delay)  # a late start
    do(show, clock, "start")
    for _ in range(min(steps, len(event.segments) - 1)):
        clock.advance(show.duration(show.cursor) * (0.5 + into))
        do(show, clock, "next")
    clock.advance(show.duration(show.cursor) * into)
    before = [show.duration(i) for i in range(len(event.segments))]
    plan = propose(show, clock.now())
    result = do(show, clock, "fit_to_end", apply=True)
    assert result is not None
    now = clock.now()
    for i, seg in enumerate(event.segments):
        after = show.duration(i)
        if seg.locked:
            assert after == before[i]  # never touches a locked segment
        if after < before[i] - 1e-9:
            floor = max(seg.min_duration_s or 0, show.runs[i].elapsed(now) if show.live_index == i else 0)
            assert after >= floor - 1e-6  # never below a minimum (nor below what already ran)
    if plan.kind == "cut":
        end = ScheduleBasis(show).projected_end(now).timestamp()
        hard = event.info.hard_end.timestamp()
        if plan.miss_s == 0:
            assert abs(end - hard) < 0.01  # lands on the hard stop when the minimums allow it
        else:
            assert end > hard and plan.miss_s == pytest.approx(end - hard, abs=0.01)
            # ...and misses only when even every segment at its floor would not land.
            floors_end = propose(show, now).end_before.timestamp()
            assert floors_end > hard - 0.01
