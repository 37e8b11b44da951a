"""Time budgets: how the floor is to be shared between sectors (or organisations), kept live.

The event file may say `budgets: {by: sector, shares: {government: 40%, law enforcement: 30%,
private sector: 30%}}`, or give minutes (`government: 15m`). A share is of the floor's planned
time: every speaker's allotted time across the plan (what the organisers meant to hand out), or,
with no allotted times at all, the segments' planned length. Used time is the spoken time of the
group's turns (the ledger's). A waiting speaker "keeps the balance" when their allotted time fits
in what their group has left.
"""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.core.clock import Instant
from runofshow.core.event import Budgets
from runofshow.core.ledger import NO_GROUP, Ledger
from runofshow.core.show import Show
from runofshow.core.speakers import TO_SPEAK, Entry


@dataclass(frozen=True, slots=True)
class BudgetRow:
    group: str
    share: float | None
    planned_s: float
    used_s: float

    @property
    def remaining_s(self) -> float:
        return self.planned_s - self.used_s


def pool_s(show: Show) -> float:
    """The floor's planned time: every allotted turn in the plan, else the segments' length."""
    allotted = sum(e.allotted_s or 0.0 for run in show.runs for e in run.queue.entries if e.cue in TO_SPEAK)
    allotted += sum(turn.allotted_s or turn.spoken(turn.end or turn.start) for turn in show.turns)
    return allotted or float(sum(show.duration(i) for i in range(len(show.runs))))


def group_of(budgets: Budgets, organization: str, sector: str) -> str:
    return (organization if budgets.by == "organization" else sector) or NO_GROUP


def budget_rows(show: Show, floor: Ledger) -> list[BudgetRow]:
    budgets = show.event.budgets
    if budgets is None:
        return []
    spoken = {t.name: t.spoken_s for t in (floor.organizations if budgets.by == "organization" else floor.sectors)}
    pool = pool_s(show)
    rows = []
    for share in budgets.shares:
        planned = share.seconds if share.seconds is not None else (share.fraction or 0.0) * pool
        rows.append(BudgetRow(share.group, share.fraction, float(planned), spoken.get(share.group, 0.0)))
    return rows


def keeps_balance(show: Show, rows: list[BudgetRow], entry: Entry, now: Instant) -> bool | None:
    """Whether giving `entry` the floor for their allotted time keeps their group within its
    budget; None when there are no budgets or the entry's group has none."""
    budgets = show.event.budgets
    if budgets is None:
        return None
    group = group_of(budgets, entry.organization, entry.sector)
    row = next((r for r in rows if r.group == group), None)
    if row is None:
        return None
    wanted = entry.remaining(now) if entry.current is not None else entry.allotted_s
    return row.remaining_s - max(wanted or 0.0, 0.0) >= 0
