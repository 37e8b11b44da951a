"""From the organisers' agenda table to an event: what their columns and cells mean.

Reads the tables organisers circulate (files/agenda_table.py gives the cells): a header row
somewhere in the first ten rows, in English, French or Vietnamese (Time / Heure / Thời gian,
Session / Titre / Phiên, Speakers / Intervenants / Diễn giả...), rows above it giving the event's
title and date, then one row per segment. Times as `14:00`, `2:00 PM`, `14h00` or Excel time
cells, a range `14:00–14:10` in one cell too; durations as `6`, `6 min`, `0:06`, `1h30`, `90s`;
a row with a start but no duration lasts until the next row's start. Speakers, several per
cell (`;` or new lines), as `Name (Organisation)` or `Name, Role, Organisation`, become the
roster. Every cell that cannot be read is reported with its place, all at once, and then nothing
is made.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runofshow.core.durations import MAX_DURATION_S, DurationError, parse_duration
from runofshow.core.event import Defaults, Event, EventInfo, Person, Segment, SpeakerSlot
from runofshow.core.plan_data import unique_id
from runofshow.core.text import first_not_text, slug
from runofshow.files.agenda_table import Cell, Table

FIELDS = ("id", "start", "end", "duration", "title", "kind", "speakers", "moderator", "notes", "speaker_time", "ignore")

#: Header words (compared without case, accents or what is in brackets) → field.
HEADERS: Mapping[str, str] = {
    **dict.fromkeys(("id", "segment id"), "id"),
    **dict.fromkeys(
        ("time", "start", "start time", "from", "heure", "debut", "heure de debut", "horaire", "thoi gian", "bat dau",
         "gio", "gio bat dau"),
        "start",
    ),
    **dict.fromkeys(("end", "end time", "to", "until", "fin", "heure de fin", "ket thuc", "gio ket thuc"), "end"),
    **dict.fromkeys(("duration", "length", "minutes", "mins", "min", "duree", "thoi luong"), "duration"),
    **dict.fromkeys(
        ("session", "title", "item", "agenda item", "topic", "programme", "program", "titre", "sujet", "seance",
         "phien", "noi dung", "chu de", "tieu de", "chuong trinh"),
        "title",
    ),
    **dict.fromkeys(("kind", "type", "format", "loai"), "kind"),
    **dict.fromkeys(
        ("speakers", "speaker", "panelists", "panellists", "presenters", "intervenants", "intervenant", "orateurs",
         "dien gia", "nguoi phat bieu", "dien gia khach moi"),
        "speakers",
    ),
    **dict.fromkeys(("moderator", "chair", "moderateur", "president de seance", "dieu phoi", "nguoi dieu phoi",
                     "chu toa"), "moderator"),
    **dict.fromkeys(("notes", "note", "remarks", "comments", "remarques", "commentaires", "ghi chu"), "notes"),
    **dict.fromkeys(("speaker time", "time per speaker", "temps de parole"), "speaker_time"),
}  # fmt: skip

#: A segment's kind from the words of its title, when the table has no kind column.
KIND_WORDS: Sequence[tuple[str, tuple[str, ...]]] = (
    ("opening", ("opening", "welcome", "ouverture", "accueil", "khai mac", "chao mung")),
    ("closing", ("closing", "close", "wrap-up", "way forward", "cloture", "conclusion", "be mac", "tong ket")),
    ("break", ("break", "coffee", "lunch", "pause", "dejeuner", "nghi", "giai lao", "tea")),
    ("qa", ("q&a", "questions", "discussion with the floor", "hoi dap", "hoi & dap")),
    ("panel", ("panel", "roundtable", "round table", "table ronde", "debat", "thao luan", "toa dam")),
    ("remarks", ("remarks", "keynote", "address", "statement", "allocution", "discours", "phat bieu", "de dan")),
)
KINDS = ("opening", "remarks", "panel", "qa", "break", "closing", "other")
HEADER_ROWS = 10
MAX_SPEAKERS_PER_CELL = 50


@dataclass(frozen=True, slots=True)
class ImportOptions:
    title: str | None = None
    day: date | None = None
    timezone: str | None = None
    end: time | None = None
    #: Header text (as written) → field, overriding what the header words say.
    mapping: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class AgendaProblem:
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


class AgendaError(ValueError):
    """The table cannot be made into an event: every problem, with its place."""

    def __init__(self, problems: list[AgendaProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(slots=True)
class Imported:
    event: Event
    header_row: int
    columns: dict[int, str]  # column number → field
    headers: dict[int, str]  # column number → the header as written
    warnings: list[AgendaProblem]


def plain_words(text: str) -> str:
    """`Thời gian (ICT):` → `thoi gian`: case, accents, brackets and punctuation at the ends away."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = text.replace("đ", "d").replace("Đ", "D")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(folded.replace("_", " ").strip(" :.-/").split())


