"""The one object that owns the show, the clock and the ticker, and tells widgets when to look.

Widgets never keep time: on `changed` (a command altered the show) or `tick` (a displayed second
flipped) they ask for a fresh snapshot computed at that moment. The ticker is a single-shot
precise timer aimed just past the next true second boundary, so displays flip on the second and
correctness never depends on it firing on time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from runofshow.core.clock import Clock, Instant
from runofshow.core.commands import CommandError, parse_command
from runofshow.core.event import Event
from runofshow.core.schedule import ScheduleBasis, seconds_to_next_flip
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot
from runofshow.ui.i18n import translate, words_text

#: Land this long after the boundary so the new second is surely visible.
FLIP_MARGIN_MS = 2
#: A wall clock that moves this much more (or less) than the monotonic clock has been stepped.
CLOCK_JUMP_S = 2.0
#: Ticks come at least once a second; a longer silence means the computer slept or hung.
TIME_GAP_S = 10.0


class ShowController(QObject):
    changed = Signal()
    tick = Signal()
    failed = Signal(str)  # a command from the UI that could not be carried out
    clock_jumped = Signal(float)  # the wall clock stepped by this many seconds (NTP, manual change)
    time_gap = Signal(float)  # this many seconds passed between ticks (the computer slept or hung)

    def __init__(
        self,
        show: Show,
        clock: Clock,
        parent: QObject | None = None,
        *,
        record: Callable[[dict[str, Any], Instant], None] | None = None,
    ) -> None:
        """`record` makes each accepted command durable (the journal) before anyone hears of it."""
        super().__init__(parent)
        self.show = show
        self.clock = clock
        self._record = record
        self._segment_ids = frozenset(seg.id for seg in show.event.segments)
        self.basis = ScheduleBasis(show)
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._on_tick)
        self._last_tick: Instant | None = None

    # --- reading -------------------------------------------------------------------------
    def now(self) -> Instant:
        return self.clock.now()

    def snapshot(self) -> dict[str, Any]:
        return snapshot(self.show, self.clock.now(), self.basis)

    # A StateSource (ui/stage_window.py) for windows that read the JSON state.
    def seconds_since_state(self) -> float:
        return 0.0  # snapshot() is computed fresh on every call

    def status(self) -> str:
        return ""

    # --- changing ------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        """Same segments, new settings (e.g. warning thresholds from the preferences)."""
        self.show.event = event
        self.basis = ScheduleBasis(self.show)
        self.changed.emit()

    def dispatch(self, data: Any) -> dict[str, Any] | None:
        """Validate, apply and record a command (from the API or the UI); raise `CommandError` if bad.

        When this returns, the change is in the journal on disk: the API may answer 200. Returns
        what the command has to say (e.g. a proposed plan), if anything.
        """
        command = parse_command(data, self._segment_ids)
        now = self.clock.now()
        result = self.show.apply(command, now)
        try:
            if self._record is not None:
                self._record(data, now)
        finally:
            self.basis = ScheduleBasis(self.show)
            self.changed.emit()
            self._arm()
        return result

    def act(self, action: str, **arguments: Any) -> bool:
        """A command from a key or button: errors go to `failed` instead of raising."""
        try:
            self.dispatch({"action": action, **arguments})
        except CommandError as exc:
            self.failed.emit(words_text(exc.words))
            return False
        except OSError as exc:  # applied, but the journal could not be written
            self.failed.emit(translate("ShowController", "NOT SAVED: {exc}").format(exc=exc))
            return False
        return True

    # --- ticking -------------------------------------------------------------------------
    def start_ticking(self) -> None:
        self._arm()

    def stop_ticking(self) -> None:
        self._ticker.stop()

    def _on_tick(self) -> None:
        self._watch_clocks()
        self.tick.emit()
        self._arm()

    def _watch_clocks(self) -> None:
        """Tell the people at the show when time itself did something unusual."""
        now = self.clock.now()
        last, self._last_tick = self._last_tick, now
        if last is None:
            return
        mono = now.mono - last.mono
        wall = (now.wall - last.wall).total_seconds()
        if abs(wall - mono) > CLOCK_JUMP_S:
            self.clock_jumped.emit(wall - mono)
        if mono / self.clock.rate > TIME_GAP_S:
            self.time_gap.emit(mono)

    def _arm(self) -> None:
        delay_show_s = seconds_to_next_flip(self.show, self.clock.now())
        delay_ms = int(delay_show_s / self.clock.rate * 1000) + FLIP_MARGIN_MS
        self._ticker.start(max(delay_ms, 1))
