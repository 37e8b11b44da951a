"""What has happened in the show that automations fire on, each thing once per run.

A `TriggerWatch` compares what the show holds now with what it has already seen. Everything is
read from the show's own timestamps at the moment of looking: a segment's start and end, a
turn's start, a message's time, and for WRAP UP, FINAL and the end of time the instant the live
countdown crossed its threshold (`remaining` is computed from the clock, so a late look still
knows when it happened). Nothing counts ticks: looking twice finds nothing new; looking late
finds the same things, with the same instants.

Once per event per run: an occurrence has a key (`wrap_up:panel1`, `message:7`) and a key seen is
never fired again, whatever happens next (time added that takes a segment out of WRAP UP and into
it again, a segment started again after going back to it).

Recovery: a watch that starts on a run already under way (recovered after a crash, resumed, or
reloaded in a new process) first takes a `baseline`: everything that has happened by then counts
as seen, and is never sent. The journal holds commands, not deliveries, so after a crash no one
can tell whether the last automation went out before the app died; sending it again could run a
cue twice (a second GO in QLab, a recorder stopped by its own start), which is worse than one the
crew fires by hand. The baseline's occurrences since the journal's last record are what may not
have gone out, and the app says so (ui/session/automations.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from runofshow.core.automations import (
    MAX_FILLED_BYTES,
    Automation,
    HttpAction,
    OscAction,
    Trigger,
    fill,
    fill_text,
    json_bytes,
)
from runofshow.core.clock import Instant
from runofshow.core.durations import format_countdown
from runofshow.core.messages import Message
from runofshow.core.show import Show
from runofshow.core.speakers import Turn
from runofshow.core.status import Status
from runofshow.core.wording import WordsError

#: Among occurrences at the same instant: a segment ends before the next starts, the show ends
#: after its last segment, the floor is given in a segment that has started.
RANK = {
    Trigger.SEGMENT_END: 0,
    Trigger.SHOW_END: 1,
    Trigger.SEGMENT_START: 2,
    Trigger.FLOOR_GIVEN: 3,
    Trigger.WRAP_UP: 4,
    Trigger.FINAL: 5,
    Trigger.TIME_UP: 6,
    Trigger.MESSAGE: 7,
}
PHASES = (Trigger.WRAP_UP, Trigger.FINAL, Trigger.TIME_UP)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One thing that happened: what, its key in the run, when (on the show's clock), about which
    segment (None: none), and the turn or message it is."""

    trigger: Trigger
    key: str
    at: Instant
    segment: str | None = None
    kind: str | None = None
    turn: Turn | None = None
    message: Message | None = None

    def matching(self, automations: tuple[Automation, ...]) -> list[Automation]:
        return [a for a in automations if a.matches(self.trigger, self.segment, self.kind)]


def _at_mono(now: Instant, mono: float) -> Instant:
    """The instant `mono` on the clock that read `now` (its wall time by the same distance)."""
    return Instant(mono, now.wall - timedelta(seconds=now.mono - mono))


