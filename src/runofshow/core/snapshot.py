"""The one JSON-able view of the live state, computed at the moment it is asked for.

The window, the API and any later screen read this, so they always agree. Field names follow
the API contract (docs/api.md); fields beyond the contract are additions, never renames.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from runofshow.core.budgets import BudgetRow, budget_rows, group_of, keeps_balance
from runofshow.core.clock import Instant
from runofshow.core.documents import document
from runofshow.core.floor_requests import has_floor, heard, open_requests, place_of
from runofshow.core.ledger import Tally, ledger
from runofshow.core.schedule import PHASE_LABELS, ScheduleBasis, another_day
from runofshow.core.show import Show
from runofshow.core.speakers import CUE_LABELS, TO_SPEAK, TYPE_LABELS, Entry
from runofshow.core.status import Status

API_VERSION = 1


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with the UTC offset, to the millisecond."""
    return None if moment is None else moment.isoformat(timespec="milliseconds")


def _ms(seconds: float) -> float:
    return round(seconds, 3)


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else _ms(value)


def _speaker(entry: Entry, now: Instant, show: Show, budgets: list[BudgetRow]) -> dict[str, Any]:
    remaining = entry.remaining(now)
    turn = entry.current
    plan = show.event.budgets
    return {
        "budget_group": group_of(plan, entry.organization, entry.sector) if plan is not None else None,
        "keeps_balance": keeps_balance(show, budgets, entry, now) if entry.cue in TO_SPEAK else None,
        "id": entry.id,
        "name": entry.name,
        "role": entry.role,
        "organization": entry.organization,
        "allotted_s": _number(entry.allotted_s),
        "person": entry.person,
        "type": entry.type.value,
        "cue": entry.cue.value,
        "spoken_s": _ms(entry.spoken(now)),
        "turns": len(entry.turns),
        "sector": entry.sector,
        "language": entry.language,
        "pronunciation": entry.pronunciation,
        "notes": entry.notes,
        "type_label": TYPE_LABELS[entry.type],
        "cue_label": CUE_LABELS[entry.cue],
        "remaining_s": None if remaining is None else _ms(remaining),
        "paused": turn is not None and not turn.running,
        # When this turn began (the lower third's `hold` counts from it).
        "turn_start": iso(turn.start.wall.astimezone(show.event.info.tz)) if turn is not None else None,
    }


def _tally(tally: Tally, *, person: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"name": tally.name, "spoken_s": _ms(tally.spoken_s), "turns": tally.turns}
    if person:
        out = {"id": tally.id, **out, "organization": tally.organization, "sector": tally.sector}
    return out


def snapshot(show: Show, now: Instant, basis: ScheduleBasis | None = None) -> dict[str, Any]:
    """The whole state as plain JSON types; `basis` may be reused while the show is unchanged."""
    sched = (basis or ScheduleBasis(show)).schedule(now)
    info = show.event.info
    live = show.live_index
    floor = ledger(show, now)
    budgets = budget_rows(show, floor)
    segments = []
    for i, (seg, run, row) in enumerate(zip(show.event.segments, show.runs, sched.segments, strict=True)):
        tz = info.tz
        target = show.target(i)
        segments.append(
            {
                "id": seg.id,
                "title": seg.title,
                "kind": seg.kind,
                # Timer modes (core/timer_modes.py): "down", "up" or "to 14:40", as the file writes it;
                # a count to's moment (time added live moves it); whether the speaker sees a clock.
                "count": seg.count.text(),
                "count_target": iso(target.astimezone(tz)) if target is not None else None,
                "speaker_timer": seg.speaker_timer,
                "planned_start": iso(row.planned_start),
                "planned_duration_s": seg.duration_s,
                "duration_s": _ms(row.duration_s),
                "expected_start": iso(row.expected_start),
                "expected_end": iso(row.expected_end),
                "status": run.status.value,
                "phase": row.phase.value,
                "phase_label": PHASE_LABELS[row.phase],
                "actual_start": iso(run.actual_start.wall.astimezone(tz)) if run.actual_start else None,
                "actual_end": iso(run.actual_end.wall.astimezone(tz)) if run.actual_end else None,
                "elapsed_s": _ms(row.elapsed_s),
                "remaining_s": _ms(row.remaining_s),
                "overrun": row.overrun,
                "notes": run.notes,
                "questions": [
                    {"id": q.id, "text": q.text, "status": q.status.value, "to": q.to} for q in run.questions
                ],
                "cues": list(seg.cues),
                "documents": [document(text) for text in seg.documents],
                "speakers": [_speaker(entry, now, show, budgets) for entry in run.queue.entries],
            }
        )
    live_row = sched.segments[live] if live is not None else None
    speaking = show.runs[live].queue.speaking if live is not None else None
    speaker_remaining = speaking.remaining(now) if speaking is not None else None
    floor = ledger(show, now)
    return {
        "version": API_VERSION,
        "plan_version": show.plan_version,
        "event": {
            "title": info.title,
            "subtitle": info.subtitle,
            "venue": info.venue,
            "date": info.date.isoformat(),
            "timezone": info.timezone_name,
            "start": iso(info.start_at),
            "hard_end": iso(info.hard_end),
        },
        "now": iso(sched.now),
        "rehearsal": show.rehearsal,
        "running": show.running,
        "ended": show.ended,
        "live_segment": show.event.segments[live].id if live is not None else None,
        "current_segment": None if show.ended else show.event.segments[show.cursor].id,
        "next_segment": _next_id(show),
        "live_remaining_s": _ms(live_row.remaining_s) if live_row else None,
        "schedule": {
            "planned_end": iso(sched.planned_end),
            "projected_end": iso(sched.projected_end),
            "offset_s": _ms(sched.offset_s),
            "hard_end": iso(sched.hard_end),
            "to_hard_end_s": None if sched.to_hard_end_s is None else _ms(sched.to_hard_end_s),
            "over_hard_end_s": None if sched.over_hard_end_s is None else _ms(sched.over_hard_end_s),
            # Planned for another day (not started): its offset says nothing about today.
            "another_day": another_day(show, now),
        },
        "segments": segments,
        "live_speaker": speaking.id if speaking is not None else None,
        "speaker_remaining_s": None if speaker_remaining is None else _ms(speaker_remaining),
        "people": [_tally(t, person=True) for t in floor.people],
        "organizations": [_tally(t) for t in floor.organizations],
        "sectors": [_tally(t) for t in floor.sectors],
        "messages": [
            {
                "id": m.id,
                "to": m.to.value,
                "from": m.sender or "stage",
                "ref": m.ref or None,
                "text": m.text,
                "at": iso(m.at.wall.astimezone(info.tz)),
                "acknowledged": m.acknowledged,
                "acknowledged_at": iso(m.acknowledged_at.wall.astimezone(info.tz)) if m.acknowledged_at else None,
            }
            for m in show.messages
        ],
        "floor_requests": floor_requests(show),
        # The stream's lower third: hidden by hand or not, and since when (null: never touched).
        "lower_third": {
            "shown": show.lower_third_shown,
            "since": iso(show.lower_third_at.wall.astimezone(info.tz)) if show.lower_third_at else None,
        },
        "floor_refused": show.floor_refused,
        "budgets": [
            {
                "group": row.group,
                "share": row.share,
                "planned_s": _ms(row.planned_s),
                "used_s": _ms(row.used_s),
                "remaining_s": _ms(row.remaining_s),
            }
            for row in budgets
        ],
    }


