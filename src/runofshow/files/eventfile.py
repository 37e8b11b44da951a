"""Event file format version 1: read, validate and build a `core.Event`.

Every problem is collected (not just the first) and pinned to the line and column of the
offending key or value. Scalars are interpreted from their own text (see yamlnodes), so
`start: 14:00` is 14:00 and `duration: 4:30` is four and a half minutes.
The format is documented in docs/event-file.md; the JSON Schema lives in resources/schema.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.budget_shares import MAX_GROUPS, check_shares, parse_share
from runofshow.core.event import (
    REQUEST_TYPES,
    SEGMENT_KINDS,
    Budgets,
    Defaults,
    Event,
    EventInfo,
    Person,
    Segment,
    Share,
    SpeakerSlot,
)
from runofshow.core.plan_data import (
    BUDGET_KEYS,
    DEFAULT_KEYS,
    EVENT_KEYS,
    MAX_PEOPLE,
    MAX_SEGMENTS,
    PERSON_KEYS,
    PERSON_TEXT_KEYS,
    SEGMENT_KEYS,
    SPEAKER_INLINE_KEYS,
    SPEAKER_REF_KEYS,
    budget_by,
    unique_id,
)
from runofshow.core.suggest import did_you_mean
from runofshow.core.text import slug
from runofshow.core.wording import Words, WordsError
from runofshow.files.localzone import local_zone_name
from runofshow.files.node_reader import (
    Fields,
    NodeReader,
    TooManyProblemsError,
    parse_bool,
    parse_date,
    parse_version,
    seconds_of,
    time_of_day,
)
from runofshow.files.problems import EventFileError, Problem, Severity
from runofshow.files.yamlnodes import (
    MAX_FILE_BYTES,
    MappingNode,
    Node,
    ScalarNode,
    compose,
    decode,
    not_text,
    position,
    unsafe_tags,
)

ROOT_KEYS = ("version", "event", "defaults", "budgets", "people", "segments")


@dataclass(slots=True)
class _Built:
    event: Event
    end_node: Node | None
    start_nodes: dict[int, Node]


class _EventReader(NodeReader):
    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.now = now

    def read(self, root: Node) -> _Built | None:
        for node, tag in unsafe_tags(root):
            self.error(node, Words("tag '{tag}' is not allowed; event files hold plain data only", tag=tag))
        for node, before, code in not_text(root):
            self.error(
                node, Words("{what} holds a character that is not text (U+{code})", what=f"'{before}…'", code=code)
            )
        fields = self.mapping(root, Words("the event file"), ROOT_KEYS)
        if fields is None:
            return None
        self.missing(fields, root, ("version", "event", "segments"), Words("the event file"))
        if "version" in fields:
            self.convert(fields["version"][1], "version", parse_version)
        people = self.people(fields["people"][1]) if "people" in fields else {}
        info, end_node = self.info(fields["event"][1]) if "event" in fields else (None, None)
        defaults = self.defaults(fields["defaults"][1]) if "defaults" in fields else Defaults()
        segments, start_nodes = (
            self.segments(fields["segments"][1], people, defaults) if "segments" in fields else ((), {})
        )
        budgets = self.budgets(fields["budgets"][1]) if "budgets" in fields else None
        if info is None or not segments or any(p.severity is Severity.ERROR for p in self.problems):
            return None
        return _Built(Event(info, segments, defaults, people, budgets), end_node, start_nodes)

    def budgets(self, node: Node) -> Budgets | None:
        """`budgets: {by: sector|organization, shares: {GROUP: 40% | 15m, ...}}`."""
        fields = self.mapping(node, "'budgets'", BUDGET_KEYS)
        if fields is None:
            return None
        self.missing(fields, node, ("shares",), "'budgets'")
        by = "sector"
        if "by" in fields:
            by = self.convert(fields["by"][1], "by", budget_by) or "sector"
        share_fields = self.mapping(fields["shares"][1], "'budgets.shares'", None) if "shares" in fields else None
        if not share_fields:
            return None
        if len(share_fields) > MAX_GROUPS:
            self.error(fields["shares"][1], Words("at most {count} groups in a budget", count=MAX_GROUPS))
            return None
        shares: list[Share] = []
        for group, (_, value) in share_fields.items():
            share = self.convert(value, group, partial(parse_share, group))
            if share is not None:
                shares.append(share)
        try:
            check_shares(tuple(shares))
        except WordsError as exc:
            self.error(fields["shares"][1], exc.words)
            return None
        return Budgets(by, tuple(shares))

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
        day = self.convert(fields["date"][1], "date", parse_date) if "date" in fields else None
        start = self.convert(fields["start"][1], "start", time_of_day) if "start" in fields else None
        end = self.convert(fields["end"][1], "end", time_of_day) if "end" in fields else None
        if start is not None and end is not None and end <= start:
            self.error(
                fields["end"][1],
                Words("end {end} must be after start {start}", end=f"{end:%H:%M}", start=f"{start:%H:%M}"),
            )
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
        values = {k: self.convert(fields[k][1], k, seconds_of) for k in DEFAULT_KEYS if k in fields}
        base = Defaults()
        return Defaults(
            wrap_up_s=values.get("wrap_up") or base.wrap_up_s,
            final_s=values.get("final") or base.final_s,
            speaker_time_s=values.get("speaker_time"),
        )

    def people(self, node: Node) -> dict[str, Person]:
        people: dict[str, Person] = {}
        items = self.sequence(node, "'people'") or []
        if len(items) > MAX_PEOPLE:  # the bound live edits and the journal's plan have (core/plan_data.py)
            self.error(node, Words("{what} has more than {limit} items", what="'people'", limit=MAX_PEOPLE))
            return people
        for item in items:
            fields = self.mapping(item, Words("a person"), PERSON_KEYS)
            if fields is None:
                continue
            self.missing(fields, item, ("id", "name"), Words("a person"))
            texts = {k: self.text(fields[k][1], k) or "" for k in PERSON_KEYS if k in fields}
            pid, name = texts.get("id"), texts.get("name")
            if not pid or not name:
                continue
            if pid in people:
                self.error(fields["id"][1], Words("duplicate person id '{pid}'", pid=pid))
                continue
            people[pid] = Person(pid, name, **{k: texts.get(k, "") for k in PERSON_TEXT_KEYS})
        return people

    def person_ref(self, node: Node, people: dict[str, Person], what: Words | str) -> Person | None:
        pid = self.text(node, what)
        if pid is None:
            return None
        if pid not in people:
            hint = did_you_mean(pid, list(people)) or Words(" (add it under 'people')")
            self.error(node, Words("unknown person id '{pid}'{hint}", pid=pid, hint=hint))
            return None
        return people[pid]

    def segments(
        self, node: Node, people: dict[str, Person], defaults: Defaults
    ) -> tuple[tuple[Segment, ...], dict[int, Node]]:
        items = self.sequence(node, "'segments'")
        if items is None:
            return (), {}
        if not items:
            self.error(node, Words("'segments' needs at least one segment"))
            return (), {}
        if len(items) > MAX_SEGMENTS:  # the bound live edits and the journal's plan have (core/plan_data.py)
            self.error(node, Words("{what} has more than {limit} items", what="'segments'", limit=MAX_SEGMENTS))
            return (), {}
        built: list[Segment] = []
        start_nodes: dict[int, Node] = {}
        ids: dict[str, Node] = {}
        pending_auto: list[tuple[int, str]] = []
        for item in items:
            fields = self.mapping(item, Words("a segment"), SEGMENT_KEYS)
            if fields is None:
                continue
            segment = self.segment(item, fields, people, defaults)
            if segment is None:
                continue
            if "id" in fields and segment.id:
                if segment.id in ids:
                    first = position(ids[segment.id])
                    self.error(
                        fields["id"][1],
                        Words("duplicate segment id '{id}' (first at line {line})", id=segment.id, line=first.line),
                    )
                    continue
                ids[segment.id] = fields["id"][1]
            else:
                pending_auto.append((len(built), slug(segment.title) or f"segment-{len(built) + 1}"))
            if "start" in fields and segment.fixed_start is not None:
                start_nodes[len(built)] = fields["start"][1]
            built.append(segment)
        taken = set(ids)
        for index, base in pending_auto:
            made = unique_id(base, taken)
            taken.add(made)
            built[index] = replace(built[index], id=made)
        return tuple(built), start_nodes

    def segment(self, node: Node, fields: Fields, people: dict[str, Person], defaults: Defaults) -> Segment | None:
        self.missing(fields, node, ("title", "duration"), Words("a segment"))
        text = {k: self.text(fields[k][1], k) or "" for k in ("id", "title", "notes") if k in fields}
        kind = "other"
        if "kind" in fields:
            kind = self.convert(fields["kind"][1], "kind", _check_kind) or "other"
        duration = self.convert(fields["duration"][1], "duration", seconds_of) if "duration" in fields else None
        fixed = self.convert(fields["start"][1], "start", time_of_day) if "start" in fields else None
        speaker_time = (
            self.convert(fields["speaker_time"][1], "speaker_time", seconds_of) if "speaker_time" in fields else None
        )
        min_duration = (
            self.convert(fields["min_duration"][1], "min_duration", seconds_of) if "min_duration" in fields else None
        )
        locked = bool(self.convert(fields["locked"][1], "locked", parse_bool)) if "locked" in fields else False
        moderator = None
        if "moderator" in fields and (person := self.person_ref(fields["moderator"][1], people, "moderator")):
            moderator = person.id
        questions = self.texts(fields["questions"][1], "'questions'") if "questions" in fields else ()
        cues = self.texts(fields["cues"][1], "'cues'") if "cues" in fields else ()
        documents = self.texts(fields["documents"][1], "'documents'") if "documents" in fields else ()
        per_turn = speaker_time or defaults.speaker_time_s
        speakers = self.speakers(fields["speakers"][1], people, per_turn) if "speakers" in fields else ()
        if duration is not None and min_duration is not None and min_duration > duration:
            self.error(fields["min_duration"][1], Words("min_duration is longer than the segment's duration"))
        if not text.get("title") or duration is None:
            return None
        allotted = sum(s.allotted_s or 0 for s in speakers)
        if allotted > duration:
            self.warn(
                fields["speakers"][0],
                Words(
                    "speaker times add up to {allotted}, more than the segment's {duration}",
                    allotted=_m_s(allotted),
                    duration=_m_s(duration),
                ),
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
            documents=documents,
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
                self.error(item, Words("duplicate speaker id '{id}' in this segment", id=slot.id))
                continue
            # A person may speak several times: later turns get ids like 'lan-2'.
            slot = replace(slot, id=unique_id(slot.id, taken))
            taken.add(slot.id)
            slots.append(slot)
        return tuple(slots)

    def speaker(self, node: Node, people: dict[str, Person], per_turn: int | None) -> tuple[SpeakerSlot, bool] | None:
        """One speaker entry and whether its id was written in the file."""
        if isinstance(node, ScalarNode):
            person = self.person_ref(node, people, Words("a speaker"))
            return (SpeakerSlot.for_person(person, person.id, per_turn), False) if person else None
        keys = SPEAKER_REF_KEYS if isinstance(node, MappingNode) and _has_key(node, "ref") else SPEAKER_INLINE_KEYS
        fields = self.mapping(node, Words("a speaker"), keys)
        if fields is None:
            return None
        time_s = self.convert(fields["time"][1], "time", seconds_of) if "time" in fields else None
        allotted = time_s or per_turn
        explicit = self.text(fields["id"][1], "id") if "id" in fields else None
        kind = self.convert(fields["type"][1], "type", _check_request_type) if "type" in fields else None
        kind = kind or "statement"
        notes = self.text(fields["notes"][1], "notes") or "" if "notes" in fields else ""
        if "ref" in fields:
            person = self.person_ref(fields["ref"][1], people, "ref")
            if person is None:
                return None
            return SpeakerSlot.for_person(person, explicit or person.id, allotted, notes=notes, kind=kind), bool(
                explicit
            )
        self.missing(fields, node, ("name",), Words("a speaker (a person id, {ref: id} or {name: ...})"))
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


def _check_zone(raw: str) -> str:
    name = raw.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise WordsError("unknown time zone '{raw}' (use an IANA name like Asia/Ho_Chi_Minh)", raw=raw) from None
    return name


def _m_s(seconds: int) -> str:
    """`4m05s`: how the schedule warnings write an amount of time."""
    return f"{seconds // 60}m{seconds % 60:02d}s"


def _check_request_type(raw: str) -> str:
    if raw not in REQUEST_TYPES:
        hint = did_you_mean(raw, REQUEST_TYPES)
        raise WordsError(
            "unknown type '{raw}' (one of: {choices}){hint}", raw=raw, choices=", ".join(REQUEST_TYPES), hint=hint
        )
    return raw


def _check_kind(raw: str) -> str:
    if raw not in SEGMENT_KINDS:
        hint = did_you_mean(raw, SEGMENT_KINDS)
        raise WordsError(
            "unknown kind '{raw}' (one of: {choices}){hint}", raw=raw, choices=", ".join(SEGMENT_KINDS), hint=hint
        )
    return raw


def _schedule_warnings(reader: NodeReader, built: _Built) -> None:
    event = built.event
    starts = event.planned_starts()
    cursor = event.info.start_at
    for i, seg in enumerate(event.segments):
        if seg.fixed_start is not None and starts[i] < cursor:
            overlap = int((cursor - starts[i]).total_seconds())
            reader.warn(
                built.start_nodes[i],
                Words(
                    "fixed start {start} overlaps what comes before by {overlap}",
                    start=f"{seg.fixed_start:%H:%M}",
                    overlap=_m_s(overlap),
                ),
            )
        cursor = starts[i] + timedelta(seconds=seg.duration_s)
    hard = event.info.hard_end
    if hard is not None and built.end_node is not None and event.planned_end() > hard:
        over = int((event.planned_end() - hard).total_seconds())
        reader.warn(
            built.end_node,
            Words(
                "the planned end {end} is after the hard stop by {over}",
                end=f"{event.planned_end():%H:%M:%S}",
                over=_m_s(over),
            ),
        )


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    event: Event
    warnings: list[Problem]
    path: str
    #: The file's text as read (what a save keeps the comments and layout of).
    text: str | None = None


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
    except TooManyProblemsError:
        built = None
    except RecursionError:
        reader.problems.append(Problem(Severity.ERROR, 1, 1, Words("the file nests too deeply to be an event file")))
        built = None
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    if built is None or any(p.severity is Severity.ERROR for p in problems):
        if not any(p.severity is Severity.ERROR for p in problems):
            problems.append(Problem(Severity.ERROR, 1, 1, Words("the file does not describe an event")))
        raise EventFileError(path, problems)
    return LoadedEvent(built.event, problems, path, text)


def load_event(path: str | Path, *, now: datetime) -> LoadedEvent:
    """Read and validate an event file; `now` gives today's date when the file has none."""
    shown = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, Words("this is a folder, not an event file"))])
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise EventFileError(
                shown,
                [
                    Problem(
                        Severity.ERROR,
                        1,
                        1,
                        Words("the file is {size} MB; event files are at most 10 MB", size=size // 1_048_576),
                    )
                ],
            )
        # Opened without blocking and checked on the open file: a FIFO or a device named as the
        # event file would otherwise hang `check` and the app (and a swap after a stat() too).
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise EventFileError(
                    shown,
                    [Problem(Severity.ERROR, 1, 1, Words("this is not a regular file (a pipe or a device?)"))],
                )
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise EventFileError(shown, [Problem(Severity.ERROR, 1, 1, Words("no such file"))]) from None
    except PermissionError:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("permission denied: cannot read this file"))]
        ) from None
    except OSError as exc:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("cannot read the file: {error}", error=exc.strerror or exc))]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("the file is over 10 MB; event files are smaller"))]
        )
    text, problem = decode(data)
    if problem is not None:
        raise EventFileError(shown, [problem])
    assert text is not None
    if not text.strip():
        raise EventFileError(
            shown, [Problem(Severity.ERROR, 1, 1, Words("the file is empty; an event file starts with 'version: 1'"))]
        )
    return parse_event_text(text, shown, now=now)
