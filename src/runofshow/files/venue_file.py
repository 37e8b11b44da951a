"""The venue file: a venue's rooms and each room's event file by day (`DIR/venue.yaml`, written by
`runofshow import AGENDA -o DIR/`; docs/venue.md, docs/event-file.md).

    version: 1
    venue:
      name: hanoi-week            # the venue's id on the broker (--venue-name)
      title: Hanoi Cyber Week     # optional
      timezone: Asia/Ho_Chi_Minh
    rooms:
      - id: r313                  # the room's id (--room)
        name: R313                # what the control room shows (optional: the id)
        days:
          - {date: 2025-10-26, file: r313-2025-10-26.yaml}   # relative to this file's folder

Read like an event file: every problem at once, with its line and column (`runofshow check`
prints them, and checks every event file the venue file names: that it is valid and on its day).
"""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from runofshow.core.venue_plan import MAX_DAYS, MAX_ROOMS, PlannedDay, PlannedRoom, PlannedStart, VenuePlan, is_venue_id
from runofshow.core.wording import Words, WordsError
from runofshow.files.eventfile import load_event
from runofshow.files.localzone import local_zone_name
from runofshow.files.node_reader import NodeReader, TooManyProblemsError, parse_date, parse_version
from runofshow.files.problems import EventFileError, Problem, Severity
from runofshow.files.yamlnodes import MAX_FILE_BYTES, Node, compose, decode, position, unsafe_tags

VENUE_FILE = "venue.yaml"
ROOT_KEYS = ("version", "venue", "rooms")
VENUE_KEYS = ("name", "title", "timezone")
ROOM_KEYS = ("id", "name", "days")
DAY_KEYS = ("date", "file")
MAX_TEXT_CHARS = 200


def _check_id(raw: str) -> str:
    value = raw.strip()
    if not is_venue_id(value):
        raise WordsError("'{raw}' must be 1 to 64 letters, digits, '.', '_' or '-'", raw=raw)
    return value


def _check_zone(raw: str) -> str:
    name = raw.strip()
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        raise WordsError("unknown time zone '{raw}' (use an IANA name like Asia/Ho_Chi_Minh)", raw=raw) from None
    return name


class _VenueReader(NodeReader):
    def read(self, root: Node) -> VenuePlan | None:
        for node, tag in unsafe_tags(root):
            self.error(node, Words("tag '{tag}' is not allowed; event files hold plain data only", tag=tag))
        fields = self.mapping(root, Words("the venue file"), ROOT_KEYS)
        if fields is None:
            return None
        self.missing(fields, root, ROOT_KEYS, Words("the venue file"))
        if "version" in fields:
            self.convert(fields["version"][1], "version", parse_version)
        name, title, zone_name = "", "", local_zone_name()
        if "venue" in fields:
            venue = self.mapping(fields["venue"][1], "'venue'", VENUE_KEYS) or {}
            self.missing(venue, fields["venue"][1], ("name",), "'venue'")
            name = self.convert(venue["name"][1], "name", _check_id) or "" if "name" in venue else ""
            title = (self.text(venue["title"][1], "title") or "")[:MAX_TEXT_CHARS] if "title" in venue else ""
            if "timezone" in venue:
                zone_name = self.convert(venue["timezone"][1], "timezone", _check_zone) or zone_name
        rooms = self.rooms(fields["rooms"][1]) if "rooms" in fields else ()
        if not name or not rooms or any(p.severity is Severity.ERROR for p in self.problems):
            return None
        return VenuePlan(name, title, zone_name, ZoneInfo(zone_name), rooms)

    def rooms(self, node: Node) -> tuple[PlannedRoom, ...]:
        items = self.sequence(node, "'rooms'") or []
        if not items:
            self.error(node, Words("'rooms' needs at least one room"))
        if len(items) > MAX_ROOMS:
            self.error(node, Words("{what} has more than {limit} items", what="'rooms'", limit=MAX_ROOMS))
            return ()
        rooms: list[PlannedRoom] = []
        seen: dict[str, Node] = {}
        for item in items:
            fields = self.mapping(item, Words("a room"), ROOM_KEYS)
            if fields is None:
                continue
            self.missing(fields, item, ("id", "days"), Words("a room"))
            room_id = self.convert(fields["id"][1], "id", _check_id) if "id" in fields else None
            name = (self.text(fields["name"][1], "name") or "")[:MAX_TEXT_CHARS] if "name" in fields else ""
            days = self.days(fields["days"][1]) if "days" in fields else ()
            if room_id is None:
                continue
            if room_id in seen:
                first = position(seen[room_id])
                self.error(
                    fields["id"][1],
                    Words("duplicate room id '{id}' (first at line {line})", id=room_id, line=first.line),
                )
                continue
            seen[room_id] = fields["id"][1]
            rooms.append(PlannedRoom(room_id, name or room_id, days))
        return tuple(rooms)

    def days(self, node: Node) -> tuple[PlannedDay, ...]:
        items = self.sequence(node, "'days'") or []
        if len(items) > MAX_DAYS:
            self.error(node, Words("{what} has more than {limit} items", what="'days'", limit=MAX_DAYS))
            return ()
        days: list[PlannedDay] = []
        seen: set[date] = set()
        for item in items:
            fields = self.mapping(item, Words("a day"), DAY_KEYS)
            if fields is None:
                continue
            self.missing(fields, item, DAY_KEYS, Words("a day"))
            day = self.convert(fields["date"][1], "date", parse_date) if "date" in fields else None
            file = self.text(fields["file"][1], "file") if "file" in fields else None
            if day is None or not file:
                continue
            if day in seen:
                self.error(fields["date"][1], Words("a second file for {date}", date=day.isoformat()))
                continue
            seen.add(day)
            days.append(PlannedDay(day, file.strip()))
        return tuple(days)


