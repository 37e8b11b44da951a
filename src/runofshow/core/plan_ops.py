"""Commands that change the plan (land on time, move time) and the question bank."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runofshow.core.clock import Instant
from runofshow.core.commands import Command, CommandError
from runofshow.core.planner import propose, shift
from runofshow.core.questions import Question
from runofshow.core.speaker_ops import UndoStep, target_segment
from runofshow.core.wording import Words

if TYPE_CHECKING:
    from runofshow.core.show import Show


def fit_to_end(show: Show, command: Command, now: Instant) -> tuple[UndoStep | None, dict[str, Any]]:
    """Propose a plan that lands on the hard stop; apply it when `"apply": true`."""
    if show.event.info.hard_end is None:
        raise CommandError("the event has no hard stop ('end' in the event file)")
    plan = propose(show, now)
    result = {"plan": plan.as_dict()}
    if not command.get("apply", False) or plan.kind == "none":
        return None, result
    old_added = {c.index: show.runs[c.index].added_s for c in plan.segments}
    for change in plan.segments:
        show.runs[change.index].added_s += change.after_s - change.before_s
    old_allotted: dict[str, float | None] = {}
    if plan.speakers and plan.segment_id is not None:
        queue = show.runs[show.event.index_of(plan.segment_id)].queue
        for change in plan.speakers:
            entry = queue.get(change.id)
            old_allotted[change.id] = entry.allotted_s
            entry.allotted_s = change.after_s

    def revert() -> None:
        for index, added in old_added.items():
            show.runs[index].added_s = added
        if plan.segment_id is not None:
            queue = show.runs[show.event.index_of(plan.segment_id)].queue
            for entry_id, allotted in old_allotted.items():
                if any(e.id == entry_id for e in queue.entries):
                    queue.get(entry_id).allotted_s = allotted

    label = Words("the plan to land on time") if plan.kind == "cut" else Words("the plan to use the time left")
    return UndoStep(label, lambda: None, revert), result


def move_time(show: Show, command: Command, now: Instant) -> UndoStep:
    source, target = show.event.index_of(command.get("from")), show.event.index_of(command.get("to"))
    seconds = command.seconds
    try:
        shift(show, source, target, seconds, now)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    show.runs[source].added_s -= seconds
    show.runs[target].added_s += seconds

    def revert() -> None:
        show.runs[source].added_s += seconds
        show.runs[target].added_s -= seconds

    return UndoStep(Words("moving {seconds} s", seconds=round(seconds)), lambda: None, revert)


def _question(show: Show, command: Command) -> tuple[list[Question], Question]:
    questions = show.runs[target_segment(show, command)].questions
    found = next((q for q in questions if q.id == command.get("question")), None)
    if found is None:
        raise CommandError("no question '{question}' in this segment", question=command.get("question"))
    return questions, found


def question(show: Show, command: Command, now: Instant) -> UndoStep:
    _, found = _question(show, command)
    old = (found.status, found.to)
    found.status = command.status
    if "to" in command.args:
        found.to = command.get("to")

    def revert() -> None:
        found.status, found.to = old

    return UndoStep(Words("question {id}", id=found.id), lambda: None, revert)


def question_add(show: Show, command: Command, now: Instant) -> UndoStep:
    questions = show.runs[target_segment(show, command)].questions
    taken = {q.id for q in questions}
    n = len(questions) + 1
    while f"q{n}" in taken:
        n += 1
    added = Question(f"q{n}", command.text)
    questions.append(added)
    return UndoStep(Words("adding question {id}", id=added.id), lambda: None, lambda: questions.remove(added))
