"""The speaker-queue commands, applied to a show.

Each function checks everything first and raises `CommandError` before changing anything.
Changes to queues, cues and notes return an `UndoStep`; calling a speaker, ending, pausing and
timing turns are events in time and are not undone (call the next speaker instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from runofshow.core.clock import Instant
from runofshow.core.commands import Command, CommandError, Cue, RequestType
from runofshow.core.event import SpeakerSlot
from runofshow.core.messages import Message
from runofshow.core.speakers import TO_SPEAK, Entry, Pause, SpeakerQueue, Turn
from runofshow.core.text import slug
from runofshow.core.wording import Words

if TYPE_CHECKING:
    from runofshow.core.show import Show

MAX_UNDO = 200


@dataclass(frozen=True, slots=True)
class UndoStep:
    label: Words  # what it undoes, for the message when it cannot
    blocked: Callable[[], Words | None]  # why it can no longer be undone, or None
    revert: Callable[[], None]


def target_segment(show: Show, command: Command) -> int:
    """The segment a queue command acts on: the one named, else the live one, else the current."""
    segment = command.get("segment")
    if segment is not None:
        return show.event.index_of(segment)
    live = show.live_index
    if live is not None:
        return live
    if show.ended:
        raise CommandError('the show has ended; name a "segment"')
    return show.cursor


def _entry(queue: SpeakerQueue, speaker_id: str) -> Entry:
    try:
        return queue.get(speaker_id)
    except KeyError:
        raise CommandError(
            "no speaker '{speaker_id}' in segment '{segment}'", speaker_id=speaker_id, segment=queue.segment
        ) from None


def _live_queue(show: Show, command: Command) -> tuple[int, SpeakerQueue]:
    index = target_segment(show, command)
    if show.live_index != index:
        raise CommandError("segment '{id}' is not live: start it first", id=show.segment(index).id)
    return index, show.runs[index].queue


def _speaking(queue: SpeakerQueue) -> Entry:
    entry = queue.speaking
    if entry is None:
        raise CommandError("no one is speaking")
    return entry


# --- turns (events in time) ------------------------------------------------------------------
def start_turn(show: Show, entry: Entry, queue: SpeakerQueue, now: Instant) -> None:
    running = show.running
    turn = Turn(
        segment=queue.segment,
        entry=entry.id,
        person=entry.person,
        name=entry.name,
        organization=entry.organization,
        sector=entry.sector,
        type=entry.type,
        allotted_s=entry.allotted_s,
        start=now,
        running_since=now.mono if running else None,
        held_by_show=not running,
        pauses=[] if running else [Pause(now)],
    )
    entry.cue = Cue.SPEAKING
    entry.turns.append(turn)
    show.turns.append(turn)


def end_turn(entry: Entry, now: Instant) -> None:
    turn = entry.current
    if turn is not None:
        turn.close(now)
    entry.cue = Cue.DONE


def speaker_next(show: Show, command: Command, now: Instant) -> None:
    _, queue = _live_queue(show, command)
    current, following = queue.speaking, queue.next_up()
    if current is None and following is None:
        raise CommandError("no one is waiting to speak")
    if current is not None:
        end_turn(current, now)
    if following is not None:
        start_turn(show, following, queue, now)


def speaker_stop(show: Show, command: Command, now: Instant) -> None:
    _, queue = _live_queue(show, command)
    end_turn(_speaking(queue), now)


def speaker_pause(show: Show, command: Command, now: Instant) -> None:
    _, queue = _live_queue(show, command)
    turn = _speaking(queue).current
    assert turn is not None
    if turn.running:
        turn.hold(now)
    turn.held_by_show = False  # the moderator's pause: resuming the show does not end it


def speaker_resume(show: Show, command: Command, now: Instant) -> None:
    _, queue = _live_queue(show, command)
    turn = _speaking(queue).current
    assert turn is not None
    if turn.running:
        return
    if show.running:
        turn.release(now)
    else:
        turn.held_by_show = True  # resumes with the show


def speaker_time(show: Show, command: Command, now: Instant) -> None:
    _, queue = _live_queue(show, command)
    entry = _speaking(queue)
    turn = entry.current
    assert turn is not None
    base = entry.allotted_s if entry.allotted_s is not None else turn.spoken(now)
    if base + command.seconds < 0:
        raise CommandError("cannot remove more time than the speaker has")
    entry.allotted_s = base + command.seconds
    turn.allotted_s = entry.allotted_s


# --- queue edits (undoable) ------------------------------------------------------------------
def speaker_add(show: Show, command: Command, now: Instant) -> UndoStep:
    index = target_segment(show, command)
    queue = show.runs[index].queue
    segment = show.segment(index)
    kind = command.get("type", RequestType.STATEMENT)
    allotted = command.get("time")
    if allotted is None:
        allotted = segment.speaker_time_s or show.event.defaults.speaker_time_s
    if "person" in command.args:
        person = show.event.people.get(command.person)
        if person is None:
            raise CommandError("unknown person '{person}' (not in the event's roster)", person=command.person)
        slot = SpeakerSlot.for_person(person, queue.new_id(person.id), allotted, kind=kind.value)
        entry = Entry.from_slot(slot)
    else:
        name = command.name
        entry = Entry(id=queue.new_id(slug(name) or "speaker"), name=name, type=kind, allotted_s=allotted)
    position = command.get("position")
    if position is None:
        position = queue.default_position(kind)
    elif position > len(queue.entries):
        raise CommandError(
            "position {position} is past the end of the queue ({count} entries)",
            position=position,
            count=len(queue.entries),
        )
    queue.entries.insert(position, entry)

    def blocked() -> str | None:
        if entry not in queue.entries:
            return Words("{name} is no longer in the queue", name=entry.name)
        return Words("{name} has spoken since", name=entry.name) if entry.turns else None

    return UndoStep(Words("add {name}", name=entry.name), blocked, lambda: queue.entries.remove(entry))


def _movable(entry: Entry) -> None:
    if entry.cue not in (*TO_SPEAK, Cue.SKIPPED):
        if entry.cue is Cue.SPEAKING:
            raise CommandError("{name} is speaking; only speakers still to speak can move", name=entry.name)
        raise CommandError("{name} has spoken; only speakers still to speak can move", name=entry.name)


def speaker_move(show: Show, command: Command, now: Instant) -> UndoStep:
    queue = show.runs[target_segment(show, command)].queue
    entry = _entry(queue, command.speaker)
    _movable(entry)
    position = command.position
    if position >= len(queue.entries):
        raise CommandError(
            "position {position} is past the end of the queue (0 to {last})",
            position=position,
            last=len(queue.entries) - 1,
        )
    old = queue.index(entry.id)
    queue.entries.insert(position, queue.entries.pop(old))

    def blocked() -> str | None:
        return (
            None
            if entry in queue.entries and entry.cue in (*TO_SPEAK, Cue.SKIPPED)
            else Words("{name} has moved on", name=entry.name)
        )

    def revert() -> None:
        queue.entries.insert(min(old, len(queue.entries) - 1), queue.entries.pop(queue.index(entry.id)))

    return UndoStep(Words("move {name}", name=entry.name), blocked, revert)


def speaker_remove(show: Show, command: Command, now: Instant) -> UndoStep:
    queue = show.runs[target_segment(show, command)].queue
    entry = _entry(queue, command.speaker)
    if entry.turns or entry.cue is Cue.SPEAKING:
        raise CommandError("{name} has spoken and stays in the record; skip instead", name=entry.name)
    old = queue.index(entry.id)
    queue.entries.pop(old)

    def blocked() -> str | None:
        return (
            Words("another entry now has the id '{id}'", id=entry.id)
            if any(e.id == entry.id for e in queue.entries)
            else None
        )

    return UndoStep(
        Words("remove {name}", name=entry.name),
        blocked,
        lambda: queue.entries.insert(min(old, len(queue.entries)), entry),
    )


def _set_cue(queue: SpeakerQueue, entry: Entry, cue: Cue, label: Words) -> UndoStep:
    old_cue, old_index = entry.cue, queue.index(entry.id)
    entry.cue = cue
    turns = len(entry.turns)

    def blocked() -> str | None:
        if entry not in queue.entries or entry.cue is not cue or len(entry.turns) != turns:
            return Words("{name} has moved on", name=entry.name)
        return None

    def revert() -> None:
        entry.cue = old_cue
        queue.entries.insert(min(old_index, len(queue.entries) - 1), queue.entries.pop(queue.index(entry.id)))

    return UndoStep(label, blocked, revert)


def speaker_skip(show: Show, command: Command, now: Instant) -> UndoStep:
    queue = show.runs[target_segment(show, command)].queue
    entry = _entry(queue, command.speaker)
    if entry.cue not in TO_SPEAK:
        raise CommandError("{name} is not waiting to speak", name=entry.name)
    return _set_cue(queue, entry, Cue.SKIPPED, Words("skip {name}", name=entry.name))


def speaker_requeue(show: Show, command: Command, now: Instant) -> UndoStep:
    queue = show.runs[target_segment(show, command)].queue
    entry = _entry(queue, command.speaker)
    if entry.cue not in (Cue.SKIPPED, Cue.DONE):
        raise CommandError("{name} is already in the queue", name=entry.name)
    was_done = entry.cue is Cue.DONE
    step = _set_cue(queue, entry, Cue.WAITING, Words("return {name}", name=entry.name))
    if was_done:  # speaks again: joins the end of the queue
        queue.entries.pop(queue.index(entry.id))
        queue.entries.insert(queue.default_position(entry.type), entry)
    return step


def speaker_cue(show: Show, command: Command, now: Instant) -> UndoStep:
    queue = show.runs[target_segment(show, command)].queue
    entry = _entry(queue, command.speaker)
    if entry.cue not in TO_SPEAK:
        raise CommandError(
            "{name} is {cue}; cues apply to speakers still to speak", name=entry.name, cue=entry.cue.value
        )
    return _set_cue(queue, entry, command.cue, Words("cue {cue} for {name}", cue=command.cue.value, name=entry.name))


def set_notes(show: Show, index: int, text: str) -> UndoStep:
    run = show.runs[index]
    old = run.notes
    run.notes = text

    def revert() -> None:
        run.notes = old

    return UndoStep(Words("notes of {title}", title=show.segment(index).title), lambda: None, revert)


def note(show: Show, command: Command, now: Instant) -> UndoStep:
    return set_notes(show, target_segment(show, command), command.text)


# --- messages --------------------------------------------------------------------------------
def message(show: Show, command: Command, now: Instant) -> None:
    show.messages.append(Message(f"m{len(show.messages) + 1}", command.to, command.text, now))


def message_ack(show: Show, command: Command, now: Instant) -> None:
    found = next((m for m in show.messages if m.id == command.id), None)
    if found is None:
        raise CommandError("no message '{id}'", id=command.id)
    if found.acknowledged_at is None:
        found.acknowledged_at = now


# --- undo --------------------------------------------------------------------------------------
def undo(show: Show, command: Command, now: Instant) -> None:
    if not show.undo_steps:
        raise CommandError("nothing to undo")
    step = show.undo_steps[-1]
    reason = step.blocked()
    if reason is not None:
        raise CommandError("cannot undo '{label}': {reason}", label=step.label, reason=reason)
    step.revert()
    show.undo_steps.pop()
