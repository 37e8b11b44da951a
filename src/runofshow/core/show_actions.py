"""Commands that move the show: start, pause, next, previous, go to, add time, notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from runofshow.core import fields
from runofshow.core.clock import Instant
from runofshow.core.command import NOTHING, Command, Outcome, arg
from runofshow.core.fields import CommandError
from runofshow.core.history import UndoStep, never_blocked, of_segment
from runofshow.core.show import Show
from runofshow.core.wording import Words


def target_segment(show: Show, segment: str | None) -> int:
    """The segment a command acts on: the one named, else the live one, else the current."""
    if segment is not None:
        return show.index_of(segment)
    live = show.live_index
    if live is not None:
        return live
    if show.ended:
        raise CommandError('the show has ended; name a "segment"')
    return show.cursor


def _start(show: Show, now: Instant) -> None:
    live = show.live_index
    if live is not None:
        run = show.runs[live]
        if run.running_since is None:
            run.running_since = now.mono
            show.release_speaker(live, now)
        return
    if show.ended:
        raise CommandError("the show has ended; go to a segment to reopen it")
    show.start_segment(show.cursor, now)


def _pause(show: Show, now: Instant) -> None:
    live = show.live_index
    if live is not None and show.runs[live].running_since is not None:
        show.runs[live].stop_clock(now)
        show.hold_speaker(live, now)


@dataclass(frozen=True, slots=True)
class Start(Command):
    action: ClassVar[str] = "start"

    def apply(self, show: Show, now: Instant) -> Outcome:
        _start(show, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class Resume(Start):
    """The same as `start` (resumes the paused live segment), under the name a person would use."""

    action: ClassVar[str] = "resume"


@dataclass(frozen=True, slots=True)
class Pause(Command):
    action: ClassVar[str] = "pause"

    def apply(self, show: Show, now: Instant) -> Outcome:
        _pause(show, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class Toggle(Command):
    action: ClassVar[str] = "toggle"

    def apply(self, show: Show, now: Instant) -> Outcome:
        if show.running:
            _pause(show, now)
        else:
            _start(show, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class Next(Command):
    action: ClassVar[str] = "next"

    def apply(self, show: Show, now: Instant) -> Outcome:
        if show.ended:
            raise CommandError("the show has ended; there is no next segment")
        target = show.next_pending(show.cursor)
        live = show.live_index
        if live is None:
            if target is None:
                raise CommandError("there is no next segment")
            show.cursor = target
            return NOTHING
        show.finish(live, now)
        if target is None:
            show.cursor = len(show.runs)
        else:
            show.start_segment(target, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class Previous(Command):
    action: ClassVar[str] = "previous"

    def apply(self, show: Show, now: Instant) -> Outcome:
        if show.cursor == 0:
            raise CommandError("this is the first segment")
        target = show.cursor - 1
        live = show.live_index
        if live is None:
            show.cursor = target
            return NOTHING
        show.shelve(live, now)
        show.start_segment(target, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class Goto(Command):
    action: ClassVar[str] = "goto"
    segment: str = arg(fields.ident)

    def apply(self, show: Show, now: Instant) -> Outcome:
        target = show.index_of(self.segment)
        live = show.live_index
        if live is None:
            show.cursor = target
            return NOTHING
        if target == live:
            return NOTHING
        if target > live:
            show.finish(live, now)
        else:
            show.shelve(live, now)
        show.start_segment(target, now)
        return NOTHING


@dataclass(frozen=True, slots=True)
class AddTime(Command):
    action: ClassVar[str] = "add_time"
    seconds: float = arg(fields.seconds)

    def apply(self, show: Show, now: Instant) -> Outcome:
        if show.ended:
            raise CommandError("the show has ended; there is no segment to add time to")
        index = show.cursor
        if show.duration(index) + self.seconds < 0:
            raise CommandError("cannot remove more time than the segment has")
        show.runs[index].added_s += self.seconds
        return NOTHING


@dataclass(frozen=True, slots=True)
class SetNotes(Command):
    """A segment's notes (the live or current one if none is named). `note {text}` is an alias."""

    action: ClassVar[str] = "set_notes"
    notes: str = arg(fields.notes_text)
    segment: str | None = arg(fields.ident, required=False)

    def apply(self, show: Show, now: Instant) -> Outcome:
        index = target_segment(show, self.segment)
        run = show.runs[index]
        old = run.notes
        run.notes = self.notes

        def revert() -> None:
            run.notes = old

        label = Words("notes of {title}", title=show.segment(index).title)
        return Outcome(undo=UndoStep(label, never_blocked, revert, touches=of_segment(run)))
