from datetime import UTC, datetime, timedelta

import pytest

from runofshow.core.clock import FakeClock, RehearsalClock, SystemClock


def test_system_clock_wall_is_aware_utc_and_mono_increases() -> None:
    clock = SystemClock()
    first, second = clock.now(), clock.now()
    assert first.wall.tzinfo is UTC
    assert second.mono >= first.mono


def test_rehearsal_clock_starts_at_the_given_time_and_runs_faster() -> None:
    base = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    start = datetime(2025, 10, 26, 7, 0, tzinfo=UTC)
    clock = RehearsalClock(base, speed=60, wall_start=start)
    assert clock.now().wall == start
    before = clock.now().mono
    base.advance(1.5)
    now = clock.now()
    assert now.wall == start + timedelta(seconds=90)
    assert now.mono - before == pytest.approx(90)
    assert clock.rate == 60


def test_rehearsal_clock_ignores_wall_jumps_of_the_base() -> None:
    base = FakeClock()
    clock = RehearsalClock(base, speed=2)
    first = clock.now()
    base.jump_wall(3600)
    assert clock.now() == first


def test_rehearsal_clock_rejects_non_positive_speed() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        RehearsalClock(FakeClock(), speed=0)


def test_on_the_second_is_the_start_of_the_wall_clocks_second_on_both_readings() -> None:
    from runofshow.core.clock import Instant, on_the_second

    reading = Instant(1000.75, datetime(2025, 10, 26, 7, 0, 3, 412_000, tzinfo=UTC))
    snapped = on_the_second(reading)
    assert snapped.wall == datetime(2025, 10, 26, 7, 0, 3, tzinfo=UTC)
    assert snapped.mono == pytest.approx(1000.338)  # the same 0.412 s taken off the monotonic reading
    assert on_the_second(snapped) == snapped  # already on a second: unchanged, never later