def is_venue_text(text: str) -> bool:
    """A venue file rather than an event file: it has `rooms:` and no `segments:` at its top."""
    lines = {line.split(":", 1)[0] for line in text.splitlines() if line[:1].isalpha()}
    return "rooms" in lines and "segments" not in lines


def parse_venue_text(text: str, path: str) -> VenuePlan:
    root, problem = compose(text)
    if problem is not None:
        raise EventFileError(path, [problem])
    assert root is not None
    reader = _VenueReader()
    plan = None
    try:
        plan = reader.read(root)
    except (TooManyProblemsError, RecursionError):
        plan = None
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    if plan is None or any(p.severity is Severity.ERROR for p in problems):
        if not any(p.severity is Severity.ERROR for p in problems):
            problems.append(Problem(Severity.ERROR, 1, 1, Words("the file does not describe a venue")))
        raise EventFileError(path, problems)
    return plan


def read_text(path: str | Path) -> str:
    """A venue file's text, read as an event file is: a regular file, at most 10 MB, UTF-8."""
    shown, file = str(path), Path(path)

    def failed(words: Words) -> EventFileError:
        return EventFileError(shown, [Problem(Severity.ERROR, 1, 1, words)])

    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise failed(Words("this is not a regular file (a pipe or a device?)"))
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise failed(Words("no such file")) from None
    except IsADirectoryError:
        raise failed(Words("this is a folder, not an event file")) from None
    except OSError as exc:
        raise failed(Words("cannot read the file: {error}", error=exc.strerror or exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise failed(Words("the file is over 10 MB; event files are smaller"))
    text, problem = decode(data)
    if problem is not None:
        raise EventFileError(shown, [problem])
    assert text is not None
    return text


def load_venue(path: str | Path) -> VenuePlan:
    """Read and validate a venue file (not the event files it names: `planned_starts` reads them)."""
    return parse_venue_text(read_text(path), str(path))


def event_path(venue_path: str | Path, day: PlannedDay) -> Path:
    """A day's event file: as written if absolute, else beside the venue file."""
    file = Path(day.file)
    return file if file.is_absolute() else Path(venue_path).parent / file


def planned_starts(
    plan: VenuePlan, venue_path: str | Path, *, now: datetime
) -> tuple[dict[str, list[PlannedStart]], list[str]]:
    """Each room's planned runs (start and end, from its event files), and a line for each event
    file that cannot be read or is not on its day (the control room says so, and goes on)."""
    starts: dict[str, list[PlannedStart]] = {}
    problems: list[str] = []
    for room in plan.rooms:
        for day in room.days:
            path = event_path(venue_path, day)
            try:
                event = load_event(path, now=now).event
            except EventFileError as exc:
                problems.append(exc.lines()[0])
                continue
            info = event.info
            if info.date != day.date:
                problems.append(f"{path}: its date is {info.date}, not {day.date} as the venue file says")
                continue
            end = info.hard_end or event.planned_end()
            starts.setdefault(room.id, []).append(PlannedStart(info.start_at, end, info.title))
    return starts, problems


def check_venue(path: str, *, now: datetime) -> tuple[VenuePlan, list[str], list[str]]:
    """`runofshow check venue.yaml`: the venue file, then every event file it names (valid, and on the
    day it is listed for). (plan, summary lines, problem lines); EventFileError for the venue file."""
    plan = load_venue(path)
    lines = [f"{path}: OK: venue {plan.name}" + (f" ({plan.title})" if plan.title else "") + f", {plan.timezone_name}"]
    problems: list[str] = []
    for room in plan.rooms:
        shown = []
        for day in sorted(room.days, key=lambda d: d.date):
            file = event_path(path, day)
            try:
                loaded = load_event(file, now=now)
            except EventFileError as exc:
                problems.extend(exc.lines())
                continue
            info = loaded.event.info
            if info.date != day.date:
                problems.append(f"{file}:1:1: error: its date is {info.date}, but {path} lists it for {day.date}")
                continue
            end = loaded.event.planned_end()
            shown.append(f"{day.date} {info.start:%H:%M}–{end:%H:%M} ({len(loaded.event.segments)} segments)")
            problems.extend(p.format(str(file)) for p in loaded.warnings)
        lines.append(f"  {room.id} ({room.name}): " + ("; ".join(shown) or "no day readable"))
    return plan, lines, problems


def _quoted(text: str) -> str:
    """A YAML scalar that reads back as this text: plain when it can be, else double-quoted."""
    plain = text and text.strip() == text and not any(c in text for c in ":#{}[],&*!|>'\"%@`") and text[0] not in "-?"
    if plain and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render_venue(plan: VenuePlan) -> str:
    """The venue file's text (import writes it; it reads back to `plan`)."""
    lines = [
        "# A venue's rooms and each room's event file by day (docs/venue.md). Check it, and the event files it",
        "# names: runofshow check venue.yaml. The control room: runofshow venue mqtt://HOST --plan venue.yaml;",
        "# a room: runofshow --venue mqtt://HOST --room ID --plan venue.yaml (its event file from here).",
        "version: 1",
        "venue:",
        f"  name: {_quoted(plan.name)}",
        *([f"  title: {_quoted(plan.title)}"] if plan.title else []),
        f"  timezone: {_quoted(plan.timezone_name)}",
        "rooms:",
    ]
    for room in plan.rooms:
        lines += [f"  - id: {_quoted(room.id)}", f"    name: {_quoted(room.name)}", "    days:"]
        lines += [f"      - {{date: {d.date.isoformat()}, file: {_quoted(d.file)}}}" for d in room.days]
    return "\n".join(lines) + "\n"
