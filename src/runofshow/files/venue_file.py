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

Read like an event file: its format is core/venue_format.py's, and every problem is told at once,
with its line and column (`runofshow check` prints them, and checks every event file the venue
file names: that it is valid and on its day).
"""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path

import yaml

from runofshow.core.data_walk import TooManyProblemsError
from runofshow.core.venue_format import VenueWalk
from runofshow.core.venue_plan import PlannedDay, PlannedStart, VenuePlan
from runofshow.core.wording import Words
from runofshow.files.eventfile import load_event
from runofshow.files.localzone import local_zone_name
from runofshow.files.problems import EventFileError, Problem, Severity
from runofshow.files.yaml_data import positioned, yaml_data
from runofshow.files.yamlnodes import MAX_FILE_BYTES, compose, decode

VENUE_FILE = "venue.yaml"


def is_venue_text(text: str) -> bool:
    """A venue file rather than an event file: it has `rooms:` and no `segments:` at its top."""
    lines = {line.split(":", 1)[0] for line in text.splitlines() if line[:1].isalpha()}
    return "rooms" in lines and "segments" not in lines


def parse_venue_text(text: str, path: str) -> VenuePlan:
    root, problem = compose(text)
    if problem is not None:
        raise EventFileError(path, [problem])
    assert root is not None
    data, problems = yaml_data(root)
    walk = VenueWalk(local_zone_name())
    plan = None
    try:
        plan = walk.plan(data)
    except TooManyProblemsError:
        plan = None
    problems += [positioned(root, found) for found in walk.problems]
    problems.sort(key=lambda p: (p.line, p.column))
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
