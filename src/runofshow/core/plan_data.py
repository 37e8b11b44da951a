"""The plan as plain data in the event file's own shape, and back, for live edits and the journal.

`event_data(event)` writes an `Event` as the dict an event file holds (times as `"14:00"`,
durations as `"6m"`, defaults left out); `read_event`, `read_segment` and `read_person` read such
data (a journal record, a command's JSON) back with the one walk of the format
(core/plan_walk.py), the same that reads event files, so a refused edit says what
`runofshow check` would say about the same value in a file, and what is written reads back the
same. The first problem is raised as a `CommandError` that names its place (`segment.duration`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import datetime, time
from typing import Any, TypeVar

from runofshow.core.automation_format import MAX_BODY_DEPTH, MAX_BODY_ITEMS, automation_data
from runofshow.core.data_walk import TooManyProblemsError
from runofshow.core.durations import format_short
from runofshow.core.event import Defaults, Event, EventInfo, Person, Segment, SpeakerSlot
from runofshow.core.fields import MAX_NOTES_CHARS, CommandError, valid_text
from runofshow.core.plan_format import CELL_RULES, MAX_SEGMENTS, PERSON_TEXT_KEYS, TEXT
from runofshow.core.plan_ids import made_id
from runofshow.core.plan_walk import EVENT_TEXT_KEYS, PlanWalk
from runofshow.core.timer_modes import DOWN
from runofshow.core.value_rules import Text
from runofshow.core.wording import Words, WordsError

T = TypeVar("T")

#: How deep a stranger's plan data may nest (the format itself goes four levels down); a whole
#: plan (the journal's record) holds automations, whose body may nest MAX_BODY_DEPTH more.
MAX_DEPTH = 6
MAX_PLAN_DEPTH = 4 + MAX_BODY_DEPTH
#: Keys of one mapping (a body's mapping is held to the same).
MAX_KEYS = MAX_BODY_ITEMS
#: Cells that may be left empty (an empty `duration` is not: a segment has one).
OPTIONAL_CELLS = ("min_duration", "time", "speaker_time", "start", "count", "speaker_timer")


# --- writing ---------------------------------------------------------------------------------
def _hm(t: time) -> str:
    return f"{t:%H:%M}" if t.second == 0 else f"{t:%H:%M:%S}"


def person_data(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"id": person.id, "name": person.name}
    out.update({key: getattr(person, key) for key in PERSON_TEXT_KEYS if getattr(person, key)})
    return out


def speaker_data(slot: SpeakerSlot, people: Mapping[str, Person], per_turn: int | None) -> Any:
    """A speaker as the file writes it: a bare person id when that says everything."""
    out: dict[str, Any] = {}
    person = people.get(slot.person) if slot.person is not None else None
    if person is not None:
        out["ref"] = person.id
        base_id = person.id
    else:
        out["name"] = slot.name
        base_id = made_id(slot.name, "speaker")  # the id the reader makes from the name
    if slot.id != base_id:
        out["id"] = slot.id
    if slot.allotted_s is not None and slot.allotted_s != per_turn:
        out["time"] = format_short(slot.allotted_s)
    if slot.type != "statement":
        out["type"] = slot.type
    if person is not None:
        if slot.notes and slot.notes != person.notes:
            out["notes"] = slot.notes
    else:
        out.update({key: getattr(slot, key) for key in PERSON_TEXT_KEYS if getattr(slot, key)})
    if list(out) == ["ref"]:
        return out["ref"]
    return out


def segment_data(segment: Segment, people: Mapping[str, Person], defaults: Defaults) -> dict[str, Any]:
    out: dict[str, Any] = {"id": segment.id, "title": segment.title}
    if segment.kind != "other":
        out["kind"] = segment.kind
    out["duration"] = format_short(segment.duration_s)
    if segment.fixed_start is not None:
        out["start"] = _hm(segment.fixed_start)
    if segment.moderator is not None:
        out["moderator"] = segment.moderator
    per_turn = segment.speaker_time_s or defaults.speaker_time_s
    if segment.speakers:
        out["speakers"] = [speaker_data(slot, people, per_turn) for slot in segment.speakers]
    if segment.questions:
        out["questions"] = list(segment.questions)
    if segment.notes:
        out["notes"] = segment.notes
    if segment.cues:
        out["cues"] = list(segment.cues)
    if segment.documents:
        out["documents"] = list(segment.documents)
    if segment.speaker_time_s is not None:
        out["speaker_time"] = format_short(segment.speaker_time_s)
    if segment.locked:
        out["locked"] = True
    if segment.min_duration_s is not None:
        out["min_duration"] = format_short(segment.min_duration_s)
    if segment.count != DOWN:
        out["count"] = segment.count.text()
    if segment.speaker_timer != "shown":
        out["speaker_timer"] = segment.speaker_timer
    return out


def info_data(info: EventInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"title": info.title}
    for key in EVENT_TEXT_KEYS:
        if getattr(info, key):
            out[key] = getattr(info, key)
    out["date"] = info.date.isoformat()
    out["start"] = _hm(info.start)
    if info.end is not None:
        out["end"] = _hm(info.end)
    out["timezone"] = info.timezone_name
    return out


def defaults_data(defaults: Defaults) -> dict[str, Any]:
    out: dict[str, Any] = {}
    base = Defaults()
    if defaults.wrap_up_s != base.wrap_up_s:
        out["wrap_up"] = format_short(defaults.wrap_up_s)
    if defaults.final_s != base.final_s:
        out["final"] = format_short(defaults.final_s)
    if defaults.speaker_time_s is not None:
        out["speaker_time"] = format_short(defaults.speaker_time_s)
    return out


def event_data(event: Event) -> dict[str, Any]:
    """The whole event as an event file's data (`version: 1` first, the file's key order)."""
    out: dict[str, Any] = {"version": 1, "event": info_data(event.info)}
    defaults = defaults_data(event.defaults)
    if defaults:
        out["defaults"] = defaults
    if event.budgets is not None:
        out["budgets"] = {"by": event.budgets.by, "shares": {s.group: s.text() for s in event.budgets.shares}}
    if event.people:
        out["people"] = [person_data(p) for p in event.people.values()]
    out["segments"] = [segment_data(s, event.people, event.defaults) for s in event.segments]
    if event.automations:
        out["automations"] = [automation_data(a) for a in event.automations]
    return out


# --- reading ---------------------------------------------------------------------------------
def _problem(where: str, template: str, **values: Any) -> CommandError:
    """`"segment.duration": ...`: the field's place, then what check says about it."""
    error = WordsError(template, **values)
    return CommandError("{where}: {problem}", where=where, problem=error.words)


