"""What the stage manager's window says to a screen reader, from the show's state as JSON.

The stage manager's window follows a show that may run on another laptop, so it knows the show
only as the API's state (core/snapshot.py). Between two states it says: a segment started, a
speaker's cue changed (on standby, ready, has the floor, done), the live segment went into
overtime, and the moderator saw a message. Words and urgency as core/announcements.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from runofshow.core.announcements import Announcement
from runofshow.core.wording import Words

# Each a Words(...) of its own: the translations tool finds templates only as literals there.
_CUE_WORDS: dict[str, Callable[[str], Words]] = {
    "standby": lambda name: Words("{name} is on standby", name=name),
    "ready": lambda name: Words("{name} is ready", name=name),
    "speaking": lambda name: Words("{name} has the floor", name=name),
    "waiting": lambda name: Words("{name} is waiting again", name=name),
}


@dataclass(frozen=True, slots=True)
class StageSituation:
    live: str  # the live segment's id ("" for none)
    live_title: str
    over: bool  # the live segment is in overtime
    cues: tuple[tuple[str, str, str], ...]  # (entry id, name, cue) of the current and next segments
    seen: frozenset[str]  # ids of the messages to the moderator that were acknowledged
    texts: tuple[tuple[str, str], ...]  # (id, text) of the messages to the moderator
    ended: bool


def stage_situation(state: dict[str, Any]) -> StageSituation:
    segments = {seg["id"]: seg for seg in state.get("segments", [])}
    live = state.get("live_segment") or ""
    followed = [state.get("current_segment"), state.get("next_segment")]
    cues = tuple(
        (entry["id"], entry["name"], entry["cue"])
        for seg_id in dict.fromkeys(s for s in followed if s)
        for entry in segments.get(seg_id, {}).get("speakers", [])
    )
    to_moderator = [m for m in state.get("messages", []) if m.get("to") == "moderator"]
    remaining = state.get("live_remaining_s")
    return StageSituation(
        live=live,
        live_title=segments.get(live, {}).get("title", ""),
        over=bool(live) and remaining is not None and remaining < 0,
        cues=cues,
        seen=frozenset(m["id"] for m in to_moderator if m.get("acknowledged")),
        texts=tuple((m["id"], m["text"]) for m in to_moderator),
        ended=bool(state.get("ended")),
    )


def stage_changes(before: StageSituation | None, after: StageSituation) -> list[Announcement]:
    if before is None:
        return []
    said: list[Announcement] = []
    if after.ended and not before.ended:
        said.append(Announcement(Words("The show has ended"), urgent=True))
    if after.live and after.live != before.live:
        said.append(Announcement(Words("{title} started", title=after.live_title), urgent=False))
    if after.over and not before.over and after.live == before.live:
        said.append(Announcement(Words("Overtime: please conclude"), urgent=True))
    was = {entry_id: cue for entry_id, _, cue in before.cues}
    for entry_id, name, cue in after.cues:
        if entry_id in was and was[entry_id] != cue and cue in _CUE_WORDS:
            said.append(Announcement(_CUE_WORDS[cue](name), urgent=False))
    texts = dict(after.texts)
    for message_id in sorted(after.seen - before.seen):
        said.append(Announcement(Words("The moderator saw: {text}", text=texts.get(message_id, "")), urgent=False))
    return said
