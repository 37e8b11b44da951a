"""The venue control room's view of every room: built from what the rooms publish, sorted by trouble.

Qt-free: `apply` takes one MQTT message (a topic and its bytes, at a monotonic time) and keeps the
room's row; `rows` gives them worst first: offline, then over the hard stop, then a message
unacknowledged for more than a minute, then behind schedule, then the rest. Everything a
stranger on the broker can make is bounded: MAX_ROOMS rooms, MAX_PAYLOAD_BYTES a message, text
fields cut to MAX_FIELD_CHARS; a payload that is not what a room publishes changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from runofshow.net.venue_topics import ROOT

MAX_ROOMS = 500
MAX_PAYLOAD_BYTES = 512 * 1024
MAX_FIELD_CHARS = 200
MAX_SENT = 200  # messages the control room remembers having sent
UNACKED_TROUBLE_S = 60.0


@dataclass(slots=True)
class RoomRow:
    id: str
    name: str = ""
    event: str = ""
    segment: str = ""  # the live segment, else the one that comes next
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
    unacked: int = 0
    unacked_since: float | None = None  # monotonic: when messages started waiting
    online: bool | None = None  # None: no presence seen yet
    since: str = ""  # online since / offline since (ISO, as the room said or when we saw it)
    state_at: float | None = None  # monotonic time the state arrived

    def remaining_now(self, now: float) -> float | None:
        """The live segment's time left now (counted on from when the state arrived, if running)."""
        if self.remaining_s is None or self.state_at is None:
            return None
        return self.remaining_s - (now - self.state_at if self.running else 0.0)

    def trouble(self, now: float) -> int:
        """0 offline, 1 over the hard stop, 2 a message unseen for over a minute, 3 behind, 4 fine."""
        if self.online is False:
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


def _looks_like(leaf: str, data: dict[str, Any]) -> bool:
    """Whether `data` is what a room publishes under `leaf` (checked before any row is made)."""
    if leaf == "presence":
        return isinstance(data.get("online"), bool)
    if leaf == "acks":
        return isinstance(data.get("id"), str)
    return isinstance(data.get("segments"), list) and isinstance(data.get("event"), dict)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value[:MAX_FIELD_CHARS] if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class Board:
    def __init__(self, venue: str) -> None:
        self.venue = venue
        self.rooms: dict[str, RoomRow] = {}
        self.sent: dict[str, SentMessage] = {}
        self.refused = 0  # messages that were not what a room publishes

    def _room(self, room_id: str) -> RoomRow | None:
        row = self.rooms.get(room_id)
        if row is None:
            if len(self.rooms) >= MAX_ROOMS:
                return None
            row = self.rooms[room_id] = RoomRow(room_id)
        return row

    def apply(self, topic: str, payload: bytes, now: float, wall_iso: str = "") -> bool:
        """One message from the broker; True if a row changed."""
        parts = topic.split("/")
        prefix = ROOT.split("/")
        if parts[: len(prefix)] != prefix or len(parts) != len(prefix) + 4 or parts[len(prefix)] != self.venue:
            return False
        kind, room_id, leaf = parts[len(prefix) + 1], parts[len(prefix) + 2], parts[len(prefix) + 3]
        if kind != "rooms" or not room_id or leaf not in ("state", "presence", "acks"):
            return False
        if len(payload) > MAX_PAYLOAD_BYTES:
            self.refused += 1
            return False
        if not payload:  # a retained message cleared: the room is gone from the venue
            return self.rooms.pop(room_id, None) is not None if leaf == "state" else False
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self.refused += 1
            return False
        if not isinstance(data, dict) or not _looks_like(leaf, data):
            self.refused += 1
            return False
        if leaf == "acks":
            return self._ack(room_id, data)
        row = self._room(room_id)
        if row is None:
            return False
        if leaf == "presence":
            row.online = data["online"]
            row.since = _text(data.get("since")) or wall_iso
            return True
        return self._state(row, data, now)

    def _ack(self, room_id: str, data: dict[str, Any]) -> bool:
        sent = self.sent.get(_text(data.get("id")))
        if sent is None:
            return False
        sent.acks[room_id] = _text(data.get("at"))
        return True

    def _state(self, row: RoomRow, data: dict[str, Any], now: float) -> bool:
        segments = data["segments"]
        by_id = {s.get("id"): s for s in segments if isinstance(s, dict)}
        live = by_id.get(data.get("live_segment"))
        current = live or by_id.get(data.get("current_segment"))
        room = _mapping(data.get("room"))
        schedule = _mapping(data.get("schedule"))
        row.name = _text(room.get("name")) or row.id
        row.event = _text(data["event"].get("title"))
        row.segment = _text(current.get("title")) if isinstance(current, dict) else ""
        speakers = live.get("speakers") if isinstance(live, dict) else None
        speaking = next(
            (p for p in speakers if isinstance(p, dict) and p.get("id") == data.get("live_speaker")), None
        ) if isinstance(speakers, list) else None  # fmt: skip
        row.speaker = _text(speaking.get("name")) if speaking else ""
        row.live = live is not None
        row.running = data.get("running") is True
        row.ended = data.get("ended") is True
        row.phase = _text(live.get("phase")) if isinstance(live, dict) else ""
        row.remaining_s = _number(data.get("live_remaining_s"))
        row.offset_s = _number(schedule.get("offset_s"))
        row.projected_end = _text(schedule.get("projected_end"))
        row.hard_end = _text(schedule.get("hard_end"))
        row.over_hard_end_s = _number(schedule.get("over_hard_end_s"))
        unacked = data.get("unacked_messages")
        count = unacked if isinstance(unacked, int) and not isinstance(unacked, bool) and unacked >= 0 else 0
        if count and not row.unacked:
            row.unacked_since = now
        elif not count:
            row.unacked_since = None
        row.unacked = count
        row.state_at = now
        return True

    def troubles(self, now: float) -> dict[str, int]:
        """Each room's trouble (RoomRow.trouble): what a window compares to say what got worse."""
        return {room_id: row.trouble(now) for room_id, row in self.rooms.items()}

    def rows(self, now: float) -> list[RoomRow]:
        """Worst trouble first, then by room id."""
        return sorted(self.rooms.values(), key=lambda r: (r.trouble(now), r.id))

    def remember(self, message: SentMessage) -> None:
        self.sent[message.id] = message
        while len(self.sent) > MAX_SENT:
            self.sent.pop(next(iter(self.sent)))

    def as_dict(self, now: float) -> dict[str, Any]:
        """The board as JSON (the /venue page, the API)."""
        rooms = [self._room_dict(r, now) for r in self.rows(now)]
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
    def _room_dict(r: RoomRow, now: float) -> dict[str, Any]:
        left = r.remaining_now(now)
        return {
            "id": r.id, "name": r.name, "event": r.event, "segment": r.segment, "speaker": r.speaker,
            "live": r.live, "running": r.running, "ended": r.ended, "phase": r.phase,
            "remaining_s": None if left is None else round(left, 3),
            "offset_s": r.offset_s, "projected_end": r.projected_end, "hard_end": r.hard_end,
            "over_hard_end_s": r.over_hard_end_s, "unacked_messages": r.unacked,
            "online": r.online, "since": r.since, "trouble": r.trouble(now),
        }  # fmt: skip
