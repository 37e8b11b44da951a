"""What a phone in the audience sees on /ask: whether questions are taken, and its own questions.

Cut from the full state for one device (the id its page keeps): the event's title, the live
segment's title, the bound on a question's length, and this device's own questions as it sent
them with what became of them (waiting, approved and then asked or not, merged with a similar
one, not taken). Nothing else: no one else's questions, no notes, no device ids.
"""

from __future__ import annotations

from typing import Any

from runofshow.core.audience import MAX_QUESTION_CHARS

#: What the audience token may reach (net/api.py): its questions go in, its own status comes out.
AUDIENCE_ROUTES = frozenset({"/api/v1/command", "/api/v1/ask", "/api/v1/health"})


def ask_view(state: dict[str, Any], device: str) -> dict[str, Any]:
    live_id = state["live_segment"] or state["current_segment"]
    live = next((s for s in state["segments"] if s["id"] == live_id), None)
    # Newest first (the moderator's order is not the phone's business): ids count up, "a1", "a2"…
    mine = sorted(
        (q for q in state.get("audience_questions", []) if device and q.get("device") == device),
        key=lambda q: -int(q["id"][1:]),
    )
    return {
        "version": state["version"],
        "ask": True,
        "event": {"title": state["event"]["title"], "timezone": state["event"]["timezone"]},
        "now": state["now"],
        "running": state["running"],
        "ended": state["ended"],
        "taking": not state["ended"],
        "segment": None if live is None else {"title": live["title"], "live": live["status"] == "live"},
        "max_chars": MAX_QUESTION_CHARS,
        "mine": [
            {
                "id": q["id"],
                "text": q["original"],
                "name": q["name"],
                "organization": q["organization"],
                "status": q["status"],
                "bank": q["bank"],
                "at": q["at"],
            }
            for q in mine
        ],
    }
