"""Commands that change the plan (land on time, move time) and the question bank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import Command, Outcome, arg
from runofshow.core.fields import CommandError
from runofshow.core.history import UndoStep, never_blocked
from runofshow.core.kinds import QuestionStatus
from runofshow.core.planner import propose, shift
from runofshow.core.questions import Question
from runofshow.core.schedule import another_day
from runofshow.core.show import Show
from runofshow.core.show_actions import target_segment
from runofshow.core.wording import Words


@dataclass(frozen=True, slots=True)
class FitToEnd(Command):
    """Propose a plan that lands on the hard stop; apply it when `"apply": true`."""

    action: ClassVar[str] = "fit_to_end"
    apply_plan: bool | None = arg(fields.flag, name="apply", required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        if show.event.info.hard_end is None:
            raise CommandError("the event has no hard stop ('end' in the event file)")
        if another_day(show, now):
            raise CommandError(
                "the event is planned for {date}, not today: a plan to land on time is made on its day "
                "(to try the show now, rehearse it at its own time)",
                date=show.event.info.date.isoformat(),
            )
        plan = propose(show, now)
        result = {"plan": plan.as_dict()}
        if not self.apply_plan or plan.kind == "none":
            return Outcome(result=result)
        old_added = {c.index: show.runs[c.index].added_s for c in plan.segments}
        for change in plan.segments:
            show.runs[change.index].added_s += change.after_s - change.before_s
        old_allotted: dict[str, float | None] = {}
        if plan.speakers and plan.segment_id is not None:
            queue = show.runs[show.event.index_of(plan.segment_id)].queue
            for speaker in plan.speakers:
                entry = queue.get(speaker.id)
                old_allotted[speaker.id] = entry.allotted_s
                entry.allotted_s = speaker.after_s

        def revert() -> None:
            for index, added in old_added.items():
                show.runs[index].added_s = added
            if plan.segment_id is not None:
                queue = show.runs[show.event.index_of(plan.segment_id)].queue
                for entry_id, allotted in old_allotted.items():
                    if any(e.id == entry_id for e in queue.entries):
                        queue.get(entry_id).allotted_s = allotted

        label = Words("the plan to land on time") if plan.kind == "cut" else Words("the plan to use the time left")
        return Outcome(undo=UndoStep(label, never_blocked, revert), result=result)


@dataclass(frozen=True, slots=True)
class MoveTime(Command):
    action: ClassVar[str] = "move_time"
    source: str = arg(fields.ident, name="from")
    target: str = arg(fields.ident, name="to")
    seconds: float = arg(fields.seconds)

    def validate(self) -> None:
        if self.seconds <= 0:
            raise CommandError('"seconds" must be more than 0 (the time moves from "from" to "to")')

    def apply(self, show: Show, now: Instant) -> Outcome:
        source, target = show.index_of(self.source), show.index_of(self.target)
        seconds = self.seconds
        try:
            shift(show, source, target, seconds, now)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        show.runs[source].added_s -= seconds
        show.runs[target].added_s += seconds

        def revert() -> None:
            show.runs[source].added_s += seconds
            show.runs[target].added_s -= seconds

        return Outcome(undo=UndoStep(Words("moving {seconds} s", seconds=round(seconds)), never_blocked, revert))


@dataclass(frozen=True, slots=True)
class MarkQuestion(Command):
    """A question of the bank asked or skipped (maybe to whom), or open again."""

    action: ClassVar[str] = "question"
    question: str = arg(fields.ident)
    status: QuestionStatus = arg(fields.choice(QuestionStatus))
    segment: str | None = arg(fields.ident, required=False)
    to: str | None = arg(fields.optional_name, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        questions = show.runs[target_segment(show, self.segment)].questions
        found = next((q for q in questions if q.id == self.question), None)
        if found is None:
            raise CommandError("no question '{question}' in this segment", question=self.question)
        old = (found.status, found.to)
        found.status = self.status
        if self.to is not None:
            found.to = self.to

        def revert() -> None:
            found.status, found.to = old

        return Outcome(undo=UndoStep(Words("question {id}", id=found.id), never_blocked, revert))


@dataclass(frozen=True, slots=True)
class AddQuestion(Command):
    action: ClassVar[str] = "question_add"
    text: str = arg(fields.message_text)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = target_segment(show, self.segment)
        questions = show.runs[index].questions
        taken = {q.id for q in questions}
        n = len(questions) + 1
        while f"q{n}" in taken:
            n += 1
        added = Question(f"q{n}", self.text)
        questions.append(added)
        label = Words("adding question {id}", id=added.id)
        return Outcome(
            undo=UndoStep(label, never_blocked, lambda: questions.remove(added)),
            result={"question": added.id, "segment": show.event.segments[index].id},
        )
