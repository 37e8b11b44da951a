"""From the organisers' agenda table to events: one per room and day, and what was found where.

A table with a date (a Date column, or date-times in its start and end cells) or a room (Room,
Track, Location, Stage, Hall, Salle, Phòng...) is a programme: it is split into one event per
room and day (a venue: files/venue_file.py), or narrowed to one with `room` and `day`. The header
(files/agenda_headers.py) is found anywhere in the sheet; what lies above it gives the title, the
date, the zone and the times (files/agenda_above.py); each row is read (files/agenda_rows.py),
the rows of each room's day put in order (files/agenda_split.py) and made into events
(files/agenda_events.py). Every cell that cannot be read is reported with its place, all at
once, and then nothing is made; what was found, and where, is said (files/agenda_findings.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from runofshow.core.data_walk import DataProblem
from runofshow.core.event import Event
from runofshow.core.plan_format import MAX_PEOPLE, MAX_SEGMENTS
from runofshow.core.plan_ids import unique_id
from runofshow.core.text import slug
from runofshow.core.wording import Words
from runofshow.files.agenda_above import Found, read_above
from runofshow.files.agenda_cells import parse_clock, parse_length
from runofshow.files.agenda_events import EventFacts, RowsRefusedError, build_event, kind_of
from runofshow.files.agenda_findings import Facts, findings
from runofshow.files.agenda_headers import (
    FIELDS,
    HEADERS,
    Header,
    column_number,
    find_header,
    headers_seen,
    plain_words,
    split_mapping,
)
from runofshow.files.agenda_people import name_key, person_of, split_people
from runofshow.files.agenda_rows import AgendaProblem, RowReader
from runofshow.files.agenda_split import Group, Splitter, group_rows, room_key
from runofshow.files.agenda_table import Table, column_letter
from runofshow.files.agenda_zones import valid_zone

__all__ = [
    "FIELDS",
    "HEADERS",
    "AgendaError",
    "AgendaProblem",
    "ImportOptions",
    "Imported",
    "Programme",
    "RoomDay",
    "find_header",
    "import_agenda",
    "kind_of",
    "name_key",
    "parse_clock",
    "parse_length",
    "person_of",
    "plain_words",
    "read_programme",
    "split_people",
]

NO_ROOM = ("no-room", "(no room)")


@dataclass(frozen=True, slots=True)
class ImportOptions:
    title: str | None = None
    #: The event's date for a table without dates; for a table with dates, the one day to import.
    day: date | None = None
    timezone: str | None = None
    end: time | None = None
    #: Column (header text, letter or 1-based position) → field, overriding what the header words say.
    mapping: Mapping[str, str] = field(default_factory=dict)
    start: time | None = None  # where rows without times begin (a table of durations only)
    header_row: int | None = None  # 1-based
    no_header: bool = False
    room: str | None = None  # the one room to import (its name or id)
    parallel: bool = False  # rows that overlap in a room go to a room of their own, not refused


class AgendaError(ValueError):
    """The table cannot be made into events: every problem, with its place."""

    def __init__(self, problems: list[AgendaProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class RoomDay:
    room_id: str  # letters, digits, `-`: a venue's room id
    room_name: str
    day: date
    event: Event
    rows: tuple[int, ...]  # the table's rows it holds

    @property
    def file_name(self) -> str:
        return f"{self.room_id}-{self.day.isoformat()}.yaml"


@dataclass(slots=True)
class Programme:
    parts: list[RoomDay]
    header: Header
    title: str
    zone_name: str
    findings: list[Words]

    @property
    def rooms(self) -> list[tuple[str, str]]:
        """(id, name) of each room, in the table's order."""
        return list(dict.fromkeys((p.room_id, p.room_name) for p in self.parts))

    @property
    def days(self) -> list[date]:
        return sorted({p.day for p in self.parts})

    @property
    def segments(self) -> int:
        return sum(len(p.event.segments) for p in self.parts)


@dataclass(slots=True)
class Imported:
    event: Event
    header_row: int
    columns: dict[int, str]  # column number → field
    headers: dict[int, str]  # column number → the header as written
    warnings: list[AgendaProblem]
    findings: list[Words] = field(default_factory=list)