def floor_requests(show: Show) -> list[dict[str, Any]]:
    """Requests to speak, oldest first: the open ones, and the decided ones still kept."""
    tz = show.event.info.tz
    queues = {seg.id: run.queue for seg, run in zip(show.event.segments, show.runs, strict=True)}
    # How many open requests each phone has (the floor manager sees a flood, never the device ids).
    open_by_device = Counter(r.device for r in open_requests(show.floor_requests))
    rows = []
    for r in show.floor_requests:
        queue = queues.get(r.segment)
        rows.append(
            {
                "id": r.id,
                "device": r.device,  # for the asking phone's own view only: every view drops it
                "segment": r.segment,
                "name": r.name,
                "organization": r.organization,
                "person": r.person,
                "type": r.type.value,
                "type_label": TYPE_LABELS[r.type],
                "status": r.status.value,
                "place": place_of(r, show.floor_requests, queue),
                "has_floor": has_floor(r, queue),
                "heard": heard(r, queue),
                "entry": r.entry,
                "phone_open": open_by_device.get(r.device, 0),
                "reason": r.reason,
                "at": iso(r.at.wall.astimezone(tz)),
                "decided_at": iso(r.decided_at.wall.astimezone(tz)) if r.decided_at else None,
            }
        )
    return rows


def _next_id(show: Show) -> str | None:
    if show.ended:
        return None
    index = show.next_pending(show.cursor) if show.runs[show.cursor].status is not Status.PENDING else show.cursor
    return None if index is None else show.event.segments[index].id


#: Segment and speaker fields that never leave the app in the public view.
_PRIVATE_SEGMENT = ("notes", "questions", "cues", "documents")
_PRIVATE_SPEAKER = ("notes",)


#: Parts of the state only the crew sees (the venue link's health names the broker's user).
_PRIVATE_STATE = frozenset({"venue"})


def public_view(state: dict[str, Any]) -> dict[str, Any]:
    """The state for anyone: no private notes, no prompts or cues, only messages to the speaker."""
    segments = []
    for seg in state["segments"]:
        clean = {k: v for k, v in seg.items() if k not in _PRIVATE_SEGMENT}
        clean["speakers"] = [{k: v for k, v in p.items() if k not in _PRIVATE_SPEAKER} for p in seg["speakers"]]
        segments.append(clean)
    return {
        **{key: value for key, value in state.items() if key not in _PRIVATE_STATE},
        "segments": segments,
        "messages": [m for m in state["messages"] if m["to"] == "speaker"],
        # Who is waiting for the floor, and where: names and places only.
        "floor_requests": [
            {"name": r["name"], "place": r["place"]}
            for r in state.get("floor_requests", ())
            if r["place"] is not None and not r["has_floor"]
        ],
        "public": True,
    }
