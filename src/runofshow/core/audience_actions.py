"""Questions from the audience: sent from a phone, then approved, edited, merged, rejected, ordered.

`audience_question` comes from a phone (/ask) and is an event, never undone (the moderator's
Ctrl+Z must not take back what someone in the room asked); `audience_moderate` is the moderator's
or the floor manager's decision and is undone like any edit of the bank. An approved question is
one of its segment's bank (core/questions.py), with the audience question's id, so `question`
ticks it asked or skipped like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.audience import (
    FROM_AUDIENCE,
    MAX_MERGED,
    MAX_QUESTION_CHARS,
    MAX_WAITING_QUESTIONS,
    AudienceQuestion,
    AudienceStatus,
    check_bounds,
    find,
    text_key,
    trim,
    waiting,
)
from runofshow.core.clock import Instant
from runofshow.core.command import Command, Outcome, arg
from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.floor_actions import device_text
from runofshow.core.history import UndoStep, never_blocked, of_segment
from runofshow.core.kinds import QuestionStatus
from runofshow.core.questions import Question
from runofshow.core.show import SegmentRun, Show
from runofshow.core.show_actions import target_segment
from runofshow.core.status import Status
from runofshow.core.wording import Words

question_text = fields.text(MAX_QUESTION_CHARS, empty_ok=False)


class Decision(StrEnum):
    APPROVE = "approve"  # into the live (or named) segment's bank, maybe edited, maybe at a place
    REJECT = "reject"  # a waiting one, or an approved one not yet asked (it leaves the bank)
    EDIT = "edit"  # its text, waiting or approved
    MERGE = "merge"  # into a similar one (`into`), maybe with a text for both
    MOVE = "move"  # to a place among those waiting, or in its bank once approved


#: What each decision may be given besides `question` and `decision`.
_ARGUMENTS = {
    Decision.APPROVE: {"text", "segment", "position"},
    Decision.REJECT: set(),
    Decision.EDIT: {"text"},
    Decision.MERGE: {"text", "into"},
    Decision.MOVE: {"position"},
}
_NEEDED = {Decision.EDIT: "text", Decision.MERGE: "into", Decision.MOVE: "position"}


def _ended(show: Show) -> None:
    if show.ended:
        raise CommandError("the show has ended: questions are no longer taken")


@dataclass(frozen=True, slots=True)
class AudienceAsk(Command):
    """A question from a phone in the room (answers its id)."""

    action: ClassVar[str] = "audience_question"
    text: str = arg(question_text)
    device: str = arg(device_text)
    name: str | None = arg(fields.optional_name, required=False)
    organization: str | None = arg(fields.optional_name, required=False)

    def admissible(self, show: Show, now: Instant) -> None:
        try:
            _ended(show)
            check_bounds(show.audience_questions, self.device, self.text, now, show.audience_limits)
        except CommandError:
            show.audience_refused += 1
            raise

    def apply(self, show: Show, now: Instant) -> Outcome:
        _ended(show)
        pending = waiting(show.audience_questions)
        # The same text twice and the overall bound hold on replay too (they are the show's); the
        # rates are bounds of their own, checked only before journaling.
        key = text_key(self.text)
        if any(q.device == self.device and text_key(q.original) == key for q in pending):
            raise ConflictError("this question has been sent already and waits for the moderator")
        if len(pending) >= MAX_WAITING_QUESTIONS:
            raise CommandError("{count} questions are waiting already: try again later", count=MAX_WAITING_QUESTIONS)
        show.audience_asked += 1
        live = show.live_index if show.live_index is not None else show.cursor
        question = AudienceQuestion(
            id=f"a{show.audience_asked}",
            text=self.text,
            device=self.device,
            at=now,
            name=self.name or "",
            organization=self.organization or "",
            asked_in=show.segment(live).id if show.started else None,
        )
        show.audience_questions.append(question)
        trim(show.audience_questions)
        return Outcome(result={"question": question.id})


@dataclass(frozen=True, slots=True)
class AudienceModerate(Command):
    """The moderator's (or the floor manager's) decision on a question from the audience."""

    action: ClassVar[str] = "audience_moderate"
    question: str = arg(fields.ident)
    decision: Decision = arg(fields.choice(Decision))
    text: str | None = arg(question_text, required=False)
    segment: str | None = arg(fields.ident, required=False)
    into: str | None = arg(fields.ident, required=False)
    position: int | None = arg(fields.position, required=False)

    def validate(self) -> None:
        given = {name for name in ("text", "segment", "into", "position") if getattr(self, name) is not None}
        extra = sorted(given - _ARGUMENTS[self.decision])
        if extra:
            raise CommandError("'{decision}' takes no argument '{extra}'", decision=self.decision.value, extra=extra[0])
        needed = _NEEDED.get(self.decision)
        if needed is not None and needed not in given:
            raise CommandError("'{decision}' needs \"{missing}\"", decision=self.decision.value, missing=needed)

    def apply(self, show: Show, now: Instant) -> Outcome:
        question = find(show.audience_questions, self.question)
        step = {
            Decision.APPROVE: self._approve,
            Decision.REJECT: self._reject,
            Decision.EDIT: self._edit,
            Decision.MERGE: self._merge,
            Decision.MOVE: self._move,
        }[self.decision](show, question, now)
        return Outcome(undo=step, result={"question": question.id, "status": question.status.value})

    # --- each decision: its change, and the step that takes it back -------------------------
    def _approve(self, show: Show, question: AudienceQuestion, now: Instant) -> UndoStep:
        _still_waiting(question)
        index = target_segment(show, self.segment)
        if show.runs[index].status not in (Status.LIVE, Status.PENDING):
            raise CommandError(
                "segment '{segment}' is over: approve into the live or a later one", segment=show.segment(index).id
            )
        run = show.runs[index]
        position = len(run.questions) if self.position is None else self.position
        if position > len(run.questions):
            raise CommandError(
                "position {position} is past the last place ({last})", position=position, last=len(run.questions)
            )
        old_text = question.text
        question.text = self.text or question.text
        asked = Question(
            question.id,
            question.text,
            source=FROM_AUDIENCE,
            name=question.name,
            organization=question.organization,
        )
        run.questions.insert(position, asked)
        question.status, question.segment, question.bank = AudienceStatus.APPROVED, show.segment(index).id, asked
        question.decided_at = now

        def blocked() -> Words | None:
            if asked not in run.questions or question.bank is not asked:
                return Words("that question has left the bank since")
            return None if asked.status is QuestionStatus.OPEN else Words("that question has been asked since")

        def revert() -> None:
            run.questions.remove(asked)
            question.status, question.segment, question.bank = AudienceStatus.WAITING, None, None
            question.text, question.decided_at = old_text, None

        label = Words("approving question {id}", id=question.id)
        return UndoStep(label, blocked, revert, touches=_touches(question, run))

    def _reject(self, show: Show, question: AudienceQuestion, now: Instant) -> UndoStep:
        before = (question.status, question.segment, question.bank, question.decided_at)
        run: SegmentRun | None = None
        at = 0
        if question.status is AudienceStatus.APPROVED and question.bank is not None:
            if question.bank.status is not QuestionStatus.OPEN:
                raise CommandError(
                    "question {id} has been {status} already", id=question.id, status=question.bank.status
                )
            run = _bank_run(show, question)
            at = run.questions.index(question.bank)
            run.questions.remove(question.bank)
        else:
            _still_waiting(question)
        question.status, question.segment, question.bank = AudienceStatus.REJECTED, None, None
        question.decided_at = now
        bank, runs = before[2], run

        def blocked() -> Words | None:
            return None if question.status is AudienceStatus.REJECTED else Words("that question has moved on")

        def revert() -> None:
            if runs is not None and bank is not None:
                runs.questions.insert(min(at, len(runs.questions)), bank)
            question.status, question.segment, question.bank, question.decided_at = before

        return UndoStep(
            Words("rejecting question {id}", id=question.id), blocked, revert, touches=_touches(question, run)
        )

    def _edit(self, show: Show, question: AudienceQuestion, now: Instant) -> UndoStep:
        if question.status not in (AudienceStatus.WAITING, AudienceStatus.APPROVED):
            raise CommandError(
                "question {id} is {status}: it is no longer edited", id=question.id, status=question.status
            )
        assert self.text is not None  # validate: an edit needs its text
        restore = _set_text(question, self.text)
        run = _bank_run(show, question) if question.bank is not None else None
        return UndoStep(
            Words("editing question {id}", id=question.id), never_blocked, restore, touches=_touches(question, run)
        )

    def _merge(self, show: Show, question: AudienceQuestion, now: Instant) -> UndoStep:
        _still_waiting(question)
        assert self.into is not None  # validate: a merge needs its target
        target = find(show.audience_questions, self.into)
        if target is question:
            raise CommandError("a question cannot be merged into itself")
        if target.status not in (AudienceStatus.WAITING, AudienceStatus.APPROVED):
            raise CommandError(
                "question {id} is {status}: merge into a waiting or approved one", id=target.id, status=target.status
            )
        if len(target.merged) >= MAX_MERGED:
            raise CommandError("question {id} has {count} merged into it already", id=target.id, count=MAX_MERGED)
        restore_text = _set_text(target, self.text) if self.text is not None else _never_mind
        question.status, question.merged_into, question.decided_at = AudienceStatus.MERGED, target.id, now
        target.merged.append(question.id)

        def blocked() -> Words | None:
            return None if question.status is AudienceStatus.MERGED else Words("that question has moved on")

        def revert() -> None:
            target.merged.remove(question.id)
            question.status, question.merged_into, question.decided_at = AudienceStatus.WAITING, None, None
            restore_text()

        run = _bank_run(show, target) if target.bank is not None else None
        touches = _touches(question, run) | _touches(target, None)
        return UndoStep(Words("merging question {id}", id=question.id), blocked, revert, touches=touches)

    def _move(self, show: Show, question: AudienceQuestion, now: Instant) -> UndoStep:
        assert self.position is not None  # validate: a move needs its place
        if question.status is AudienceStatus.APPROVED and question.bank is not None:
            run = _bank_run(show, question)
            return _moved_in(run, question.bank, self.position, question.id)
        _still_waiting(question)
        # Waiting questions are in the moderator's order: moved among themselves, the decided
        # ones staying where they are around them.
        everyone = show.audience_questions
        order = waiting(everyone)
        if self.position >= len(order):
            raise CommandError(
                "position {position} is past the last place ({last})", position=self.position, last=len(order) - 1
            )
        before = list(everyone)
        order.remove(question)
        order.insert(self.position, question)
        slots = iter(order)
        everyone[:] = [next(slots) if q.status is AudienceStatus.WAITING else q for q in everyone]

        def revert() -> None:
            kept = set(map(id, everyone))
            everyone[:] = [q for q in before if id(q) in kept]

        return UndoStep(
            Words("moving question {id}", id=question.id), never_blocked, revert, touches=frozenset({"audience"})
        )


def _still_waiting(question: AudienceQuestion) -> None:
    if question.status is not AudienceStatus.WAITING:
        raise CommandError("question {id} is {status} already", id=question.id, status=question.status)


def _bank_run(show: Show, question: AudienceQuestion) -> SegmentRun:
    """The run whose bank holds the approved `question`."""
    for run in show.runs:
        if any(q is question.bank for q in run.questions):
            return run
    raise CommandError("question {id} is no longer in a question bank", id=question.id)


def _set_text(question: AudienceQuestion, text: str) -> Callable[[], None]:
    """The new text (in the bank too); what puts the old one back."""
    old, bank = question.text, question.bank
    old_bank = bank.text if bank is not None else ""
    question.text = text
    if bank is not None:
        bank.text = text

    def restore() -> None:
        question.text = old
        if bank is not None:
            bank.text = old_bank

    return restore


def _moved_in(run: SegmentRun, item: Question, position: int, qid: str) -> UndoStep:
    """`item` to `position` in `run`'s bank (read from the run each time: a plan edit gives the
    run a new list)."""
    items = run.questions
    if position >= len(items):
        raise CommandError(
            "position {position} is past the last place ({last})", position=position, last=len(items) - 1
        )
    before = items.index(item)
    items.remove(item)
    items.insert(position, item)

    def revert() -> None:
        if item in run.questions:
            run.questions.remove(item)
            run.questions.insert(min(before, len(run.questions)), item)

    return UndoStep(Words("moving question {id}", id=qid), never_blocked, revert, touches=of_segment(run))


def _touches(question: AudienceQuestion, run: SegmentRun | None) -> frozenset[object]:
    own: frozenset[object] = frozenset({("audience", question.id)})
    return own | of_segment(run) if run is not None else own


def _never_mind() -> None:
    return None
