from datetime import date, time

import pytest

from runofshow.core.templates import new_event


def test_the_roundtable_shape_fits_the_time_given() -> None:
    event = new_event(
        "roundtable", title="T", day=date(2025, 10, 26), start=time(14), end=time(14, 45), zone="Asia/Ho_Chi_Minh"
    )
    assert [(s.kind, s.duration_s // 60) for s in event.segments] == [
        ("opening", 6), ("panel", 12), ("panel", 12), ("panel", 10), ("closing", 5),
    ]  # fmt: skip
    assert event.planned_end() == event.info.hard_end and event.segments[-1].locked
    longer = new_event("roundtable", title="T", day=date(2025, 10, 26), start=time(9), end=time(10, 30), zone="UTC")
    assert longer.planned_end() == longer.info.hard_end


def test_empty_is_one_segment_as_long_as_the_event_and_unknown_templates_are_refused() -> None:
    event = new_event("empty", title="T", day=date(2025, 10, 26), start=time(9), end=None, zone="UTC")
    assert [(s.id, s.duration_s) for s in event.segments] == [("segment", 3600)]
    with pytest.raises(ValueError, match="unknown template"):
        new_event("gala", title="T", day=date(2025, 10, 26), start=time(9), end=None, zone="UTC")


def test_a_new_plan_is_one_the_format_reads_back_and_a_title_past_its_limit_is_refused() -> None:
    from runofshow.core.fields import CommandError
    from runofshow.core.plan_data import event_data, read_event

    event = new_event("roundtable", title="T" * 200, day=date(2025, 10, 26), start=time(14), end=None, zone="UTC")
    assert read_event(event_data(event)) == event
    with pytest.raises(CommandError, match=r"event\.title: is limited to 200 characters"):
        new_event("empty", title="T" * 201, day=date(2025, 10, 26), start=time(9), end=None, zone="UTC")
