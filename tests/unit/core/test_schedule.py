import contextlib
import random
from datetime import datetime, timedelta

import pytest

from runofshow.core.clock import FakeClock, Instant
from runofshow.core.fields import CommandError
from runofshow.core.schedule import Chain, Phase, ScheduleBasis, compute_schedule, seconds_to_next_flip
from runofshow.core.show import Show
from runofshow.core.status import Status
from tests.helpers.show import do


def hanoi(show: Show, hhmmss: str) -> datetime:
    h, m, s = (int(x) for x in (hhmmss + ":00")[:8].split(":"))
    return datetime.combine(show.event.info.date, datetime.min.time(), tzinfo=show.event.info.tz).replace(
        hour=h, minute=m, second=s
    )


def test_before_the_start_everything_is_as_planned(show: Show, clock: FakeClock) -> None:
    sched = compute_schedule(show, clock.now())
    assert sched.projected_end == sched.planned_end == hanoi(show, "14:45")
    assert sched.offset_s == 0
    assert sched.to_hard_end_s == 46 * 60
    assert [t.expected_start for t in sched.segments] == [t.planned_start for t in sched.segments]
    assert sched.segments[0].phase is Phase.STANDBY


def test_a_late_start_pushes_the_projection(show: Show, clock: FakeClock) -> None:
    clock.advance(150)  # 14:01:30 and nobody pressed GO
    sched = compute_schedule(show, clock.now())
    assert sched.segments[0].expected_start == hanoi(show, "14:01:30")
    assert sched.projected_end == hanoi(show, "14:46:30")
    assert sched.offset_s == pytest.approx(90)


def test_overtime_and_pause_push_the_projected_end(show: Show, clock: FakeClock) -> None:
    clock.advance(60)
    do(show, clock, "start")  # 14:00:00
    clock.advance(400)  # 40 s into overtime
    sched = compute_schedule(show, clock.now())
    assert sched.segments[0].phase is Phase.OVERTIME
    assert sched.segments[0].overrun
    assert sched.segments[1].expected_start == hanoi(show, "14:06:40")
    assert sched.offset_s == pytest.approx(40)
    do(show, clock, "next")
    clock.advance(60)
    do(show, clock, "pause")
    before = compute_schedule(show, clock.now()).projected_end
    clock.advance(45)
    after = compute_schedule(show, clock.now()).projected_end
    assert (after - before).total_seconds() == pytest.approx(45)


def test_a_fixed_start_waits_when_the_show_runs_early(show: Show, clock: FakeClock) -> None:
    clock.advance(60)
    do(show, clock, "start")
    for _ in range(4):  # every segment takes one minute
        clock.advance(60)
        do(show, clock, "next")
    sched = compute_schedule(show, clock.now())
    # The closing is live now because Next starts it; its fixed start only shapes projections.
    assert sched.segments[4].status is Status.LIVE
    show2 = Show(show.event)
    clock2 = FakeClock(clock.now().wall - timedelta(minutes=5))
    do(show2, clock2, "start")
    clock2.advance(60)
    do(show2, clock2, "goto", segment="convention-platform")
    sched2 = compute_schedule(show2, clock2.now())
    assert sched2.segments[4].expected_start == hanoi(show, "14:40")