def import_agenda(table: Table, options: ImportOptions, *, now: datetime) -> Imported:
    """The one event the table describes (with `room` and `day` for one of a programme's)."""
    programme = read_programme(table, options, now=now)
    if len(programme.parts) != 1:
        rooms, days = programme.rooms, programme.days
        raise AgendaError(
            [
                AgendaProblem(
                    table.name,
                    f"the table holds {len(programme.parts)} runs of show, {len(rooms)} rooms × {len(days)} days "
                    f"({', '.join(n or i for i, n in rooms[:6])}; {', '.join(d.isoformat() for d in days[:6])}): "
                    "give -o DIR/ for all of them and a venue file, or --room and --date for one",
                )
            ]
        )
    header = programme.header
    headers = {c: t for c, t in header.written.items() if c in header.columns}
    return Imported(programme.parts[0].event, header.row_number, dict(header.columns), headers, [], programme.findings)


def _check_mapping(options: ImportOptions) -> list[AgendaProblem]:
    problems = []
    for column, name in options.mapping.items():
        if name not in FIELDS:
            problems.append(
                AgendaProblem("--map", f"unknown field '{name}' for '{column}' (one of: {', '.join(FIELDS)})")
            )
    return problems


def _no_header(table: Table, options: ImportOptions) -> AgendaProblem:
    """Why no header was found, with what was and was not recognised, and how to go on."""
    if options.header_row is not None:
        return AgendaProblem(
            "--header-row", f"row {options.header_row} is not in the table (it has {len(table.rows)} rows)"
        )
    hint = (
        "name the columns with --map COLUMN=FIELD (COLUMN: the header's text, its letter or its position), "
        "or give the header's row with --header-row N"
    )
    guess = _headerless_guess(table)
    tip = f"; if the table has no header, try --no-header {guess}" if guess else ""
    seen = headers_seen(table, options.mapping)
    if seen is not None:
        index, known, others = seen
        recognised = ", ".join(f"{f} ({column_letter(c)})" for c, f in sorted(known.items()))
        unknown = ", ".join(f"{t} ({column_letter(c)})" for c, t in sorted(others.items())[:12]) or "none"
        return AgendaProblem(
            table.place(index + 1, 1),
            f"no header row: row {index + 1} holds one header it knows, {recognised}, and others it does not: "
            f"{unknown}; {hint}{tip}",
        )
    return AgendaProblem(
        table.place(1, 1),
        "no header row: no row holds two headers it knows (Time, Title, Duration, Speakers... in English, French "
        f"or Vietnamese); {hint}{tip}",
    )


def _headerless_guess(table: Table) -> str:
    """`--map A=start --map B=title`: what the first rows' cells look like, column by column."""
    rows = [r for r in table.rows[:5] if r]
    if not rows:
        return ""
    guesses: dict[int, str] = {}
    for column in range(1, max(len(r) for r in rows) + 1):
        values = [r[column - 1].value for r in rows if len(r) >= column and not r[column - 1].empty]
        if not values:
            continue
        if all(_reads(parse_clock, v) for v in values) and "start" not in guesses.values():
            guesses[column] = "start"
        elif all(_reads(parse_length, v) for v in values) and "duration" not in guesses.values():
            guesses[column] = "duration"
        elif "title" not in guesses.values():
            guesses[column] = "title"
    if "title" not in guesses.values():
        return ""
    maps = " ".join(f"--map {column_letter(c)}={f}" for c, f in sorted(guesses.items()))
    return maps + ("" if "start" in guesses.values() else " --start HH:MM")


def _reads(parse: Callable[[Any], object], value: object) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _mapped_columns(header: Header, table: Table, options: ImportOptions) -> list[AgendaProblem]:
    problems = []
    _, by_text = split_mapping(options.mapping)
    written = {plain_words(t) for t in header.written.values()}
    for column in options.mapping:
        if column_number(column) is None and plain_words(column) not in written:
            shown = ", ".join(header.written.values()) or "none"
            problems.append(AgendaProblem("--map", f"no column '{column}' in the header row (its headers: {shown})"))
    if "title" not in header.columns.values() and by_text.keys() <= written:
        known = header.described() or "none"
        unknown = ", ".join(f"{t} ({column_letter(c)})" for c, t in sorted(header.ignored.items())) or "none"
        problems.append(
            AgendaProblem(
                table.place(max(header.row_number, 1), 1),
                f"the header has no title column: it read {known}; not: {unknown}; name it with --map COLUMN=title",
            )
        )
    return problems


