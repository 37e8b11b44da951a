"""The live show: which segment is live, its timing, and the commands that move it on.

Times are kept as monotonic timestamps plus banked seconds, so a segment's elapsed time is
`banked + (now - running_since)`, computed at the moment of asking; nothing counts ticks.
Nothing advances by itself: a segment in overtime keeps counting until someone moves on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from runofshow.core import plan_ops, speaker_ops
from runofshow.core.clock import Instant
from runofshow.core.commands import Command, CommandError
from runofshow.core.event import Event, Segment
from runofshow.core.messages import Message
from runofshow.core.questions import Question, bank
from runofshow.core.speakers import SpeakerQueue, Turn
from runofshow.core.status import Status


@dataclass(slots=True)
class SegmentRun:
    """What has happened to one segment so far."""

    notes: str
    queue: SpeakerQueue
    questions: list[Question] = field(default_factory=list)
    status: Status = Status.PENDING
    actual_start: Instant | None = None
    actual_end: Instant | None = None
    banked_s: float = 0.0
    running_since: float | None = None
    added_s: float = 0.0

    def elapsed(self, now: Instant) -> float:
        running = now.mono - self.running_since if self.running_since is not None else 0.0
        return self.banked_s + max(running, 0.0)

    def stop_clock(self, now: Instant) -> None:
        if self.running_since is not None:
            self.banked_s = self.elapsed(now)
            self.running_since = None


@dataclass(slots=True)
class Show:
    """The state of one run of an event. Every method takes `now`; none reads a clock."""

    event: Event
    runs: list[SegmentRun] = field(default_factory=list)
    #: The current segment: the live one, or the one that GO will start. len(segments) = ended.
    cursor: int = 0
    #: Every speaking turn in the order it began (the log behind the fair-floor ledger).
    turns: list[Turn] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    undo_steps: list[speaker_ops.UndoStep] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.runs:
            self.runs = [
                SegmentRun(
                    notes=seg.notes, queue=SpeakerQueue.from_slots(seg.id, seg.speakers), questions=bank(seg.questions)
                )
                for seg in self.event.segments
            ]

    # --- reading -------------------------------------------------------------------------
    @property
    def live_index(self) -> int | None:
        if self.cursor < len(self.runs) and self.runs[self.cursor].status is Status.LIVE:
            return self.cursor
        return None

    @property
    def running(self) -> bool:
        live = self.live_index
        return live is not None and self.runs[live].running_since is not None

    @property
    def ended(self) -> bool:
        return self.cursor >= len(self.runs)

    @property
    def started(self) -> bool:
        return any(run.actual_start is not None for run in self.runs)

    def segment(self, index: int) -> Segment:
        return self.event.segments[index]

    def duration(self, index: int) -> float:
        """Planned duration plus time added live."""
        return self.event.segments[index].duration_s + self.runs[index].added_s

    def remaining(self, index: int, now: Instant) -> float:
        return self.duration(index) - self.runs[index].elapsed(now)

    def next_pending(self, after: int) -> int | None:
        for i in range(after + 1, len(self.runs)):
            if self.runs[i].status is Status.PENDING:
                return i
        return None

    # --- commands ------------------------------------------------------------------------
    def apply(self, command: Command, now: Instant) -> dict[str, Any] | None:
        """Carry out a validated command, or raise `CommandError` and change nothing.

        Returns what the command has to say (e.g. a proposed plan), if anything.
        """
        op = _OPS.get(command.action)
        if op is None:
            getattr(self, "_do_" + command.action)(command, now)
            return None
        outcome = op(self, command, now)
        step, result = outcome if isinstance(outcome, tuple) else (outcome, None)
        if step is not None:
            self.undo_steps.append(step)
            del self.undo_steps[: -speaker_ops.MAX_UNDO]
        return result

    def _do_start(self, _: Command, now: Instant) -> None:
        live = self.live_index
        if live is not None:
            run = self.runs[live]
            if run.running_since is None:
                run.running_since = now.mono
                self._release_speaker(live, now)
            return
        if self.ended:
            raise CommandError("the show has ended; go to a segment to reopen it")
        self._start(self.cursor, now)

    _do_resume = _do_start

    def _do_pause(self, _: Command, now: Instant) -> None:
        live = self.live_index
        if live is not None and self.runs[live].running_since is not None:
            self.runs[live].stop_clock(now)
            # The speaker's clock stops with the show's and starts again with it.
            speaking = self.runs[live].queue.speaking
            turn = speaking.current if speaking else None
            if turn is not None and turn.running:
                turn.hold(now)
                turn.held_by_show = True

    def _do_toggle(self, command: Command, now: Instant) -> None:
        if self.running:
            self._do_pause(command, now)
        else:
            self._do_start(command, now)

    def _do_next(self, _: Command, now: Instant) -> None:
        if self.ended:
            raise CommandError("the show has ended; there is no next segment")
        target = self.next_pending(self.cursor)
        live = self.live_index
        if live is None:
            if target is None:
                raise CommandError("there is no next segment")
            self.cursor = target
            return
        self._finish(live, now)
        if target is None:
            self.cursor = len(self.runs)
        else:
            self._start(target, now)

    def _do_previous(self, _: Command, now: Instant) -> None:
        if self.cursor == 0:
            raise CommandError("this is the first segment")
        target = self.cursor - 1
        live = self.live_index
        if live is None:
            self.cursor = target
            return
        self._shelve(live, now)
        self._start(target, now)

    def _do_goto(self, command: Command, now: Instant) -> None:
        assert command.segment is not None
        target = self.event.index_of(command.segment)
        live = self.live_index
        if live is None:
            self.cursor = target
            return
        if target == live:
            return
        if target > live:
            self._finish(live, now)
        else:
            self._shelve(live, now)
        self._start(target, now)

    def _do_add_time(self, command: Command, now: Instant) -> None:
        assert command.seconds is not None
        if self.ended:
            raise CommandError("the show has ended; there is no segment to add time to")
        index = self.cursor
        if self.duration(index) + command.seconds < 0:
            raise CommandError("cannot remove more time than the segment has")
        self.runs[index].added_s += command.seconds

    def _do_set_notes(self, command: Command, _: Instant) -> None:
        step = speaker_ops.set_notes(self, self.event.index_of(command.segment), command.notes)
        self.undo_steps.append(step)

    # --- transitions ---------------------------------------------------------------------
    def _start(self, index: int, now: Instant) -> None:
        """Make `index` live and running; segments passed over become skipped (or done)."""
        for i in range(index):
            run = self.runs[i]
            if run.status is Status.PENDING:
                run.status = Status.DONE if run.actual_start is not None else Status.SKIPPED
        run = self.runs[index]
        run.status = Status.LIVE
        if run.actual_start is None:
            run.actual_start = now
        run.actual_end = None
        run.running_since = now.mono
        self.cursor = index
        self._release_speaker(index, now)

    def _release_speaker(self, index: int, now: Instant) -> None:
        speaking = self.runs[index].queue.speaking
        turn = speaking.current if speaking else None
        if turn is not None and turn.held_by_show:
            turn.held_by_show = False
            turn.release(now)

    def _end_speaker(self, index: int, now: Instant) -> None:
        """Leaving a segment ends the turn of whoever is speaking in it."""
        speaking = self.runs[index].queue.speaking
        if speaking is not None:
            speaker_ops.end_turn(speaking, now)

    def _finish(self, index: int, now: Instant) -> None:
        self._end_speaker(index, now)
        run = self.runs[index]
        run.stop_clock(now)
        run.status = Status.DONE
        run.actual_end = now

    def _shelve(self, index: int, now: Instant) -> None:
        """Step back from a live segment: it keeps its time and waits to be resumed."""
        self._end_speaker(index, now)
        run = self.runs[index]
        run.stop_clock(now)
        run.status = Status.PENDING
        run.actual_end = now


_OPS: dict[str, Any] = {
    "fit_to_end": plan_ops.fit_to_end,
    "move_time": plan_ops.move_time,
    "question": plan_ops.question,
    "question_add": plan_ops.question_add,
    "note": speaker_ops.note,
    "speaker_next": speaker_ops.speaker_next,
    "speaker_stop": speaker_ops.speaker_stop,
    "speaker_pause": speaker_ops.speaker_pause,
    "speaker_resume": speaker_ops.speaker_resume,
    "speaker_add": speaker_ops.speaker_add,
    "speaker_move": speaker_ops.speaker_move,
    "speaker_remove": speaker_ops.speaker_remove,
    "speaker_skip": speaker_ops.speaker_skip,
    "speaker_requeue": speaker_ops.speaker_requeue,
    "speaker_cue": speaker_ops.speaker_cue,
    "speaker_time": speaker_ops.speaker_time,
    "message": speaker_ops.message,
    "message_ack": speaker_ops.message_ack,
    "undo": speaker_ops.undo,
}