class TriggerWatch:
    """What has fired in one run. `observe` after every change (`changed=True`: every kind of
    occurrence) and at every tick (`changed=False`: only the countdown's thresholds and the end,
    O(1) however long the plan)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._turns = 0  # show.turns already looked at
        self._messages = 0  # show.messages_sent already looked at
        self._last: Instant | None = None  # the last look: a threshold crossed since is after it

    def seen(self, key: str) -> bool:
        return key in self._seen

    def baseline(self, show: Show, now: Instant) -> list[Occurrence]:
        """Everything that has happened by `now`, all counted as seen (a run taken up again)."""
        self._turns = self._messages = 0
        return self._take(self._scan(show, now, changed=True), now)

    def observe(self, show: Show, now: Instant, *, changed: bool = True) -> list[Occurrence]:
        """What happened since the last look, in the order it happened."""
        return self._take(self._scan(show, now, changed=changed), now)

    def _take(self, found: list[Occurrence], now: Instant) -> list[Occurrence]:
        new = [o for o in found if o.key not in self._seen]
        self._seen.update(o.key for o in new)
        self._last = now
        new.sort(key=lambda o: (o.at.mono, RANK[o.trigger]))
        return new

    def next_due(self, show: Show, now: Instant) -> float | None:
        """Show-clock seconds until the live countdown crosses a threshold not yet fired (None:
        nothing to come while the show stands as it is)."""
        live = show.live_index
        if live is None or not show.running:
            return None
        remaining = show.remaining(live, now)
        seg_id = show.event.segments[live].id
        dues = [
            remaining - threshold
            for trigger, threshold in self._thresholds(show)
            if remaining > threshold and f"{trigger.value}:{seg_id}" not in self._seen
        ]
        return min(dues) if dues else None

    @staticmethod
    def _thresholds(show: Show) -> tuple[tuple[Trigger, float], ...]:
        d = show.event.defaults
        return ((Trigger.WRAP_UP, d.wrap_up_s), (Trigger.FINAL, d.final_s), (Trigger.TIME_UP, 0.0))

    # --- finding -------------------------------------------------------------------------
    def _scan(self, show: Show, now: Instant, *, changed: bool) -> list[Occurrence]:
        out: list[Occurrence] = []
        if changed:
            self._segments(show, out)
            self._new_turns(show, out)
            self._new_messages(show, now, out)
        self._phases(show, now, out)
        if show.ended and "show_end" not in self._seen:
            out.append(self._show_end(show, now))
        return out

    def _segments(self, show: Show, out: list[Occurrence]) -> None:
        seen = self._seen
        for seg, run in zip(show.event.segments, show.runs, strict=True):
            if run.actual_start is None:
                continue
            key = "segment_start:" + seg.id
            if key not in seen:
                out.append(Occurrence(Trigger.SEGMENT_START, key, run.actual_start, seg.id, seg.kind))
            if run.status is Status.DONE and run.actual_end is not None:
                key = "segment_end:" + seg.id
                if key not in seen:
                    out.append(Occurrence(Trigger.SEGMENT_END, key, run.actual_end, seg.id, seg.kind))

    def _new_turns(self, show: Show, out: list[Occurrence]) -> None:
        turns = show.turns
        start = min(self._turns, len(turns))  # an undo may have taken a turn back
        self._turns = len(turns)
        if start == len(turns):
            return
        kinds = {seg.id: seg.kind for seg in show.event.segments}
        for turn in turns[start:]:
            key = f"floor_given:{turn.segment}:{turn.entry}:{turn.start.mono!r}"
            kind = kinds.get(turn.segment)
            out.append(Occurrence(Trigger.FLOOR_GIVEN, key, turn.start, turn.segment, kind, turn=turn))

    def _new_messages(self, show: Show, now: Instant, out: list[Occurrence]) -> None:
        fresh = show.messages_sent - self._messages
        self._messages = show.messages_sent
        if fresh <= 0 or not show.messages:
            return
        segments = show.event.segments
        current = segments[min(show.cursor, len(segments) - 1)]
        for message in show.messages[-fresh:]:
            out.append(
                Occurrence(
                    Trigger.MESSAGE, f"message:{message.id}", message.at, current.id, current.kind, message=message
                )
            )

    def _phases(self, show: Show, now: Instant, out: list[Occurrence]) -> None:
        live = show.live_index
        if live is None:
            return
        seg = show.event.segments[live]
        run = show.runs[live]
        remaining: float | None = None
        for trigger, threshold in self._thresholds(show):
            key = f"{trigger.value}:{seg.id}"
            if key in self._seen:
                continue
            if remaining is None:
                remaining = show.remaining(live, now)
            if remaining > threshold:
                continue
            if run.running_since is None:  # crossed by a command (time taken away) while paused
                mono = now.mono
            else:
                # Running all along since it crossed: as many seconds ago as it is past it; not
                # before it last started running, nor before the last look (which found it short
                # of the threshold: time taken away crossed it since).
                mono = max(now.mono - (threshold - remaining), run.running_since)
                if self._last is not None:
                    mono = max(mono, self._last.mono)
                mono = min(mono, now.mono)
            out.append(Occurrence(trigger, key, _at_mono(now, mono), seg.id, seg.kind))

    @staticmethod
    def _show_end(show: Show, now: Instant) -> Occurrence:
        """The show ended when its last segment did (the one that ended last)."""
        pairs = zip(show.event.segments, show.runs, strict=True)
        ends = [(run.actual_end, seg) for seg, run in pairs if run.actual_end is not None]
        if not ends:
            return Occurrence(Trigger.SHOW_END, "show_end", now)
        end, seg = max(ends, key=lambda pair: pair[0].mono)
        return Occurrence(Trigger.SHOW_END, "show_end", end, seg.id, seg.kind)


# --- what an automation sends ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HttpRequest:
    method: str
    url: str
    body: bytes | None
    headers: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class OscRequest:
    host: str
    port: int
    address: str
    args: tuple[Any, ...]


def placeholder_values(show: Show, occurrence: Occurrence) -> dict[str, Any]:
    """Every placeholder's value for this occurrence, from the show at the instant it happened."""
    info = show.event.info
    at = occurrence.at
    values: dict[str, Any] = {
        "trigger": occurrence.trigger.value,
        "at": at.wall.astimezone(info.tz).isoformat(timespec="milliseconds"),
        "event.title": info.title,
    }
    index = next((i for i, s in enumerate(show.event.segments) if s.id == occurrence.segment), None)
    speaker: tuple[str, str, str] | None = None
    if index is not None:
        seg, run = show.event.segments[index], show.runs[index]
        remaining = show.remaining(index, at)
        following = show.next_pending(index)
        values.update(
            {
                "segment.id": seg.id,
                "segment.title": seg.title,
                "segment.kind": seg.kind,
                "next.id": show.event.segments[following].id if following is not None else None,
                "next.title": show.event.segments[following].title if following is not None else None,
                # Whole seconds as the countdown shows them (rounded: a threshold read 2 ms late is still 120).
                "left_s": math.floor(remaining + 0.5),
                "left": format_countdown(remaining),
            }
        )
        entry = run.queue.speaking
        if entry is not None:
            speaker = (entry.id, entry.name, entry.organization)
    turn = occurrence.turn
    if turn is not None:
        speaker = (turn.entry, turn.name, turn.organization)
    if speaker is not None:
        values.update({"speaker.id": speaker[0], "speaker.name": speaker[1], "speaker.organization": speaker[2]})
    message = occurrence.message
    if message is not None:
        values.update(
            {"message.text": message.text, "message.to": message.to.value, "message.from": message.sender or "stage"}
        )
    return values


def filled(automation: Automation, values: Mapping[str, Any]) -> HttpRequest | OscRequest:
    """What `automation` sends with these values. WordsError when the filled body is too big."""
    action = automation.action
    if isinstance(action, OscAction):
        return OscRequest(action.host, action.port, action.address, tuple(fill(list(action.args), values)))
    assert isinstance(action, HttpAction)
    body = None
    if action.body is not None:
        body = json_bytes(fill(action.body, values))
        if len(body) > MAX_FILLED_BYTES:
            raise WordsError("the filled body is {size} bytes; at most {limit}", size=len(body), limit=MAX_FILLED_BYTES)
    return HttpRequest(action.method, fill_text(action.url, values, url=True), body, action.headers)


__all__ = ["HttpRequest", "Occurrence", "OscRequest", "TriggerWatch", "filled", "placeholder_values"]