def _text(cell: Cell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# --- times and durations, as agendas write them -----------------------------------------------
_CLOCK = re.compile(
    r"^(\d{1,2})(?:\s*[:h.]\s*(\d{2})|\s*h)?(?:\s*[:.]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?$", re.IGNORECASE
)
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b|\bà\b|\bđến\b)\s*(.+)$", re.IGNORECASE)


def parse_clock(value: Any) -> time:
    """A time of day from a cell: `14:00`, `2:00 PM`, `2 pm`, `14h00`, `14h`, `14.00`, an Excel time."""
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    text = str(value).strip()
    m = _CLOCK.match(text)
    if not m or (m.group(2) is None and m.group(4) is None and "h" not in text.lower()):
        raise ValueError(f"'{text}' is not a time of day (use 14:00, 2:00 PM or 14h00)")
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    half = (m.group(4) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"'{text}' is not a time of day (12-hour times run from 1 to 12)")
        hour = hour % 12 + (12 if half in ("pm", "ch") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"'{text}' is not a time of day (use 14:00, 2:00 PM or 14h00)")
    return time(hour, minute, second)


_MINUTES = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minute|minutes|mn|phut|phút|')?$", re.IGNORECASE)
_HOURS = re.compile(
    r"^(\d+)\s*(?:h|hr|hrs|hour|hours|giờ|gio)\s*(?:(\d+)\s*(?:m|min|mins|minutes|phút|phut|')?)?$", re.IGNORECASE
)
_H_MM = re.compile(r"^(\d+):([0-5]\d)$")


def parse_length(value: Any) -> int:
    """A duration from a cell, in seconds: `6` and `6 min` are minutes, `0:06` is h:mm, `1h30`,
    `90s` and the event file's forms (`4m30s`) too; an Excel duration cell is what it shows."""
    if isinstance(value, timedelta):
        seconds = round(value.total_seconds())
    elif isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
    elif isinstance(value, bool):
        raise ValueError(f"'{value}' is not a duration")
    elif isinstance(value, int | float):
        seconds = round(float(value) * 60)
    else:
        text = str(value).strip().lower()
        if m := _MINUTES.match(text):
            seconds = round(float(m.group(1).replace(",", ".")) * 60)
        elif m := _HOURS.match(text):
            seconds = int(m.group(1)) * 3600 + int(m.group(2) or 0) * 60
        elif m := _H_MM.match(text):
            seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60
        else:
            try:
                seconds = parse_duration(text)
            except DurationError:
                raise ValueError(f"'{value}' is not a duration (use 6, 6 min, 0:06 or 1h30)") from None
    if seconds <= 0:
        raise ValueError("a duration must be more than 0")
    if seconds > MAX_DURATION_S:
        raise ValueError("a duration must be at most 24h")
    return seconds


def _date_of(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text) or None
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text)  # day first: 26/10/2025 (the region's own)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


# --- people ------------------------------------------------------------------------------------
_BRACKETED = re.compile(r"^(.*?)\s*\((.*)\)\s*$")


def split_people(text: str) -> list[str]:
    parts = re.split(r"[;\n]+", text)
    return [p.strip(" •-–·\t") for p in parts if p.strip(" •-–·\t")]


def _commas(text: str) -> list[str]:
    """Split on commas outside brackets: `Lan (Org, Hanoi), Director` is two parts."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth <= 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def person_of(written: str) -> tuple[str, str, str]:
    """(name, role, organisation) from `Name, Role, Organisation`, `Name, Organisation`,
    `Name (Organisation)` or `Name`."""
    parts = _commas(written)
    if len(parts) >= 3:
        return parts[0], ", ".join(parts[1:-1]), parts[-1]
    if len(parts) == 2:
        return parts[0], "", parts[1]
    if m := _BRACKETED.match(written):
        return m.group(1).strip(), "", m.group(2).strip()
    return written.strip(), "", ""


def name_key(name: str) -> str:
    """A name as the roster matches it: case, accents and spacing aside, in every script
    (plain_words keeps ASCII only: 山田太郎 and 佐藤花子 were both '' and so one person)."""
    folded = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(plain.strip(" :.-/").split())


class _Roster:
    """The people the table names, one per name, with ids made from their names."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self._by_name: dict[str, str] = {}

    def person(self, written: str) -> Person:
        name, role, organization = person_of(written)
        key = name_key(name)
        pid = self._by_name.get(key)
        if pid is not None:
            known = self.people[pid]
            if (role and not known.role) or (organization and not known.organization):
                known = Person(
                    pid, known.name, role=known.role or role, organization=known.organization or organization
                )
                self.people[pid] = known
            return known
        pid = unique_id(slug(name) or "person", set(self.people))
        person = Person(pid, name, role=role, organization=organization)
        self.people[pid] = person
        self._by_name[key] = pid
        return person


