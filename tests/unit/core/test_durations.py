from datetime import time

import pytest

from runofshow.core.durations import (
    DurationError,
    format_countdown,
    format_short,
    parse_duration,
    parse_time_of_day,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90", 90),
        ("90s", 90),
        ("5m", 300),
        ("1h", 3600),
        ("1h30m", 5400),
        ("1h 2m 3s", 3723),
        ("4:30", 270),
        ("1:02:03", 3723),
        (" 2M ", 120),
        ("24h", 86400),
    ],
)
def test_parse_duration_accepts_every_documented_form(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "0s", "-5m", "5 minutes", "4:60", "24h1s", "1.5m", "m", "1:2"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(DurationError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "value"), [("14:00", time(14, 0)), ("9:05", time(9, 5)), ("23:59:59", time(23, 59, 59))]
)
def test_parse_time_of_day(text: str, value: time) -> None:
    assert parse_time_of_day(text) == value


@pytest.mark.parametrize("text", ["24:00", "14:60", "2pm", "14", "14:00:60", ""])
def test_parse_time_of_day_rejects(text: str) -> None:
    with pytest.raises(DurationError):
        parse_time_of_day(text)


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (300.0, "5:00"),
        (299.001, "5:00"),  # rounds up: 5:00 stays until a whole second has gone
        (299.0, "4:59"),
        (0.5, "0:01"),
        (0.0, "0:00"),
        (-0.5, "0:00"),
        (-1.0, "+0:01"),
        (-72.9, "+1:12"),
        (3725.0, "1:02:05"),
    ],
)
def test_format_countdown_flips_on_whole_seconds(remaining: float, shown: str) -> None:
    assert format_countdown(remaining) == shown


def test_format_short() -> None:
    assert format_short(5400) == "1h30m"
    assert format_short(270) == "4m30s"
