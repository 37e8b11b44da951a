"""One moment of the show, as every screen paints it: one clock reading, everything derived from it.

The ticker makes one `Frame` per displayed second (and one after each change); every widget
paints from that frame, so no two parts of the window show different instants and no widget
reads the clock. Derived values are computed on first use and kept for the frame's lifetime.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from runofshow.core.budgets import BudgetRow, budget_rows
from runofshow.core.clock import Instant
from runofshow.core.ledger import Ledger, ledger
from runofshow.core.schedule import ScheduleBasis, SegmentTiming
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Frame:
    show: Show
    now: Instant
    basis: ScheduleBasis
    _memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def timing(self, index: int) -> SegmentTiming:
        return self._once(("timing", index), lambda: self.basis.timing(index, self.now))

    @property
    def local_now(self) -> datetime:
        """The time of day in the event's zone."""
        return self.now.wall.astimezone(self.show.event.info.tz)

    @property
    def projected_end(self) -> datetime:
        return self._once("projected_end", lambda: self.basis.projected_end(self.now))

    @property
    def offset_s(self) -> float:
        return self._once("offset_s", lambda: self.basis.offset_s(self.now))

    @property
    def origin(self) -> float:
        return self._once("origin", lambda: self.basis.origin(self.now))

    @property
    def ledger(self) -> Ledger:
        return self._once("ledger", lambda: ledger(self.show, self.now))

    @property
    def budgets(self) -> list[BudgetRow]:
        """Each budget group's planned, used and remaining time ([] without budgets)."""
        return self._once("budgets", lambda: budget_rows(self.show, self.ledger))

    def snapshot(self) -> dict[str, Any]:
        """The JSON state (core/snapshot.py) at this frame's instant."""
        return self._once("snapshot", lambda: snapshot(self.show, self.now, self.basis))

    def _once(self, key: object, compute: Callable[[], T]) -> T:
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(T, self._memo[key])
