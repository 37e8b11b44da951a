"""What a phone in the room sees on /floor: where to ask, who waits, and its own requests.

Cut from the full state for one device (the id its page keeps): the segments one may still ask
the floor in, the roster's names to pick from, the waiting list as names and places (the public
view's), and this device's own requests with their status, place and the reason if declined.
Nothing else of the show: no notes, questions, cues or messages, no one else's device.
"""

from __future__ import annotations

from typing import Any

from runofshow.core.floor_requests import ASKABLE
from runofshow.core.speakers import TYPE_LABELS

#: Fields of a request its own phone may see.
_OWN = ("id", "segment", "name", "organization", "type", "status", "place", "has_floor", "heard", "reason")


def floor_view(state: dict[str, Any], device: str) -> dict[str, Any]:
    segments = state["segments"]
    titles = {s["id"]: s["title"] for s in segments}
    askable = [
        {"id": s["id"], "title": s["title"], "live": s["status"] == "live"}
        for s in segments
        if s["status"] in ("live", "pending")
    ]
    requests = state.get("floor_requests", [])
    return {
        "version": state["version"],
        "floor": True,
        "event": {"title": state["event"]["title"], "timezone": state["event"]["timezone"]},
        "now": state["now"],
        "running": state["running"],
        "ended": state["ended"],
        "live_segment": state["live_segment"],
        "segments": askable,
        "types": [{"id": t.value, "label": TYPE_LABELS[t]} for t in ASKABLE],
        "roster": [
            {"id": p["id"], "name": p["name"], "organization": p["organization"]}
            for p in state.get("people", [])
            if p.get("id")
        ],
        "waiting": [
            {"name": r["name"], "place": r["place"], "segment": titles.get(r["segment"], "")}
            for r in requests
            if r["place"] is not None and not r["has_floor"]
        ],
        "mine": [{k: r[k] for k in _OWN} for r in requests if device and r.get("device") == device],
    }
