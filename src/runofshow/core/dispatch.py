"""Apply commands to a show and keep its undo history: the one path every change takes.

The controller (live commands) and replay (recovery) both go through a `Dispatcher`, so a
recovered run has the same state, the same undo steps and the same answers as the one that
crashed. A command may carry a `request_id`: its answer (what it returned, or why it was
refused) is kept, and the same id again gets that answer and applies nothing, so a client that
retries after a lost reply cannot apply `next` twice.

Each command may also say who sent it (`owner`: "" for the moderator's own keys, else e.g.
"control@10.0.0.7"): `undo` and `redo` take back and redo the sender's own changes
(core/history.py). `show.plan_version` counts the plan's changes (anything that replaces
`show.event`, undo included), so a client that read the plan can say which version it edited.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

from runofshow.core.clock import Instant
from runofshow.core.command import Command, Outcome
from runofshow.core.fields import CommandError
from runofshow.core.history import History
from runofshow.core.show import Show

#: Answers kept for repeated request ids (the oldest are forgotten first).
MAX_ANSWERS = 10_000


@dataclass(frozen=True, slots=True)
class Answer:
    """What a command with a request id was answered: its outcome, or its refusal."""

    outcome: Outcome | None
    refusal: CommandError | None

    def repeat(self) -> Outcome:
        """The same answer again (raises the same refusal)."""
        if self.refusal is not None:
            raise self.refusal
        assert self.outcome is not None
        return self.outcome


@dataclass(slots=True)
class Dispatcher:
    show: Show
    history: History = field(default_factory=History)
    answers: OrderedDict[str, Answer] = field(default_factory=OrderedDict)
    #: What `undo` reverted, newest last, for `redo`: (owner, command); anything new its owner does clears theirs.
    redoable: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def answered(self, request_id: str | None) -> Answer | None:
        return self.answers.get(request_id) if request_id is not None else None

    def apply(self, command: Command, now: Instant, request_id: str | None = None, owner: str = "") -> Outcome:
        """Carry out a parsed command from `owner`, or raise `CommandError` with the show unchanged."""
        plan = self.show.event
        try:
            outcome = command.apply(self.show, now)
            if outcome.undo_last:
                undone = self.history.undo(owner)
                if undone.command is not None:
                    self.redoable.append((owner, undone.command))
                del self.redoable[: -self.history.limit]
            elif outcome.redo_last:
                outcome = self._redo(now, owner)
            elif outcome.undo is not None:
                self.history.push(replace(outcome.undo, command=command.to_raw(), owner=owner))
                self.redoable[:] = [item for item in self.redoable if item[0] != owner]
        except CommandError as exc:
            self._remember(request_id, Answer(None, exc))
            raise
        if self.show.event is not plan:
            self.show.plan_version += 1
        self._remember(request_id, Answer(outcome, None))
        return outcome

    def _redo(self, now: Instant, owner: str) -> Outcome:
        at = next((i for i in range(len(self.redoable) - 1, -1, -1) if self.redoable[i][0] == owner), None)
        if at is None:
            raise CommandError("nothing to redo")
        from runofshow.core.commands import parse_command  # the registry imports every command

        raw = self.redoable[at][1]
        command = parse_command(raw)
        outcome = command.apply(self.show, now)  # a refusal leaves it to redo (and says why)
        del self.redoable[at]
        if outcome.undo is not None:
            self.history.push(replace(outcome.undo, command=raw, owner=owner))
        return outcome

    def _remember(self, request_id: str | None, answer: Answer) -> None:
        if request_id is None:
            return
        self.answers[request_id] = answer
        while len(self.answers) > MAX_ANSWERS:
            self.answers.popitem(last=False)
