"""The command pipeline (core/pipeline.py): the moment a command takes effect."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.dispatch import Dispatcher
from runofshow.core.pipeline import Pipeline
from runofshow.core.schedule import seconds_to_next_flip
from runofshow.core.show import Show


@pytest.fixture
def pipeline(show: Show, clock: FakeClock) -> Pipeline:
    return Pipeline(Dispatcher(show), clock.now)


def test_a_command_takes_effect_at_the_start_of_its_wall_clock_second(
    pipeline: Pipeline, show: Show, clock: FakeClock
) -> None:
    clock.advance(3.412)
    pipeline.run({"action": "start"})
    run = show.runs[show.cursor]
    assert run.actual_start is not None
    assert run.actual_start.wall.microsecond == 0
    assert run.actual_start.mono == pytest.approx(clock.now().mono - 0.412)
    # It already counts the 0.412 s of its second; never a moment in the future.
    assert show.remaining(show.cursor, clock.now()) == pytest.approx(show.duration(show.cursor) - 0.412)


def test_countdowns_started_mid_second_flip_with_the_time_of_day(
    pipeline: Pipeline, show: Show, clock: FakeClock
) -> None:
    # Pressed at arbitrary fractions of a second: the segment, a pause and resume, a speaker's turn.
    for step, wait in (("start", 0.37), ("pause", 2.61), ("resume", 1.29), ("next", 0.83)):
        clock.advance(wait)
        pipeline.run({"action": step})
    while not show.runs[show.cursor].queue.entries:  # on to a segment with speakers
        clock.advance(0.71)
        pipeline.run({"action": "next"})
    live = show.live_index
    assert live is not None
    clock.advance(0.58)
    pipeline.run({"action": "speaker_next"})
    speaking = show.runs[live].queue.speaking
    assert speaking is not None and speaking.remaining(clock.now()) is not None
    for wait in (0.26, 1.0, 0.49, 7.3):
        clock.advance(wait)
        into = clock.now().wall.microsecond / 1e6
        # One wake-up serves the time of day, the segment and the speaker: all flip at the wall's next second.
        assert seconds_to_next_flip(show, clock.now()) == pytest.approx(1.0 - into)


def test_a_clock_stepped_apart_gets_a_wake_up_of_its_own(pipeline: Pipeline, show: Show, clock: FakeClock) -> None:
    clock.advance(0.5)
    pipeline.run({"action": "start"})
    clock.jump_wall(0.3)  # the system clock is corrected by 0.3 s; the countdown keeps its grid
    clock.advance(0.1)
    # The wall clock flips in 0.1 s; the countdown (on its monotonic grid) in 0.4 s: the first.
    assert seconds_to_next_flip(show, clock.now()) == pytest.approx(0.1)
