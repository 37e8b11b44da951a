"""The venue control room's view of every room: built from what the rooms publish, sorted by trouble.

Qt-free: `apply` takes one MQTT message (a topic and its bytes, at a monotonic time) and keeps the
room's row; `rows` gives them worst first: offline, then over the hard stop, then a message
unacknowledged for more than a minute, then behind schedule, then the rest. With a venue file's
plan (`runofshow venue --plan`), its rooms are on the board from the start, online or not, and a
room whose planned start has passed while it is not online is with the worst: it should have
started (the wall clock is the caller's, handed in: only core/clock.py reads it). Everything a
stranger on the broker can make is bounded: MAX_ROOMS rooms, MAX_PAYLOAD_BYTES a message (read
by the bounded JSON reader), text fields cut to MAX_FIELD_CHARS.

`apply` is total: whatever a message holds, it returns. A presence or acknowledgement that is not
what a room publishes changes nothing; a state that cannot be read (not JSON, nested 100,000 deep,
a list where a title goes) leaves its room on the board as "bad state", with its presence, so
that one room's poisoned retained state neither stops the board for every room nor hides its
own room going offline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from runofshow.core.venue_plan import PlannedStart, RoomSchedule
from runofshow.net.json_input import BadJsonError, load_json
from runofshow.net.venue_topics import ROOT, VenueError, check_name, parse_ack, parse_presence

MAX_ROOMS = 500
MAX_PAYLOAD_BYTES = 512 * 1024
MAX_FIELD_CHARS = 200
MAX_SENT = 200  # messages the control room remembers having sent
UNACKED_TROUBLE_S = 60.0
MAX_STATE_ITEMS = 200_000  # a 512 KiB state holds at most ~256,000 items; a real one, a few thousand
MAX_STATE_DEPTH = 16  # a state is five levels deep (state, segments, a segment, speakers, a speaker)
MAX_LOGGED_KINDS = 32
LOG = logging.getLogger("runofshow.venue")


@dataclass(slots=True)
class RoomRow:
    id: str
    name: str = ""
    event: str = ""
    segment: str = ""  # the live segment, else the one that comes next
    segment_start: str = ""  # the live segment's start (ISO, the room's zone), and its expected end
    segment_end: str = ""
    next_segment: str = ""  # what comes after the live segment (before it: the one GO starts)
    next_start: str = ""  # when it is expected to start (ISO, the room's zone)
    speaker: str = ""
    live: bool = False
    running: bool = False
    ended: bool = False
    phase: str = ""
    remaining_s: float | None = None  # the live segment's, when the state was received
    offset_s: float | None = None  # projected end minus planned end: positive = behind
    projected_end: str = ""
    hard_end: str = ""
    over_hard_end_s: float | None = None
    planned_for: str = ""  # the event's date, when it is another day's (not started): no lateness then
    unacked: int = 0
    unacked_since: float | None = None  # monotonic: when messages started waiting
    online: bool | None = None  # None: no presence seen yet
    since: str = ""  # online since / offline since (ISO, as the room said or when we saw it)
    host: str = ""  # the laptop holding the room's show, as its presence said (#29)
    taken_over_from: str = ""  # a standby laptop took the show over from this one...
    taken_over_at: str = ""  # ...then (ISO)
    state_at: float | None = None  # monotonic time the state arrived
    bad_state: bool = False  # the room's last state could not be read: nothing of it is shown
    planned: RoomSchedule | None = None  # the venue file's runs for this room (`runofshow venue --plan`)

    def late(self, wall: datetime | None) -> PlannedStart | None:
        """The planned run whose start has passed at `wall` while the room is not online: it should
        have started (None when it is online, has no plan, or no run is due)."""
        if self.planned is None or wall is None or self.online is True:
            return None
        return self.planned.due(wall)

    def remaining_now(self, now: float) -> float | None:
        """The live segment's time left now (counted on from when the state arrived, if running)."""
        if self.remaining_s is None or self.state_at is None:
            return None
        return self.remaining_s - (now - self.state_at if self.running else 0.0)

    def trouble(self, now: float, wall: datetime | None = None) -> int:
        """0 offline (or should have started and is not online), 1 over the hard stop, 2 a message
        unseen for over a minute, 3 behind, 4 fine."""
        if self.online is False or self.late(wall) is not None:
            return 0
        if self.over_hard_end_s is not None and self.over_hard_end_s > 0 and not self.ended:
            return 1
        if self.unacked and self.unacked_since is not None and now - self.unacked_since > UNACKED_TROUBLE_S:
            return 2
        if self.offset_s is not None and self.offset_s > 0 and not self.ended:
            return 3
        return 4


