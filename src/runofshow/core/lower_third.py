"""The stream's lower third (/lower-third): shown or hidden by hand, from the stage manager's
window, its key (L) or the API. It follows who has the floor by itself; hiding it by hand keeps
it hidden through every turn until it is shown again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import NOTHING, Command, Outcome, arg
from runofshow.core.show import Show


@dataclass(frozen=True, slots=True)
class LowerThird(Command):
    action: ClassVar[str] = "lower_third"
    shown: bool = arg(fields.flag)

    def apply(self, show: Show, now: Instant) -> Outcome:
        show.lower_third_shown = self.shown
        show.lower_third_at = now
        return NOTHING