def plain(value: Any, where: str, depth: int = 0, *, limit: int = MAX_DEPTH) -> Any:
    """Check that untrusted data is plain (text, numbers, true/false, null, lists, string-keyed maps),
    bounded in depth and size, with text that is text; returns it unchanged."""
    if depth > limit:
        raise _problem(where, "nests too deeply")
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _problem(where, "is not a number")
        return value
    if isinstance(value, str):
        if len(value) > MAX_NOTES_CHARS:
            raise _problem(where, "is limited to {limit} characters", limit=MAX_NOTES_CHARS)
        valid_text(value, where, one_line=False)
        return value
    if isinstance(value, list):
        if len(value) > MAX_SEGMENTS:
            raise _problem(where, "has more than {limit} items", limit=MAX_SEGMENTS)
        for i, item in enumerate(value):
            plain(item, f"{where}[{i}]", depth + 1, limit=limit)
        return value
    if isinstance(value, dict):
        if len(value) > MAX_KEYS:
            raise _problem(where, "has more than {limit} keys", limit=MAX_KEYS)
        for key, item in value.items():
            if not isinstance(key, str):
                raise _problem(where, "keys must be text")
            plain(item, f"{where}.{key}", depth + 1, limit=limit)
        return value
    raise _problem(where, "must be text, a number, true/false, a list or a mapping")


def _strictly(walk: PlanWalk, read: Callable[[], T | None], root: str) -> T:
    """What `read` makes with `walk`, or its first problem as a `CommandError` named from `root`."""
    try:
        made = read()
    except TooManyProblemsError:
        made = None
    problem = walk.first_error()
    if problem is not None:
        raise problem.error(root)
    if made is None:  # nothing wrong was found, and nothing made: not a plan's data
        raise CommandError("{what} must be a mapping of 'key: value' lines", what=root or "plan")
    return made


def read_event(data: Any, *, now: datetime | None = None, zone: str = "UTC") -> Event:
    """A whole plan from data in the event file's shape (a journal's plan record); `now` gives the
    date of one without (else it must have one), `zone` the zone of one without."""
    plain(data, "plan", limit=MAX_PLAN_DEPTH)
    walk = PlanWalk(now=now, zone=zone, first_error_only=True)
    return _strictly(walk, lambda: walk.plan(data), "")


def read_segment(data: Any, plan: Event) -> Segment:
    """A segment of `plan` (its people, its defaults); its id is "" when the data has none."""
    walk = PlanWalk(people=plan.people, defaults=plan.defaults, first_error_only=True)
    return _strictly(walk, lambda: walk.segment(data, ()), "segment")


def read_person(data: Any, plan: Event) -> Person:
    walk = PlanWalk(people=plan.people, defaults=plan.defaults, first_error_only=True)
    return _strictly(walk, lambda: walk.person(data, ()), "person")


def cell_problem(key: str, text: str) -> Words | None:
    """What `runofshow check` would say about this value of this field (a cell of the plan editor),
    or None when it is good. One field only, so typing never waits on the whole plan."""
    value = text.strip()
    if key in ("title", "name") and not value:
        return Words("{what} must not be empty", what=key)
    if not value and key in OPTIONAL_CELLS:
        return None
    rule = CELL_RULES.get(key, TEXT)  # a moderator's cell is checked as text: the command names the person
    try:
        rule.read(text if isinstance(rule, Text) and not rule.one_line else value)
    except WordsError as exc:
        return Words("{where}: {problem}", where=key, problem=exc.words)
    return None
