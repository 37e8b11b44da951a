"""The speaker-queue commands: give the floor, time turns, and edit queues and cues.

Each checks everything first and raises `CommandError` before changing anything. Changes to
queues and cues return an undo step; calling a speaker, ending, pausing and timing turns are
events in time and are not undone (call the next speaker instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import NOTHING, Command, Outcome, arg
from runofshow.core.event import SpeakerSlot
from runofshow.core.fields import CommandError
from runofshow.core.history import UndoStep, of_queue
from runofshow.core.kinds import SETTABLE_CUES, Cue, RequestType
from runofshow.core.show import Show
from runofshow.core.show_actions import target_segment
from runofshow.core.speakers import TO_SPEAK, Entry, SpeakerQueue, Turn
from runofshow.core.text import slug
from runofshow.core.wording import Words


def _entry(queue: SpeakerQueue, speaker_id: str) -> Entry:
    try:
        return queue.get(speaker_id)
    except KeyError:
        raise CommandError(
            "no speaker '{speaker_id}' in segment '{segment}'", speaker_id=speaker_id, segment=queue.segment
        ) from None


def _live_queue(show: Show, segment: str | None) -> SpeakerQueue:
    index = target_segment(show, segment)
    if show.live_index != index:
        raise CommandError("segment '{id}' is not live: start it first", id=show.segment(index).id)
    return show.runs[index].queue


def _speaking(queue: SpeakerQueue) -> tuple[Entry, Turn]:
    entry = queue.speaking
    turn = entry.current if entry is not None else None
    if entry is None or turn is None:
        raise CommandError("no one is speaking")
    return entry, turn


def _queue(show: Show, segment: str | None) -> SpeakerQueue:
    return show.runs[target_segment(show, segment)].queue


# --- turns (events in time) ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SpeakerNext(Command):
    action: ClassVar[str] = "speaker_next"
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _live_queue(show, self.segment)
        current, following = queue.speaking, queue.next_up()
        if current is None and following is None:
            raise CommandError("no one is waiting to speak")
        if current is not None:
            current.end_turn(now)
        if following is not None:
            show.start_turn(following, queue, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class SpeakerStop(Command):
    action: ClassVar[str] = "speaker_stop"
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        entry, _ = _speaking(_live_queue(show, self.segment))
        entry.end_turn(now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class SpeakerPause(Command):
    action: ClassVar[str] = "speaker_pause"
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        _, turn = _speaking(_live_queue(show, self.segment))
        if turn.running:
            turn.hold(now)
        turn.held_by_show = False  # the moderator's pause: resuming the show does not end it
        return NOTHING


@dataclass(frozen=True, slots=True)
class SpeakerResume(Command):
    action: ClassVar[str] = "speaker_resume"
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        _, turn = _speaking(_live_queue(show, self.segment))
        if turn.running:
            return NOTHING
        if show.running:
            turn.release(now)
        else:
            turn.held_by_show = True  # resumes with the show
        return NOTHING


@dataclass(frozen=True, slots=True)
class SpeakerTime(Command):
    action: ClassVar[str] = "speaker_time"
    seconds: float = arg(fields.seconds)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        entry, turn = _speaking(_live_queue(show, self.segment))
        base = entry.allotted_s if entry.allotted_s is not None else turn.spoken(now)
        if base + self.seconds < 0:
            raise CommandError("cannot remove more time than the speaker has")
        entry.allotted_s = base + self.seconds
        turn.allotted_s = entry.allotted_s
        return NOTHING


# --- queue edits (undoable) ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SpeakerAdd(Command):
    """Someone joins a queue: a roster `person`, or a `name` from the floor (one of the two)."""

    action: ClassVar[str] = "speaker_add"
    segment: str | None = arg(fields.ident, required=False)
    name: str | None = arg(fields.name_text, required=False)
    person: str | None = arg(fields.ident, required=False)
    position: int | None = arg(fields.position, required=False)
    type: RequestType | None = arg(fields.choice(RequestType), required=False)
    time: int | None = arg(fields.duration, required=False)

    def validate(self) -> None:
        if (self.name is None) == (self.person is None):
            raise CommandError('\'speaker_add\' needs either "name" (someone from the floor) or "person" (a roster id)')

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = target_segment(show, self.segment)
        queue = show.runs[index].queue
        kind = self.type or RequestType.STATEMENT
        allotted = self.time
        if allotted is None:
            allotted = show.segment(index).speaker_time_s or show.event.defaults.speaker_time_s
        if self.person is not None:
            person = show.event.people.get(self.person)
            if person is None:
                raise CommandError("unknown person '{person}' (not in the event's roster)", person=self.person)
            entry = Entry.from_slot(SpeakerSlot.for_person(person, queue.new_id(person.id), allotted, kind=kind.value))
        else:
            name = self.name or ""
            entry = Entry(id=queue.new_id(slug(name) or "speaker"), name=name, type=kind, allotted_s=allotted)
        position = self.position
        if position is None:
            position = queue.default_position(kind)
        elif position > len(queue.entries):
            raise CommandError(
                "position {position} is past the end of the queue ({count} entries)",
                position=position,
                count=len(queue.entries),
            )
        queue.entries.insert(position, entry)

        def blocked() -> Words | None:
            if entry not in queue.entries:
                return Words("{name} is no longer in the queue", name=entry.name)
            return Words("{name} has spoken since", name=entry.name) if entry.turns else None

        return Outcome(
            undo=UndoStep(
                Words("add {name}", name=entry.name),
                blocked,
                lambda: queue.entries.remove(entry),
                touches=of_queue(queue),
            ),
            # What it made, for the sender to act on next (cue, move, remove) without reading the state.
            result={"speaker": entry.id, "segment": show.event.segments[index].id},
        )


def _movable(entry: Entry) -> None:
    if entry.cue not in (*TO_SPEAK, Cue.SKIPPED):
        if entry.cue is Cue.SPEAKING:
            raise CommandError("{name} is speaking; only speakers still to speak can move", name=entry.name)
        raise CommandError("{name} has spoken; only speakers still to speak can move", name=entry.name)


@dataclass(frozen=True, slots=True)
class SpeakerMove(Command):
    action: ClassVar[str] = "speaker_move"
    speaker: str = arg(fields.ident)
    position: int = arg(fields.position)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _queue(show, self.segment)
        entry = _entry(queue, self.speaker)
        _movable(entry)
        if self.position >= len(queue.entries):
            raise CommandError(
                "position {position} is past the end of the queue (0 to {last})",
                position=self.position,
                last=len(queue.entries) - 1,
            )
        old = queue.index(entry.id)
        queue.entries.insert(self.position, queue.entries.pop(old))

        def blocked() -> Words | None:
            if entry in queue.entries and entry.cue in (*TO_SPEAK, Cue.SKIPPED):
                return None
            return Words("{name} has moved on", name=entry.name)

        def revert() -> None:
            queue.entries.insert(min(old, len(queue.entries) - 1), queue.entries.pop(queue.index(entry.id)))

        return Outcome(undo=UndoStep(Words("move {name}", name=entry.name), blocked, revert, touches=of_queue(queue)))


@dataclass(frozen=True, slots=True)
class SpeakerRemove(Command):
    action: ClassVar[str] = "speaker_remove"
    speaker: str = arg(fields.ident)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _queue(show, self.segment)
        entry = _entry(queue, self.speaker)
        if entry.turns or entry.cue is Cue.SPEAKING:
            raise CommandError("{name} has spoken and stays in the record; skip instead", name=entry.name)
        old = queue.index(entry.id)
        queue.entries.pop(old)

        def blocked() -> Words | None:
            if any(e.id == entry.id for e in queue.entries):
                return Words("another entry now has the id '{id}'", id=entry.id)
            return None

        def revert() -> None:
            queue.entries.insert(min(old, len(queue.entries)), entry)

        label = Words("remove {name}", name=entry.name)
        return Outcome(undo=UndoStep(label, blocked, revert, touches=of_queue(queue)))


def _set_cue(queue: SpeakerQueue, entry: Entry, cue: Cue, label: Words) -> UndoStep:
    old_cue, old_index = entry.cue, queue.index(entry.id)
    entry.cue = cue
    turns = len(entry.turns)

    def blocked() -> Words | None:
        if entry not in queue.entries or entry.cue is not cue or len(entry.turns) != turns:
            return Words("{name} has moved on", name=entry.name)
        return None

    def revert() -> None:
        entry.cue = old_cue
        queue.entries.insert(min(old_index, len(queue.entries) - 1), queue.entries.pop(queue.index(entry.id)))

    return UndoStep(label, blocked, revert, touches=of_queue(queue))


@dataclass(frozen=True, slots=True)
class SpeakerSkip(Command):
    action: ClassVar[str] = "speaker_skip"
    speaker: str = arg(fields.ident)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _queue(show, self.segment)
        entry = _entry(queue, self.speaker)
        if entry.cue not in TO_SPEAK:
            raise CommandError("{name} is not waiting to speak", name=entry.name)
        return Outcome(undo=_set_cue(queue, entry, Cue.SKIPPED, Words("skip {name}", name=entry.name)))


@dataclass(frozen=True, slots=True)
class SpeakerRequeue(Command):
    action: ClassVar[str] = "speaker_requeue"
    speaker: str = arg(fields.ident)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _queue(show, self.segment)
        entry = _entry(queue, self.speaker)
        if entry.cue not in (Cue.SKIPPED, Cue.DONE):
            raise CommandError("{name} is already in the queue", name=entry.name)
        was_done = entry.cue is Cue.DONE
        step = _set_cue(queue, entry, Cue.WAITING, Words("return {name}", name=entry.name))
        if was_done:  # speaks again: joins the end of the queue
            queue.entries.pop(queue.index(entry.id))
            queue.entries.insert(queue.default_position(entry.type), entry)
        return Outcome(undo=step)


@dataclass(frozen=True, slots=True)
class SpeakerCue(Command):
    action: ClassVar[str] = "speaker_cue"
    speaker: str = arg(fields.ident)
    cue: Cue = arg(fields.choice(Cue, SETTABLE_CUES))
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        queue = _queue(show, self.segment)
        entry = _entry(queue, self.speaker)
        if entry.cue not in TO_SPEAK:
            raise CommandError(
                "{name} is {cue}; cues apply to speakers still to speak", name=entry.name, cue=entry.cue.value
            )
        label = Words("cue {cue} for {name}", cue=self.cue.value, name=entry.name)
        return Outcome(undo=_set_cue(queue, entry, self.cue, label))
