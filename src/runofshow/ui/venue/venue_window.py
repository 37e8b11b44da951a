"""The venue control room (`runofshow venue mqtt://HOST`): one row per room, worst trouble first.

Each row: the room, its event, what is on now (segment and speaker), the time left, ahead or
behind, the projected end against the hard stop, the messages its moderator has not yet seen,
and whether it is online (since when). Trouble is said in words in its cell and the row's colour:
OFFLINE, OVER the hard stop, a message unseen for over a minute, behind. With a venue file
(`--plan`), every room it names has its row from the start, and one whose planned start has
passed without it online says "should have started at 14:00 — not online", with the offline
rooms, worst first. A message goes to the
selected room or to every room; each acknowledgement shows as it arrives.

The board (net/venue_board.py) is touched on this thread only: the broker's thread queues what
arrives and wakes us with a queued signal, at most once until we have drained it.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.clock import Clock
from runofshow.core.durations import format_clock, format_countdown
from runofshow.core.venue_plan import RoomSchedule
from runofshow.net.venue_board import Board, RoomRow
from runofshow.net.venue_client import VenueClient
from runofshow.net.venue_topics import VenueError, local_hm, utc_iso
from runofshow.ui.session.announcer import SpokenNotice, announce_from
from runofshow.ui.widgets.accessible import name_plainly
from runofshow.ui.widgets.columns_model import ColumnsModel
from runofshow.ui.widgets.focus_keys import reachable_by_tab
from runofshow.ui.widgets.i18n import marked, offset_text, translate, words_text
from runofshow.ui.widgets.plain_text import PlainLabel, title_text
from runofshow.ui.widgets.state_table import StateRole, StateTable

COLUMNS: tuple[str, ...] = tuple(
    str(title)  # (QT_TRANSLATE_NOOP marks them for the translations and gives them back)
    for title in (
        marked("VenueWindow", "Room"),
        marked("VenueWindow", "Event"),
        marked("VenueWindow", "Now"),
        marked("VenueWindow", "Left"),
        marked("VenueWindow", "Schedule"),
        marked("VenueWindow", "End"),
        marked("VenueWindow", "Messages"),
        marked("VenueWindow", "Link"),
    )
)
Index = QModelIndex | QPersistentModelIndex
#: A row's colour by its trouble (net/venue_board.RoomRow.trouble), from the tables' state colours.
TROUBLE_STATES = {0: "overtime", 1: "overrun", 2: "standby", 3: "next", 4: "pending"}
REFRESH_MS = 500  # the times left are counted on between states: their column twice a second
DRAIN_EVERY_MS = 200  # what arrived is applied at most this often (fifty rooms a second, five looks)


def _hm(iso_text: str) -> str:
    """A time of a room's show as its own clocks say it (its state's times carry its event's zone)."""
    return iso_text[11:16] if len(iso_text) >= 16 else "—"


def _venue_hm(iso_text: str) -> str:
    """A presence's, a message's or an acknowledgement's time (UTC on the broker) on this computer's clock."""
    return local_hm(iso_text)


def _planned_hm(moment: datetime) -> str:
    """A planned start as the venue's clocks say it (in the venue file's zone, where it was made)."""
    return f"{moment:%H:%M}"


