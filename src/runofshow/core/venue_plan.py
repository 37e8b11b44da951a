"""A venue's programme: its rooms, and each room's event file for each day (a venue file,
files/venue_file.py, holds one). What the control room shows for rooms that are not online, and
what a room started with `--room ID` and no event file plays."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

MAX_ID_CHARS = 64
#: A venue's and a room's id: one level of an MQTT topic (net/venue_topics.py checks the same).
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
MAX_ROOMS = 500  # as many as the control room keeps (net/venue_board.py)
MAX_DAYS = 366  # a room's days in one venue file


def is_venue_id(value: str) -> bool:
    return 0 < len(value) <= MAX_ID_CHARS and ID_PATTERN.match(value) is not None


@dataclass(frozen=True, slots=True)
class PlannedDay:
    date: date
    file: str  # the event file, as the venue file writes it (relative to the venue file's folder)


@dataclass(frozen=True, slots=True)
class PlannedRoom:
    id: str
    name: str
    days: tuple[PlannedDay, ...]

    def day_for(self, today: date) -> PlannedDay | None:
        """Today's event file, else the next day's to come, else the last one (a room started for a
        rehearsal after the event still opens its last day)."""
        if not self.days:
            return None
        ordered = sorted(self.days, key=lambda d: d.date)
        return next((d for d in ordered if d.date >= today), ordered[-1])


@dataclass(frozen=True, slots=True)
class VenuePlan:
    name: str  # the venue's id on the broker (`--venue-name`)
    title: str
    timezone_name: str
    tz: tzinfo
    rooms: tuple[PlannedRoom, ...]

    def room(self, room_id: str) -> PlannedRoom | None:
        return next((r for r in self.rooms if r.id == room_id), None)

    def today(self, now: datetime) -> date:
        """The venue's date at `now` (in its own zone)."""
        return now.astimezone(self.tz).date()


@dataclass(frozen=True, slots=True)
class PlannedStart:
    """When a room's day is planned to run (read from its event file), for the control room."""

    start: datetime
    end: datetime  # the hard stop, or the planned end
    title: str = ""  # the event's


@dataclass(frozen=True, slots=True)
class RoomSchedule:
    """A planned room as the control room knows it before (or without) hearing from it."""

    id: str
    name: str
    runs: tuple[PlannedStart, ...]

    def due(self, now: datetime) -> PlannedStart | None:
        """The run that should be going at `now` (its start passed, its end not yet)."""
        return next((r for r in self.runs if r.start <= now < r.end), None)

    def next_run(self, now: datetime) -> PlannedStart | None:
        """The run going at `now`, else the next one to come."""
        due = self.due(now)
        if due is not None:
            return due
        coming = [r for r in self.runs if r.start > now]
        return min(coming, key=lambda r: r.start) if coming else None
