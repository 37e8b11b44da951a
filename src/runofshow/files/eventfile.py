"""Event file format version 1: read, validate and build a `core.Event`.

Every problem is collected (not just the first) and pinned to the line and column of the
offending key or value. Scalars are interpreted from their own text (see yamlnodes), so
`start: 14:00` is 14:00 and `duration: 4:30` is four and a half minutes.
The format is documented in docs/event-file.md; the JSON Schema lives in resources/schema.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.durations import DurationError, parse_duration, parse_time_of_day
from runofshow.core.event import REQUEST_TYPES, SEGMENT_KINDS, Defaults, Event, EventInfo, Person, Segment, SpeakerSlot
from runofshow.core.text import slug
from runofshow.files.localzone import local_zone_name
from runofshow.files.problems import EventFileError, Problem, Severity
from runofshow.files.yamlnodes import (
    MAX_FILE_BYTES,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    bad_tag,
    compose,
    decode,
    is_null,
    position,
    unsafe_tags,
)

FORMAT_VERSION = 1
MAX_PROBLEMS = 200
#: Node visits allowed while reading one file; aliases can make a small file huge ("billion laughs").
MAX_VISITS = 2_000_000

ROOT_KEYS = ("version", "event", "defaults", "people", "segments")
EVENT_KEYS = ("title", "subtitle", "venue", "language", "interpretation", "notes", "date", "start", "end", "timezone")
DEFAULT_KEYS = ("wrap_up", "final", "speaker_time")
PERSON_TEXT_KEYS = ("role", "organization", "sector", "language", "pronunciation", "notes")
PERSON_KEYS = ("id", "name", *PERSON_TEXT_KEYS)
SEGMENT_KEYS = (
    "id", "title", "kind", "duration", "start", "speakers", "moderator", "questions",
    "notes", "cues", "speaker_time", "locked", "min_duration",
)  # fmt: skip
SPEAKER_REF_KEYS = ("ref", "id", "time", "type", "notes")
SPEAKER_INLINE_KEYS = ("name", "id", "time", "type", *PERSON_TEXT_KEYS)
TRUE_WORDS = {"true", "yes", "on"}
FALSE_WORDS = {"false", "no", "off"}

T = TypeVar("T")
Fields = dict[str, tuple[ScalarNode, Node]]


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """`; did you mean 'duration'?` for a near miss, else an empty string."""
    import difflib  # only files with mistakes pay for it

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class _TooManyProblemsError(Exception):
    pass


class _Reader:
    """Collects problems while walking the node tree."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.visits = 0

    # --- reporting -----------------------------------------------------------------------
    def error(self, node: Node, message: str) -> None:
        self._add(Severity.ERROR, node, message)

    def warn(self, node: Node, message: str) -> None:
        self._add(Severity.WARNING, node, message)

    def _add(self, severity: Severity, node: Node, message: str) -> None:
        pos = position(node)
        self.problems.append(Problem(severity, pos.line, pos.column, message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooManyProblemsError

    def visit(self, node: Node) -> bool:
        """Count a node; False for a tag that is not plain data (reported once, up front)."""
        self.visits += 1
        if self.visits > MAX_VISITS:
            self.error(node, "the file expands to too many values (are aliases repeated?)")
            raise _TooManyProblemsError
        return bad_tag(node) is None

    # --- structure -----------------------------------------------------------------------
    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> Fields | None:
        """A mapping's fields by key, with duplicate and unknown keys reported."""
        if not self.visit(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a mapping of 'key: value' lines")
            return None
        fields: Fields = {}
        for key, value in node.value:
            if not self.visit(key):
                continue
            if key.tag == "tag:yaml.org,2002:merge":
                self.error(key, "merge keys ('<<') are not supported in event files")
                continue
            if not isinstance(key, ScalarNode):
                self.error(key, f"keys in {what} must be plain words")
                continue
            name = key.value
            if name in fields:
                first = position(fields[name][0])
                self.error(key, f"duplicate key '{name}' (first at line {first.line})")
                continue
            if name not in allowed:
                hint = did_you_mean(name, allowed) or f" in {what} (known: {', '.join(allowed)})"
                self.error(key, f"unknown key '{name}'{hint}")
                continue
            fields[name] = (key, value)
        return fields

    def sequence(self, node: Node, what: str) -> list[Node] | None:
        if not self.visit(node):
            return None
        if not isinstance(node, SequenceNode):
            self.error(node, f"{what} must be a list ('- ' items)")
            return None
        return list(node.value)

    def missing(self, fields: Fields, owner: Node, keys: tuple[str, ...], what: str) -> None:
        for key in keys:
            if key not in fields or is_null(fields[key][1]):
                self.error(owner, f"{what} needs '{key}'")

    # --- scalars -------------------------------------------------------------------------
    def text(self, node: Node, what: str) -> str | None:
        """A scalar's own text; None for a plain null."""
        if not self.visit(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be text, not a {'list' if isinstance(node, SequenceNode) else 'mapping'}")
            return None
        if is_null(node):
            return None
        return node.value

    def convert(self, node: Node, what: str, parse: Callable[[str], T]) -> T | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.error(node, f"{what}: {exc}")
            return None

    def texts(self, node: Node, what: str) -> tuple[str, ...]:
        """A list of texts; a single text is taken as a one-item list."""
        if isinstance(node, ScalarNode):
            value = self.text(node, what)
            return () if value is None else (value,)
        items = self.sequence(node, what)
        out = []
        for item in items or ():
            value = self.text(item, f"each item of {what}")
            if value is not None:
                out.append(value)
        return tuple(out)


def _parse_bool(raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"'{raw}' is not true or false")


def _parse_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValueError(f"'{raw}' is not a date (use YYYY-MM-DD)") from None


def _parse_version(raw: str) -> int:
    if raw.strip() != str(FORMAT_VERSION):
        raise ValueError(f"unknown version '{raw}'; this app reads version {FORMAT_VERSION}")
    return FORMAT_VERSION


def _duration(raw: str) -> int:
    try:
        return parse_duration(raw)
    except DurationError as exc:
        raise ValueError(str(exc)) from None


def _time(raw: str) -> time:
    try:
        return parse_time_of_day(raw)
    except DurationError as exc:
        raise ValueError(str(exc)) from None


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


@dataclass(slots=True)
class _Built:
    event: Event
    end_node: Node | None
    start_nodes: dict[int, Node]


class _EventReader(_Reader):
    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.now = now

    def read(self, root: Node) -> _Built | None:
        for node, tag in unsafe_tags(root):
            self.error(node, f"tag '{tag}' is not allowed; event files hold plain data only")
        fields = self.mapping(root, "the event file", ROOT_KEYS)
        if fields is None:
            return None
        self.missing(fields, root, ("version", "event", "segments"), "the event file")
        if "version" in fields:
            self.convert(fields["version"][1], "version", _parse_version)
        people = self.people(fields["people"][1]) if "people" in fields else {}
        info, end_node = self.info(fields["event"][1]) if "event" in fields else (None, None)
        defaults = self.defaults(fields["defaults"][1]) if "defaults" in fields else Defaults()
        segments, start_nodes = (
            self.segments(fields["segments"][1], people, defaults) if "segments" in fields else ((), {})
        )
        if info is None or not segments or any(p.severity is Severity.ERROR for p in self.problems):
            return None
        return _Built(Event(info, segments, defaults, people), end_node, start_nodes)

    def info(self, node: Node) -> tuple[EventInfo | None, Node | None]:
        fields = self.mapping(node, "'event'", EVENT_KEYS)
        if fields is None:
            return None, None
        self.missing(fields, node, ("title", "start"), "'event'")
        texts = {k: self.text(fields[k][1], k) or "" for k in EVENT_KEYS[:6] if k in fields}
        tz_name = None
        if "timezone" in fields:
            tz_name = self.convert(fields["timezone"][1], "timezone", _check_zone)
        tz_name = tz_name or local_zone_name()
        tz = ZoneInfo(tz_name)
        day = self.convert(fields["date"][1], "date", _parse_date) if "date" in fields else None
        start = self.convert(fields["start"][1], "start", _time) if "start" in fields else None
        end = self.convert(fields["end"][1], "end", _time) if "end" in fields else None
        if start is not None and end is not None and end <= start:
            self.error(fields["end"][1], f"end {end:%H:%M} must be after start {start:%H:%M}")
            end = None
        if not texts.get("title") or start is None:
            return None, None
        info = EventInfo(
            title=texts["title"],
            subtitle=texts.get("subtitle", ""),
            venue=texts.get("venue", ""),
            language=texts.get("language", ""),
            interpretation=texts.get("interpretation", ""),
            notes=texts.get("notes", ""),
            date=day or self.now.astimezone(tz).date(),
            start=start,
            end=end,
            timezone_name=tz_name,
            tz=tz,
        )
        return info, fields["end"][1] if end is not None else None

    def defaults(self, node: Node) -> Defaults:
        fields = self.mapping(node, "'defaults'", DEFAULT_KEYS)
        if not fields:
            return Defaults()
        values = {k: self.convert(fields[k][1], k, _duration) for k in DEFAULT_KEYS if k in fields}
        base = Defaults()
        return Defaults(
            wrap_up_s=values.get("wrap_up") or base.wrap_up_s,
            final_s=values.get("final") or base.final_s,
            speaker_time_s=values.get("speaker_time"),
        )

    def people(self, node: Node) -> dict[str, Person]:
        people: dict[str, Person] = {}
        for item in self.sequence(node, "'people'") or ():
            fields = self.mapping(item, "a person", PERSON_KEYS)
            if fields is None:
                continue
            self.missing(fields, item, ("id", "name"), "a person")
            texts = {k: self.text(fields[k][1], k) or "" for k in PERSON_KEYS if k in fields}
            pid, name = texts.get("id"), texts.get("name")
            if not pid or not name:
                continue
            if pid in people:
                self.error(fields["id"][1], f"duplicate person id '{pid}'")
                continue
            people[pid] = Person(pid, name, **{k: texts.get(k, "") for k in PERSON_TEXT_KEYS})
        return people

    def person_ref(self, node: Node, people: dict[str, Person], what: str) -> Person | None:
        pid = self.text(node, what)
        if pid is None:
            return None
        if pid not in people:
            hint = did_you_mean(pid, list(people)) or " (add it under 'people')"
            self.error(node, f"unknown person id '{pid}'{hint}")
            return None
        return people[pid]

    def segments(
        self, node: Node, people: dict[str, Person], defaults: Defaults
    ) -> tuple[tuple[Segment, ...], dict[int, Node]]:
        items = self.sequence(node, "'segments'")
        if items is None:
            return (), {}
        if not items:
            self.error(node, "'segments' needs at least one segment")
            return (), {}
        built: list[Segment] = []
        start_nodes: dict[int, Node] = {}
        ids: dict[str, Node] = {}
        pending_auto: list[tuple[int, str]] = []
        for item in items:
            fields = self.mapping(item, "a segment", SEGMENT_KEYS)
            if fields is None:
                continue
            segment = self.segment(item, fields, people, defaults)
            if segment is None:
                continue
            if "id" in fields and segment.id:
                if segment.id in ids:
                    first = position(ids[segment.id])
                    self.error(fields["id"][1], f"duplicate segment id '{segment.id}' (first at line {first.line})")
                    continue
                ids[segment.id] = fields["id"][1]
            else:
                pending_auto.append((len(built), slug(segment.title) or f"segment-{len(built) + 1}"))
            if "start" in fields and segment.fixed_start is not None:
                start_nodes[len(built)] = fields["start"][1]
            built.append(segment)
        taken = set(ids)
        for index, base in pending_auto:
            made = _unique(base, taken)
            taken.add(made)
            built[index] = replace(built[index], id=made)
        return tuple(built), start_nodes

    def segment(self, node: Node, fields: Fields, people: dict[str, Person], defaults: Defaults) -> Segment | None:
        self.missing(fields, node, ("title", "duration"), "a segment")
        text = {k: self.text(fields[k][1], k) or "" for k in ("id", "title", "notes") if k in fields}
        kind = "other"
        if "kind" in fields:
            kind = self.convert(fields["kind"][1], "kind", _check_kind) or "other"
        duration = self.convert(fields["duration"][1], "duration", _duration) if "duration" in fields else None
        fixed = self.convert(fields["start"][1], "start", _time) if "start" in fields else None
        speaker_time = (
            self.convert(fields["speaker_time"][1], "speaker_time", _duration) if "speaker_time" in fields else None
        )
        min_duration = (
            self.convert(fields["min_duration"][1], "min_duration", _duration) if "min_duration" in fields else None
        )
        locked = bool(self.convert(fields["locked"][1], "locked", _parse_bool)) if "locked" in fields else False
        moderator = None
        if "moderator" in fields and (person := self.person_ref(fields["moderator"][1], people, "moderator")):
            moderator = person.id
        questions = self.texts(fields["questions"][1], "'questions'") if "questions" in fields else ()
        cues = self.texts(fields["cues"][1], "'cues'") if "cues" in fields else ()
        per_turn = speaker_time or defaults.speaker_time_s
        speakers = self.speakers(fields["speakers"][1], people, per_turn) if "speakers" in fields else ()
        if duration is not None and min_duration is not None and min_duration > duration:
            self.error(fields["min_duration"][1], "min_duration is longer than the segment's duration")
        if not text.get("title") or duration is None:
            return None
        allotted = sum(s.allotted_s or 0 for s in speakers)
        if allotted > duration:
            self.warn(
                fields["speakers"][0],
                f"speaker times add up to {allotted // 60}m{allotted % 60:02d}s, more than the segment's "
                f"{duration // 60}m{duration % 60:02d}s",
            )
        return Segment(
            id=text.get("id", ""),
            title=text["title"],
            duration_s=duration,
            kind=kind,
            fixed_start=fixed,
            speakers=speakers,
            moderator=moderator,
            questions=questions,
            notes=text.get("notes", ""),
            cues=cues,
            speaker_time_s=speaker_time,
            locked=locked,
            min_duration_s=min_duration,
        )

    def speakers(self, node: Node, people: dict[str, Person], per_turn: int | None) -> tuple[SpeakerSlot, ...]:
        slots: list[SpeakerSlot] = []
        taken: set[str] = set()
        for item in self.sequence(node, "'speakers'") or ():
            read = self.speaker(item, people, per_turn)
            if read is None:
                continue
            slot, explicit = read
            if slot.id in taken and explicit:
                self.error(item, f"duplicate speaker id '{slot.id}' in this segment")
                continue
            # A person may speak several times: later turns get ids like 'lan-2'.
            slot = replace(slot, id=_unique(slot.id, taken))
            taken.add(slot.id)
            slots.append(slot)
        return tuple(slots)

    def speaker(self, node: Node, people: dict[str, Person], per_turn: int | None) -> tuple[SpeakerSlot, bool] | None:
        """One speaker entry and whether its id was written in the file."""
        if isinstance(node, ScalarNode):
            person = self.person_ref(node, people, "a speaker")
            return (_slot_for(person, person.id, per_turn, ""), False) if person else None
        keys = SPEAKER_REF_KEYS if isinstance(node, MappingNode) and _has_key(node, "ref") else SPEAKER_INLINE_KEYS
        fields = self.mapping(node, "a speaker", keys)
        if fields is None:
            return None
        time_s = self.convert(fields["time"][1], "time", _duration) if "time" in fields else None
        allotted = time_s or per_turn
        explicit = self.text(fields["id"][1], "id") if "id" in fields else None
        kind = self.convert(fields["type"][1], "type", _check_request_type) if "type" in fields else None
        kind = kind or "statement"
        notes = self.text(fields["notes"][1], "notes") or "" if "notes" in fields else ""
        if "ref" in fields:
            person = self.person_ref(fields["ref"][1], people, "ref")
            if person is None:
                return None
            return replace(_slot_for(person, explicit or person.id, allotted, notes), type=kind), bool(explicit)
        self.missing(fields, node, ("name",), "a speaker (a person id, {ref: id} or {name: ...})")
        texts = {k: self.text(fields[k][1], k) or "" for k in ("name", *PERSON_TEXT_KEYS) if k in fields}
        if not texts.get("name"):
            return None
        slot = SpeakerSlot(
            id=explicit or slug(texts["name"]) or "speaker",
            name=texts["name"],
            person=None,
            allotted_s=allotted,
            type=kind,
            **{k: texts.get(k, "") for k in PERSON_TEXT_KEYS},
        )
        return slot, bool(explicit)


def _has_key(node: MappingNode, name: str) -> bool:
    return any(isinstance(k, ScalarNode) and k.value == name for k, _ in node.value)


def _slot_for(person: Person, slot_id: str, allotted: int | None, notes: str) -> SpeakerSlot:
    return SpeakerSlot(
        id=slot_id,
        name=person.name,
        person=person.id,
        role=person.role,
        organization=person.organization,
        sector=person.sector,
        language=person.language,
        pronunciation=person.pronunciation,
        notes=notes or person.notes,
        allotted_s=allotted,
    )


def _check_zone(raw: str) -> str:
    name = raw.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{raw}' (use an IANA name like Asia/Ho_Chi_Minh)") from None
    return name


def _check_request_type(raw: str) -> str:
    if raw not in REQUEST_TYPES:
        hint = did_you_mean(raw, REQUEST_TYPES)
        raise ValueError(f"unknown type '{raw}' (one of: {', '.join(REQUEST_TYPES)}){hint}")
    return raw


def _check_kind(raw: str) -> str:
    if raw not in SEGMENT_KINDS:
        hint = did_you_mean(raw, SEGMENT_KINDS)
        raise ValueError(f"unknown kind '{raw}' (one of: {', '.join(SEGMENT_KINDS)}){hint}")
    return raw


def _schedule_warnings(reader: _Reader, built: _Built) -> None:
    event = built.event
    starts = event.planned_starts()
    cursor = event.info.start_at
    for i, seg in enumerate(event.segments):
        if seg.fixed_start is not None and starts[i] < cursor:
            overlap = int((cursor - starts[i]).total_seconds())
            reader.warn(
                built.start_nodes[i],
                f"fixed start {seg.fixed_start:%H:%M} overlaps what comes before by "
                f"{overlap // 60}m{overlap % 60:02d}s",
            )
        cursor = starts[i] + timedelta(seconds=seg.duration_s)
    hard = event.info.hard_end
    if hard is not None and built.end_node is not None and event.planned_end() > hard:
        over = int((event.planned_end() - hard).total_seconds())
        reader.warn(
            built.end_node,
            f"the planned end {event.planned_end():%H:%M:%S} is after the hard stop by {over // 60}m{over % 60:02d}s",
        )


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    event: Event
    warnings: list[Problem]
    path: str


def parse_event_text(text: str, path: str, *, now: datetime) -> LoadedEvent:
    """Validate event-file text; raise `EventFileError` with every problem, or return the event."""
    root, problem = compose(text)
    if problem is not None:
        raise EventFileError(path, [problem])
    assert root is not None
    reader = _EventReader(now)
    built = None
    try:
        built = reader.read(root)
        if built is not None:
            _schedule_warnings(reader, built)
    except _TooManyProblemsError:
        built = None
    except RecursionError:
        reader.problems.append(Problem(Severity.ERROR, 1, 1, "the file nests too deeply to be an event file"))
        built = None
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    if built is None or any(p.severity is Severity.ERROR for p in problems):
        if not any(p.severity is Severity.ERROR for p in problems):
            problems.append(Problem(Severity.ERROR, 1, 1, "the file does not describe an event"))
        raise EventFileError(path, problems)
    return LoadedEvent(built.event, problems, path)


def load_event(path: str | Path, *, now: datetime) -> LoadedEvent:
    """Read and validate an event file; `now` gives today's date when the file has none."""
    shown = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, "this is a folder, not an event file")])
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise EventFileError(
                shown,
                [Problem(Severity.ERROR, 1, 1, f"the file is {size // 1_048_576} MB; event files are at most 10 MB")],
            )
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, "no such file")]) from None
    except PermissionError:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, "permission denied: cannot read this file")]
        ) from None
    except OSError as exc:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, f"cannot read the file: {exc.strerror or exc}")]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, "the file is over 10 MB; event files are smaller")])
    text, problem = decode(data)
    if problem is not None:
        raise EventFileError(shown, [problem])
    assert text is not None
    if not text.strip():
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, "the file is empty; an event file starts with 'version: 1'")]
        )
    return parse_event_text(text, shown, now=now)
