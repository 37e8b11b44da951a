"""#29: what the session makes of who holds the show: a new show's word checked before anything is
written, the reason every command is then refused, and what the venue is told."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.clock import Instant
from runofshow.core.fields import CommandError
from runofshow.core.records import TermRecord
from runofshow.session.show_terms import holder, reachable, read_stand_down, stood_down_words

AT = Instant(100.0, datetime(2025, 10, 26, 7, 21, 3, tzinfo=UTC))


def test_a_stand_down_is_read_and_the_new_shows_address_made_reachable() -> None:
    word = {"term": 2, "holder": "stage-desk", "url": "http://0.0.0.0:8766", "by": "control@192.168.1.21"}
    assert read_stand_down(word) == (2, "stage-desk", "http://192.168.1.21:8766")
    assert reachable("http://192.168.1.21:8766", "control@10.0.0.9") == "http://192.168.1.21:8766"
    assert reachable("http://[::]:8766", "control@fd00::21") == "http://[fd00::21]:8766"


@pytest.mark.parametrize(
    "word", [{"term": 0}, {"term": True}, {"term": "2"}, {"term": 2, "holder": "x" * 201}, {"term": 2, "url": 5},
             {"term": 2, "holder": "a\nb"}],
)  # fmt: skip
def test_a_stand_down_of_the_wrong_shape_is_refused(word: dict) -> None:
    with pytest.raises(CommandError):
        read_stand_down(word)


def test_the_reason_names_who_took_over_when_in_the_events_zone_and_where_to_go() -> None:
    record = TermRecord(2, "stage-desk", AT, False, "http://192.168.1.21:8766")
    words = stood_down_words(record, ZoneInfo("Asia/Ho_Chi_Minh"))
    assert str(words) == (
        "taken over by stage-desk at 14:21: this laptop is the standby now; send commands to http://192.168.1.21:8766"
    )


def test_the_venue_is_told_which_laptop_holds_the_show_and_a_takeover() -> None:
    assert set(holder(None)) == {"host"}
    assert holder(TermRecord(2, "stage-desk", AT, True))["taken_over"] == {"at": AT.wall.isoformat(), "term": 2}
    assert "taken_over" not in holder(TermRecord(2, "stage-desk", AT, False))  # this one stood down
