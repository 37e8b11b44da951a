"""Commands that change the plan itself while the show runs: segments and the roster of people.

The fields are those of the event file (docs/event-file.md), read by the format's one walk
(core/plan_walk.py) as a file is, so a refused edit says what `runofshow check` would say about
the same value in a file. What has happened stays as it happened: a segment that has started
keeps its start, its duration and its place, and only what lies ahead (after the live segment)
can be inserted, removed or reordered. Each edit is undoable, and a recovered run replays it like any command.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from runofshow.core import fields
from runofshow.core.audience import FROM_AUDIENCE
from runofshow.core.clock import Instant
from runofshow.core.command import Command, Outcome, arg
from runofshow.core.event import Person, Segment, SpeakerSlot
from runofshow.core.fields import CommandError
from runofshow.core.history import ORDER, UndoStep, never_blocked, of_queue, of_segment
from runofshow.core.plan_data import person_data, plain, read_person, read_segment, segment_data
from runofshow.core.plan_format import MAX_PEOPLE, MAX_SEGMENTS, PERSON_KEYS, SEGMENT_KEYS, SPELLINGS
from runofshow.core.plan_ids import new_segment_id
from runofshow.core.questions import Question
from runofshow.core.show import Show
from runofshow.core.speakers import TO_SPEAK, Entry
from runofshow.core.status import Status
from runofshow.core.wording import Words

#: What a segment that has started can no longer change (its time is history).
FIXED_ONCE_STARTED = ("id", "start", "duration", "min_duration")


def _mapping(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CommandError("{what} must be an object of the event file's fields", what=f'"{name}"')
    plain(value, name)
    return value


def _optional_ident(value: Any, name: str) -> str | None:
    """An id, or null (the same as leaving it out: first)."""
    return None if value is None else fields.ident(value, name)


def _started(show: Show, index: int) -> bool:
    run = show.runs[index]
    return run.actual_start is not None or run.status is not Status.PENDING


def _place_after(show: Show, after: str | None) -> int:
    """The index a segment goes to when it follows `after` (None: first)."""
    return 0 if not after else show.index_of(after) + 1


def _check_open(show: Show, index: int) -> None:
    if index < show.first_open:
        raise CommandError("only what is still to come can change: put it after the live segment")


def _segment_id(show: Show, segment: Segment, *, keep: str | None = None) -> Segment:
    taken = {s.id for s in show.event.segments if s.id != keep}
    if not segment.id:
        return replace(segment, id=new_segment_id(segment.title, taken))
    if segment.id in taken:
        raise CommandError("segment: {problem}", problem=Words("duplicate segment id '{id}'", id=segment.id))
    return segment


@dataclass(frozen=True, slots=True)
class SegmentInsert(Command):
    """A new segment after `after` (null: first); the answer carries its id."""

    action: ClassVar[str] = "segment_insert"
    segment: dict[str, Any] = arg(_mapping)
    after: str | None = arg(_optional_ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        if len(show.event.segments) >= MAX_SEGMENTS:
            raise CommandError("a plan holds at most {limit} segments", limit=MAX_SEGMENTS)
        index = _place_after(show, self.after)
        _check_open(show, index)
        segment = _segment_id(show, read_segment(self.segment, show.event))
        run = show.new_run(segment)
        show.insert_segment(index, segment, run)

        def blocked() -> Words | None:
            return Words("it has started") if run.actual_start is not None or run.status is not Status.PENDING else None

        def revert() -> None:
            show.remove_segment(show.runs.index(run))

        label = Words("inserting '{title}'", title=segment.title)
        touches = of_segment(run) | {ORDER}
        return Outcome(undo=UndoStep(label, blocked, revert, touches=touches), result={"segment": segment.id})


@dataclass(frozen=True, slots=True)
class SegmentRemove(Command):
    action: ClassVar[str] = "segment_remove"
    segment: str = arg(fields.ident)

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = show.index_of(self.segment)
        if _started(show, index):
            raise CommandError(
                "segment '{segment}' has started; only what is still to come can go", segment=self.segment
            )
        if len(show.runs) == 1:
            raise CommandError("the plan needs at least one segment")
        segment, run = show.remove_segment(index)

        def blocked() -> Words | None:
            return (
                Words("the show has moved past its place")
                if index > len(show.runs) or index < show.first_open
                else None
            )

        def revert() -> None:
            show.insert_segment(index, segment, run)

        label = Words("removing '{title}'", title=segment.title)
        return Outcome(undo=UndoStep(label, blocked, revert, touches=of_segment(run) | {ORDER}))


@dataclass(frozen=True, slots=True)
class SegmentMove(Command):
    """Move a segment still to come so that it follows `after` (null: first)."""

    action: ClassVar[str] = "segment_move"
    segment: str = arg(fields.ident)
    after: str | None = arg(_optional_ident, required=False)

    def validate(self) -> None:
        if self.after == self.segment:
            raise CommandError('"after" must be another segment')

    def apply(self, show: Show, now: Instant) -> Outcome:
        source = show.index_of(self.segment)
        if _started(show, source):
            raise CommandError("segment '{segment}' has started; it stays where it ran", segment=self.segment)
        target = _place_after(show, self.after)
        if target > source:
            target -= 1  # the places after it move up once it is taken out
        if target == source:
            return Outcome()
        live = show.live_index
        live_run = show.runs[live] if live is not None else None
        segment, run = show.remove_segment(source)
        if target < show.first_open:
            show.insert_segment(source, segment, run)
            raise CommandError("only what is still to come can change: put it after the live segment")
        show.insert_segment(target, segment, run)
        if live_run is not None:
            show.cursor = show.runs.index(live_run)

        def blocked() -> Words | None:
            if run.actual_start is not None or run.status is not Status.PENDING:
                return Words("it has started")
            return Words("the show has moved past its place") if source < show.first_open else None

        def revert() -> None:
            live_now = show.live_index
            keep = show.runs[live_now] if live_now is not None else None
            moved, moved_run = show.remove_segment(show.runs.index(run))
            show.insert_segment(min(source, len(show.runs)), moved, moved_run)
            if keep is not None:
                show.cursor = show.runs.index(keep)

        label = Words("moving '{title}'", title=segment.title)
        return Outcome(undo=UndoStep(label, blocked, revert, touches=of_segment(run) | {ORDER}))


def _reconcile_queue(show: Show, index: int, old: Segment, new: Segment) -> tuple[list[Entry], list[Entry]]:
    """The queue after the plan's speakers changed: (entries before, entries after).

    Someone who has spoken, or was added live, stays; a planned speaker still to speak takes the
    plan's new details or leaves with them; new planned speakers join after the last planned one.
    """
    queue = show.runs[index].queue
    before = list(queue.entries)
    old_ids = {slot.id for slot in old.speakers}
    new_slots = {slot.id: slot for slot in new.speakers}
    kept: list[Entry] = []
    last_planned = -1
    for entry in before:
        untouched = entry.cue in TO_SPEAK and not entry.turns
        if entry.id in new_slots and untouched:
            kept.append(_entry_from(new_slots[entry.id], entry))
        elif entry.id in old_ids and untouched:
            continue  # taken out of the plan before speaking: out of the queue too
        else:
            kept.append(entry)
        if entry.id in new_slots:
            last_planned = len(kept) - 1
    present = {entry.id for entry in kept}
    added = [Entry.from_slot(slot) for slot in new.speakers if slot.id not in present]
    kept[last_planned + 1 : last_planned + 1] = added
    queue.entries[:] = kept
    return before, kept


def _entry_from(slot: SpeakerSlot, entry: Entry) -> Entry:
    """The planned speaker's new details, with the cue the stage manager gave."""
    fresh = Entry.from_slot(slot)
    fresh.cue = entry.cue
    return fresh