def read_programme(table: Table, options: ImportOptions, *, now: datetime) -> Programme:
    """Every room's day the table holds, as events; `AgendaError` with every problem."""
    problems = _check_mapping(options)
    if problems:
        raise AgendaError(problems)
    header = find_header(table, options.mapping, header_row=options.header_row, no_header=options.no_header)
    if header is None:
        raise AgendaError([_no_header(table, options)])
    problems = _mapped_columns(header, table, options)
    if problems:
        raise AgendaError(problems)
    # Ontime's templates carry its instructions above the table: none of them is the event's title.
    above = read_above(table, header.index, titled=not header.ontime)
    zone_name, zone_from = _zone(options, above.zone, problems)
    zone = ZoneInfo(zone_name)
    reader = RowReader(table, header, zone)
    rows = reader.rows()
    problems += reader.problems
    if not rows and not problems:
        problems.append(AgendaProblem(table.place(header.row_number + 1, 1), "no rows under the header"))
    skipped = [r.skipped for r in rows if r.skipped is not None]
    rows = [r for r in rows if r.skipped is None]
    dated = "date" in header.columns.values() or any(r.day is not None for r in rows)
    today = now.astimezone(zone).date()
    day_from: Found[date] | str
    if dated:
        default_day, day_from = today, "column"
    elif options.day is not None:
        default_day, day_from = options.day, "given"
    elif above.day is not None:
        default_day, day_from = above.day.value, above.day
    else:
        default_day, day_from = today, "today"
    roomed = "room" in header.columns.values()
    groups, chosen = _chosen(group_rows(rows, default_day), options, dated, roomed, table, problems)
    start = options.start or (above.start.value if above.start else None)
    end = options.end or (above.end.value if above.end else None)
    splitter = Splitter(
        table,
        start=_seconds(start),
        hard_stop=_seconds(end),
        parallel=options.parallel,
        programme=dated or roomed,
        columns={f: c for c, f in header.columns.items()},
    )
    split = splitter.run(groups)
    problems += split.problems
    for group in split.groups:
        if len(group.segments) > MAX_SEGMENTS:
            problems.append(
                AgendaProblem(
                    table.name,
                    f"{group.room or 'the table'} on {group.day}: more than {MAX_SEGMENTS} segments in one run of show",
                )
            )
    if problems:
        raise AgendaError(problems)
    title = options.title or (above.title.value if above.title else table.name.rsplit(".", 1)[0])
    facts = EventFacts(title, zone_name, zone, _seconds(end))
    columns = {f: c for c, f in header.columns.items()}
    parts = _parts([g for g in split.groups if g.segments], facts, roomed, table, columns)
    crowded = [p for p in parts if len(p.event.people) > MAX_PEOPLE]  # what an event file may hold
    if crowded:
        raise AgendaError(
            [
                AgendaProblem(
                    table.name,
                    f"{p.room_name or 'the table'} on {p.day}: more than {MAX_PEOPLE} people in one run of show",
                )
                for p in crowded
            ]
        )
    people = {name_key(p.name) for part in parts for p in part.event.people.values()}
    starts = [p.event.info.start for p in parts]
    start_from: Found[time] | str = "rows"
    if options.start is not None:
        start_from = "given" if splitter.start_used else "unused"
    elif above.start is not None:
        start_from = above.start if splitter.start_used else "rows"
    shown_start = options.start if start_from in ("given", "unused") else min(starts, default=None)
    facts_said = Facts(
        title=title,
        title_from="given" if options.title else above.title or "file",
        zone=zone_name,
        zone_from=zone_from,
        days=sorted({p.day for p in parts}),
        day_from=day_from,
        start=shown_start if not isinstance(start_from, Found) else start_from.value,
        start_from=start_from,
        end=end,
        end_from="given" if options.end else above.end or "none",
        rooms=list(dict.fromkeys(p.room_name for p in parts)) if roomed else [],
        segments=sum(len(p.event.segments) for p in parts),
        files=len(parts),
        people=len(people),
        offsets={r.offset for r in rows if r.offset},
        notes=split.notes,
        skipped=skipped + split.skipped,
        chosen=chosen,
    )
    return Programme(parts, header, title, zone_name, findings(table, header, facts_said))


