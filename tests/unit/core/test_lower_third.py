"""The stream's lower third in the state: who has the floor since when, and shown or hidden by hand
(`lower_third`, journaled and replayed like every command)."""

from __future__ import annotations

import pytest

from runofshow.core.clock import FakeClock
from runofshow.core.commands import parse_command
from runofshow.core.event import Event
from runofshow.core.fields import CommandError
from runofshow.core.records import CommandRecord, Record, RunRecord, SessionRecord
from runofshow.core.replay import replay
from runofshow.core.show import Show
from runofshow.core.snapshot import public_view, snapshot
from tests.helpers.show import dispatcher_of, do


def _speaker(state: dict, entry: str) -> dict:
    live = next(s for s in state["segments"] if s["id"] == state["live_segment"])
    return next(p for p in live["speakers"] if p["id"] == entry)


def test_a_turn_says_when_it_began_and_the_public_view_keeps_it(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(5)
    do(show, clock, "speaker_next")  # the moderator has the floor
    clock.advance(42.5)
    state = snapshot(show, clock.now())
    assert _speaker(state, "moderator")["turn_start"] == "2025-10-26T13:59:05.000+07:00"
    assert _speaker(state, "host")["turn_start"] is None  # not speaking: no turn
    public = public_view(state)
    assert _speaker(public, "moderator")["turn_start"] == "2025-10-26T13:59:05.000+07:00"
    assert public["lower_third"] == {"shown": True, "since": None}
    do(show, clock, "speaker_next")
    state = snapshot(show, clock.now())
    assert _speaker(state, "moderator")["turn_start"] is None  # done
    assert _speaker(state, "host")["turn_start"] == "2025-10-26T13:59:47.500+07:00"


def test_hidden_by_hand_it_stays_hidden_until_shown_again(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(10)
    do(show, clock, "lower_third", shown=False)
    assert snapshot(show, clock.now())["lower_third"] == {"shown": False, "since": "2025-10-26T13:59:10.000+07:00"}
    do(show, clock, "speaker_next")
    do(show, clock, "next")
    assert snapshot(show, clock.now())["lower_third"]["shown"] is False  # turns and segments do not show it
    clock.advance(3)
    do(show, clock, "lower_third", shown=True)
    assert snapshot(show, clock.now())["lower_third"] == {"shown": True, "since": "2025-10-26T13:59:13.000+07:00"}


@pytest.mark.parametrize("bad", [{}, {"shown": "yes"}, {"shown": 1}, {"shown": None}, {"shown": True, "hold": 5}])
def test_a_bad_lower_third_command_is_refused(show: Show, clock: FakeClock, bad: dict) -> None:
    before = snapshot(show, clock.now())
    with pytest.raises(CommandError):
        do(show, clock, "lower_third", **bad)
    assert snapshot(show, clock.now()) == before


def test_replay_brings_back_a_lower_third_hidden_by_hand(roundtable: Event, clock: FakeClock) -> None:
    show = Show(roundtable)
    start = clock.now()
    records: list[Record] = [SessionRecord("s1", "event.yaml", start.wall), RunRecord("boot-a", start.mono, start)]
    for seq, data in enumerate(({"action": "start"}, {"action": "lower_third", "shown": False}), start=1):
        clock.advance(2)
        command = parse_command(data)
        dispatcher_of(show).apply(command, clock.now())
        records.append(CommandRecord(seq, clock.now(), command.to_raw()))
    rebuilt = replay(roundtable, records, clock.now(), "boot-a").show
    assert snapshot(rebuilt, clock.now())["lower_third"] == snapshot(show, clock.now())["lower_third"]
    assert rebuilt.lower_third_shown is False
