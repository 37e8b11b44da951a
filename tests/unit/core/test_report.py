from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.report import build_report
from runofshow.core.show import Show
from tests.helpers.show import do


def test_report_of_a_short_run(show: Show, clock: FakeClock) -> None:
    clock.advance(60)
    do(show, clock, "start")
    clock.advance(400)  # opening overran by 40 s
    do(show, clock, "next")
    do(show, clock, "speaker_next")
    clock.advance(100)
    do(show, clock, "speaker_pause")
    clock.advance(20)
    do(show, clock, "speaker_resume")
    clock.advance(50)
    do(show, clock, "speaker_next")
    clock.advance(30)
    do(show, clock, "message", to="moderator", text="Wrap up")
    report = build_report(show, clock.now(), "s1")
    opening, panel = report.segments[0], report.segments[1]
    assert (opening.status, opening.over_under_s) == ("done", pytest.approx(40))
    assert opening.actual_end is not None and f"{opening.actual_start:%H:%M:%S}" == "14:00:00"
    assert panel.status == "live" and panel.actual_end is None and panel.actual_duration_s == pytest.approx(200)
    first = report.turns[0]
    assert (first.speaker.startswith("Law-enforcement speaker 1"), first.spoken_s, first.pauses) == (True, 150, 1)
    assert first.paused_s == pytest.approx(20)
    assert report.turns[1].end is None and report.turns[1].spoken_s == pytest.approx(30)
    sectors = {t.name: t.spoken_s for t in report.totals.sectors}
    assert sectors == {"law enforcement": pytest.approx(150), "private sector": pytest.approx(30)}
    assert report.messages[0].text == "Wrap up" and report.actual_end is None
