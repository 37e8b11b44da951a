"""A room's day of agenda rows, resolved (files/agenda_split.py), as the event its event file holds:
segments with their kinds, people, notes and cues, fixed starts where a gap comes before them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time, tzinfo

from runofshow.core.event import Defaults, Event, EventInfo, Segment, SpeakerSlot
from runofshow.core.plan_ids import unique_id
from runofshow.core.text import slug
from runofshow.files.agenda_headers import plain_words
from runofshow.files.agenda_people import Roster, split_people
from runofshow.files.agenda_rows import DAY_S
from runofshow.files.agenda_split import Group

#: A segment's kind from the words of its title (or of a Kind column that is none of ours).
KIND_WORDS: Sequence[tuple[str, tuple[str, ...]]] = (
    ("opening", ("opening", "welcome", "ouverture", "accueil", "khai mac", "chao mung", "begrussung")),
    ("closing", ("closing", "close", "wrap-up", "wrap up", "way forward", "cloture", "conclusion", "be mac",
                 "tong ket")),
    ("break", ("break", "coffee", "lunch", "pause", "dejeuner", "nghi", "giai lao", "tea", "breakfast",
               "mittagspause")),
    ("qa", ("q&a", "questions", "discussion with the floor", "hoi dap", "hoi & dap", "ask me anything")),
    ("panel", ("panel", "roundtable", "round table", "table ronde", "debat", "thao luan", "toa dam")),
    ("remarks", ("remarks", "keynote", "address", "statement", "allocution", "discours", "phat bieu", "de dan")),
)  # fmt: skip

KINDS = ("opening", "remarks", "panel", "qa", "break", "closing", "other")
MAX_NOTES_CHARS = 10_000


def kind_of(title: str) -> str:
    words = plain_words(title)
    for kind, cues in KIND_WORDS:
        if any(re.search(rf"(^|\W){re.escape(cue)}($|\W)", words) for cue in cues):
            return kind
    return "other"


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What every room's day of one agenda shares."""

    title: str
    zone_name: str
    zone: tzinfo
    hard_stop: int | None  # seconds from the day's start


def _clock(seconds: int) -> time:
    seconds %= DAY_S
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def build_event(group: Group, facts: EventFacts, venue: str) -> Event:
    """The event of one room's day; `group.segments` are resolved (start and duration)."""
    roster = Roster()
    segments: list[Segment] = []
    taken: set[str] = set()
    first = group.segments[0].start
    assert first is not None
    cursor = first
    for row in group.segments:
        assert row.start is not None and row.duration is not None
        fixed = _clock(row.start) if row.start != cursor and row.start < DAY_S else None
        cursor = row.start + row.duration
        speakers = []
        slot_ids: set[str] = set()
        for one in split_people(row.text("speakers")):
            person = roster.person(one)
            slot_id = unique_id(person.id, slot_ids)
            slot_ids.add(slot_id)
            speakers.append(SpeakerSlot.for_person(person, slot_id, row.speaker_time))
        moderators = split_people(row.text("moderator"))
        written_kind = plain_words(row.text("kind"))
        # A kind of ours as written; else what the words of a Kind column (`Keynote`) or the title say.
        kind = written_kind if written_kind in KINDS else kind_of(written_kind)
        if kind == "other" and written_kind not in KINDS:
            kind = kind_of(row.title)
        segment_id = unique_id(slug(row.text("id")) or slug(row.title) or "segment", taken)
        taken.add(segment_id)
        notes = "\n".join([*row.extra_notes, row.text("notes")]).strip()[:MAX_NOTES_CHARS]
        segments.append(
            Segment(
                id=segment_id,
                title=row.title,
                duration_s=row.duration,
                kind=kind,
                fixed_start=fixed,
                speakers=tuple(speakers),
                moderator=roster.person(moderators[0]).id if moderators else None,
                notes=notes,
                cues=row.cues,
                speaker_time_s=row.speaker_time,
            )
        )
    stop = facts.hard_stop
    info = EventInfo(
        title=facts.title[:200],
        date=group.day,
        start=_clock(first),
        end=_clock(stop) if stop is not None and first < stop < DAY_S else None,
        timezone_name=facts.zone_name,
        tz=facts.zone,
        venue=venue[:200],
    )
    return Event(info, tuple(segments), Defaults(), roster.people)