# --- the table ---------------------------------------------------------------------------------
def _header_fields(row: Sequence[Cell], mapping: Mapping[str, str]) -> dict[int, str]:
    wanted = {plain_words(k): v for k, v in mapping.items()}
    found: dict[int, str] = {}
    for cell in row:
        words = plain_words(_text(cell))
        if not words:
            continue
        name = wanted.get(words) or HEADERS.get(words)
        if name is not None and name not in found.values():
            found[cell.column] = name
    return found


def find_header(table: Table, mapping: Mapping[str, str]) -> tuple[int, dict[int, str]] | None:
    """The header row (0-based) among the first ten and its columns' fields, or None."""
    for index, row in enumerate(table.rows[:HEADER_ROWS]):
        found = _header_fields(row, mapping)
        if "title" in found.values() and len(found) >= 2:
            return index, found
    return None


def kind_of(title: str) -> str:
    words = plain_words(title)
    for kind, cues in KIND_WORDS:
        if any(re.search(rf"(^|\W){re.escape(cue)}($|\W)", words) for cue in cues):
            return kind
    return "other"


@dataclass(slots=True)
class _Row:
    cells: dict[str, Cell]
    start: time | None = None
    end: time | None = None
    duration: int | None = None
    broken: bool = False  # a cell of it is already reported


