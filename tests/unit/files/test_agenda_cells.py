"""What one cell of an agenda says: ranges, dates, date-times with offsets, and zones by name."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from runofshow.files.agenda_cells import Moment, find_date, parse_day, parse_moment, parse_range
from runofshow.files.agenda_zones import zone_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:00–14:45", (time(14), time(14, 45))), ("2:00 PM – 2:45 PM", (time(14), time(14, 45))),
     ("2–2:45 pm", (time(14), time(14, 45))), ("11–1 pm", (time(11), time(13))),
     ("14h00 – 14h45", (time(14), time(14, 45))), ("07:00 AM - 11:59 PM", (time(7), time(23, 59))),
     ("06:30 PM - 12:00 AM", (time(18, 30), time(0))), ("9h à 10h", (time(9), time(10))),
     ("14:00 đến 15:00", (time(14), time(15))), ("2025-10-26", None), ("Panel - Q&A", None)],
)  # fmt: skip
def test_ranges_as_organisers_write_them(text: str, expected: tuple[time, time] | None) -> None:
    assert parse_range(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2025-10-26", "26/10/2025", "26.10.2025", "Oct 26, 2025", "October 26th, 2025", "26 octobre 2025",
     "dimanche 26 octobre 2025", "26. Oktober 2025", "26 de octubre de 2025", "26 tháng 10 năm 2025",
     "Ngày 26 tháng 10 năm 2025", "Chủ nhật, 26/10/2025", datetime(2025, 10, 26, 0, 0), date(2025, 10, 26)],
)  # fmt: skip
def test_dates_as_organisers_write_them(text: object) -> None:
    assert find_date(text) == date(2025, 10, 26)


def test_a_date_column_s_cell_that_is_no_date_says_how_to_write_one() -> None:
    with pytest.raises(ValueError, match=r"'Day 1' is not a date \(use 2025-10-26, 26/10/2025 or 26 October 2025\)"):
        parse_day("Day 1")


HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-01-01T12:00:00", Moment(time(12), date(2025, 1, 1))),
     ("2025-01-01 12:00", Moment(time(12), date(2025, 1, 1))),
     ("2020-03-30 10:00:00+00:00", Moment(time(17), date(2020, 3, 30), "+00:00")),
     ("2020-03-30T20:00:00Z", Moment(time(3), date(2020, 3, 31), "+00:00")),
     (datetime(2025, 1, 1, 9, 30), Moment(time(9, 30), date(2025, 1, 1))),
     (datetime(2025, 1, 1, 9, 30, tzinfo=UTC), Moment(time(16, 30), date(2025, 1, 1), "+00:00")),
     ("14:00", Moment(time(14)))],
)  # fmt: skip
def test_date_times_in_one_cell_an_offset_turned_into_the_event_s_zone(value: object, expected: Moment) -> None:
    assert parse_moment(value, HANOI) == expected


@pytest.mark.parametrize(
    ("text", "labelled", "zone"),
    [("Asia/Ho_Chi_Minh", False, "Asia/Ho_Chi_Minh"), ("UTC+7", False, "Etc/GMT-7"), ("GMT-5", False, "Etc/GMT+5"),
     ("ICT", True, "Asia/Ho_Chi_Minh"), ("Hanoi", True, "Asia/Ho_Chi_Minh"), ("Hà Nội", True, "Asia/Ho_Chi_Minh"),
     ("Trung tâm Hội nghị Quốc gia, Hà Nội", True, "Asia/Ho_Chi_Minh"), ("Genève", True, "Europe/Zurich"),
     ("New York", True, "America/New_York"), ("ICT for Development Forum", False, None),
     ("Paris et Lyon", True, "Europe/Paris"), ("somewhere", True, None)],
)  # fmt: skip
def test_a_zone_from_a_name_an_offset_an_abbreviation_or_a_city(text: str, labelled: bool, zone: str | None) -> None:
    assert zone_in(text, labelled=labelled) == zone
