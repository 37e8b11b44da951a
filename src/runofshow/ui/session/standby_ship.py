"""The show's journal shipped to a standby laptop (#29): the Qt side of net/standby_hub.py.

`StandbyShipping` points the hub at the run's journal (each write waits, bounded, for the standby
to hold it too), writes the journal's deferred records when a standby arrives (so it holds the
plan at once, before the first command), and turns the hub's changes, which come from the link's
thread, into `changed` on the GUI thread for the window's status line and the state's `standby`.
"""

from __future__ import annotations

import contextlib
import zlib
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from runofshow.core.clock import Clock
from runofshow.files.journal import Journal, JournalError
from runofshow.net.standby_hub import StandbyHub
from runofshow.ui.widgets.i18n import translate


class RunJournal:
    """The hub's `JournalSource`: the run's current journal, read from the link's thread."""

    def __init__(self, journal: Journal, clock: Clock) -> None:
        self.journal = journal
        self.clock = clock

    def position(self) -> tuple[str, int, int, int]:
        j = self.journal
        return j.path.stem, j.size, j.records, j.term

    def read(self, session: str, offset: int, limit: int) -> bytes:
        if session != self.journal.path.stem:
            return b""
        try:
            return self.journal.read_back(offset, limit)
        except OSError:
            return b""  # the file went (a disk error): the standby waits; the show's own write says why

    def crc(self, session: str, length: int) -> int | None:
        if session != self.journal.path.stem or length > self.journal.size:
            return None
        try:
            with self.journal.path.open("rb") as f:
                return zlib.crc32(f.read(length))
        except OSError:
            return None

    def timeline(self) -> tuple[float, str]:
        now = self.clock.now()
        return now.mono, now.wall.isoformat()


class StandbyShipping(QObject):
    changed = Signal()
    _poked = Signal()  # from the link's thread
    _flush_wanted = Signal()

    def __init__(self, hub: StandbyHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._journal: Journal | None = None
        self._poked.connect(self._on_poke, Qt.ConnectionType.QueuedConnection)
        self._flush_wanted.connect(self._flush, Qt.ConnectionType.QueuedConnection)
        hub.on_change = self._poked.emit
        hub.on_linked = self._flush_wanted.emit

    def follow(self, journal: Journal, clock: Clock) -> None:
        """Ship this journal from now on (a new run brings a new one; a reload keeps it)."""
        if self._journal is not None and self._journal is not journal:
            self._journal.on_written = None
        self._journal = journal
        journal.on_written = self.hub.written
        self.hub.source = RunJournal(journal, clock)
        if self.hub.state().linked:
            self._flush()

    @Slot()
    def _flush(self) -> None:
        if self._journal is not None:
            with contextlib.suppress(JournalError):  # the next command says it, as ever
                self._journal.flush()

    @Slot()
    def _on_poke(self) -> None:
        self.changed.emit()

    def state(self) -> dict[str, Any]:
        """The state's `standby` (the API, the feed, the stage manager's window)."""
        s = self.hub.state()
        return {"linked": s.linked, "in_step": s.in_step, "host": s.host, "url": s.url}

    def status_text(self) -> str:
        s = self.hub.state()
        if not s.linked:
            return translate("StandbyShipping", "No standby laptop")
        if s.in_step:
            return translate("StandbyShipping", "Standby {host}: in step").format(host=s.host or "?")
        return translate("StandbyShipping", "STANDBY BEHIND ({host}): this laptop alone holds the latest").format(
            host=s.host or "?"
        )
