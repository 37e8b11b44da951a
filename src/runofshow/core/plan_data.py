"""The plan as plain data in the event file's own shape, and back, for live edits and the journal.

`event_data(event)` writes an `Event` as the dict an event file holds (times as `"14:00"`,
durations as `"6m"`, defaults left out); `PlanReader` reads such data (from a command's JSON or a
journal record) back into segments, people and whole events with the rules and the wording of
`runofshow check` (files/eventfile.py reads the same format from YAML with line numbers).
The first problem is raised as a `CommandError` that names the field, so a refused edit says
what `check` would say about the same value in a file.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.budget_shares import BUDGET_BY, MAX_GROUPS, check_shares, parse_share
from runofshow.core.durations import MAX_DURATION_S, format_short, parse_duration, parse_time_of_day
from runofshow.core.event import (
    REQUEST_TYPES,
    SEGMENT_KINDS,
    Budgets,
    Defaults,
    Event,
    EventInfo,
    Person,
    Segment,
    SpeakerSlot,
)
from runofshow.core.fields import MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTES_CHARS, CommandError, valid_text
from runofshow.core.suggest import did_you_mean
from runofshow.core.text import slug
from runofshow.core.wording import Words, WordsError

T = TypeVar("T")

PERSON_TEXT_KEYS = ("role", "organization", "sector", "language", "pronunciation", "notes")
PERSON_KEYS = ("id", "name", *PERSON_TEXT_KEYS)
SEGMENT_KEYS = (
    "id", "title", "kind", "duration", "start", "speakers", "moderator", "questions",
    "notes", "cues", "documents", "speaker_time", "locked", "min_duration",
)  # fmt: skip
SPEAKER_REF_KEYS = ("ref", "id", "time", "type", "notes")
SPEAKER_INLINE_KEYS = ("name", "id", "time", "type", *PERSON_TEXT_KEYS)
EVENT_KEYS = ("title", "subtitle", "venue", "language", "interpretation", "notes", "date", "start", "end", "timezone")
DEFAULT_KEYS = ("wrap_up", "final", "speaker_time")
BUDGET_KEYS = ("by", "shares")
#: Other spellings of keys (the same as the file reader's).
SPELLINGS = {"organisation": "organization"}

#: What a stranger's plan data may hold: a plan of 2,000 segments of 50 speakers is far beyond any
#: event, and a 64 KB request cannot come near it; a journal record is checked the same way.
MAX_SEGMENTS = 2_000
MAX_PEOPLE = 5_000
MAX_SPEAKERS = 200
MAX_LIST_ITEMS = 200
MAX_DEPTH = 6
YEARS = range(1970, 9000)


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
        base_id = slug(slot.name) or "speaker"
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
    return out


def info_data(info: EventInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"title": info.title}
    for key in ("subtitle", "venue", "language", "interpretation", "notes"):
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
    return out


# --- reading ---------------------------------------------------------------------------------
def _problem(where: str, template: str, **values: Any) -> CommandError:
    """`"segment.duration": ...`: the field's place, then what check says about it."""
    error = WordsError(template, **values)
    return CommandError("{where}: {problem}", where=where, problem=error.words)


def plain(value: Any, where: str, depth: int = 0) -> Any:
    """Check that untrusted data is plain (text, numbers, true/false, null, lists, string-keyed maps),
    bounded in depth and size, with text that is text; returns it unchanged."""
    if depth > MAX_DEPTH:
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
            plain(item, f"{where}[{i}]", depth + 1)
        return value
    if isinstance(value, dict):
        if len(value) > 50:
            raise _problem(where, "has more than {limit} keys", limit=50)
        for key, item in value.items():
            if not isinstance(key, str):
                raise _problem(where, "keys must be text")
            plain(item, f"{where}.{key}", depth + 1)
        return value
    raise _problem(where, "must be text, a number, true/false, a list or a mapping")


