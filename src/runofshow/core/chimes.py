"""Sound cues: which chime is due, at most once per phase of a countdown.

A chime marks the moment a countdown enters WRAP UP, FINAL or time up (OVERTIME). What is due is
computed from the state at the moment (the countdown's phase, itself from timestamps), never by
counting ticks: `ChimeGate.due` is asked at every repaint and answers a chime only for a phase of
a countdown it has not chimed before. So a repaint twice a second, a missed tick, a pause or a
minute added and taken away again never make a phase chime twice; jumping past phases (a minute
taken away in WRAP UP) chimes only the phase reached.

Two listeners, each with its own gate (ui/session/chimes.py plays them): the moderator's laptop
follows the live segment's countdown; the speaker display follows what it shows (the speaker's
turn while someone with an allotted time speaks, else the segment), and nothing for a segment
whose `speaker_timer` is hidden. A count up never warns, so it never chimes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from runofshow.core.durations import format_countdown
from runofshow.core.frame import Frame
from runofshow.core.schedule import Phase, phase_for
from runofshow.core.speakers import SPEAKER_FINAL_S, SPEAKER_WRAP_UP_S
from runofshow.core.timer_modes import clock_text


class Chime(StrEnum):
    """The three cues; each is a bundled sound (resources/sounds/NAME.wav)."""

    WRAP_UP = "wrap_up"
    FINAL = "final"
    TIME_UP = "time_up"


CHIME_OF_PHASE = {Phase.WRAP_UP: Chime.WRAP_UP, Phase.FINAL: Chime.FINAL, Phase.OVERTIME: Chime.TIME_UP}
#: Countdowns a gate remembers (segments and speakers' turns of one run): the oldest are forgotten
#: past this, so a gate never grows with a very long run.
MAX_REMEMBERED = 5_000


@dataclass(frozen=True, slots=True)
class Countdown:
    """One countdown as it stands: `key` names it (a segment, one turn of a speaker)."""

    key: str
    phase: Phase


@dataclass(frozen=True, slots=True)
class SpeakerClock:
    """What the speaker display shows of the time: `mode` is its state word's key (`running`,
    `wrap_up`, `final`, `overtime`, `paused`, `count_up`, `hidden`), `digits` its reading, and
    `countdown` what chimes on it (None: nothing, as for a hidden clock)."""

    mode: str
    digits: str
    countdown: Countdown | None
    speaking: bool  # the clock is the speaker's own turn
    until: datetime | None = None  # a count to's time of day, when the clock is the segment's


def segment_countdown(frame: Frame) -> Countdown | None:
    """The live segment's countdown (the moderator's), or None when nothing is live."""
    live = frame.show.live_index
    if live is None:
        return None
    return Countdown(f"segment {frame.show.segment(live).id}", frame.timing(live).phase)


def speaker_clock(frame: Frame, *, stop_at_zero: bool = False) -> SpeakerClock | None:
    """The speaker display's clock now, or None when no segment is live."""
    show, now = frame.show, frame.now
    live = show.live_index
    if live is None:
        return None
    segment = show.segment(live)
    speaking = show.runs[live].queue.speaking
    if segment.speaker_timer == "hidden":
        return SpeakerClock("hidden", "", None, speaking is not None)
    turn = speaking.current if speaking is not None else None
    left = speaking.remaining(now) if speaking is not None else None
    if speaking is not None and left is not None:
        phase = phase_for(left, SPEAKER_WRAP_UP_S, SPEAKER_FINAL_S)
        countdown = Countdown(f"turn {segment.id} {speaking.id} {len(speaking.turns)}", phase)
        remaining, counts_up, wall = left, False, False
    else:
        timing = frame.timing(live)
        countdown = Countdown(f"segment {segment.id}", timing.phase)
        phase, remaining, counts_up = timing.phase, timing.remaining_s, segment.count.up
        wall = segment.count.to is not None  # a count to a time of day goes on while paused
        if counts_up:
            return SpeakerClock(
                "paused" if not show.running else "count_up",
                clock_text(segment.count, remaining, timing.elapsed_s),
                countdown,
                False,
            )
    mode = phase.value
    if not wall and (not show.running or (turn is not None and not turn.running)):
        mode = "paused"
    digits = "0:00" if stop_at_zero and remaining <= 0 else format_countdown(remaining)
    until = show.target(live) if wall else None
    return SpeakerClock(mode, digits, countdown, left is not None, until)


class ChimeGate:
    """Answers the chime due for a countdown as it stands, once per phase of that countdown.

    A gate that starts listening (the app opens, or the sound is turned on) in the middle of a
    phase does not chime it: a chime marks a moment that happens while someone listens."""

    def __init__(self) -> None:
        self._heard: dict[str, set[Phase]] = {}
        self._listening = False

    def due(self, countdown: Countdown | None) -> Chime | None:
        first = not self._listening
        self._listening = True
        if countdown is None:
            return None
        chime = CHIME_OF_PHASE.get(countdown.phase)
        if chime is None:
            return None
        heard = self._heard.get(countdown.key)
        if heard is None:
            heard = self._heard[countdown.key] = set()
            while len(self._heard) > MAX_REMEMBERED:
                del self._heard[next(iter(self._heard))]
        if countdown.phase in heard:
            return None
        heard.add(countdown.phase)
        return None if first else chime

    def stop_listening(self) -> None:
        """Nobody listens for a while (the speaker display is hidden): what it has chimed stays
        chimed, and the phase it comes back to is taken as heard."""
        self._listening = False
