"""The event as planned: what the event file describes, immutable once loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from runofshow.core.automations import Automation
from runofshow.core.durations import format_short
from runofshow.core.timer_modes import DOWN, Count

SEGMENT_KINDS = ("opening", "remarks", "panel", "qa", "break", "closing", "other")
REQUEST_TYPES = ("statement", "point_of_order", "right_of_reply", "question", "floor")


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    role: str = ""
    organization: str = ""
    sector: str = ""
    language: str = ""
    pronunciation: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerSlot:
    """One planned turn in a segment: a roster person or an inline name."""

    id: str
    name: str
    person: str | None = None
    role: str = ""
    organization: str = ""
    sector: str = ""
    language: str = ""
    pronunciation: str = ""
    notes: str = ""
    allotted_s: int | None = None
    type: str = "statement"  # a RequestType value

    @classmethod
    def for_person(
        cls, person: Person, slot_id: str, allotted: float | None, *, notes: str = "", kind: str = "statement"
    ) -> SpeakerSlot:
        """A turn for someone on the roster (their own notes unless the turn has some)."""
        return cls(
            id=slot_id,
            name=person.name,
            person=person.id,
            role=person.role,
            organization=person.organization,
            sector=person.sector,
            language=person.language,
            pronunciation=person.pronunciation,
            notes=notes or person.notes,
            allotted_s=allotted,  # type: ignore[arg-type]
            type=kind,
        )


@dataclass(frozen=True, slots=True)
class Segment:
    id: str
    title: str
    duration_s: int
    kind: str = "other"
    fixed_start: time | None = None
    speakers: tuple[SpeakerSlot, ...] = ()
    moderator: str | None = None
    questions: tuple[str, ...] = ()
    notes: str = ""
    cues: tuple[str, ...] = ()
    #: Texts the interpreters may read ahead: "Title" or "Title https://link" (core/documents.py).
    documents: tuple[str, ...] = ()
    speaker_time_s: int | None = None
    locked: bool = False
    min_duration_s: int | None = None
    #: How its clock counts (core/timer_modes.py): down, up, or to a time of day.
    count: Count = DOWN
    #: "hidden": the speaker's display shows no clock for it.
    speaker_timer: str = "shown"


@dataclass(frozen=True, slots=True)
class Defaults:
    wrap_up_s: int = 120
    final_s: int = 30
    speaker_time_s: int | None = None


@dataclass(frozen=True, slots=True)
class EventInfo:
    title: str
    date: date
    start: time
    timezone_name: str
    tz: tzinfo
    end: time | None = None
    subtitle: str = ""
    venue: str = ""
    language: str = ""
    interpretation: str = ""
    notes: str = ""

    def at(self, t: time) -> datetime:
        """A time of day on the event's date, in the event's zone."""
        return datetime.combine(self.date, t, tzinfo=self.tz)

    @property
    def start_at(self) -> datetime:
        return self.at(self.start)

    @property
    def hard_end(self) -> datetime | None:
        return self.at(self.end) if self.end is not None else None


@dataclass(frozen=True, slots=True)
class Share:
    group: str
    fraction: float | None = None  # of the floor's planned time (0.4 for 40%)
    seconds: int | None = None  # or a fixed time

    def text(self) -> str:
        """As the event file writes it: `40%` (with as many decimals as it takes to read back the
        same fraction: `33.333333333%`, never `33.3333%`), or a time."""
        if self.fraction is not None:
            for places in range(18):
                written = f"{self.fraction * 100:.{places}f}"
                if float(written) / 100 == self.fraction:
                    break
            return (written.rstrip("0").rstrip(".") if "." in written else written) + "%"
        return format_short(self.seconds or 0)


@dataclass(frozen=True, slots=True)
class Budgets:
    by: str  # "sector" or "organization"
    shares: tuple[Share, ...]


@dataclass(frozen=True, slots=True)
class Event:
    info: EventInfo
    segments: tuple[Segment, ...]
    defaults: Defaults = Defaults()
    people: dict[str, Person] = field(default_factory=dict)
    #: How the floor's time is to be shared (core/budgets.py); None: not kept.
    budgets: Budgets | None = None
    #: What goes out to the crew's gear when something happens (core/automations.py).
    automations: tuple[Automation, ...] = ()

    def planned_starts(self) -> list[datetime]:
        """Each segment's planned start: its fixed start if it has one, else the previous end."""
        starts: list[datetime] = []
        cursor = self.info.start_at
        for seg in self.segments:
            start = self.info.at(seg.fixed_start) if seg.fixed_start is not None else cursor
            starts.append(start)
            cursor = start + timedelta(seconds=seg.duration_s)
        return starts

    def planned_end(self) -> datetime:
        last = self.segments[-1]
        return self.planned_starts()[-1] + timedelta(seconds=last.duration_s)

    def index_of(self, segment_id: str) -> int:
        for i, seg in enumerate(self.segments):
            if seg.id == segment_id:
                return i
        raise KeyError(segment_id)
