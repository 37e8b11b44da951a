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
from runofshow.core.schedule import ScheduleBasis, seconds_to_next_flip
from runofshow.core.show import Show
from runofshow.core.snapshot import snapshot

#: Land this long after the boundary so the new second is surely visible.
FLIP_MARGIN_MS = 2


class ShowController(QObject):
    changed = Signal()
    tick = Signal()
    failed = Signal(str)  # a command from the UI that could not be carried out

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

    # --- reading -------------------------------------------------------------------------
    def now(self) -> Instant:
        return self.clock.now()

    def snapshot(self) -> dict[str, Any]:
        return snapshot(self.show, self.clock.now(), self.basis)

    # --- changing ------------------------------------------------------------------------
    def dispatch(self, data: Any) -> None:
        """Validate, apply and record a command (from the API or the UI); raise `CommandError` if bad.

        When this returns, the change is in the journal on disk: the API may answer 200.
        """
        command = parse_command(data, self._segment_ids)
        now = self.clock.now()
        self.show.apply(command, now)
        try:
            if self._record is not None:
                self._record(data, now)
        finally:
            self.basis = ScheduleBasis(self.show)
            self.changed.emit()
            self._arm()

    def act(self, action: str, **arguments: Any) -> bool:
        """A command from a key or button: errors go to `failed` instead of raising."""
        try:
            self.dispatch({"action": action, **arguments})
        except CommandError as exc:
            self.failed.emit(str(exc))
            return False
        except OSError as exc:  # applied, but the journal could not be written
            self.failed.emit(f"NOT SAVED: {exc}")
            return False
        return True

    # --- ticking -------------------------------------------------------------------------
    def start_ticking(self) -> None:
        self._arm()

    def stop_ticking(self) -> None:
        self._ticker.stop()

    def _on_tick(self) -> None:
        self.tick.emit()
        self._arm()

    def _arm(self) -> None:
        delay_show_s = seconds_to_next_flip(self.show, self.clock.now())
        delay_ms = int(delay_show_s / self.clock.rate * 1000) + FLIP_MARGIN_MS
        self._ticker.start(max(delay_ms, 1))