@dataclass(slots=True)
class SentMessage:
    id: str
    room: str | None  # None: every room
    text: str
    at: str
    acks: dict[str, str] = field(default_factory=dict)  # room → when its moderator saw it


def _object(value: Any, what: str, *, optional: bool = True) -> dict[str, Any]:
    """A JSON object (or {} when absent and `optional`); VenueError for anything else."""
    if value is None and optional:
        return {}
    if not isinstance(value, dict):
        raise VenueError(f"'{what}' must be an object")
    return value


def _text(value: Any, what: str) -> str:
    """Text cut to MAX_FIELD_CHARS, or "" when absent or null; VenueError for anything else."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise VenueError(f"'{what}' must be text")
    return value[:MAX_FIELD_CHARS]


def _number(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise VenueError(f"'{what}' must be a number")
    return float(value)


def _flag(value: Any, what: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise VenueError(f"'{what}' must be true or false")
    return value


@dataclass(frozen=True, slots=True)
class _StateFields:
    """What the board takes from a room's state, every field checked before any row changes."""

    name: str
    event: str
    segment: str
    segment_start: str
    segment_end: str
    next_segment: str
    next_start: str
    speaker: str
    live: bool
    running: bool
    ended: bool
    phase: str
    remaining_s: float | None
    offset_s: float | None
    projected_end: str
    hard_end: str
    over_hard_end_s: float | None
    planned_for: str
    unacked: int


def _start(segment: dict[str, Any]) -> str:
    """When a segment started, else when it is expected to."""
    return _text(segment.get("actual_start"), "segments.actual_start") or _text(
        segment.get("expected_start"), "segments.expected_start"
    )