def _rebank(old: list[Question], texts: tuple[str, ...]) -> list[Question]:
    """The new prompts, keeping what was asked or skipped of those that stay, and after them the
    questions approved from the audience (the plan does not hold them: they stay all the same)."""
    audience = [q for q in old if q.source == FROM_AUDIENCE]
    old = [q for q in old if q.source != FROM_AUDIENCE]
    by_text = {q.text: q for q in old}
    taken = {q.id for q in old}
    out: list[Question] = []
    n = 1
    for text in texts:
        if text in by_text:
            out.append(by_text.pop(text))
            continue
        while f"q{n}" in taken:
            n += 1
        taken.add(f"q{n}")
        out.append(Question(f"q{n}", text))
    return out + audience


@dataclass(frozen=True, slots=True)
class SegmentUpdate(Command):
    """Change some of a segment's fields (`null` takes a field out); a started segment keeps its
    id, start and duration."""

    action: ClassVar[str] = "segment_update"
    segment: str = arg(fields.ident)
    changes: dict[str, Any] = arg(_mapping, name="fields")

    def validate(self) -> None:
        if not self.changes:
            raise CommandError('"fields" is empty: nothing to change')
        unknown = sorted(set(self.changes) - set(SEGMENT_KEYS))
        if unknown:
            raise CommandError(
                "segment: {problem}",
                problem=Words("unknown key '{name}' (known: {keys})", name=unknown[0], keys=", ".join(SEGMENT_KEYS)),
            )

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = show.index_of(self.segment)
        old = show.event.segments[index]
        data = segment_data(old, show.event.people, show.event.defaults)
        for key, value in self.changes.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        if "id" not in data:
            data["id"] = old.id
        new = _segment_id(show, read_segment(data, show.event), keep=old.id)
        if _started(show, index):
            for key in FIXED_ONCE_STARTED:
                if getattr(new, _ATTRS[key]) != getattr(old, _ATTRS[key]):
                    raise CommandError(
                        "segment '{segment}' has started: its {field} stays as it was", segment=old.id, field=key
                    )
        if new == old:
            return Outcome()
        run = show.runs[index]
        old_notes, old_questions = run.notes, list(run.questions)
        show.replace_segment(index, new)
        if new.notes != old.notes:
            run.notes = new.notes
        if new.questions != old.questions:
            run.questions = _rebank(run.questions, new.questions)
        queue_change = _reconcile_queue(show, index, old, new) if new.speakers != old.speakers else None
        if new.id != old.id:
            run.queue.segment = new.id

        def blocked() -> Words | None:
            if queue_change is not None and any(e.turns for e in queue_change[1] if e not in queue_change[0]):
                return Words("a new speaker has spoken")
            return None

        def revert() -> None:
            at = show.runs.index(run)
            show.replace_segment(at, old)
            run.notes, run.questions = old_notes, old_questions
            run.queue.segment = old.id
            if queue_change is not None:
                before, after = queue_change
                later = [e for e in run.queue.entries if e not in after]  # added live since
                run.queue.entries[:] = [*before, *later]

        touches = of_segment(run) | (of_queue(run.queue) if queue_change is not None else frozenset())
        return Outcome(undo=UndoStep(Words("changing '{title}'", title=old.title), blocked, revert, touches=touches))


