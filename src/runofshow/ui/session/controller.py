"""The one object that owns the show, the clock and the ticker, and tells widgets when to look.

Widgets never keep time and never read the clock: on `changed` (a command altered the show) or
`tick` (a displayed second flipped) they paint from `frame`, the one reading of the clock made
for that moment (core/frame.py). The ticker is a single-shot precise timer aimed just past the
next true second boundary, so displays flip on the second and correctness never depends on it
firing on time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from runofshow.core.clock import Clock, Instant
from runofshow.core.command import Outcome
from runofshow.core.dispatch import Dispatcher
from runofshow.core.event import Defaults, Event
from runofshow.core.fields import CommandError, ConflictError
from runofshow.core.frame import Frame
from runofshow.core.pipeline import Pipeline, Recorder
from runofshow.core.schedule import ScheduleBasis, seconds_to_next_flip
from runofshow.core.show import Show
from runofshow.core.wording import Words
from runofshow.ui.widgets.i18n import translate, words_text

#: A new show's word to an old one that comes back (#29): not a command of the show, never journaled
#: as one; the session writes its term record.
STAND_DOWN = "stand_down"
#: Land this long after the boundary so the new second is surely visible.
FLIP_MARGIN_MS = 2
#: A wall clock that moves this much more (or less) than the monotonic clock has been stepped.
CLOCK_JUMP_S = 2.0
#: Ticks come at least once a second; a longer silence means the computer slept or hung.
TIME_GAP_S = 10.0


class PlanSaver(Protocol):
    """Where `plan_save` writes the live plan (the run's event file); files stay in the files layer."""

    def save_plan(self, plan: Event, path: str) -> str:
        """Save `plan` to `path` ("": its own file); the path written. Raises `CommandError` for a
        path that may not be written, `ConflictError` for a file changed elsewhere, OSError."""
        ...


class Reloader(Protocol):
    def __call__(self) -> dict[str, Any]:
        """Read the event file again and carry the run on with it; what to answer. Raises
        `CommandError` with the file's problems (the show unchanged)."""
        ...


class ShowController(QObject):
    changed = Signal()
    tick = Signal()
    failed = Signal(str)  # a command from the UI that could not be carried out
    # The journal could not be written (from any source: keys, API, OSC): nothing was applied.
    # The moderator must know even when the command came from another device.
    unsaved = Signal(str)
    clock_jumped = Signal(float)  # the wall clock stepped by this many seconds (NTP, manual change)
    time_gap = Signal(float)  # this many seconds passed between ticks (the computer slept or hung)

    def __init__(
        self,
        dispatcher: Dispatcher,
        clock: Clock,
        parent: QObject | None = None,
        *,
        record: Recorder | None = None,
        saver: PlanSaver | None = None,
        reloader: Reloader | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispatcher = dispatcher
        self.clock = clock
        self._pipeline = Pipeline(dispatcher, clock.now, record)
        self._saver = saver
        self._reloader = reloader
        self._basis = ScheduleBasis(dispatcher.show)
        self._frame = Frame(dispatcher.show, clock.now(), self._basis)
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._on_tick)
        self._last_tick: Instant | None = None
        #: Parts of the state that are not the show's (a key each; read on the GUI thread).
        self.extras: dict[str, Callable[[], Any]] = {}
        self._batching = 0
        self._changed_in_batch = False
        #: This laptop stood down (#29): another holds the show; every command is refused with why.
        self.stood_down: Words | None = None
        #: What `stand_down` (a new show's knock, the control token) does: the session's.
        self.on_stand_down: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    # --- reading -------------------------------------------------------------------------
    @property
    def show(self) -> Show:
        return self.dispatcher.show

    @property
    def frame(self) -> Frame:
        """What the screens show now: made at the last tick or change, from one clock reading."""
        return self._frame

    def fresh_frame(self) -> Frame:
        """A frame made at this very moment, for a one-off reading (a report, a plan, an API answer)."""
        return Frame(self.show, self.clock.now(), self._basis)

    def snapshot(self) -> dict[str, Any]:
        """The JSON state computed at this very moment (for the API: exact to the request)."""
        return self.state_of(self.fresh_frame())

    def state_of(self, frame: Frame) -> dict[str, Any]:
        """The JSON state of `frame`, with what the app adds beside the show (`extras`: the venue
        link's health in a room of a venue)."""
        state = frame.snapshot()
        for key, extra in self.extras.items():
            state[key] = extra()
        return state

    # A StateSource (ui/stage/stage_window.py) for windows that read the JSON state.
    def seconds_since_state(self) -> float:
        return 0.0  # snapshot() is computed fresh on every call

    def status(self) -> str:
        return ""

    def linked(self) -> bool | None:
        return None  # the show is here: no link to lose

    def lost_for(self) -> float:
        return 0.0

    def following_fallback(self) -> str | None:
        return None  # the show is here

    # --- changing ------------------------------------------------------------------------
    def set_defaults(self, defaults: Defaults) -> None:
        """New warning thresholds from the preferences; the plan, live edits and all, stays."""
        self.show.event = replace(self.show.event, defaults=defaults)
        self._basis = ScheduleBasis(self.show)
        self._new_frame(self.clock.now())
        self.changed.emit()

    def dispatch(self, data: Any) -> dict[str, Any] | None:
        """Validate, record, then apply a command (from the API or the UI): core/pipeline.py's
        steps, then a new frame and `changed`. A bad command raises `CommandError` and nothing is
        recorded; a disk that cannot take it raises OSError (said on `unsaved`) and nothing is
        applied. When this returns the change is on disk, so the API may answer 200. Returns what
        the command has to say (e.g. a proposed plan), if anything.
        """
        if isinstance(data, dict) and data.get("action") == STAND_DOWN and self.on_stand_down is not None:
            return self.on_stand_down(data)
        if self.stood_down is not None:
            raise ConflictError(self.stood_down.template, **self.stood_down.values)
        prepared = self._pipeline.prepare(data)
        if isinstance(prepared, Outcome):  # a request id this token used: its first answer again
            return prepared.result
        command, envelope = prepared
        if not command.journaled:  # changes nothing in the show (plan_save): nothing to record
            return self._unjournaled(command.apply(self.show, self.clock.now()))
        try:
            outcome = self._pipeline.commit(command, envelope)
        except OSError as exc:
            self.unsaved.emit(
                translate("ShowController", "NOT DONE, the disk is full or read-only: {exc}").format(exc=exc)
            )
            raise
        self._basis = ScheduleBasis(self.show)
        self._new_frame(self.clock.now())
        if self._batching:
            self._changed_in_batch = True
        else:
            self.changed.emit()
        return outcome.result

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commands dispatched inside are each journaled, applied and answered as ever, and the
        windows repaint once, after the last (`changed` once): fifty phones' questions queued at
        once cost the moderator's window one repaint, not fifty, and a key pressed meanwhile
        waits for fifty small steps, not fifty repaints (ui/session/remote_port.py)."""
        self._batching += 1
        try:
            yield
        finally:
            self._batching -= 1
            if not self._batching and self._changed_in_batch:
                self._changed_in_batch = False
                self.changed.emit()

    def _unjournaled(self, outcome: Outcome) -> dict[str, Any] | None:
        if outcome.reload:
            if self._reloader is None:
                raise CommandError("this show has no event file to reload")
            return self._reloader()
        if outcome.save_plan is None:
            return outcome.result
        if self._saver is None:
            raise CommandError("this show has no event file to save to")
        return {"path": self._saver.save_plan(self.show.event, outcome.save_plan)}

    def act(self, action: str, **arguments: Any) -> bool:
        """A command from a key or button: errors go to `failed` instead of raising."""
        try:
            self.dispatch({"action": action, **arguments})
        except CommandError as exc:
            self.failed.emit(words_text(exc.words))
            return False
        except OSError:  # the journal could not be written: nothing was applied (`unsaved` said so)
            return False
        return True

    # --- ticking -------------------------------------------------------------------------
    def start_ticking(self) -> None:
        self._arm(self._frame.now)

    def stop_ticking(self) -> None:
        self._ticker.stop()

    def _new_frame(self, now: Instant) -> None:
        """One reading of the clock for everything shown until the next; aims the next tick."""
        self._frame = Frame(self.show, now, self._basis)
        self._arm(now)

    def tick_now(self) -> None:
        """A tick at once: a new frame, and every widget repaints from it (as the ticker does)."""
        self._on_tick()

    def _on_tick(self) -> None:
        now = self.clock.now()
        self._last_tick, last = now, self._last_tick
        self._new_frame(now)
        self._watch_clocks(last, now)
        self.tick.emit()

    def _watch_clocks(self, last: Instant | None, now: Instant) -> None:
        """Tell the people at the show when time itself did something unusual."""
        if last is None:
            return
        mono = now.mono - last.mono
        wall = (now.wall - last.wall).total_seconds()
        if abs(wall - mono) > CLOCK_JUMP_S:
            self.clock_jumped.emit(wall - mono)
        if mono / self.clock.rate > TIME_GAP_S:
            self.time_gap.emit(mono)

    def _arm(self, now: Instant) -> None:
        # Aimed from the frame's own reading, before anything paints: painting takes time, and
        # the next flip is a moment on the clock, not a delay after the paint.
        delay_show_s = seconds_to_next_flip(self.show, now)
        delay_ms = int(delay_show_s / self.clock.rate * 1000) + FLIP_MARGIN_MS
        self._ticker.start(max(delay_ms, 1))
