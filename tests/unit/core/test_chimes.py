"""Which chime is due (core/chimes.py): once per phase of a countdown, from the state at the
moment, however often it is asked, on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from runofshow.core.chimes import MAX_REMEMBERED, Chime, ChimeGate, Countdown, segment_countdown, speaker_clock
from runofshow.core.clock import FakeClock
from runofshow.core.event import Event
from runofshow.core.frame import Frame
from runofshow.core.schedule import Phase, ScheduleBasis
from runofshow.core.show import Show
from runofshow.core.timer_modes import UP, Count
from tests.helpers.show import do


class FakeSink:
    """Counts what would have been played."""

    def __init__(self) -> None:
        self.played: list[Chime] = []

    def play(self, chime: Chime) -> None:
        self.played.append(chime)


def frame(show: Show, clock: FakeClock) -> Frame:
    return Frame(show, clock.now(), ScheduleBasis(show))


def listen(show: Show, clock: FakeClock, gate: ChimeGate, sink: FakeSink, seconds: float, step: float = 0.25) -> None:
    """Ask the gate every `step` seconds for `seconds` (a repaint four times a second)."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        chime = gate.due(segment_countdown(frame(show, clock)))
        if chime is not None:
            sink.play(chime)


def test_each_phase_chimes_once_however_often_it_is_asked(show: Show, clock: FakeClock) -> None:
    gate, sink = ChimeGate(), FakeSink()
    listen(show, clock, gate, sink, 30)  # before the start: nothing
    do(show, clock, "start")  # the opening: 6 min, WRAP UP at 2 min left, FINAL at 30 s
    listen(show, clock, gate, sink, 3 * 60)
    assert sink.played == []
    listen(show, clock, gate, sink, 3 * 60 + 40)  # through WRAP UP, FINAL, and 10 s of overtime
    assert sink.played == [Chime.WRAP_UP, Chime.FINAL, Chime.TIME_UP]
    listen(show, clock, gate, sink, 60)  # a minute more of overtime: nothing more
    assert len(sink.played) == 3


def test_time_added_and_reached_again_never_chimes_a_phase_twice(show: Show, clock: FakeClock) -> None:
    gate, sink = ChimeGate(), FakeSink()
    gate.due(None)  # listening from before the start
    do(show, clock, "start")
    listen(show, clock, gate, sink, 6 * 60 - 20)  # 20 s left: FINAL
    assert sink.played == [Chime.WRAP_UP, Chime.FINAL]
    do(show, clock, "add_time", seconds=60)  # 80 s left: WRAP UP again
    listen(show, clock, gate, sink, 90)  # FINAL again, then time up
    assert sink.played == [Chime.WRAP_UP, Chime.FINAL, Chime.TIME_UP]


def test_a_jump_past_phases_chimes_only_the_one_reached(show: Show, clock: FakeClock) -> None:
    gate, sink = ChimeGate(), FakeSink()
    gate.due(None)
    do(show, clock, "start")
    listen(show, clock, gate, sink, 60)
    clock.advance(6 * 60)  # the laptop slept through WRAP UP and FINAL
    listen(show, clock, gate, sink, 1)
    assert sink.played == [Chime.TIME_UP]


def test_each_segment_has_its_own_phases(show: Show, clock: FakeClock) -> None:
    gate, sink = ChimeGate(), FakeSink()
    gate.due(None)
    do(show, clock, "start")
    listen(show, clock, gate, sink, 6 * 60 + 5)
    do(show, clock, "next")  # panel 1, 12 min
    listen(show, clock, gate, sink, 12 * 60 + 5)
    assert sink.played == [Chime.WRAP_UP, Chime.FINAL, Chime.TIME_UP] * 2


def test_a_gate_that_starts_listening_mid_phase_does_not_chime_it(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(6 * 60 - 20)  # FINAL when the sound is turned on
    gate, sink = ChimeGate(), FakeSink()
    listen(show, clock, gate, sink, 10)
    assert sink.played == []
    listen(show, clock, gate, sink, 20)
    assert sink.played == [Chime.TIME_UP]
    gate.stop_listening()  # the speaker display hidden for a while, shown again in overtime
    listen(show, clock, gate, sink, 5)
    assert sink.played == [Chime.TIME_UP]


def test_a_count_up_never_chimes_and_a_count_to_chimes_while_paused(roundtable: Event, clock: FakeClock) -> None:
    segments = list(roundtable.segments)
    segments[0] = replace(segments[0], count=UP)
    segments[1] = replace(segments[1], count=Count("to", time(14, 10)))
    show = Show(replace(roundtable, segments=tuple(segments)))
    gate, sink = ChimeGate(), FakeSink()
    gate.due(None)
    clock.advance(60)
    do(show, clock, "start")
    listen(show, clock, gate, sink, 8 * 60)  # two minutes past its planned 6
    assert sink.played == []
    do(show, clock, "next")  # 14:08: counts to 14:10, WRAP UP at once
    do(show, clock, "pause")
    listen(show, clock, gate, sink, 2 * 60 + 1)
    assert sink.played == [Chime.WRAP_UP, Chime.FINAL, Chime.TIME_UP]


def test_the_speaker_display_chimes_what_it_shows_and_nothing_when_hidden(show: Show, clock: FakeClock) -> None:
    do(show, clock, "start")
    clock.advance(5 * 60)
    do(show, clock, "next")  # panel 1, with speakers
    clock.advance(1)
    do(show, clock, "speaker_next")
    shown = speaker_clock(frame(show, clock))
    assert shown is not None and shown.speaking and shown.countdown is not None
    assert shown.countdown.key.startswith("turn ") and shown.mode == "running"
    live = show.cursor
    do(show, clock, "segment_update", segment=show.segment(live).id, fields={"speaker_timer": "hidden"})
    hidden = speaker_clock(frame(show, clock))
    assert hidden is not None and hidden.mode == "hidden" and hidden.digits == "" and hidden.countdown is None


def test_the_speaker_display_counts_up_without_warnings(roundtable: Event, clock: FakeClock) -> None:
    segments = list(roundtable.segments)
    segments[0] = replace(segments[0], count=UP, speakers=())
    show = Show(replace(roundtable, segments=tuple(segments)))
    do(show, clock, "start")
    clock.advance(7 * 60 + 5)  # past its planned 6 min
    shown = speaker_clock(frame(show, clock))
    assert shown is not None and (shown.mode, shown.digits) == ("count_up", "7:05")
    do(show, clock, "pause")
    paused = speaker_clock(frame(show, clock))
    assert paused is not None and paused.mode == "paused"


def test_a_gate_forgets_the_oldest_countdowns_past_its_bound() -> None:
    gate = ChimeGate()
    gate.due(None)
    for n in range(MAX_REMEMBERED + 10):
        assert gate.due(Countdown(f"turn {n}", Phase.WRAP_UP)) is Chime.WRAP_UP
    assert len(gate._heard) == MAX_REMEMBERED