def _seconds(moment: time | None) -> int | None:
    return None if moment is None else moment.hour * 3600 + moment.minute * 60 + moment.second


def _zone(
    options: ImportOptions, found: Found[str] | None, problems: list[AgendaProblem]
) -> tuple[str, Found[str] | str]:
    from runofshow.files.localzone import local_zone_name

    if options.timezone:
        if valid_zone(options.timezone) is None:
            problems.append(
                AgendaProblem(
                    "--timezone", f"unknown time zone '{options.timezone}' (use an IANA name like Asia/Ho_Chi_Minh)"
                )
            )
            return "UTC", "given"
        return options.timezone, "given"
    if found is not None:
        return found.value, found
    return local_zone_name(), "computer"


def _chosen(
    groups: list[Group],
    options: ImportOptions,
    dated: bool,
    roomed: bool,
    table: Table,
    problems: list[AgendaProblem],
) -> tuple[list[Group], str]:
    """The groups `--room` and `--date` keep, and what they kept, said; a choice that keeps nothing
    is a problem naming what there is."""
    chosen = []
    if options.room is not None:
        if not roomed:
            problems.append(AgendaProblem("--room", "the table has no room column (Room, Track, Location...)"))
            return groups, ""
        wanted = options.room
        kept = [g for g in groups if room_key(g.room) == room_key(wanted) or slug(g.room) == slug(wanted)]
        if not kept:
            names = ", ".join(dict.fromkeys(g.room or NO_ROOM[1] for g in groups))
            problems.append(AgendaProblem("--room", f"no room '{wanted}' in the table (its rooms: {names})"))
            return groups, ""
        chosen.append(f"room {kept[0].room}")
        groups = kept
    if options.day is not None and dated:
        kept = [g for g in groups if g.day == options.day]
        if not kept:
            days = ", ".join(sorted({g.day.isoformat() for g in groups}))
            problems.append(AgendaProblem("--date", f"no row on {options.day} (the table's days: {days})"))
            return groups, ""
        chosen.append(f"{options.day}")
        groups = kept
    return groups, ", ".join(chosen)


def _refused(table: Table, group: Group, columns: Mapping[str, int], found: DataProblem) -> AgendaProblem:
    """What the event format refuses in a room's day, at the row and column it came from."""
    place = table.name
    if len(found.path) > 1 and found.path[0] == "segments" and isinstance(found.path[1], int):
        row = group.segments[found.path[1]].number
        field = next((step for step in found.path[2:] if isinstance(step, str)), "title")
        place = table.place(row, columns.get(field, columns.get("title", 1)))
    message = Words("{what}: {reason}", what=found.key, reason=found.words) if found.named else found.words
    return AgendaProblem(place, str(message))


def _parts(
    groups: list[Group], facts: EventFacts, roomed: bool, table: Table, columns: Mapping[str, int]
) -> list[RoomDay]:
    """Each room's day as an event, with room ids made from the rooms' names (`STUDIO A` →
    `studio-a`; a room's second lane `studio-a-2`), in the table's order of rooms, then by day.
    `AgendaError` when the event format refuses what a room's rows make."""
    ids: dict[tuple[str, int], tuple[str, str]] = {}
    taken: set[str] = set()
    for group in groups:
        key = (room_key(group.room), group.lane)
        if key in ids:
            continue
        if not roomed:
            base, name = "main", ""
        elif not group.room:
            base, name = NO_ROOM
        else:
            base, name = slug(group.room)[:40].strip("-") or "room", group.room
        if group.lane > 1:
            base, name = f"{base}-{group.lane}", f"{name or 'room'} · {group.lane}"
        room_id = unique_id(base, taken)
        taken.add(room_id)
        ids[key] = (room_id, name)
    order = list(ids)
    parts = []
    problems: list[AgendaProblem] = []
    for group in sorted(groups, key=lambda g: (order.index((room_key(g.room), g.lane)), g.day)):
        room_id, name = ids[(room_key(group.room), group.lane)]
        try:
            event = build_event(group, facts, name)
        except RowsRefusedError as exc:
            problems += [_refused(table, group, columns, found) for found in exc.problems]
            continue
        parts.append(RoomDay(room_id, name, group.day, event, tuple(r.number for r in group.segments)))
    if problems:
        raise AgendaError(problems)
    return parts
