"""Speaker queues: who speaks in a segment, in what order, how they are cued, and how long
each turn really took.

Each segment has a `SpeakerQueue` of `Entry`s in queue order. A turn's time is kept like a
segment's: banked seconds plus (now − running since) on the monotonic clock, with every pause
logged. Nothing here reads a clock or knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from runofshow.core.clock import Instant
from runofshow.core.event import SpeakerSlot
from runofshow.core.kinds import Cue, RequestType

TO_SPEAK = (Cue.WAITING, Cue.STANDBY, Cue.READY)

CUE_LABELS = {
    Cue.WAITING: "○ WAITING",
    Cue.STANDBY: "◐ STANDBY",
    Cue.READY: "● READY",
    Cue.SPEAKING: "▶ SPEAKING",
    Cue.DONE: "✓ DONE",
    Cue.SKIPPED: "⤼ SKIPPED",
}

TYPE_LABELS = {
    RequestType.STATEMENT: "Statement",
    RequestType.POINT_OF_ORDER: "Point of order",
    RequestType.RIGHT_OF_REPLY: "Right of reply",
    RequestType.QUESTION: "Question",
    RequestType.FLOOR: "From the floor",
}


@dataclass(slots=True)
class Pause:
    start: Instant
    end: Instant | None = None


@dataclass(slots=True)
class Turn:
    """One time at the microphone, as logged."""

    segment: str
    entry: str
    person: str | None
    name: str
    organization: str
    sector: str
    type: RequestType
    allotted_s: float | None
    start: Instant
    end: Instant | None = None
    pauses: list[Pause] = field(default_factory=list)
    banked_s: float = 0.0
    running_since: float | None = None
    held_by_show: bool = False  # paused because the whole show was paused

    def spoken(self, now: Instant) -> float:
        running = now.mono - self.running_since if self.running_since is not None else 0.0
        return self.banked_s + max(running, 0.0)

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def paused(self, now: Instant) -> float:
        """Seconds held so far (interjections, the show paused)."""
        return sum(max(((p.end or self.end or now).mono - p.start.mono), 0.0) for p in self.pauses)

    def hold(self, now: Instant) -> None:
        if self.running_since is not None:
            self.banked_s = self.spoken(now)
            self.running_since = None
            self.pauses.append(Pause(now))

    def release(self, now: Instant) -> None:
        if self.running_since is None and self.end is None:
            self.running_since = now.mono
            if self.pauses and self.pauses[-1].end is None:
                self.pauses[-1].end = now

    def close(self, now: Instant) -> None:
        if self.running_since is not None:
            self.banked_s = self.spoken(now)
            self.running_since = None
        elif self.pauses and self.pauses[-1].end is None:
            self.pauses[-1].end = now
        self.end = now


@dataclass(slots=True)
class Entry:
    """One place in a segment's queue."""

    id: str
    name: str
    person: str | None = None
    role: str = ""
    organization: str = ""
    sector: str = ""
    language: str = ""
    pronunciation: str = ""
    notes: str = ""
    type: RequestType = RequestType.STATEMENT
    allotted_s: float | None = None
    cue: Cue = Cue.WAITING
    turns: list[Turn] = field(default_factory=list)

    @classmethod
    def from_slot(cls, slot: SpeakerSlot) -> Entry:
        return cls(
            id=slot.id,
            name=slot.name,
            person=slot.person,
            role=slot.role,
            organization=slot.organization,
            sector=slot.sector,
            language=slot.language,
            pronunciation=slot.pronunciation,
            notes=slot.notes,
            type=RequestType(slot.type),
            allotted_s=slot.allotted_s,
        )

    @property
    def current(self) -> Turn | None:
        """The turn in progress, if this entry is speaking."""
        if self.cue is Cue.SPEAKING and self.turns:
            return self.turns[-1]
        return None

    def end_turn(self, now: Instant) -> None:
        """This speaker's turn ends (if one is going on): closed and logged, and the entry is done."""
        turn = self.current
        if turn is not None:
            turn.close(now)
        self.cue = Cue.DONE

    def spoken(self, now: Instant) -> float:
        return sum(turn.spoken(now) for turn in self.turns)

    def remaining(self, now: Instant) -> float | None:
        """Allotted minus spoken in the current turn; None without an allotted time."""
        turn = self.current
        if self.allotted_s is None or turn is None:
            return None
        return self.allotted_s - turn.spoken(now)


@dataclass(slots=True)
class SpeakerQueue:
    segment: str
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def from_slots(cls, segment: str, slots: tuple[SpeakerSlot, ...]) -> SpeakerQueue:
        return cls(segment, [Entry.from_slot(slot) for slot in slots])

    def index(self, entry_id: str) -> int:
        for i, entry in enumerate(self.entries):
            if entry.id == entry_id:
                return i
        raise KeyError(entry_id)

    def get(self, entry_id: str) -> Entry:
        return self.entries[self.index(entry_id)]

    @property
    def speaking(self) -> Entry | None:
        return next((e for e in self.entries if e.cue is Cue.SPEAKING), None)

    def next_up(self) -> Entry | None:
        """Who GO gives the floor to: the first entry still to speak, in queue order."""
        return next((e for e in self.entries if e.cue in TO_SPEAK), None)

    def upcoming(self) -> list[Entry]:
        return [e for e in self.entries if e.cue in TO_SPEAK]

    def new_id(self, base: str) -> str:
        taken = {e.id for e in self.entries}
        candidate, n = base or "speaker", 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def default_position(self, kind: RequestType) -> int:
        """Where a new request goes.

        A point of order goes ahead of every regular entry still to speak (after other points
        of order); a right of reply goes to the very end; anything else joins the end of the
        queue but stays ahead of rights of reply, which by custom close the segment.
        """
        if kind is RequestType.POINT_OF_ORDER:
            for i, entry in enumerate(self.entries):
                if entry.cue in TO_SPEAK and entry.type is not RequestType.POINT_OF_ORDER:
                    return i
            return len(self.entries)
        if kind is RequestType.RIGHT_OF_REPLY:
            return len(self.entries)
        end = len(self.entries)
        while (
            end > 0
            and self.entries[end - 1].type is RequestType.RIGHT_OF_REPLY
            and self.entries[end - 1].cue in TO_SPEAK
        ):
            end -= 1
        return end


#: A speaker's countdown turns to WRAP UP and FINAL at these many seconds left.
SPEAKER_WRAP_UP_S = 30
SPEAKER_FINAL_S = 10
