"""The undo history of a run: bounded steps that know when they can no longer be undone.

Commands that change queues, cues, notes, questions or the plan return an `UndoStep`; the
dispatcher (core/dispatch.py) keeps them here. Steps are closures over the show's objects, so
they are never written anywhere: a recovered run rebuilds them by replaying its commands.

Several people change one show (the moderator's keys, the stage manager's laptop, scripts): each
step knows whose it is (`owner`) and what it touched (`touches`), and `undo` takes back the
asker's own newest step, never someone else's. A step with later steps of others after it is
taken back only if none of them touched the same thing (otherwise its revert would wipe their
change): that refusal is a conflict, and says who changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.wording import Words

MAX_UNDO = 200
#: What a step touches when it does not say: everything (it conflicts with any later step of another).
EVERYTHING: frozenset[object] = frozenset({"*"})


@dataclass(frozen=True, slots=True)
class UndoStep:
    label: Words  # what it undoes, for the message when it cannot
    blocked: Callable[[], Words | None]  # why it can no longer be undone, or None
    revert: Callable[[], None]
    command: dict[str, Any] | None = None  # the command it undoes (to redo it), set by the dispatcher
    #: Whose change it is ("" the moderator's own keys; else who sent it: core/dispatch.py), set by the dispatcher.
    owner: str = ""
    #: What it changed (hashable keys such as ("run", id)); two steps conflict when they share one.
    touches: frozenset[object] = EVERYTHING


#: What steps that insert, remove or move segments share: the segments' order.
ORDER = "order"


def of_segment(run: object) -> frozenset[object]:
    """What a step that changes one segment (its plan, notes or questions) touches: that segment.
    Keyed by the run object itself (the steps hold it, so its id is not reused while they live)."""
    return frozenset({("segment", id(run))})


def of_queue(queue: object) -> frozenset[object]:
    """What a step that changes one segment's queue touches: that queue."""
    return frozenset({("queue", id(queue))})


def overlap(a: frozenset[object], b: frozenset[object]) -> bool:
    return "*" in a or "*" in b or not a.isdisjoint(b)


def never_blocked() -> Words | None:
    return None


@dataclass(slots=True)
class History:
    limit: int = MAX_UNDO
    steps: list[UndoStep] = field(default_factory=list)

    def push(self, step: UndoStep) -> None:
        self.steps.append(step)
        del self.steps[: -self.limit]

    def undo(self, owner: str = "") -> UndoStep:
        """Revert `owner`'s newest step and return it, or raise `CommandError` and change nothing
        (`ConflictError` when someone else has since changed what it touched)."""
        index = next((i for i in range(len(self.steps) - 1, -1, -1) if self.steps[i].owner == owner), None)
        if index is None:
            raise CommandError("nothing to undo")
        step = self.steps[index]
        since = next((s for s in self.steps[index + 1 :] if overlap(step.touches, s.touches)), None)
        if since is not None:
            raise ConflictError(
                "cannot undo '{label}': {who} changed it since (undo theirs first)",
                label=step.label,
                who=since.owner or "the moderator",
            )
        reason = step.blocked()
        if reason is not None:
            raise CommandError("cannot undo '{label}': {reason}", label=step.label, reason=reason)
        step.revert()
        return self.steps.pop(index)