def _scalar_text(value: Any, where: str) -> str | None:
    """A value as the text a file would hold: numbers and true/false as written, null as None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) <= MAX_DURATION_S else repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        raise _problem(where, "must be text, not a list")
    raise _problem(where, "must be text, not a mapping")


class PlanReader:
    """Reads plan data; each method raises `CommandError` at the first problem."""

    def __init__(self, people: Mapping[str, Person], defaults: Defaults) -> None:
        self.people = people
        self.defaults = defaults

    # --- shapes ---
    @staticmethod
    def fields(data: Any, where: str, allowed: Sequence[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise _problem(where, "must be a mapping of 'key: value' lines")
        out: dict[str, Any] = {}
        for written, value in data.items():
            name = SPELLINGS.get(written, written) if isinstance(written, str) else written
            if name not in allowed:
                hint = did_you_mean(str(name), allowed) or Words(
                    " in {what} (known: {keys})", what=where, keys=", ".join(allowed)
                )
                raise _problem(where, "unknown key '{name}'{hint}", name=name, hint=hint)
            if name in out:
                raise _problem(where, "duplicate key '{name}'", name=name)
            out[name] = value
        return out

    @staticmethod
    def text(value: Any, where: str, *, limit: int = MAX_NOTES_CHARS, one_line: bool = False) -> str | None:
        raw = _scalar_text(value, where)
        if raw is None:
            return None
        if len(raw) > limit:
            raise _problem(where, "is limited to {limit} characters", limit=limit)
        valid_text(raw, where, one_line=one_line)
        return raw

    def name(self, value: Any, where: str) -> str | None:
        raw = self.text(value, where, limit=MAX_NAME_CHARS, one_line=True)
        return raw.strip() if raw is not None else None

    def ident(self, value: Any, where: str) -> str | None:
        raw = self.text(value, where, limit=MAX_ID_CHARS, one_line=True)
        return raw.strip() if raw is not None else None

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            one = self.text(value, where)
            return () if one is None else (one,)
        if len(value) > MAX_LIST_ITEMS:
            raise _problem(where, "has more than {limit} items", limit=MAX_LIST_ITEMS)
        out = []
        for i, item in enumerate(value):
            one = self.text(item, f"{where}[{i}]")
            if one is not None:
                out.append(one)
        return tuple(out)

    def parsed(self, value: Any, where: str, parse: Callable[[str], T]) -> T | None:
        """A scalar read by the file reader's own parser; its words, prefixed by the place."""
        raw = self.text(value, where, limit=64, one_line=True)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            raise CommandError("{where}: {problem}", where=where, problem=getattr(exc, "words", str(exc))) from None

    def seconds(self, value: Any, where: str) -> int | None:
        return self.parsed(value, where, parse_duration)

    def time_of_day(self, value: Any, where: str) -> time | None:
        return self.parsed(value, where, parse_time_of_day)

    def flag(self, value: Any, where: str) -> bool:
        raw = self.text(value, where, limit=16, one_line=True)
        word = (raw or "").strip().lower()
        if word in ("true", "yes", "on"):
            return True
        if word in ("false", "no", "off", ""):
            return False
        raise _problem(where, "'{raw}' is not true or false", raw=raw)

    def choice(self, value: Any, where: str, choices: Sequence[str], what: str) -> str | None:
        raw = self.ident(value, where)
        if raw is None:
            return None
        if raw not in choices:
            hint = did_you_mean(raw, choices)
            template = (
                "unknown type '{raw}' (one of: {choices}){hint}"
                if what == "type"
                else ("unknown kind '{raw}' (one of: {choices}){hint}")
            )
            raise _problem(where, template, raw=raw, choices=", ".join(choices), hint=hint)
        return raw

    def person_ref(self, value: Any, where: str) -> Person | None:
        pid = self.ident(value, where)
        if pid is None:
            return None
        if pid not in self.people:
            hint = did_you_mean(pid, list(self.people)) or Words(" (add it under 'people')")
            raise _problem(where, "unknown person id '{pid}'{hint}", pid=pid, hint=hint)
        return self.people[pid]

    # --- the plan's parts ---
    def person(self, data: Any, where: str = "person") -> Person:
        fields = self.fields(data, where, PERSON_KEYS)
        pid = self.ident(fields.get("id"), f"{where}.id")
        name = self.name(fields.get("name"), f"{where}.name")
        if not pid:
            raise _problem(where, "{what} needs '{key}'", what="a person", key="id")
        if not name:
            raise _problem(where, "{what} needs '{key}'", what="a person", key="name")
        texts = {key: self.text(fields.get(key), f"{where}.{key}") or "" for key in PERSON_TEXT_KEYS}
        return Person(pid, name, **texts)

    def speakers(self, value: Any, where: str, per_turn: int | None) -> tuple[SpeakerSlot, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise _problem(where, "{what} must be a list ('- ' items)", what="'speakers'")
        if len(value) > MAX_SPEAKERS:
            raise _problem(where, "has more than {limit} items", limit=MAX_SPEAKERS)
        slots: list[SpeakerSlot] = []
        taken: set[str] = set()
        for i, item in enumerate(value):
            slot, explicit = self.speaker(item, f"{where}[{i}]", per_turn)
            if slot.id in taken and explicit:
                raise _problem(f"{where}[{i}]", "duplicate speaker id '{id}' in this segment", id=slot.id)
            slot = replace(slot, id=unique_id(slot.id, taken))
            taken.add(slot.id)
            slots.append(slot)
        return tuple(slots)

    def speaker(self, data: Any, where: str, per_turn: int | None) -> tuple[SpeakerSlot, bool]:
        if not isinstance(data, dict):
            person = self.person_ref(data, where)
            if person is None:
                raise _problem(where, "{what} needs '{key}'", what="a speaker", key="name")
            return SpeakerSlot.for_person(person, person.id, per_turn), False
        keys = SPEAKER_REF_KEYS if "ref" in data else SPEAKER_INLINE_KEYS
        fields = self.fields(data, where, keys)
        allotted = self.seconds(fields.get("time"), f"{where}.time") or per_turn
        explicit = self.ident(fields.get("id"), f"{where}.id")
        kind = self.choice(fields.get("type"), f"{where}.type", REQUEST_TYPES, "type") or "statement"
        if "ref" in fields:
            person = self.person_ref(fields["ref"], f"{where}.ref")
            if person is None:
                raise _problem(where, "{what} needs '{key}'", what="a speaker", key="ref")
            notes = self.text(fields.get("notes"), f"{where}.notes") or ""
            return SpeakerSlot.for_person(person, explicit or person.id, allotted, notes=notes, kind=kind), bool(
                explicit
            )
        name = self.name(fields.get("name"), f"{where}.name")
        if not name:
            raise _problem(where, "{what} needs '{key}'", what="a speaker", key="name")
        texts = {key: self.text(fields.get(key), f"{where}.{key}") or "" for key in PERSON_TEXT_KEYS}
        slot = SpeakerSlot(
            id=explicit or slug(name) or "speaker", name=name, person=None, allotted_s=allotted, type=kind, **texts
        )
        return slot, bool(explicit)

    def segment(self, data: Any, where: str = "segment") -> Segment:
        """A segment (its id may be empty: the plan makes one from the title)."""
        fields = self.fields(data, where, SEGMENT_KEYS)
        title = self.name(fields.get("title"), f"{where}.title")
        duration = self.seconds(fields.get("duration"), f"{where}.duration")
        if not title:
            raise _problem(where, "{what} needs '{key}'", what="a segment", key="title")
        if duration is None:
            raise _problem(where, "{what} needs '{key}'", what="a segment", key="duration")
        min_duration = self.seconds(fields.get("min_duration"), f"{where}.min_duration")
        if min_duration is not None and min_duration > duration:
            raise _problem(f"{where}.min_duration", "min_duration is longer than the segment's duration")
        speaker_time = self.seconds(fields.get("speaker_time"), f"{where}.speaker_time")
        moderator = self.person_ref(fields.get("moderator"), f"{where}.moderator")
        per_turn = speaker_time or self.defaults.speaker_time_s
        return Segment(
            id=self.ident(fields.get("id"), f"{where}.id") or "",
            title=title,
            duration_s=duration,
            kind=self.choice(fields.get("kind"), f"{where}.kind", SEGMENT_KINDS, "kind") or "other",
            fixed_start=self.time_of_day(fields.get("start"), f"{where}.start"),
            speakers=self.speakers(fields.get("speakers"), f"{where}.speakers", per_turn),
            moderator=moderator.id if moderator is not None else None,
            questions=self.texts(fields.get("questions"), f"{where}.questions"),
            notes=self.text(fields.get("notes"), f"{where}.notes") or "",
            cues=self.texts(fields.get("cues"), f"{where}.cues"),
            documents=self.texts(fields.get("documents"), f"{where}.documents"),
            speaker_time_s=speaker_time,
            locked=self.flag(fields.get("locked"), f"{where}.locked"),
            min_duration_s=min_duration,
        )


def unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def new_segment_id(segment: Segment, taken: set[str]) -> str:
    """The segment's own id if it has one, else one made from its title, unique in the plan."""
    return unique_id(slug(segment.title) or "segment", taken)


def read_event(data: Any) -> Event:
    """A whole plan from data in the event file's shape (a journal's plan record)."""
    plain(data, "plan")
    top = PlanReader.fields(data, "plan", ("version", "event", "defaults", "budgets", "people", "segments"))
    base = PlanReader({}, Defaults())
    info_fields = PlanReader.fields(top.get("event"), "event", EVENT_KEYS)
    zone = base.ident(info_fields.get("timezone"), "event.timezone")
    try:
        tz = ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise _problem("event.timezone", "unknown time zone '{raw}'", raw=zone) from None
    raw_date = base.ident(info_fields.get("date"), "event.date")
    try:
        day = date.fromisoformat(raw_date or "")
    except ValueError:
        raise _problem("event.date", "'{raw}' is not a date (use YYYY-MM-DD)", raw=raw_date) from None
    if day.year not in YEARS:
        raise _problem("event.date", "the date must be from {first} to {last}", first=YEARS[0], last=YEARS[-1])
    start = base.time_of_day(info_fields.get("start"), "event.start")
    title = base.name(info_fields.get("title"), "event.title")
    if start is None or not title:
        raise _problem("event", "{what} needs '{key}'", what="'event'", key="title" if not title else "start")
    end = base.time_of_day(info_fields.get("end"), "event.end")
    texts = {k: base.text(info_fields.get(k), f"event.{k}") or "" for k in EVENT_KEYS[1:6]}
    info = EventInfo(title=title, date=day, start=start, end=end, timezone_name=zone or "UTC", tz=tz, **texts)
    default_fields = PlanReader.fields(top.get("defaults") or {}, "defaults", DEFAULT_KEYS)
    base_defaults = Defaults()
    defaults = Defaults(
        wrap_up_s=base.seconds(default_fields.get("wrap_up"), "defaults.wrap_up") or base_defaults.wrap_up_s,
        final_s=base.seconds(default_fields.get("final"), "defaults.final") or base_defaults.final_s,
        speaker_time_s=base.seconds(default_fields.get("speaker_time"), "defaults.speaker_time"),
    )
    people: dict[str, Person] = {}
    raw_people = top.get("people") or []
    if not isinstance(raw_people, list) or len(raw_people) > MAX_PEOPLE:
        raise _problem("people", "{what} must be a list ('- ' items)", what="'people'")
    for i, item in enumerate(raw_people):
        person = base.person(item, f"people[{i}]")
        if person.id in people:
            raise _problem(f"people[{i}].id", "duplicate person id '{pid}'", pid=person.id)
        people[person.id] = person
    reader = PlanReader(people, defaults)
    raw_segments = top.get("segments")
    if not isinstance(raw_segments, list) or not raw_segments or len(raw_segments) > MAX_SEGMENTS:
        raise _problem("segments", "'segments' needs at least one segment")
    segments: list[Segment] = []
    taken: set[str] = set()
    for i, item in enumerate(raw_segments):
        segment = reader.segment(item, f"segments[{i}]")
        if not segment.id:
            segment = replace(segment, id=new_segment_id(segment, taken))
        if segment.id in taken:
            raise _problem(f"segments[{i}].id", "duplicate segment id '{id}'", id=segment.id)
        taken.add(segment.id)
        segments.append(segment)
    return Event(info, tuple(segments), defaults, people, read_budgets(top.get("budgets")))


def budget_by(value: Any) -> str:
    """A budget's `by`: sector or organization (either spelling, as the people's key)."""
    by = SPELLINGS.get(value, value) if isinstance(value, str) else value
    if by not in BUDGET_BY:
        raise WordsError("'by' is {choices}, not '{value}'", choices=" or ".join(BUDGET_BY), value=value)
    return str(by)


def read_budgets(raw: Any) -> Budgets | None:
    """The `budgets` of a plan's data (the journal's plan record), as the event file gives them."""
    if raw is None:
        return None
    fields = PlanReader.fields(raw, "budgets", BUDGET_KEYS)
    try:
        by = budget_by(fields.get("by", "sector"))
    except WordsError as exc:
        raise _problem("budgets.by", "{problem}", problem=exc.words) from None
    shares_raw = fields.get("shares")
    if not isinstance(shares_raw, dict) or not shares_raw or len(shares_raw) > MAX_GROUPS:
        raise _problem("budgets.shares", "{what} must be a mapping of 'key: value' lines", what="'budgets.shares'")
    shares = []
    for group, value in shares_raw.items():
        if not isinstance(group, str) or not isinstance(value, str | int):
            raise _problem("budgets.shares", "{what} must be a mapping of 'key: value' lines", what="'budgets.shares'")
        try:
            shares.append(parse_share(group, str(value)))
        except WordsError as exc:
            raise _problem(f"budgets.shares.{group}", "{problem}", problem=exc.words) from None
    try:
        check_shares(tuple(shares))
    except WordsError as exc:
        raise _problem("budgets.shares", "{problem}", problem=exc.words) from None
    return Budgets(by, tuple(shares))