_ATTRS = {"id": "id", "start": "fixed_start", "duration": "duration_s", "min_duration": "min_duration_s"}


def _person_everywhere(show: Show, old: Person, new: Person | None) -> list[tuple[Entry, Entry]]:
    """Carry a person's new details into the plan's turns and the queues' waiting entries.

    Returns (entry, its details before) for each queue entry changed, to undo."""
    segments = []
    for segment in show.event.segments:
        slots = tuple(
            SpeakerSlot.for_person(
                new,
                slot.id,
                slot.allotted_s,
                notes="" if slot.notes == old.notes else slot.notes,
                kind=slot.type,
            )
            if new is not None and slot.person == old.id
            else slot
            for slot in segment.speakers
        )
        segments.append(replace(segment, speakers=slots) if slots != segment.speakers else segment)
    people = dict(show.event.people)
    if new is None:
        people.pop(old.id, None)
    else:
        people[new.id] = new
    show.event = replace(show.event, segments=tuple(segments), people=people)
    changed: list[tuple[Entry, Entry]] = []
    if new is None:
        return changed
    for run in show.runs:
        for entry in run.queue.entries:
            if entry.person == old.id and entry.cue in TO_SPEAK and not entry.turns:
                changed.append((entry, replace(entry)))
                entry.name, entry.role, entry.organization = new.name, new.role, new.organization
                entry.sector, entry.language, entry.pronunciation = new.sector, new.language, new.pronunciation
                if entry.notes == old.notes:
                    entry.notes = new.notes
    return changed


def _restore(changed: list[tuple[Entry, Entry]]) -> None:
    for entry, before in changed:
        entry.name, entry.role, entry.organization = before.name, before.role, before.organization
        entry.sector, entry.language, entry.pronunciation = before.sector, before.language, before.pronunciation
        entry.notes = before.notes