class VenueModel(ColumnsModel):
    COLUMNS = COLUMNS
    ROW_NAME_COLUMN = 0
    CONTEXT = "VenueWindow"

    def __init__(self, board: Board, clock: Clock) -> None:
        super().__init__(None)
        self.board = board
        self.clock = clock
        self._rows: list[RoomRow] = []
        # The text each cell shows: a cell is repainted only when its text changes (a styled
        # table's repaint is what costs; fifty rooms a second mostly change one cell each).
        self._texts: dict[tuple[str, int], str] = {}
        reading = clock.now()
        self._now, self._wall = reading.mono, reading.wall

    def refresh(self, changed: set[str] | None = None, columns: tuple[int, ...] | None = None) -> None:
        """The rooms in trouble order; repaint the rows in `changed` (None: all), or in every row
        only `columns` (the times that move on their own). A new order resets the table."""
        reading = self.clock.now()
        now = reading.mono
        # What the cells say is as of this look (not one clock reading per cell); the wall clock
        # says when a planned room should have started.
        self._now, self._wall = now, reading.wall
        rows = self.board.rows(now, reading.wall)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self._texts.clear()
            self.endResetModel()
            return
        self._rows = rows
        every = range(len(COLUMNS))
        for number, row in enumerate(rows):
            if columns is None and changed is not None and row.id not in changed:
                continue
            state = TROUBLE_STATES[row.trouble(now, reading.wall)]
            if self._texts.get((row.id, -1)) != state:  # the row's colour
                self._texts[(row.id, -1)] = state
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
                continue
            for column in columns if columns is not None else every:
                text = self._cell(row, column, now)
                if self._texts.get((row.id, column)) != text:
                    self._texts[(row.id, column)] = text
                    cell = self.index(number, column)
                    self.dataChanged.emit(cell, cell)

    def rows(self) -> int:
        return len(self._rows)

    def room_at(self, row: int) -> RoomRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.room_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        now = self._now
        if role == StateRole:
            return TROUBLE_STATES[row.trouble(now, self._wall)]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(row, index.column(), now)

    def _cell(self, row: RoomRow, column: int, now: float) -> str:
        if column == 0:
            return row.name or row.id
        if column == 1:
            run = row.planned.next_run(self._wall) if row.planned is not None else None
            return row.event or (run.title if run is not None else "")
        if column == 2:
            if row.bad_state:
                return translate("VenueWindow", "⚠ bad state: what this room publishes cannot be read")
            if row.ended:
                return translate("VenueWindow", "ended")
            where = row.segment if row.live else translate("VenueWindow", "next: {title}").format(title=row.segment)
            return f"{where} · {row.speaker}" if row.speaker else where
        if column == 3:
            left = row.remaining_now(now) if row.live else None
            if left is None:
                return "—"
            paused = "" if row.running else translate("VenueWindow", " (paused)")
            return format_countdown(left) + paused
        if column == 4:
            if row.planned_for:  # another day's event: its date, as the room's own header says
                return translate("VenueWindow", "planned for {date}").format(date=row.planned_for)
            return offset_text(row.offset_s) if row.offset_s is not None and not row.ended else "—"
        if column == 5:
            if row.over_hard_end_s is not None and row.over_hard_end_s > 0 and not row.ended:
                return translate("VenueWindow", "⚠ OVER the hard stop by {time} (~{end})").format(
                    time=format_clock(round(row.over_hard_end_s)), end=_hm(row.projected_end)
                )
            if row.hard_end:
                return translate("VenueWindow", "~{end} (hard stop {stop})").format(
                    end=_hm(row.projected_end), stop=_hm(row.hard_end)
                )
            return f"~{_hm(row.projected_end)}"
        if column == 6:
            if not row.unacked:
                return "—"
            waited = now - row.unacked_since if row.unacked_since is not None else 0.0
            return translate("VenueWindow", "✉ {count} unseen for {time}").format(
                count=row.unacked, time=format_clock(round(waited))
            )
        late = row.late(self._wall)
        if late is not None:
            return translate("VenueWindow", "⚠ should have started at {time} — not online").format(
                time=_planned_hm(late.start)
            )
        if row.online is None:
            run = row.planned.next_run(self._wall) if row.planned is not None else None
            if run is not None:
                return translate("VenueWindow", "not online yet — starts at {time}").format(time=_planned_hm(run.start))
            return translate("VenueWindow", "no presence yet")
        if row.online and row.taken_over_at:
            return translate("VenueWindow", "taken over by {host} at {time}").format(
                host=row.host or "?", time=_venue_hm(row.taken_over_at)
            )
        if row.online:
            return translate("VenueWindow", "online since {time}").format(time=_venue_hm(row.since))
        return translate("VenueWindow", "■ OFFLINE since {time}").format(time=_venue_hm(row.since))


class _Wake(QObject):
    """Emitted from the broker's thread; delivered on the window's (a queued connection)."""

    arrived = Signal()


