"""An agenda's rows as runs of show: one per room and day, with every row's start and duration.

Rows are grouped by their room and day (a table without rooms is one room; without dates, one
day). Inside a group, rows that overlap are refused by name, unless they are a session's parts:
rows that share one time slot exactly (`12:00–13:00` four times: four parts of 15 minutes, in the
table's order; a Session column whose values differ makes them parallel instead) or rows that lie
inside the row before them (a session block, whose title becomes a note on its first talk). With
`parallel`, rows that overlap go to a room of their own instead (`STUDIO A · 2`). Each of these
readings is said (`notes`), never made silently.

Then the durations: given, or up to the row's end, or up to the next row's start, or up to the
hard stop for the last row. A row with neither start nor duration nor end is a heading, kept as a
note on the row after it (Ontime's milestones and groups are headings by their type).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from runofshow.core.wording import Words
from runofshow.files.agenda_rows import AgendaProblem, AgendaRow, clock_text
from runofshow.files.agenda_table import Table

MAX_LANES = 20
# Talks one session block holds (a hostile table of rows each inside the one before must not cost
# a square of its 5,000 rows), and rows that overlap told one by one (then counted).
MAX_PARTS = 200
MAX_OVERLAPS_TOLD = 50


@dataclass(slots=True)
class Group:
    """The rows of one room on one day, in their order, with starts and durations once resolved."""

    room: str  # as written (the first spelling), "" for rows without a room
    day: date
    rows: list[AgendaRow]
    lane: int = 1  # 2, 3...: a room of its own for rows that ran beside the others (`parallel`)
    segments: list[AgendaRow] = field(default_factory=list)  # the rows that are segments, resolved


@dataclass(slots=True)
class Split:
    groups: list[Group]
    problems: list[AgendaProblem] = field(default_factory=list)
    notes: list[Words] = field(default_factory=list)  # how rows were read (parts, blocks, lanes)
    skipped: list[Words] = field(default_factory=list)  # rows left out, and why


def room_key(room: str) -> str:
    return " ".join(room.casefold().split())


def group_rows(rows: Sequence[AgendaRow], default_day: date) -> list[Group]:
    """Rows by room and day, in the order each first appears; a row without a day takes the one
    above it (a Date column written once per day), the first ones `default_day`."""
    groups: dict[tuple[str, date], Group] = {}
    day = default_day
    for row in rows:
        day = row.day or day
        row.day = day
        key = (room_key(row.room), day)
        if key not in groups:
            groups[key] = Group(row.room, day, [])
        groups[key].rows.append(row)
    return list(groups.values())


class Splitter:
    def __init__(
        self,
        table: Table,
        *,
        start: int | None,
        hard_stop: int | None,
        parallel: bool,
        programme: bool = True,
        columns: dict[str, int] | None = None,
    ) -> None:
        self.table, self.programme = table, programme
        self.columns = columns or {}  # field → its column: an empty cell is still a place to point at
        self.start, self.hard_stop, self.parallel = start, hard_stop, parallel
        self.overlaps = 0
        self.start_used = False  # some room's day began at `start` (its first row had none)
        self.split = Split([])

    def place(self, row: AgendaRow, *names: str) -> str:
        """The first of the row's cells `names` (its field's column even when the cell is empty)."""
        for name in names:
            if name in row.cells:
                return self.table.place(row.cells[name].row, row.cells[name].column)
            if name in self.columns:
                return self.table.place(row.number, self.columns[name])
        cell = next(iter(row.cells.values()))
        return self.table.place(cell.row, cell.column)

    def problem(self, row: AgendaRow, message: str, *names: str) -> None:
        self.split.problems.append(AgendaProblem(self.place(row, *names, "start", "title"), message))

    def where(self, group: Group) -> str:
        if not self.programme:
            return "the table"
        return f"{group.room or 'the rows without a room'} on {group.day}"

    def run(self, groups: list[Group]) -> Split:
        """Each group resolved; rows that overlap are problems, with one line saying how to go on."""
        for group in groups:
            rows = [r for r in group.rows if not r.broken]  # their cells are reported already
            if all(r.start is not None for r in rows):
                rows.sort(key=lambda r: (r.start or 0, -(self._end(r) or 0), r.number))
            group.rows = rows
            self._sessions(group)
            for lane in self._lanes(group):
                self._durations(lane)
                self.split.groups.append(lane)
        if self.overlaps:
            self.split.problems.append(
                AgendaProblem(
                    self.table.name,
                    f"{self.overlaps} row(s) overlap others in their room and day: give each its own room in the "
                    "table, or --parallel-rooms to put rows that run at the same time in rooms of their own, "
                    "or --room and --date to import a room and day without them",
                )
            )
        return self.split

    @staticmethod
    def _end(row: AgendaRow) -> int | None:
        if row.end is not None:
            return row.end
        if row.start is not None and row.duration is not None:
            return row.start + row.duration
        return None

    def _span(self, row: AgendaRow) -> str:
        end = self._end(row)
        return clock_text(row.start) + (f"–{clock_text(end)}" if end is not None else "")

    # --- a session's parts ------------------------------------------------------------------
    def _sessions(self, group: Group) -> None:
        rows = [r for r in group.rows if not r.heading]
        i = 0
        while i < len(rows):
            row, end = rows[i], self._end(rows[i])
            if row.start is None or end is None:
                i += 1
                continue
            same: list[AgendaRow] = []
            for later in rows[i + 1 :]:
                if later.start != row.start or self._end(later) != end:
                    break
                same.append(later)
            if same and self._parts(group, [row, *same], row.start, end):
                i += 1 + len(same)
                continue
            inside = []
            for later in rows[i + 1 : i + 1 + MAX_PARTS]:
                later_end = self._end(later)
                if later.start is None or later_end is None or later.start >= end or later_end > end:
                    break
                inside.append(later)
            if inside and not self.parallel:
                row.heading = True
                row.duration = None
                self.split.notes.append(
                    Words(
                        "{where}: row {row} ({title}, {span}) holds rows {rows}: read as a session block, "
                        "its title a note on its first talk",
                        where=self.where(group),
                        row=row.number,
                        title=row.title,
                        span=row.span,
                        rows=_numbers(inside),
                    )
                )
            i += 1

    def _parts(self, group: Group, parts: list[AgendaRow], start: int, end: int) -> bool:
        sessions = {p.session for p in parts}
        if (self.parallel and not all(sessions)) or len(sessions) > 1:
            return False  # rows beside each other (their sessions differ, or the organiser says so)
        share, rest = divmod(end - start, len(parts))
        if share < 60:
            return False
        at = start
        for k, part in enumerate(parts):
            part.start, part.end = at, None
            part.duration = share + (rest if k == len(parts) - 1 else 0)
            at += part.duration
        self.split.notes.append(
            Words(
                "{where}: rows {rows} share {span}{session}: read as its {count} parts of {minutes} min, "
                "in the table's order",
                where=self.where(group),
                rows=_numbers(parts),
                span=f"{clock_text(start)}–{clock_text(end)}",
                session=f" ({parts[0].session})" if parts[0].session else "",
                count=len(parts),
                minutes=share // 60,
            )
        )
        return True

    # --- rows beside each other ---------------------------------------------------------------
    def _lanes(self, group: Group) -> list[Group]:
        lanes: list[Group] = [Group(group.room, group.day, [])]
        ends: list[int] = [-1]
        for row in group.rows:
            if row.heading or row.start is None:
                lanes[0].rows.append(row)
                continue
            end = self._end(row) or row.start + 1  # a start alone still holds its minute: two at 14:00 overlap
            lane = next((k for k, last in enumerate(ends) if last <= row.start), None)
            if lane is not None and (lane == 0 or self.parallel):
                lanes[lane].rows.append(row)
                ends[lane] = max(ends[lane], end)
                continue
            if not self.parallel:
                self.overlaps += 1
                if self.overlaps > MAX_OVERLAPS_TOLD:
                    continue  # counted, and said in the last line
                timed = [r for r in lanes[0].rows if not r.heading and r.start is not None]
                before = next((r for r in reversed(timed) if (self._end(r) or r.start or 0) > row.start), timed[-1])
                self.problem(
                    row,
                    f"overlaps row {before.number} in {self.where(group)}: row {row.number} ({row.title}) runs "
                    f"{self._span(row)}, row {before.number} ({before.title}) {self._span(before)}",
                    "start",
                )
                continue
            if len(lanes) >= MAX_LANES:
                self.problem(row, f"more than {MAX_LANES} rows at once in {self.where(group)}", "start")
                continue
            lanes.append(Group(group.room, group.day, [row], lane=len(lanes) + 1))
            ends.append(end)
        for extra in lanes[1:]:
            self.split.notes.append(
                Words(
                    "{where}: rows {rows} run beside the others: in a room of their own, {room}",
                    where=self.where(group),
                    rows=_numbers(extra.rows),
                    room=f"{group.room or 'room'} · {extra.lane}",
                )
            )
        return lanes

    # --- durations -----------------------------------------------------------------------------
    def _durations(self, group: Group) -> None:
        rows = group.rows
        pending: list[AgendaRow] = []  # headings waiting for the segment they are a note on
        cursor: int | None = None
        for i, row in enumerate(rows):
            following = next((r for r in rows[i + 1 :] if not r.heading and _timed(r)), None)
            if not row.heading and not _timed(row):
                row.heading = following is not None
                if not row.heading:
                    self.problem(
                        row,
                        "no duration: give a duration or an end, or a start on the next row"
                        + ("" if following is not None else " (or --end HH:MM for the last row)"),
                        "title",
                    )
                    continue
            if row.heading:
                pending.append(row)
                continue
            start = row.start if row.start is not None else cursor
            if start is None and not group.segments and self.start is not None:
                start = self.start
                self.start_used = True
            if start is None:
                self._no_start(group, row)
                return
            duration = self._duration(row, start, following)
            if duration is None:
                continue
            row.start, row.duration = start, duration
            row.extra_notes = [h.title for h in pending if h.title]
            pending = []
            group.segments.append(row)
            cursor = start + duration
        for heading in pending:
            self.split.skipped.append(
                Words("row {row} ({title}): a heading after the last segment", row=heading.number, title=heading.title)
            )

    def _no_start(self, group: Group, row: AgendaRow) -> None:
        if any(r.start is not None for r in group.rows):
            self.problem(row, "no start: give this row a start, or --start HH:MM for the first row", "start", "end")
        else:
            self.problem(
                row,
                f"no row has a start time in {self.where(group)}: give --start HH:MM (when the first row begins)",
                "start",
                "title",
            )

    def _duration(self, row: AgendaRow, start: int, following: AgendaRow | None) -> int | None:
        if row.duration is not None:
            return row.duration
        upto = row.end
        if upto is None and following is not None:
            upto = following.start
        if upto is None:
            upto = self.hard_stop
        if upto is None:
            self.problem(
                row,
                "no duration: give a duration or an end, or a start on the next row"
                + ("" if following is not None else " (or --end HH:MM for the last row)"),
                "title",
            )
            return None
        if upto <= start:
            self.problem(row, f"ends at {clock_text(upto)}, not after its start {clock_text(start)}", "end", "start")
            return None
        return upto - start


def _timed(row: AgendaRow) -> bool:
    return row.start is not None or row.end is not None or row.duration is not None


def _numbers(rows: Sequence[AgendaRow]) -> str:
    numbers = [r.number for r in rows]
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(str(n) for n in numbers[:10]) + (", …" if len(numbers) > 10 else "")
