"""What really happened: a run's segments, turns, totals and messages, as plain rows.

Built from a (replayed) show at one instant; formats live in files/report_formats.py and the
PDF in ui/paper/report_pdf.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from runofshow.core.budgets import BudgetRow, budget_rows
from runofshow.core.clock import Instant
from runofshow.core.ledger import Ledger, ledger
from runofshow.core.schedule import ScheduleBasis
from runofshow.core.show import Show
from runofshow.core.speakers import Turn
from runofshow.core.status import Status


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: str
    title: str
    kind: str
    status: str
    planned_start: datetime
    planned_duration_s: float
    actual_start: datetime | None
    actual_end: datetime | None
    actual_duration_s: float | None  # time it ran (pauses excluded)
    over_under_s: float | None  # ran minus planned (a count to: ended minus its time): positive = over
    count: str = "down"  # its timer mode as the event file writes it (core/timer_modes.py)


@dataclass(frozen=True, slots=True)
class TurnRow:
    segment: str
    entry: str
    speaker: str
    person: str | None
    organization: str
    sector: str
    type: str
    start: datetime
    end: datetime | None
    allotted_s: float | None
    spoken_s: float
    pauses: int
    paused_s: float


@dataclass(frozen=True, slots=True)
class MessageRow:
    id: str
    to: str
    text: str
    at: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True, slots=True)
class QuestionRow:
    segment: str
    id: str
    text: str
    status: str
    to: str


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    date: str
    timezone: str
    venue: str
    session: str
    as_of: datetime
    planned_end: datetime
    actual_end: datetime | None
    hard_end: datetime | None
    segments: list[SegmentRow]
    turns: list[TurnRow]
    totals: Ledger
    messages: list[MessageRow]
    questions: list[QuestionRow]
    rehearsal: bool = False
    #: Each budget group's planned, used and remaining time, and by what (sector, organisation).
    budgets: list[BudgetRow] = field(default_factory=list)
    budget_by: str = ""


def _local(moment: Instant | None, show: Show) -> datetime | None:
    return None if moment is None else moment.wall.astimezone(show.event.info.tz)


def _turn_row(turn: Turn, show: Show, now: Instant) -> TurnRow:
    return TurnRow(
        segment=turn.segment,
        entry=turn.entry,
        speaker=turn.name,
        person=turn.person,
        organization=turn.organization,
        sector=turn.sector,
        type=turn.type.value,
        start=turn.start.wall.astimezone(show.event.info.tz),
        end=_local(turn.end, show),
        allotted_s=turn.allotted_s,
        spoken_s=turn.spoken(now),
        pauses=len(turn.pauses),
        paused_s=turn.paused(now),
    )


def build_report(show: Show, now: Instant, session: str = "") -> Report:
    info = show.event.info
    basis = ScheduleBasis(show)
    planned = show.event.planned_starts()
    segments = []
    for i, (seg, run) in enumerate(zip(show.event.segments, show.runs, strict=True)):
        started = run.actual_start is not None
        ran = run.elapsed(now) if started else None
        if ran is None:
            over = None
        elif seg.count.to is not None:  # it was to end at a time of day: how far from it it did
            ended = run.actual_end if run.status is Status.DONE and run.actual_end is not None else now
            over = (ended.wall - info.at(seg.count.to)).total_seconds()
        else:
            over = ran - seg.duration_s
        segments.append(
            SegmentRow(
                id=seg.id,
                title=seg.title,
                kind=seg.kind,
                status=run.status.value,
                planned_start=planned[i],
                planned_duration_s=seg.duration_s,
                actual_start=_local(run.actual_start, show),
                actual_end=_local(run.actual_end, show) if run.status is Status.DONE else None,
                actual_duration_s=ran,
                over_under_s=over,
                count=seg.count.text(),
            )
        )
    ends = [row.actual_end for row in segments if row.actual_end is not None]
    totals = ledger(show, now)
    return Report(
        title=info.title,
        date=info.date.isoformat(),
        timezone=info.timezone_name,
        venue=info.venue,
        session=session,
        as_of=now.wall.astimezone(info.tz),
        planned_end=basis.planned_end,
        actual_end=max(ends) if show.ended and ends else None,
        hard_end=info.hard_end,
        segments=segments,
        turns=[_turn_row(turn, show, now) for turn in show.turns],
        totals=totals,
        messages=[
            MessageRow(m.id, m.to.value, m.text, m.at.wall.astimezone(info.tz), _local(m.acknowledged_at, show))
            for m in show.messages
        ],
        questions=[
            QuestionRow(seg.id, q.id, q.text, q.status.value, q.to)
            for seg, run in zip(show.event.segments, show.runs, strict=True)
            for q in run.questions
        ],
        rehearsal=show.rehearsal,
        budgets=budget_rows(show, totals),
        budget_by=show.event.budgets.by if show.event.budgets is not None else "",
    )
