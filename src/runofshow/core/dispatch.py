"""Apply commands to a show and keep its undo history: the one path every change takes.

The controller (live commands) and replay (recovery) both go through a `Dispatcher`, so a
recovered run has the same state and the same undo steps as the one that crashed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from runofshow.core.clock import Instant
from runofshow.core.command import Command, Outcome
from runofshow.core.history import History
from runofshow.core.show import Show


@dataclass(slots=True)
class Dispatcher:
    show: Show
    history: History = field(default_factory=History)

    def apply(self, command: Command, now: Instant) -> Outcome:
        """Carry out a parsed command, or raise `CommandError` with the show unchanged."""
        outcome = command.apply(self.show, now)
        if outcome.undo_last:
            self.history.undo()
        elif outcome.undo is not None:
            self.history.push(outcome.undo)
        return outcome
