"""A room's day of agenda rows, resolved (files/agenda_split.py), as the event its event file holds:
segments with their kinds, people, notes and cues, fixed starts where a gap comes before them.

The rows are written as an event file's data and read by the format's own walk
(core/plan_walk.py), as a file would be: an imported plan has the limits, the ids and the rules of
any other, and one the format refuses is refused here, with its rows, rather than written into a
file that will not open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time, tzinfo
from typing import Any

from runofshow.core.data_walk import DataProblem, TooManyProblemsError
from runofshow.core.event import SEGMENT_KINDS, Event
from runofshow.core.plan_data import person_data
from runofshow.core.plan_format import FORMAT_VERSION, MAX_LIST_ITEMS, MAX_NOTES_CHARS, MAX_TITLE_CHARS
from runofshow.core.plan_ids import unique_id
from runofshow.core.plan_walk import PlanWalk
from runofshow.core.text import one_line, slug
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

KINDS = SEGMENT_KINDS


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


def _title(text: str) -> str:
    """A cell as a title: its lines joined by spaces, within the format's limit."""
    return one_line(text)[:MAX_TITLE_CHARS].strip()


class RowsRefusedError(ValueError):
    """What the rows make is not a plan the event format accepts: its problems, by path."""

    def __init__(self, problems: list[DataProblem]) -> None:
        super().__init__("; ".join(f"{p.where()}: {p.words}" for p in problems))
        self.problems = problems


def event_data(group: Group, facts: EventFacts, venue: str) -> dict[str, Any]:
    """The event file's data for one room's day; `group.segments` are resolved (start and duration)."""
    roster = Roster()
    segments: list[dict[str, Any]] = []
    written_ids: set[str] = set()
    first = group.segments[0].start
    assert first is not None
    cursor = first
    for row in group.segments:
        assert row.start is not None and row.duration is not None
        fixed = _clock(row.start) if row.start != cursor and row.start < DAY_S else None
        cursor = row.start + row.duration
        moderators = split_people(row.text("moderator"))
        written_kind = plain_words(row.text("kind"))
        # A kind of ours as written; else what the words of a Kind column (`Keynote`) or the title say.
        kind = written_kind if written_kind in KINDS else kind_of(written_kind)
        if kind == "other" and written_kind not in KINDS:
            kind = kind_of(row.title)
        segment: dict[str, Any] = {"title": _title(row.title), "kind": kind, "duration": row.duration}
        if given := slug(row.text("id")):
            # A table's ID column may repeat itself: each is made unique, as the rows came.
            segment["id"] = unique_id(given, written_ids)
            written_ids.add(segment["id"])
        if fixed is not None:
            segment["start"] = fixed.isoformat()
        if speakers := [roster.person(one).id for one in split_people(row.text("speakers"))]:
            segment["speakers"] = speakers
        if moderators:
            segment["moderator"] = roster.person(moderators[0]).id
        if notes := "\n".join([*row.extra_notes, row.text("notes")]).strip()[:MAX_NOTES_CHARS]:
            segment["notes"] = notes
        if row.cues:
            segment["cues"] = list(row.cues[:MAX_LIST_ITEMS])
        if row.speaker_time:
            segment["speaker_time"] = row.speaker_time
        # Ontime's timer types: a count up, and a countdown to the row's scheduled end (its
        # time-to-end) as our count to that time of day (docs/event-file.md, Timer modes).
        timer = plain_words(row.text("timer_type"))
        if timer in ("count-up", "count up"):
            segment["count"] = "up"
        elif timer in ("time-to-end", "time to end") and cursor < DAY_S:
            segment["count"] = f"to {_clock(cursor).isoformat()}"
        segments.append(segment)
    stop = facts.hard_stop
    info: dict[str, Any] = {"title": _title(facts.title), "date": group.day.isoformat(),
                            "start": _clock(first).isoformat(), "timezone": facts.zone_name}  # fmt: skip
    if stop is not None and first < stop < DAY_S:
        info["end"] = _clock(stop).isoformat()
    if venue:
        info["venue"] = venue[:MAX_TITLE_CHARS]
    data: dict[str, Any] = {"version": FORMAT_VERSION, "event": info}
    if roster.people:
        data["people"] = [person_data(p) for p in roster.people.values()]
    data["segments"] = segments
    return data


def build_event(group: Group, facts: EventFacts, venue: str) -> Event:
    """The event of one room's day, read as its event file will be; `RowsRefusedError` if the
    format refuses it (a row of more than 24 hours, a name that is no name)."""
    walk = PlanWalk()
    event = None
    try:
        event = walk.plan(event_data(group, facts, venue))
    except TooManyProblemsError:
        event = None
    errors = [p for p in walk.problems if not p.warning]  # the import says what it found its own way
    if errors or event is None:
        raise RowsRefusedError(errors)
    return event
