"""The venue file's format (docs/venue.md): its keys, its limits and its walk over plain data,
with the event format's rules for what both hold (a version, a date, a zone, a title).

files/venue_file.py reads the YAML and puts each problem at its line; this walk says what is
wrong at which path, as the event file's walk does (core/plan_walk.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from runofshow.core.data_walk import DataWalk, Field, Items, Path, Shape
from runofshow.core.plan_format import FORMAT_VERSION, TITLE
from runofshow.core.value_rules import Day, Rule, Text, Version, Zone, shown
from runofshow.core.venue_plan import MAX_DAYS, MAX_ID_CHARS, MAX_ROOMS, PlannedDay, PlannedRoom, VenuePlan, is_venue_id
from runofshow.core.wording import Words, WordsError

#: A day's event file, as the venue file names it (relative to the venue file's folder, or absolute).
MAX_PATH_CHARS = 4_096


@dataclass(frozen=True, slots=True)
class VenueId(Rule[str]):
    """A venue's or a room's id: one level of an MQTT topic."""

    def read(self, raw: str) -> str:
        value = raw.strip()
        if not is_venue_id(value):
            raise WordsError("'{raw}' must be 1 to 64 letters, digits, '.', '_' or '-'", raw=shown(raw))
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "maxLength": MAX_ID_CHARS}


DAY = Shape(
    Words("a day"),
    {"date": Field(Day(), required=True), "file": Field(Text(MAX_PATH_CHARS, one_line=True), required=True)},
)
DAYS = Items(DAY, "'days'", MAX_DAYS)
ROOM = Shape(
    Words("a room"),
    {"id": Field(VenueId(), required=True), "name": Field(TITLE), "days": Field(DAYS, required=True)},
)
VENUE = Shape("'venue'", {"name": Field(VenueId(), required=True), "title": Field(TITLE), "timezone": Field(Zone())})
ROOMS = Items(ROOM, "'rooms'", MAX_ROOMS, at_least_one=True)
ROOT = Shape(
    Words("the venue file"),
    {"version": Field(Version(FORMAT_VERSION), required=True), "venue": Field(VENUE, required=True),
     "rooms": Field(ROOMS, required=True)},
)  # fmt: skip


class VenueWalk(DataWalk):
    """Reads a venue file's data; `zone` is the zone of one that names none."""

    def __init__(self, zone: str) -> None:
        super().__init__()
        self.zone = zone

    def plan(self, data: Any) -> VenuePlan | None:
        top = self.fields(data, (), ROOT)
        if top is None:
            return None
        self.read(top, "version")
        name, title, zone = "", "", self.zone
        if top.has("venue") and (venue := self.fields(top.raw("venue"), top.at("venue"), VENUE)) is not None:
            name = self.read(venue, "name") or ""
            title = self.read(venue, "title") or ""
            zone = self.read(venue, "timezone") or zone
        rooms = self.rooms(top.raw("rooms"), top.at("rooms")) if top.has("rooms") else ()
        if self.failed or not name or not rooms:
            return None
        return VenuePlan(name, title, zone, ZoneInfo(zone), rooms)

    def rooms(self, data: Any, path: Path) -> tuple[PlannedRoom, ...]:
        items = self.items(data, path, ROOMS)
        if items is None:
            return ()
        if not items:
            self.error(path, Words("'rooms' needs at least one room"))
        rooms: list[PlannedRoom] = []
        first: dict[str, Path] = {}
        for i, item in enumerate(items):
            f = self.fields(item, (*path, i), ROOM)
            if f is None:
                continue
            room_id = self.read(f, "id")
            name = self.read(f, "name") or ""
            days = self.days(f.raw("days"), f.at("days")) if f.has("days") else ()
            if room_id is None:
                continue
            if room_id in first:
                words = Words("duplicate room id '{id}'", id=room_id)
                self.error(f.at("id"), words, first=first[room_id])
                continue
            first[room_id] = f.at("id")
            rooms.append(PlannedRoom(room_id, name or room_id, days))
        return tuple(rooms)

    def days(self, data: Any, path: Path) -> tuple[PlannedDay, ...]:
        days: list[PlannedDay] = []
        seen: set[date] = set()
        for i, item in enumerate(self.items(data, path, DAYS) or ()):
            f = self.fields(item, (*path, i), DAY)
            if f is None:
                continue
            day = self.read(f, "date")
            file = self.required(f, "file")
            if day is None or not file:
                continue
            if day in seen:
                self.error(f.at("date"), Words("a second file for {date}", date=day.isoformat()))
                continue
            seen.add(day)
            days.append(PlannedDay(day, file))
        return tuple(days)
