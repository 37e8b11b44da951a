"""The live show: which segment is live, its timing, and the transitions that move it on.

Times are kept as monotonic timestamps plus banked seconds, so a segment's elapsed time is
`banked + (now - running_since)`, computed at the moment of asking; nothing counts ticks.
Nothing advances by itself: a segment in overtime keeps counting until someone moves on.
The commands that call these transitions, and the undo history, live outside (core/commands.py,
core/dispatch.py), so this module imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from runofshow.core.audience import AudienceLimits, AudienceQuestion
from runofshow.core.clock import Instant
from runofshow.core.event import Event, Segment
from runofshow.core.fields import CommandError
from runofshow.core.floor_requests import FloorLimits, FloorRequest
from runofshow.core.kinds import Cue
from runofshow.core.messages import Message
from runofshow.core.questions import Question, bank
from runofshow.core.speakers import Entry, Pause, SpeakerQueue, Turn
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


#: Messages kept in the live show: a stage manager's stream of notes must not grow every snapshot.
MAX_MESSAGES = 500


@dataclass(slots=True)
class Show:
    """The state of one run of an event. Every method takes `now`; none reads a clock."""

    event: Event
    runs: list[SegmentRun] = field(default_factory=list)
    #: The current segment: the live one, or the one that GO will start. len(segments) = ended.
    cursor: int = 0
    #: Every speaking turn in the order it began (the log behind the fair-floor ledger).
    turns: list[Turn] = field(default_factory=list)
    #: The last MAX_MESSAGES messages (the journal keeps every one); ids count on from `messages_sent`.
    messages: list[Message] = field(default_factory=list)
    messages_sent: int = 0
    #: Requests to speak from the room (core/floor_requests.py); ids count on from `requests_made`.
    floor_requests: list[FloorRequest] = field(default_factory=list)
    requests_made: int = 0
    #: This run is a rehearsal (a simulated clock): said in the state and the reports.
    rehearsal: bool = False
    #: Counts the plan's changes (core/dispatch.py): a client that read version N may say so
    #: (`if_version`) and is refused, not overwritten, when someone changed the plan since.
    plan_version: int = 0
    #: The bounds on requests to speak (a setting, core/floor_requests.py), and how many were
    #: refused for them (not journaled: a count for the floor manager).
    floor_limits: FloorLimits = field(default_factory=FloorLimits)
    floor_refused: int = 0
    #: Questions from the audience (core/audience.py); ids count on from `audience_asked`. Their
    #: bounds, and how many were refused for them (not journaled: a count for the moderator).
    audience_questions: list[AudienceQuestion] = field(default_factory=list)
    audience_asked: int = 0
    audience_limits: AudienceLimits = field(default_factory=AudienceLimits)
    audience_refused: int = 0
    #: The stream's lower third (/lower-third) follows who has the floor unless hidden by hand
    #: (`lower_third`), and since when it was last shown or hidden by hand (a shown-again lower
    #: third counts its `hold` from then, not from the turn's start).
    lower_third_shown: bool = True
    lower_third_at: Instant | None = None

    def __post_init__(self) -> None:
        if not self.runs:
            self.runs = [self.new_run(seg) for seg in self.event.segments]

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
    def ended_at(self) -> Instant | None:
        """When the show ended (the last segment's end), or None while it has not."""
        if not self.ended:
            return None
        ends = [run.actual_end for run in self.runs if run.actual_end is not None]
        return max(ends, key=lambda at: at.mono) if ends else None

    @property
    def started(self) -> bool:
        return any(run.actual_start is not None for run in self.runs)

    def segment(self, index: int) -> Segment:
        return self.event.segments[index]

    def duration(self, index: int) -> float:
        """Planned duration plus time added live."""
        return self.event.segments[index].duration_s + self.runs[index].added_s

    def target(self, index: int) -> datetime | None:
        """When a `count: to HH:MM` segment's clock reaches zero (time added live moves it later),
        or None for a segment that counts its duration."""
        to = self.event.segments[index].count.to
        if to is None:
            return None
        return self.event.info.at(to) + timedelta(seconds=self.runs[index].added_s)

    def remaining(self, index: int, now: Instant) -> float:
        """Time left: of the duration (pauses stop it), or to a `count: to` time of day (nothing
        stops that; a finished one stays at what it had left when it ended)."""
        target = self.target(index)
        if target is None:
            return self.duration(index) - self.runs[index].elapsed(now)
        run = self.runs[index]
        done = run.status is Status.DONE and run.actual_end is not None
        at = run.actual_end.wall if done and run.actual_end is not None else now.wall
        return (target - at).total_seconds()

    def next_pending(self, after: int) -> int | None:
        for i in range(after + 1, len(self.runs)):
            if self.runs[i].status is Status.PENDING:
                return i
        return None

    def index_of(self, segment_id: str) -> int:
        """The position of a segment, or `CommandError` for an id the plan does not have."""
        try:
            return self.event.index_of(segment_id)
        except KeyError:
            raise CommandError("no segment with id '{segment}'", segment=segment_id) from None

    # --- the plan changed live (core/plan_edit_actions.py) -----------------------------------
    @property
    def first_open(self) -> int:
        """Where the part of the plan that may still change begins: after the live segment, or at
        the one GO will start."""
        return self.cursor + 1 if self.live_index is not None else self.cursor

    def new_run(self, segment: Segment) -> SegmentRun:
        return SegmentRun(
            notes=segment.notes,
            queue=SpeakerQueue.from_slots(segment.id, segment.speakers),
            questions=bank(segment.questions),
        )

    def insert_segment(self, index: int, segment: Segment, run: SegmentRun) -> None:
        segments = list(self.event.segments)
        segments.insert(index, segment)
        self.event = replace(self.event, segments=tuple(segments))
        self.runs.insert(index, run)
        if index < self.cursor:
            self.cursor += 1

    def remove_segment(self, index: int) -> tuple[Segment, SegmentRun]:
        segments = list(self.event.segments)
        segment = segments.pop(index)
        self.event = replace(self.event, segments=tuple(segments))
        run = self.runs.pop(index)
        if index < self.cursor:
            self.cursor -= 1
        return segment, run

    def replace_segment(self, index: int, segment: Segment) -> None:
        segments = list(self.event.segments)
        segments[index] = segment
        self.event = replace(self.event, segments=tuple(segments))

    # --- transitions (used by the commands in core/show_actions.py and core/speaker_actions.py) ---
    def start_segment(self, index: int, now: Instant) -> None:
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
        self.release_speaker(index, now)

    def release_speaker(self, index: int, now: Instant) -> None:
        """The show runs again: a turn held only because the show paused runs on."""
        speaking = self.runs[index].queue.speaking
        turn = speaking.current if speaking else None
        if turn is not None and turn.held_by_show:
            turn.held_by_show = False
            turn.release(now)

    def hold_speaker(self, index: int, now: Instant) -> None:
        """The show pauses: the speaker's clock stops with it and starts again with it."""
        speaking = self.runs[index].queue.speaking
        turn = speaking.current if speaking else None
        if turn is not None and turn.running:
            turn.hold(now)
            turn.held_by_show = True

    def start_turn(self, entry: Entry, queue: SpeakerQueue, now: Instant) -> None:
        running = self.running
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
        self.turns.append(turn)

    def finish(self, index: int, now: Instant) -> None:
        self._end_speaker(index, now)
        run = self.runs[index]
        run.stop_clock(now)
        run.status = Status.DONE
        run.actual_end = now

    def shelve(self, index: int, now: Instant) -> None:
        """Step back from a live segment: it keeps its time and waits to be resumed."""
        self._end_speaker(index, now)
        run = self.runs[index]
        run.stop_clock(now)
        run.status = Status.PENDING
        run.actual_end = now

    def _end_speaker(self, index: int, now: Instant) -> None:
        """Leaving a segment ends the turn of whoever is speaking in it."""
        speaking = self.runs[index].queue.speaking
        if speaking is not None:
            speaking.end_turn(now)


def queue_index(show: Show) -> int:
    """The segment whose queue the moderator works on: the live one, else the current one."""
    if show.live_index is not None:
        return show.live_index
    return min(show.cursor, len(show.runs) - 1)