def import_agenda(table: Table, options: ImportOptions, *, now: datetime) -> Imported:
    """The event the table describes; `AgendaError` with every unreadable cell."""
    problems: list[AgendaProblem] = []
    for header, name in options.mapping.items():
        if name not in FIELDS:
            problems.append(
                AgendaProblem("--map", f"unknown field '{name}' for '{header}' (one of: {', '.join(FIELDS)})")
            )
    if problems:
        raise AgendaError(problems)
    found = find_header(table, options.mapping)
    if found is None:
        raise AgendaError(
            [
                AgendaProblem(
                    table.place(1, 1),
                    "no header row with a title column (Session, Title, Titre, Phiên...) in the first 10 rows; "
                    "name the columns with --map COLUMN=FIELD",
                )
            ]
        )
    header_index, columns = found
    written = {plain_words(_text(c)) for c in table.rows[header_index]}
    for header in options.mapping:
        if plain_words(header) not in written:
            problems.append(AgendaProblem("--map", f"no column '{header}' in the header row"))
    headers = {cell.column: _text(cell) for cell in table.rows[header_index] if cell.column in columns}
    columns = {c: f for c, f in columns.items() if f != "ignore"}

    # Above the header: the event's title (the first text) and date (the first that reads as one).
    title, day, zone_name, event_end = options.title, options.day, options.timezone, options.end
    for row in table.rows[:header_index]:
        for above in row:
            if above.empty:
                continue
            if (found_day := _date_of(above.value)) is not None:
                day = day or found_day
                continue
            text = _text(above)
            if "/" in text and _zone(text.split()[-1]) is not None:
                zone_name = zone_name or text.split()[-1]
                continue
            if (m := _RANGE.match(text)) is not None:
                try:
                    parse_clock(m.group(1))
                    event_end = event_end or parse_clock(m.group(2))
                    continue
                except ValueError:
                    pass
            if title is None and isinstance(above.value, str):
                title = text
    rows: list[_Row] = []
    for row in table.rows[header_index + 1 :]:
        cells = {columns[c.column]: c for c in row if c.column in columns and not c.empty}
        if not cells:
            continue
        item = _Row(cells)
        rows.append(item)
        known = len(problems)
        cell: Cell | None
        for name in ("start", "end"):
            cell = cells.get(name)
            if cell is None:
                continue
            if name == "start" and isinstance(cell.value, str) and (m := _RANGE.match(cell.value.strip())):
                try:
                    item.start, item.end = parse_clock(m.group(1)), parse_clock(m.group(2))
                    continue
                except ValueError:
                    pass
            try:
                setattr(item, name, parse_clock(cell.value))
            except ValueError as exc:
                problems.append(AgendaProblem(table.place(cell.row, cell.column), str(exc)))
        if (cell := cells.get("duration")) is not None:
            try:
                item.duration = parse_length(cell.value)
            except ValueError as exc:
                problems.append(AgendaProblem(table.place(cell.row, cell.column), str(exc)))
        if "title" not in cells:
            first = next(iter(cells.values()))
            problems.append(AgendaProblem(table.place(first.row, first.column), "this row has no title"))
        for each in cells.values():
            if isinstance(each.value, str) and first_not_text(each.value) is not None:
                problems.append(AgendaProblem(table.place(each.row, each.column), "holds a character that is not text"))
        item.broken = len(problems) > known
    if not rows and not problems:
        problems.append(AgendaProblem(table.place(header_index + 2, 1), "no rows under the header"))
    if zone_name is None:
        from runofshow.files.localzone import local_zone_name

        zone_name = local_zone_name()
    try:
        tz = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            AgendaProblem("--timezone", f"unknown time zone '{zone_name}' (use an IANA name like Asia/Ho_Chi_Minh)")
        )
        tz = ZoneInfo("UTC")
    first_start = next((r.start for r in rows if r.start is not None), None)
    if rows and first_start is None:
        problems.append(
            AgendaProblem(table.place(header_index + 1, 1), "no row has a start time, so the event has none")
        )
    # Durations: given, else until the end written, else until the next row's start, else the event's end.
    for i, item in enumerate(rows):
        if item.duration is not None or item.broken:
            continue
        upto = item.end if item.end is not None else rows[i + 1].start if i + 1 < len(rows) else event_end
        if item.start is not None and upto is not None:
            seconds = _seconds_between(item.start, upto)
            if seconds > 0:
                item.duration = seconds
                continue
            cell = item.cells.get("end") or item.cells.get("start")
            assert cell is not None
            problems.append(
                AgendaProblem(
                    table.place(cell.row, cell.column), f"ends at {upto:%H:%M}, not after its start {item.start:%H:%M}"
                )
            )
            continue
        cell = item.cells.get("title") or next(iter(item.cells.values()))
        problems.append(
            AgendaProblem(
                table.place(cell.row, cell.column),
                "no duration: give a duration or an end, or a start on the next row",
            )
        )
    if problems or first_start is None:
        raise AgendaError(problems)
    roster = _Roster()
    segments: list[Segment] = []
    taken: set[str] = set()
    cursor = datetime.combine(day or now.astimezone(tz).date(), first_start)
    for item in rows:
        assert item.duration is not None
        segment_title = _text(item.cells.get("title"))[:200]
        fixed = None
        if item.start is not None:
            at = datetime.combine(cursor.date(), item.start)
            if at != cursor:
                fixed = item.start
                cursor = at
        cursor += timedelta(seconds=item.duration)
        speakers = []
        names = split_people(_text(item.cells.get("speakers")))[:MAX_SPEAKERS_PER_CELL]
        slot_ids: set[str] = set()
        speaker_time = None
        if (cell := item.cells.get("speaker_time")) is not None:
            try:
                speaker_time = parse_length(cell.value)
            except ValueError as exc:
                problems.append(AgendaProblem(table.place(cell.row, cell.column), str(exc)))
        for one in names:
            person = roster.person(one)
            slot_id = unique_id(person.id, slot_ids)
            slot_ids.add(slot_id)
            speakers.append(SpeakerSlot.for_person(person, slot_id, speaker_time))
        moderator_text = split_people(_text(item.cells.get("moderator")))
        moderator = roster.person(moderator_text[0]).id if moderator_text else None
        kind = plain_words(_text(item.cells.get("kind")))
        kind = kind if kind in KINDS else kind_of(segment_title) if not kind else "other"
        explicit = slug(_text(item.cells.get("id")))
        segment_id = unique_id(explicit or slug(segment_title) or "segment", taken)
        taken.add(segment_id)
        segments.append(
            Segment(
                id=segment_id,
                title=segment_title,
                duration_s=item.duration,
                kind=kind,
                fixed_start=fixed,
                speakers=tuple(speakers),
                moderator=moderator,
                notes=_text(item.cells.get("notes")),
                speaker_time_s=speaker_time,
            )
        )
    if problems:
        raise AgendaError(problems)
    end = event_end if event_end is not None and event_end > first_start else None
    info = EventInfo(
        title=(title or table.name.rsplit(".", 1)[0])[:200],
        date=day or now.astimezone(tz).date(),
        start=first_start,
        end=end,
        timezone_name=zone_name,
        tz=tz,
    )
    event = Event(info, tuple(segments), Defaults(), roster.people)
    return Imported(event, header_index + 1, columns, headers, [])


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _seconds_between(start: time, end: time) -> int:
    day = date(2000, 1, 1)
    return int((datetime.combine(day, end) - datetime.combine(day, start)).total_seconds())
