"""What automations fire on (core/automation_watch.py): each trigger once per run, in the order
it happened, at the instant the show's timestamps say (never by counting ticks), and nothing of a
run taken up again (its baseline)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from runofshow.core.automation_format import read_automations
from runofshow.core.automation_watch import (
    HttpRequest,
    Occurrence,
    OscRequest,
    TriggerWatch,
    filled,
    placeholder_values,
)
from runofshow.core.automations import Trigger
from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.show import Show
from runofshow.core.wording import WordsError
from tests.helpers.show import do

# The roundtable: opening (6m, 2 speakers), cross-border (12m, panel), ..., closing (5m, fixed 14:40).
# Defaults: WRAP UP at 2m, FINAL at 30s.


def names(found: list[Occurrence]) -> list[str]:
    return [o.key for o in found]


def test_a_segment_start_wrap_up_final_time_up_and_end_each_fire_once_in_order(show: Show, clock: FakeClock) -> None:
    watch = TriggerWatch()
    assert watch.observe(show, clock.now()) == []
    do(show, clock, "start")
    assert names(watch.observe(show, clock.now())) == ["segment_start:opening"]
    clock.advance(60)
    assert watch.observe(show, clock.now(), changed=False) == []
    clock.advance(6 * 60 - 120 - 60 + 0.002)  # 2 ms past the WRAP UP threshold: a tick just after it
    found = watch.observe(show, clock.now(), changed=False)
    assert names(found) == ["wrap_up:opening"]
    # The instant is when the countdown crossed it, from the timestamps: 2 ms before the look.
    assert found[0].at.mono == pytest.approx(clock.now().mono - 0.002)
    assert watch.observe(show, clock.now(), changed=False) == []  # looking again finds nothing new
    clock.advance(120 + 10)  # a long silence: FINAL and the end of time both passed since
    found = watch.observe(show, clock.now(), changed=False)
    assert names(found) == ["final:opening", "time_up:opening"]
    assert found[1].at.mono - found[0].at.mono == pytest.approx(30)
    assert found[1].at.wall == clock.now().wall - timedelta(seconds=10.002)  # on the second, as it happened
    do(show, clock, "next")
    found = watch.observe(show, clock.now())
    assert names(found) == ["segment_end:opening", "segment_start:cross-border"]  # the end first


def test_time_added_back_and_a_segment_started_again_do_not_fire_twice(show: Show, clock: FakeClock) -> None:
    watch = TriggerWatch()
    do(show, clock, "start")
    clock.advance(5 * 60)  # 1 minute left: WRAP UP
    watch.observe(show, clock.now())
    do(show, clock, "add_time", seconds=300)  # out of WRAP UP again...
    clock.advance(5 * 60)  # ...and into it again
    assert "wrap_up:opening" not in names(watch.observe(show, clock.now()))
    do(show, clock, "next")
    do(show, clock, "previous")  # the opening again: no second start
    assert names(watch.observe(show, clock.now())) == ["segment_start:cross-border"]
    assert watch.observe(show, clock.now()) == []


def test_time_taken_away_crosses_at_the_command_not_before_the_last_look(show: Show, clock: FakeClock) -> None:
    watch = TriggerWatch()
    do(show, clock, "start")
    clock.advance(60)  # 5 minutes left
    watch.observe(show, clock.now())
    looked = clock.now().mono
    clock.advance(0.5)
    do(show, clock, "add_time", seconds=-4 * 60)  # 1 minute left at once: WRAP UP now
    found = watch.observe(show, clock.now())
    assert names(found) == ["wrap_up:opening"]
    assert looked <= found[0].at.mono <= clock.now().mono


def test_the_floor_messages_and_the_end_of_the_show(show: Show, clock: FakeClock) -> None:
    watch = TriggerWatch()
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    do(show, clock, "message", to="moderator", text="Five minutes")
    found = watch.observe(show, clock.now())
    assert [o.trigger for o in found] == [Trigger.SEGMENT_START, Trigger.FLOOR_GIVEN, Trigger.MESSAGE]
    assert found[1].turn is not None and found[1].turn.entry == "moderator"
    assert found[2].message is not None and found[2].message.text == "Five minutes"
    assert found[2].segment == "opening"  # a message is about the segment it came in
    for _ in show.event.segments:
        clock.advance(1)
        do(show, clock, "next")
    found = watch.observe(show, clock.now())
    assert found[-1].key == "show_end" and found[-1].segment == "closing"
    assert found[-2].key == "segment_end:closing"
    assert watch.observe(show, clock.now()) == []


def test_a_tick_looks_only_at_the_live_countdown(show: Show, clock: FakeClock) -> None:
    """A tick costs the same with 10 or 2,000 segments: only a change looks at the whole run."""
    watch = TriggerWatch()
    do(show, clock, "start")
    assert watch.observe(show, clock.now(), changed=False) == []
    assert names(watch.observe(show, clock.now())) == ["segment_start:opening"]


def test_a_baseline_counts_what_has_happened_as_fired(show: Show, clock: FakeClock) -> None:
    """A run taken up again (recovered after a crash, resumed) sends nothing of what was before."""
    do(show, clock, "start")
    do(show, clock, "speaker_next")
    clock.advance(5 * 60)
    do(show, clock, "message", to="moderator", text="hello")
    watch = TriggerWatch()
    before = watch.baseline(show, clock.now())
    assert {o.trigger for o in before} == {Trigger.SEGMENT_START, Trigger.FLOOR_GIVEN, Trigger.MESSAGE, Trigger.WRAP_UP}
    assert watch.observe(show, clock.now()) == []
    clock.advance(31)
    assert names(watch.observe(show, clock.now(), changed=False)) == ["final:opening"]


def test_next_due_is_when_the_countdown_reaches_its_next_threshold(show: Show, clock: FakeClock) -> None:
    watch = TriggerWatch()
    assert watch.next_due(show, clock.now()) is None
    do(show, clock, "start")
    watch.observe(show, clock.now())
    assert watch.next_due(show, clock.now()) == pytest.approx(6 * 60 - 120)
    clock.advance(6 * 60 - 120)
    watch.observe(show, clock.now(), changed=False)
    assert watch.next_due(show, clock.now()) == pytest.approx(90)
    do(show, clock, "pause")
    assert watch.next_due(show, clock.now()) is None  # paused: nothing comes


AUTOMATIONS = [
    {
        "on": "segment_start",
        "segments": ["panel"],
        "http": {
            "url": "http://127.0.0.1:9/hook/{segment.id}?t={segment.title}",
            "body": {"title": "{segment.title}", "left": "{left_s}", "who": "{speaker.name}", "n": 1, "s": "x {left}"},
        },
    },
    {"on": "floor_given", "osc": {"to": "127.0.0.1:53000", "address": "/floor", "args": ["{speaker.name}", 1]}},
]


def test_placeholders_are_filled_from_the_show_and_keep_their_json_types(show: Show, clock: FakeClock) -> None:
    http, osc = read_automations(AUTOMATIONS)
    watch = TriggerWatch()  # the app looks after every command
    do(show, clock, "goto", segment="cross-border")
    do(show, clock, "start")
    (start,) = watch.observe(show, clock.now())
    values = placeholder_values(show, start)
    do(show, clock, "speaker_next")
    (floor,) = watch.observe(show, clock.now())
    assert http.matches(start.trigger, start.segment, start.kind)  # by kind: the panels
    assert not http.matches(start.trigger, "opening", "opening")
    request = filled(http, values)
    assert isinstance(request, HttpRequest)
    assert request.url == "http://127.0.0.1:9/hook/cross-border?t=Panel%201%3A%20Cross-border%20collaboration"
    assert request.body is not None
    assert json.loads(request.body) == {
        "title": "Panel 1: Cross-border collaboration",
        "left": 12 * 60,  # a number, not text
        "who": None,  # no one had the floor when it started
        "n": 1,
        "s": "x 12:00",
    }
    message = filled(osc, placeholder_values(show, floor))
    assert isinstance(message, OscRequest)
    assert message.args[1] == 1 and isinstance(message.args[0], str) and message.args[0]


def test_a_body_too_big_once_filled_is_not_sent(roundtable: Event, clock: FakeClock) -> None:
    (automation,) = read_automations(
        [{"on": "message", "http": {"url": "http://127.0.0.1/", "body": "{message.text}"}}]
    )
    show = Show(roundtable)
    do(show, clock, "message", to="moderator", text="x" * 500)
    big = replace(automation.action, body=["{message.text}"] * 550)  # within its 16 KB as written, 275 KB filled
    occurrence = TriggerWatch().observe(show, clock.now())[-1]
    with pytest.raises(WordsError, match="filled body"):
        filled(replace(automation, action=big), placeholder_values(show, occurrence))
