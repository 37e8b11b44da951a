"""The shapes a new event starts from: the roundtable's (opening, three panels, closing) or one segment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from runofshow.core.event import Event
from runofshow.core.plan_data import read_event
from runofshow.core.plan_format import FORMAT_VERSION

TEMPLATES = ("roundtable", "empty")


def _minutes(start: time, end: time | None) -> int:
    if end is None:
        return 60
    day = date(2000, 1, 1)
    return max(int((datetime.combine(day, end) - datetime.combine(day, start)) / timedelta(minutes=1)), 5)


def new_event(
    template: str, *, title: str, day: date, start: time, end: time | None, zone: str, venue: str = ""
) -> Event:
    """A new plan: `roundtable` fits opening, three panels and closing into start–end (45 min:
    6, 12, 12, 10, 5); `empty` is one segment as long as the event. Made as an event file's data and
    read by the format's walk, like any plan (`CommandError` for a title past its limit)."""
    total = _minutes(start, end)
    if template == "empty":
        segments = [{"id": "segment", "title": "Segment", "duration": total * 60}]
    elif template == "roundtable":
        shares = (("opening", "Opening remarks", "opening", 6), ("panel-1", "Panel 1", "panel", 12),
                  ("panel-2", "Panel 2", "panel", 12), ("panel-3", "Panel 3", "panel", 10),
                  ("closing", "Closing", "closing", 5))  # fmt: skip
        whole = sum(share for *_, share in shares)
        minutes = [max(total * share // whole, 1) for *_, _, share in shares]
        minutes[2] += total - sum(minutes)  # what rounding left over goes to the middle panel
        segments = [
            {"id": sid, "title": name, "kind": kind, "duration": m * 60, "locked": kind == "closing"}
            for (sid, name, kind, _), m in zip(shares, minutes, strict=True)
        ]
    else:
        raise ValueError(f"unknown template '{template}' (one of: {', '.join(TEMPLATES)})")
    info: dict[str, Any] = {"title": title, "date": day.isoformat(), "start": start.isoformat(), "timezone": zone}
    if end is not None:
        info["end"] = end.isoformat()
    if venue:
        info["venue"] = venue
    return read_event({"version": FORMAT_VERSION, "event": info, "segments": segments})
