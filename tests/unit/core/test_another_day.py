"""An event of another day (a past one opened again, a file prepared early): its lateness is not
news, and no plan to land on time is made against today's clock (issue #25: the bundled, past-dated
example offered a plan cutting four segments to 0:00, "9758:53:45 after the hard stop")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.fields import CommandError
from runofshow.core.schedule import another_day
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from tests.helpers.show import do

#: A year and a month after the roundtable: what opening the bundled example does today.
LATER = datetime(2026, 12, 6, 23, 0, tzinfo=UTC)


def test_a_past_event_not_started_is_another_days(show: Show, clock: FakeClock) -> None:
    assert not another_day(show, clock.now())  # a minute before the start: today
    later = FakeClock(LATER)
    assert another_day(show, later.now())
    assert snapshot(show, later.now())["schedule"]["another_day"] is True
    early = FakeClock(show.event.info.start_at - timedelta(days=3))
    assert another_day(show, early.now())  # prepared early: another day too


def test_no_plan_to_land_on_time_against_another_days_clock(show: Show) -> None:
    later = FakeClock(LATER)
    with pytest.raises(CommandError, match="planned for 2025-10-26, not today"):
        do(show, later, "fit_to_end")
    with pytest.raises(CommandError, match="not today"):
        do(show, later, "fit_to_end", apply=True)
    assert all(run.added_s == 0 for run in show.runs)  # nothing cut


def test_a_started_show_is_todays_whatever_its_date(show: Show) -> None:
    later = FakeClock(LATER)
    do(show, later, "start")  # a rehearsal on the real clock: it runs now
    assert not another_day(show, later.now())
    assert do(show, later, "fit_to_end") is not None