def _read_state(payload: bytes) -> _StateFields:
    """A room's state as the board shows it; VenueError for anything that is not what a room publishes."""
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise VenueError(f"a state is limited to {MAX_PAYLOAD_BYTES} bytes")
    try:
        data = load_json(payload, max_items=MAX_STATE_ITEMS, max_depth=MAX_STATE_DEPTH)
    except BadJsonError as exc:
        raise VenueError(f"not JSON text ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise VenueError("a room's state has 'segments' and 'event'")
    event = _object(data.get("event"), "event")
    if not event:
        raise VenueError("a room's state has 'segments' and 'event'")
    segments: dict[str, dict[str, Any]] = {}
    for item in data["segments"]:
        segment = _object(item, "segments", optional=False)
        segments[_text(segment.get("id"), "segments.id")] = segment
    live_id = _text(data.get("live_segment"), "live_segment")
    current_id = _text(data.get("current_segment"), "current_segment")
    live = segments.get(live_id) if live_id else None
    current = live or (segments.get(current_id) if current_id else None)
    next_id = _text(data.get("next_segment"), "next_segment")
    following = segments.get(next_id) if next_id else None
    speaker = ""
    if live is not None:
        speakers = live.get("speakers")
        if speakers is not None and not isinstance(speakers, list):
            raise VenueError("'speakers' must be a list")
        wanted = _text(data.get("live_speaker"), "live_speaker")
        for item in speakers or ():
            person = _object(item, "speakers", optional=False)
            if wanted and _text(person.get("id"), "speakers.id") == wanted:
                speaker = _text(person.get("name"), "speakers.name")
    schedule = _object(data.get("schedule"), "schedule")
    # Another day's event (a file prepared early, a past one opened again): its date, and no
    # lateness counted against today (a past date is thousands of hours "behind").
    planned_for = _text(event.get("date"), "event.date") if _flag(schedule.get("another_day"), "another_day") else ""
    unacked = data.get("unacked_messages", 0)
    if unacked is None:
        unacked = 0
    if isinstance(unacked, bool) or not isinstance(unacked, int) or unacked < 0:
        raise VenueError("'unacked_messages' must be a count")
    return _StateFields(
        name=_text(_object(data.get("room"), "room").get("name"), "room.name"),
        event=_text(event.get("title"), "event.title"),
        segment=_text(current.get("title"), "segments.title") if current is not None else "",
        segment_start=_start(live) if live is not None else "",
        segment_end=_text(live.get("expected_end"), "segments.expected_end") if live is not None else "",
        next_segment=_text(following.get("title"), "segments.title") if following is not None else "",
        next_start=_start(following) if following is not None else "",
        speaker=speaker,
        live=live is not None,
        running=_flag(data.get("running"), "running"),
        ended=_flag(data.get("ended"), "ended"),
        phase=_text(live.get("phase"), "segments.phase") if live is not None else "",
        remaining_s=_number(data.get("live_remaining_s"), "live_remaining_s"),
        offset_s=None if planned_for else _number(schedule.get("offset_s"), "schedule.offset_s"),
        projected_end=_text(schedule.get("projected_end"), "schedule.projected_end"),
        hard_end=_text(schedule.get("hard_end"), "schedule.hard_end"),
        over_hard_end_s=None if planned_for else _number(schedule.get("over_hard_end_s"), "schedule.over_hard_end_s"),
        planned_for=planned_for,
        unacked=unacked,
    )


class Board:
    def __init__(self, venue: str, planned: Iterable[RoomSchedule] = ()) -> None:
        self.venue = venue
        self.rooms: dict[str, RoomRow] = {}
        # The venue file's rooms are on the board from the start, online or not (at most MAX_ROOMS).
        self.planned = {room.id: room for room in list(planned)[:MAX_ROOMS]}
        for room in self.planned.values():
            self.rooms[room.id] = self._planned_row(room.id)
        self.sent: dict[str, SentMessage] = {}
        self.refused = 0  # messages that were not what a room publishes
        self._logged: set[str] = set()

    def _planned_row(self, room_id: str, **kept: Any) -> RoomRow:
        planned = self.planned.get(room_id)
        name = planned.name if planned is not None else ""
        return RoomRow(room_id, name=name, planned=planned, **kept)

    def _room(self, room_id: str) -> RoomRow | None:
        row = self.rooms.get(room_id)
        if row is None:
            if len(self.rooms) >= MAX_ROOMS:
                return None
            row = self.rooms[room_id] = self._planned_row(room_id)
        return row

    def apply(self, topic: str, payload: bytes, now: float, wall_iso: str = "") -> bool:
        """One message from the broker; True if a row changed. Never raises: a message that breaks
        something of ours is refused like any bad one (one room must not stop the board)."""
        try:
            return self._apply(topic, payload, now, wall_iso)
        except Exception as exc:
            self._refuse(topic, exc)
            return False

    def _apply(self, topic: str, payload: bytes, now: float, wall_iso: str) -> bool:
        parts = topic.split("/")
        prefix = ROOT.split("/")
        if parts[: len(prefix)] != prefix or len(parts) != len(prefix) + 4 or parts[len(prefix)] != self.venue:
            return False
        kind, room_id, leaf = parts[len(prefix) + 1], parts[len(prefix) + 2], parts[len(prefix) + 3]
        if kind != "rooms" or leaf not in ("state", "presence", "acks"):
            return False
        try:
            check_name(room_id, "room id")  # rooms publish under checked ids; anything else is a stranger
        except VenueError as exc:
            self._refuse(topic, exc)
            return False
        if not payload:  # a retained message cleared: the room is gone from the venue (not from its plan)
            if leaf != "state" or room_id not in self.rooms:
                return False
            if room_id in self.planned:
                old = self.rooms[room_id]
                self.rooms[room_id] = self._planned_row(room_id, online=old.online, since=old.since)
            else:
                del self.rooms[room_id]
            return True
        if leaf == "acks":
            try:
                ack = parse_ack(payload)
            except VenueError as exc:
                self._refuse(topic, exc)
                return False
            return self._ack(room_id, ack.id, ack.at)
        if leaf == "presence":
            try:
                presence = parse_presence(payload)
            except VenueError as exc:
                self._refuse(topic, exc)
                return False
            row = self._room(room_id)
            if row is None:
                return False
            row.online = presence.online
            row.since = presence.since or wall_iso
            if presence.online:  # the will says nothing of who held it: what was said stays
                row.host = presence.host
                row.taken_over_from, row.taken_over_at = presence.taken_over_from, presence.taken_over_at
            return True
        row = self._room(room_id)
        if row is None:
            return False
        try:
            fields = _read_state(payload)
        except VenueError as exc:
            self._refuse(topic, exc)
            self.rooms[room_id] = self._planned_row(room_id, online=row.online, since=row.since, bad_state=True)
            return True
        self._state(row, fields, now)
        return True

    def _refuse(self, topic: str, error: Exception) -> None:
        """Counted; logged once per kind (a stranger can send the same again and again)."""
        self.refused += 1
        kind = f"{topic.rsplit('/', 1)[-1][:32]}: {type(error).__name__}"
        if kind not in self._logged and len(self._logged) < MAX_LOGGED_KINDS:
            self._logged.add(kind)
            LOG.warning("venue: refused a message on %s (%s); more like it are counted, not logged", topic[:200], error)

    def _ack(self, room_id: str, message_id: str, at: str) -> bool:
        sent = self.sent.get(message_id)
        if sent is None:
            return False
        sent.acks[room_id] = at
        return True

    def _state(self, row: RoomRow, fields: _StateFields, now: float) -> None:
        row.bad_state = False
        row.name = fields.name or (row.planned.name if row.planned is not None else "") or row.id
        row.event = fields.event
        row.segment = fields.segment
        row.segment_start = fields.segment_start
        row.segment_end = fields.segment_end
        row.next_segment = fields.next_segment
        row.next_start = fields.next_start
        row.speaker = fields.speaker
        row.live = fields.live
        row.running = fields.running
        row.ended = fields.ended
        row.phase = fields.phase
        row.remaining_s = fields.remaining_s
        row.offset_s = fields.offset_s
        row.projected_end = fields.projected_end
        row.hard_end = fields.hard_end
        row.over_hard_end_s = fields.over_hard_end_s
        row.planned_for = fields.planned_for
        count = fields.unacked
        if count and not row.unacked:
            row.unacked_since = now
        elif not count:
            row.unacked_since = None
        row.unacked = count
        row.state_at = now

    def troubles(self, now: float, wall: datetime | None = None) -> dict[str, int]:
        """Each room's trouble (RoomRow.trouble): what a window compares to say what got worse."""
        return {room_id: row.trouble(now, wall) for room_id, row in self.rooms.items()}

    def rows(self, now: float, wall: datetime | None = None) -> list[RoomRow]:
        """Worst trouble first, then by room id."""
        return sorted(self.rooms.values(), key=lambda r: (r.trouble(now, wall), r.id))

    def remember(self, message: SentMessage) -> None:
        self.sent[message.id] = message
        while len(self.sent) > MAX_SENT:
            self.sent.pop(next(iter(self.sent)))

    def as_dict(self, now: float, wall: datetime | None = None) -> dict[str, Any]:
        """The board as JSON (the /venue page, the API)."""
        rooms = [self._room_dict(r, now, wall) for r in self.rows(now, wall)]
        return {
            "version": 1,
            "venue": self.venue,
            "rooms": rooms,
            "sent": [
                {"id": m.id, "room": m.room, "text": m.text, "at": m.at, "acks": dict(m.acks)}
                for m in reversed(self.sent.values())
            ],
        }

    @staticmethod
    def _room_dict(r: RoomRow, now: float, wall: datetime | None) -> dict[str, Any]:
        left = r.remaining_now(now)
        late = r.late(wall)
        run = r.planned.next_run(wall) if r.planned is not None and wall is not None else None
        planned = {
            "planned": r.planned is not None,
            "planned_start": run.start.isoformat() if run is not None else None,  # in the venue's zone
            "planned_event": run.title if run is not None else "",
            "late": late is not None,  # should have started, and is not online
        }
        return planned | {
            "id": r.id, "name": r.name, "event": r.event, "segment": r.segment, "speaker": r.speaker,
            "segment_start": r.segment_start or None, "segment_end": r.segment_end or None,
            "next_segment": r.next_segment, "next_start": r.next_start or None,
            "live": r.live, "running": r.running, "ended": r.ended, "phase": r.phase,
            "remaining_s": None if left is None else round(left, 3),
            "offset_s": r.offset_s, "projected_end": r.projected_end, "hard_end": r.hard_end,
            "over_hard_end_s": r.over_hard_end_s, "planned_for": r.planned_for or None, "unacked_messages": r.unacked,
            "online": r.online, "since": r.since, "trouble": r.trouble(now, wall), "bad_state": r.bad_state,
        }  # fmt: skip
