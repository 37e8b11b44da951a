"""The shapes a new event starts from: the roundtable's (opening, three panels, closing) or one segment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from runofshow.core.event import Event, EventInfo, Segment

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
    6, 12, 12, 10, 5); `empty` is one segment as long as the event."""
    info = EventInfo(title=title, date=day, start=start, end=end, timezone_name=zone, tz=ZoneInfo(zone), venue=venue)
    total = _minutes(start, end)
    if template == "empty":
        return Event(info, (Segment(id="segment", title="Segment", duration_s=total * 60),))
    if template != "roundtable":
        raise ValueError(f"unknown template '{template}' (one of: {', '.join(TEMPLATES)})")
    shares = (("opening", "Opening remarks", "opening", 6), ("panel-1", "Panel 1", "panel", 12),
              ("panel-2", "Panel 2", "panel", 12), ("panel-3", "Panel 3", "panel", 10),
              ("closing", "Closing", "closing", 5))  # fmt: skip
    whole = sum(share for *_, share in shares)
    minutes = [max(total * share // whole, 1) for *_, _, share in shares]
    minutes[2] += total - sum(minutes)  # what rounding left over goes to the middle panel
    segments = tuple(
        Segment(id=sid, title=name, kind=kind, duration_s=m * 60, locked=kind == "closing")
        for (sid, name, kind, _), m in zip(shares, minutes, strict=True)
    )
    return Event(info, segments)
