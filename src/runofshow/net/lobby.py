"""What the lobby screen shows (`GET /api/v1/lobby`, the /lobby page of `runofshow venue --serve`):
every room's now and next with their times, and how late it runs, sorted by room.

It is for anyone in the corridors, with no token, so it is cut from the venue board's JSON
(net/venue_board.Board.as_dict) by naming what it keeps: the room's name, its event's title,
the live segment's title, times and speaker, the next segment's title and time, and the minutes
late. Nothing else of a room reaches it: not its messages, its trouble, its link, its unseen
messages nor a broker's user; the rooms publish only their public view anyway (no notes, no
questions).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

LOBBY_VERSION = 1


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Room 2 before Room 10: the digits in a name compared as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text.casefold()) if part
    )


def late_minutes(offset_s: float | None) -> int | None:
    """The schedule's offset in whole minutes, rounded half away from zero (positive: late)."""
    if offset_s is None or not math.isfinite(offset_s):
        return None
    minutes = math.floor(abs(offset_s) / 60 + 0.5)
    return int(math.copysign(minutes, offset_s)) if minutes else 0


def _text(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    return value if isinstance(value, str) else ""


def lobby_room(row: Mapping[str, Any]) -> dict[str, Any]:
    """One room of the board as the lobby shows it."""
    name = _text(row, "name") or _text(row, "id")
    if row.get("bad_state"):  # what the room published cannot be read: its name only
        return {"id": _text(row, "id"), "name": name, "event": "", "now": None, "next": None, "late_minutes": None,
                "ended": False}  # fmt: skip
    ended = row.get("ended") is True
    another_day = bool(row.get("planned_for"))
    now = None
    if row.get("live") is True and not ended and not another_day:
        now = {
            "title": _text(row, "segment"),
            "start": _text(row, "segment_start") or None,
            "end": _to_the_minute(_text(row, "segment_end")) or None,
            "speaker": _text(row, "speaker"),
        }
    following = None
    if _text(row, "next_segment") and not ended and not another_day:
        following = {"title": _text(row, "next_segment"), "start": _text(row, "next_start") or None}
    elif now is None and _text(row, "planned_start") and not ended:
        # Not heard from yet, or today is not its state's day: the venue file's next run.
        following = {"title": _text(row, "planned_event") or _text(row, "event"), "start": _text(row, "planned_start")}
    offset = row.get("offset_s")
    # An offline room's lateness is as old as its last state, an ended one's is over: not said.
    said = (now or following) and not ended and not another_day and row.get("online") is not False
    number = float(offset) if isinstance(offset, int | float) and not isinstance(offset, bool) else None
    late = late_minutes(number) if said else None
    return {
        "id": _text(row, "id"),
        "name": name,
        "event": "" if another_day else _text(row, "event"),
        "now": now,
        "next": following,
        "late_minutes": late,
        "ended": ended,
    }


def lobby_view(board: Mapping[str, Any]) -> dict[str, Any]:
    """The lobby's JSON from the board's: every room, sorted by its name."""
    rooms = [lobby_room(row) for row in board.get("rooms", ()) if isinstance(row, Mapping)]
    rooms.sort(key=lambda room: (_natural(room["name"]), room["id"]))
    return {"version": LOBBY_VERSION, "venue": board.get("venue", ""), "rooms": rooms}


def _to_the_minute(moment: str) -> str:
    """An expected end to the nearest minute (its ISO text): a segment that ends at 14:05:59.6
    ends at 14:06 for the corridor, not at 14:05 (the page shows HH:MM as written)."""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    return (parsed + timedelta(seconds=30)).replace(second=0, microsecond=0).isoformat(timespec="milliseconds")