def test_phases_follow_the_thresholds(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    phases = []
    for elapsed in (0, 239, 240, 330, 360, 361):
        c = FakeClock(clock.now().wall, clock.now().mono)
        c.advance(elapsed)
        phases.append(compute_schedule(show, c.now()).segments[0].phase)
    assert phases == [Phase.RUNNING, Phase.RUNNING, Phase.WRAP_UP, Phase.FINAL, Phase.OVERTIME, Phase.OVERTIME]


def test_ended_show_projects_its_actual_end(show: Show, clock: FakeClock) -> None:
    clock.advance(60)
    do(show, clock, "start")
    for _ in range(5):
        clock.advance(300)
        do(show, clock, "next")
    end = clock.now().wall
    clock.advance(600)
    sched = compute_schedule(show, clock.now())
    assert sched.projected_end == end.astimezone(show.event.info.tz)


def test_the_wall_clock_jumping_does_not_move_countdowns(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(100)
    clock.jump_wall(-3600)  # NTP or a manual change
    assert compute_schedule(show, clock.now()).segments[0].remaining_s == pytest.approx(260)


def test_chain_composition() -> None:
    f, g = Chain(10, 100), Chain(5, 50)
    for t in (0.0, 80.0, 95.0, 200.0):
        assert f.then(g)(t) == g(f(t))


def naive_projection(show: Show, now: Instant) -> tuple[list[float], float]:
    """An independent, slow restatement of the chaining rule."""
    info = show.event.info
    wall = now.wall.timestamp()
    live = show.live_index
    if live is not None:
        t = wall + max(show.remaining(live, now), 0)
    else:
        t = wall if show.started else max(wall, info.start_at.timestamp())
    starts, ends = [], []
    for i, seg in enumerate(show.event.segments):
        run = show.runs[i]
        if run.status is Status.PENDING and i >= show.cursor:
            if seg.fixed_start is not None:
                t = max(t, info.at(seg.fixed_start).timestamp())
            starts.append(t)
            t += max(show.remaining(i, now), 0)
            ends.append(t)
        else:
            starts.append(None)
    done_ends = [r.actual_end.wall.timestamp() for r in show.runs if r.status is Status.DONE and r.actual_end]
    return starts, max([*ends, *done_ends, t if live is not None else float("-inf")])


@pytest.mark.parametrize("seed", range(30))
def test_incremental_basis_matches_a_naive_walk(show: Show, clock: FakeClock, seed: int) -> None:
    rng = random.Random(seed)
    actions = ["start", "pause", "toggle", "next", "previous", "goto", "add_time"]
    for _ in range(25):
        clock.advance(rng.uniform(0, 400))
        action = rng.choice(actions)
        arguments: dict[str, object] = {}
        if action == "goto":
            arguments["segment"] = rng.choice(show.event.segments).id
        if action == "add_time":
            arguments["seconds"] = rng.choice([-60, 60, 30])
        with contextlib.suppress(CommandError):
            do(show, clock, action, **arguments)
        clock.advance(rng.uniform(0, 50))
        basis = ScheduleBasis(show)
        starts, end = naive_projection(show, clock.now())
        for i, start in enumerate(starts):
            if start is not None:
                assert basis.timing(i, clock.now()).expected_start.timestamp() == pytest.approx(start)
        if end != float("-inf"):
            assert basis.projected_end(clock.now()).timestamp() == pytest.approx(end)


def test_next_flip_lands_on_the_true_second_boundary(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(10.3)  # remaining 349.7: the display flips from 5:50 to 5:49 in 0.7 s
    # The wall clock sits on a whole second plus 0.3 s: it flips in 0.7 s too.
    assert seconds_to_next_flip(show, clock.now()) == pytest.approx(0.7)
    do(show, clock, "add_time", seconds=0.5)  # remaining 350.2: countdown flips in 0.2 s
    assert seconds_to_next_flip(show, clock.now()) == pytest.approx(0.2)
    do(show, clock, "pause")
    assert seconds_to_next_flip(show, clock.now()) == pytest.approx(0.7)


def test_bars_are_the_timings_in_posix_seconds(roundtable, clock) -> None:
    from runofshow.core.schedule import ScheduleBasis
    from runofshow.core.show import Show
    from tests.helpers.show import do

    show = Show(roundtable)
    for step in ("start", "next", "add_time", "next"):
        if step == "add_time":
            do(show, clock, step, seconds=120)
        else:
            do(show, clock, step)
        clock.advance(400)
        basis = ScheduleBasis(show)
        now = clock.now()
        for i, bar in enumerate(basis.bars(now)):
            timing = basis.timing(i, now)
            assert bar.planned_start == timing.planned_start.timestamp()
            assert (bar.start, bar.end) == (timing.expected_start.timestamp(), timing.expected_end.timestamp())
            assert (bar.status, bar.overrun) == (timing.status, timing.overrun)