@dataclass(frozen=True, slots=True)
class PersonAdd(Command):
    action: ClassVar[str] = "person_add"
    person: dict[str, Any] = arg(_mapping)

    def apply(self, show: Show, now: Instant) -> Outcome:
        if len(show.event.people) >= MAX_PEOPLE:
            raise CommandError("a plan holds at most {limit} people", limit=MAX_PEOPLE)
        person = read_person(self.person, show.event)
        if person.id in show.event.people:
            raise CommandError("person: {problem}", problem=Words("duplicate person id '{pid}'", pid=person.id))
        show.event = replace(show.event, people={**show.event.people, person.id: person})

        def blocked() -> Words | None:
            for segment in show.event.segments:
                if segment.moderator == person.id or any(s.person == person.id for s in segment.speakers):
                    return Words("{name} is in the plan now", name=person.name)
            return None

        def revert() -> None:
            _person_everywhere(show, person, None)

        return Outcome(
            undo=UndoStep(Words("adding {name}", name=person.name), blocked, revert), result={"person": person.id}
        )


@dataclass(frozen=True, slots=True)
class PersonRemove(Command):
    """Take someone off the roster who is in no segment (as a speaker or its moderator)."""

    action: ClassVar[str] = "person_remove"
    person: str = arg(fields.ident)

    def apply(self, show: Show, now: Instant) -> Outcome:
        person = show.event.people.get(self.person)
        if person is None:
            raise CommandError("no person with id '{person}'", person=self.person)
        for segment in show.event.segments:
            if segment.moderator == person.id or any(s.person == person.id for s in segment.speakers):
                raise CommandError(
                    "{name} is in the plan ('{segment}'): take them out of it first",
                    name=person.name,
                    segment=segment.id,
                )
        order = list(show.event.people)
        _person_everywhere(show, person, None)

        def revert() -> None:
            people = dict(show.event.people)
            people[person.id] = person
            show.event = replace(show.event, people={pid: people[pid] for pid in [*order, *people] if pid in people})

        return Outcome(undo=UndoStep(Words("removing {name}", name=person.name), never_blocked, revert))


@dataclass(frozen=True, slots=True)
class PersonUpdate(Command):
    """Change some of a person's details (`null` clears one); their planned turns and their places
    in the queues still to speak follow."""

    action: ClassVar[str] = "person_update"
    person: str = arg(fields.ident)
    changes: dict[str, Any] = arg(_mapping, name="fields")

    def validate(self) -> None:
        if not self.changes:
            raise CommandError('"fields" is empty: nothing to change')
        if self.changes.get("id", self.person) != self.person:
            raise CommandError("a person's id stays as it is (add a new person instead)")
        unknown = sorted({SPELLINGS.get(key, key) for key in self.changes} - set(PERSON_KEYS))
        if unknown:
            raise CommandError(
                "person: {problem}",
                problem=Words("unknown key '{name}' (known: {keys})", name=unknown[0], keys=", ".join(PERSON_KEYS)),
            )

    def apply(self, show: Show, now: Instant) -> Outcome:
        old = show.event.people.get(self.person)
        if old is None:
            raise CommandError("no person with id '{person}'", person=self.person)
        data = person_data(old)
        for written, value in self.changes.items():
            key = SPELLINGS.get(written, written)
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        new = read_person(data, show.event)
        if new == old:
            return Outcome()
        changed = _person_everywhere(show, old, new)

        def revert() -> None:
            _person_everywhere(show, new, old)
            _restore(changed)

        return Outcome(undo=UndoStep(Words("changing {name}", name=old.name), never_blocked, revert))


@dataclass(frozen=True, slots=True)
class Reload(Command):
    """Read the event file again and carry the run on with it (the window does the reading).

    Not journaled itself: the new plan is (a plan record), before the answer."""

    action: ClassVar[str] = "reload"
    journaled: ClassVar[bool] = False

    def apply(self, show: Show, now: Instant) -> Outcome:
        return Outcome(reload=True)


@dataclass(frozen=True, slots=True)
class PlanSave(Command):
    """Write the live plan to the event file it came from, or to `path` (a `.yaml` beside it).

    Not journaled: it changes nothing in the show; the window does the writing (files layer)."""

    action: ClassVar[str] = "plan_save"
    journaled: ClassVar[bool] = False
    path: str | None = arg(fields.text(4096, empty_ok=False, one_line=True), required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        return Outcome(save_plan=self.path or "")