class VenueWindow(QMainWindow):
    def __init__(self, client: VenueClient, clock: Clock, planned: Sequence[RoomSchedule] = ()) -> None:
        super().__init__()
        self.client = client
        self.clock = clock
        self.board = Board(client.venue, planned)  # the venue file's rooms, online or not
        self.setWindowTitle(title_text(translate("VenueWindow", "Venue control · {venue}").format(venue=client.venue)))
        self.setObjectName("venueWindow")
        self._wake = _Wake()
        self._wake.arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._woken = threading.Event()  # set while a wake is on its way: one signal per batch
        self._drained_at = -1e9
        self.closed = False
        # The browser page's side (ui/venue/venue_serve.py): the board as of the last look, for the
        # server's threads, and the messages they asked to send, sent from here.
        self.serving = False
        self.latest_board: dict[str, Any] = self.board_state()
        self.outbox: queue.SimpleQueue[tuple[str, str | None, str]] = queue.SimpleQueue()
        self.model = VenueModel(self.board, clock)
        table = StateTable()
        table.setModel(self.model)
        table.setObjectName("venueRooms")
        table.setAccessibleName(translate("VenueWindow", "Rooms of the venue, worst trouble first"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Sized to their contents when rooms come and go (model reset), not on every change: a
        # header that resizes to contents reads every cell of its column at each update.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        reachable_by_tab(table)
        self.table = table
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.text.setPlaceholderText(translate("VenueWindow", "A message to the moderator…"))
        self.text.setAccessibleName(translate("VenueWindow", "Message to the moderator"))
        self.send_one = QPushButton(translate("VenueWindow", "Send to the selected room  [Ctrl+Return]"))
        self.send_all = QPushButton(translate("VenueWindow", "Send to every room"))
        for button in (self.send_one, self.send_all):
            name_plainly(button, button.text())
        self.send_one.clicked.connect(lambda: self.send(to_all=False))
        self.send_all.clicked.connect(lambda: self.send(to_all=True))
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(lambda: self.send(to_all=False))
        self.sent = QListWidget()
        self.sent.setObjectName("venueSent")
        self.sent.setAccessibleName(translate("VenueWindow", "Messages sent and who has seen them"))
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.send_one)
        row.addWidget(self.send_all)
        column.addLayout(row)
        column.addWidget(PlainLabel(translate("VenueWindow", "Sent")))
        column.addWidget(self.sent, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)
        self.link = PlainLabel()
        self.link.setObjectName("venueLink")
        self.statusBar().addPermanentWidget(self.link)
        # A room that gets into trouble, and a message seen, said to a screen reader as well.
        self.spoken = SpokenNotice()
        self.statusBar().addWidget(self.spoken, 1)
        self._troubles: dict[str, int] = {}
        self.resize(1280, 720)
        client._on_arrival = self.wake
        self._refresh()

    def _fit_columns(self) -> None:
        table = self.table
        for column in range(len(COLUMNS)):
            if column != 2:
                table.resizeColumnToContents(column)
        # What is on now takes the room; the event's (long) title gets a share of it, cut short.
        table.setColumnWidth(1, min(table.columnWidth(1), 220))

    # --- what arrives -------------------------------------------------------------------------
    def wake(self) -> None:
        """From the broker's thread: something arrived (one signal until it has been drained)."""
        if not self._woken.is_set():
            self._woken.set()
            self._wake.arrived.emit()

    def drain_now(self) -> None:
        """Apply what has arrived at once (not waiting for the next look)."""
        self._drained_at = -1e9
        self._drain()

    def _drain(self) -> None:
        if self.closed or not shiboken6.isValid(self):
            return
        now = self.clock.now()
        since = now.mono - self._drained_at
        if since * 1000 < DRAIN_EVERY_MS:  # soon again: once, for all that comes meanwhile
            QTimer.singleShot(int(DRAIN_EVERY_MS - since * 1000) + 1, self, self._drain)
            return
        self._drained_at = now.mono
        self._woken.clear()
        at = utc_iso(now.wall)
        while not self.outbox.empty():
            text, room, message_id = self.outbox.get_nowait()
            with contextlib.suppress(VenueError):  # checked by the server already
                self.client.send(self.board, text, room, at, message_id)
            self._show_sent()
        seen_before = sum(len(m.acks) for m in self.board.sent.values())
        changed = self.client.drain(self.board, now.mono, at)
        if changed and self.board.sent:
            self._show_sent()
        if sum(len(m.acks) for m in self.board.sent.values()) > seen_before:
            announce_from(self, translate("VenueWindow", "A message was seen"), urgent=False, notice=self.spoken)
        self.model.refresh(changed)
        self._say_link()

    def _refresh(self) -> None:
        """The times left counted on, the trouble order kept (a room may have run over meanwhile)."""
        if self.closed or not shiboken6.isValid(self):
            return
        # The times left, how long messages have waited, and whether a planned room is late.
        self.model.refresh(columns=(3, 6, 7))
        self._say_trouble()
        if self.serving:
            self.latest_board = self.board_state()
        self._say_link()
        QTimer.singleShot(REFRESH_MS, self, self._refresh)

    def _say_trouble(self) -> None:
        """A room that went offline, over the hard stop, or left a message unseen for a minute."""
        reading = self.clock.now()
        troubles = self.board.troubles(reading.mono, reading.wall)
        words = {
            0: translate("VenueWindow", "{room} is offline"),
            1: translate("VenueWindow", "{room} is over the hard stop"),
            2: translate("VenueWindow", "{room} has a message unseen for a minute"),
        }
        for room_id, trouble in troubles.items():
            before = self._troubles.get(room_id, 4)
            if trouble < before and trouble in words:
                row = self.board.rooms[room_id]
                name = row.name or room_id
                late = row.late(reading.wall)
                said = words[trouble].format(room=name)
                if late is not None:
                    said = translate("VenueWindow", "{room} should have started at {time} and is not online").format(
                        room=name, time=_planned_hm(late.start)
                    )
                announce_from(self, said, urgent=trouble <= 1, notice=self.spoken)
        self._troubles = troubles

    def board_state(self) -> dict[str, Any]:
        """The board as JSON, with the control room's own link (`"link"`: a refused login, TLS, a
        broker open to anyone), for the browser page and GET /api/v1/venue."""
        reading = self.clock.now()
        return {**self.board.as_dict(reading.mono, reading.wall), "link": self.client.link_state()}

    def _say_link(self) -> None:
        rooms = len(self.board.rooms)
        problem, warning = self.client.problem(), self.client.warning()
        if problem is not None:  # a refused login or TLS is not "offline: reconnecting"
            broker = translate("VenueWindow", "venue: {problem}").format(problem=words_text(problem))
        elif self.client.online:
            broker = translate("VenueWindow", "broker online")
        else:
            broker = translate("VenueWindow", "broker offline: reconnecting")
        text = translate("VenueWindow", "{broker} · {rooms} rooms").format(broker=broker, rooms=rooms)
        if warning is not None:
            text += "  ⚠ " + words_text(warning)
        self.link.setText(text)

    # --- what goes out --------------------------------------------------------------------------
    def send(self, *, to_all: bool) -> None:
        text = self.text.text().strip()
        if not text:
            return
        room: str | None = None
        if not to_all:
            selected = self.table.selectionModel().selectedRows()
            chosen = self.model.room_at(selected[0].row()) if selected else None
            if chosen is None:
                self.statusBar().showMessage(
                    translate("VenueWindow", "Select a room first (or send to every room)"), 5000
                )
                return
            room = chosen.id
        at = utc_iso(self.clock.now().wall)
        try:
            self.client.send(self.board, text, room, at)
        except VenueError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.text.clear()
        self._show_sent()

    def _show_sent(self) -> None:
        self.sent.clear()
        rooms = len(self.board.rooms)
        for message in reversed(self.board.sent.values()):
            target = message.room or translate("VenueWindow", "every room")
            if message.room:
                seen = (
                    translate("VenueWindow", "✓ seen {time}").format(time=_venue_hm(message.acks[message.room]))
                    if message.room in message.acks
                    else translate("VenueWindow", "○ not yet seen")
                )
            else:
                seen = translate("VenueWindow", "seen in {count} of {rooms} rooms").format(
                    count=len(message.acks), rooms=rooms
                )
            self.sent.addItem(f"{_venue_hm(message.at)}  → {target}: {message.text}   {seen}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed = True
        super().closeEvent(event)
