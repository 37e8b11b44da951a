"""The undo history of a run: bounded steps that know when they can no longer be undone.

Commands that change queues, cues, notes, questions or the plan return an `UndoStep`; the
dispatcher (core/dispatch.py) keeps them here. Steps are closures over the show's objects, so
they are never written anywhere: a recovered run rebuilds them by replaying its commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from runofshow.core.fields import CommandError
from runofshow.core.wording import Words

MAX_UNDO = 200


@dataclass(frozen=True, slots=True)
class UndoStep:
    label: Words  # what it undoes, for the message when it cannot
    blocked: Callable[[], Words | None]  # why it can no longer be undone, or None
    revert: Callable[[], None]
    command: dict[str, Any] | None = None  # the command it undoes (to redo it), set by the dispatcher


def never_blocked() -> Words | None:
    return None


@dataclass(slots=True)
class History:
    limit: int = MAX_UNDO
    steps: list[UndoStep] = field(default_factory=list)

    def push(self, step: UndoStep) -> None:
        self.steps.append(step)
        del self.steps[: -self.limit]

    def undo(self) -> UndoStep:
        """Revert the last step and return it, or raise `CommandError` and change nothing."""
        if not self.steps:
            raise CommandError("nothing to undo")
        step = self.steps[-1]
        reason = step.blocked()
        if reason is not None:
            raise CommandError("cannot undo '{label}': {reason}", label=step.label, reason=reason)
        step.revert()
        return self.steps.pop()
