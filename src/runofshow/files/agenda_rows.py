"""An agenda's rows under its header, each read into what it says: its title, day, room, times,
duration, people, notes, cues, and whether it is a heading or left out (Ontime's Skip).

A start cell may hold a time, a range (`14:00–14:10`, `07:00 AM - 11:59 PM`) or a date-time
(`2025-01-01T12:00:00`, `2020-03-30 10:00:00+00:00`: the offset turned into the event's zone); an
end of `12:00 AM` after an evening start is midnight. Times are kept as seconds from the start of
the row's day (an end after midnight is past 86,400). Every cell that cannot be read is a problem
with its place; what these rows mean together is files/agenda_split.py's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, tzinfo
from typing import Any

from runofshow.core.plan_format import MAX_TITLE_CHARS
from runofshow.core.text import first_not_text
from runofshow.core.wording import Words
from runofshow.files.agenda_cells import Moment, parse_day, parse_length, parse_moment, parse_range
from runofshow.files.agenda_headers import Header, cell_text, plain_words
from runofshow.files.agenda_table import Cell, Table

DAY_S = 86_400
#: An end earlier than its start is the next day's when the row then lasts at most this long (an
#: evening into the night: `06:30 PM - 12:00 AM`), and a mistake otherwise (`14:00 - 13:00`).
OVERNIGHT_S = 12 * 3600
#: Ontime's timer types that make a heading (a label in the rundown, no time of its own) and the
#: one that only closes a group.
HEADING_TYPES = frozenset(("milestone", "group", "group-start", "group start"))
CLOSING_TYPES = frozenset(("group-end", "group end"))
YES = frozenset(("true", "yes", "x", "1", "oui", "co", "ja", "si"))


@dataclass(slots=True)
class AgendaProblem:
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


@dataclass(slots=True)
class AgendaRow:
    number: int  # the row as the spreadsheet shows it
    cells: dict[str, Cell]
    title: str = ""
    day: date | None = None
    room: str = ""
    start: int | None = None  # seconds from the start of the row's day
    end: int | None = None
    duration: int | None = None
    speaker_time: int | None = None
    offset: str | None = None  # the offset a date-time was written with, turned into the event's zone
    heading: bool = False  # a label in the rundown (Ontime's milestones and groups): a note on what follows
    skipped: Words | None = None  # why it is left out (said), or None
    session: str = ""
    cues: tuple[str, ...] = ()
    broken: bool = False  # a cell of it is already reported
    extra_notes: list[str] = field(default_factory=list)  # headings kept as notes on this row

    def text(self, name: str) -> str:
        return cell_text(self.cells.get(name))

    @property
    def span(self) -> str:
        """`11:00–11:45` (or what is known of it), for messages."""
        return f"{clock_text(self.start)}–{clock_text(self.end)}" if self.end is not None else clock_text(self.start)


def clock_text(seconds: int | None) -> str:
    if seconds is None:
        return "?"
    minutes = seconds // 60
    text = f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
    return text if seconds < DAY_S else f"{text} (+1 day)"


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _unquoted(cell: Cell | None) -> str:
    """` "Start"` → `Start`: a CSV cell quoted after the comma's space keeps its quotes in the csv
    module (`10:00, "Start", red`); a text that is only quotes (`''`) is kept as written."""
    text = cell_text(cell)
    raw = cell.value if cell is not None else None
    if isinstance(raw, str) and raw[:1].isspace() and len(text) > 2 and text[0] == text[-1] == '"':
        return text[1:-1].strip()
    return text


class RowReader:
    """Reads the rows of `table` under `header`, in the event's `zone`; problems with their places."""

    def __init__(self, table: Table, header: Header, zone: tzinfo) -> None:
        self.table, self.header, self.zone = table, header, zone
        self.problems: list[AgendaProblem] = []

    def problem(self, cell: Cell, message: str) -> None:
        self.problems.append(AgendaProblem(self.table.place(cell.row, cell.column), message))

    def rows(self) -> list[AgendaRow]:
        columns, custom = self.header.columns, self.header.custom
        read: list[AgendaRow] = []
        for row in self.table.rows[self.header.index + 1 :]:
            cells = {columns[c.column]: c for c in row if c.column in columns and not c.empty}
            if not cells:
                continue
            item = AgendaRow(row[0].row if row else 0, cells)
            known = len(self.problems)
            self._read(item, [c for c in row if c.column in custom and not c.empty])
            item.broken = len(self.problems) > known
            read.append(item)
        return read

    def _read(self, item: AgendaRow, custom: Sequence[Cell]) -> None:
        cells = item.cells
        for each in cells.values():
            if isinstance(each.value, str) and first_not_text(each.value) is not None:
                self.problem(each, "holds a character that is not text")
        item.title = _unquoted(cells.get("title"))[:MAX_TITLE_CHARS]
        item.room = item.text("room")[:MAX_TITLE_CHARS]
        item.session = item.text("session")[:MAX_TITLE_CHARS]
        kind = plain_words(item.text("timer_type"))
        if kind in HEADING_TYPES:
            item.heading = True
        elif kind in CLOSING_TYPES:
            item.skipped = Words(
                "row {row} ({title}): it closes a group (Timer Type)", row=item.number, title=item.title
            )
        skip = cells.get("skip")
        if skip is not None and (skip.value is True or plain_words(cell_text(skip)) in YES):
            item.skipped = Words("row {row} ({title}): Skip is set", row=item.number, title=item.title)
        cue = item.text("cue")
        item.cues = tuple(
            ([cue] if cue else [])
            + [f"{self.header.custom[c.column]}: {cell_text(c)}" for c in custom if cell_text(c)][:20]
        )
        if (cell := cells.get("date")) is not None:
            try:
                item.day = parse_day(cell.value)
            except ValueError as exc:
                self.problem(cell, str(exc))
        self._times(item)
        if (cell := cells.get("duration")) is not None:
            try:
                item.duration = parse_length(cell.value)
            except ValueError as exc:
                self.problem(cell, str(exc))
        if (cell := cells.get("speaker_time")) is not None:
            try:
                item.speaker_time = parse_length(cell.value)
            except ValueError as exc:
                self.problem(cell, str(exc))
        if not item.title and not item.skipped:
            first = next(iter(cells.values()))
            self.problem(cells.get("start", first), "this row has no title")

    def _moment(self, cell: Cell) -> Moment | None:
        try:
            return parse_moment(cell.value, self.zone)
        except ValueError as exc:
            self.problem(cell, str(exc))
            return None

    def _times(self, item: AgendaRow) -> None:
        start_cell, end_cell = item.cells.get("start"), item.cells.get("end")
        start = end = None
        if start_cell is not None:
            written = start_cell.value
            times = parse_range(written) if isinstance(written, str) else None
            if times is not None:
                start, end = Moment(times[0]), Moment(times[1])
            else:
                start = self._moment(start_cell)
        if end_cell is not None:
            end = self._moment(end_cell)
        if start is not None:
            item.start = _seconds(start.clock)
            item.day = self._day(item, start, start_cell)
            item.offset = start.offset
        if end is None:
            return
        item.end = _seconds(end.clock)
        item.offset = item.offset or end.offset
        if end.day is not None and item.day is not None:
            item.end += (end.day - item.day).days * DAY_S
        elif end.day is not None:
            item.day = end.day
        if item.start is not None and item.end < item.start and item.start - item.end >= DAY_S - OVERNIGHT_S:
            item.end += DAY_S  # into the night: `06:30 PM - 12:00 AM` ends at midnight
        if item.start is not None and item.end <= item.start:
            cell = end_cell or start_cell
            assert cell is not None
            self.problem(cell, f"ends at {clock_text(item.end)}, not after its start {clock_text(item.start)}")

    def _day(self, item: AgendaRow, moment: Moment, cell: Any) -> date | None:
        if moment.day is None:
            return item.day
        if item.day is not None and item.day != moment.day and "date" in item.cells:
            self.problem(cell, f"says {moment.day}, but its Date column says {item.day}")
        return moment.day
