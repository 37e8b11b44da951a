"""What an import found and where, in words: nothing is assumed silently.

`runofshow import` prints these lines and File → Import agenda shows them (in the window's
language: they are `Words`): the table and its header, the title, the dates, the time zone (the
cell it came from, or "the computer's zone, Etc/UTC: give --timezone"), the start, the hard stop,
the rooms, the segments and people, how rows were read, what was skipped and what was not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from runofshow.core.wording import Words
from runofshow.files.agenda_above import Found
from runofshow.files.agenda_headers import Header
from runofshow.files.agenda_table import Table, column_letter

MAX_NAMED = 12


@dataclass(slots=True)
class Facts:
    """Where each of the event's facts came from: given, a cell (`Found`), the table, or assumed."""

    title: str
    title_from: Found[str] | str  # a cell, or "given" / "file"
    zone: str
    zone_from: Found[str] | str  # a cell, or "given" / "computer"
    days: list[date]
    day_from: Found[date] | str  # a cell, or "given" / "column" / "today"
    start: time | None
    start_from: Found[time] | str  # a cell, or "given" / "rows" / "unused"
    end: time | None
    end_from: Found[time] | str  # a cell, or "given" / "none"
    rooms: list[str] = field(default_factory=list)
    segments: int = 0
    files: int = 0
    people: int = 0
    offsets: set[str] = field(default_factory=set)
    notes: list[Words] = field(default_factory=list)
    skipped: list[Words] = field(default_factory=list)
    chosen: str = ""  # what --room / --date kept


def _named(column: int, text: str) -> str:
    """`Colour (D)`, or `C` for a column without a header."""
    letter = column_letter(column)
    return letter if text == letter else f"{text} ({letter})"


def _listed(items: Sequence[str], separator: str = ", ") -> str:
    shown = separator.join(items[:MAX_NAMED])
    return shown + (f", … ({len(items)} in all)" if len(items) > MAX_NAMED else "")


def _column(header: Header, field_name: str) -> str:
    column = next((c for c, f in header.columns.items() if f == field_name), None)
    if column is None:
        return ""
    written = header.written.get(column)
    return f"{written} ({column_letter(column)})" if written else column_letter(column)


def findings(table: Table, header: Header, facts: Facts) -> list[Words]:
    lines: list[Words] = []
    where = f"{table.name}, sheet '{table.sheet}'" if table.sheet else table.name
    columns = _listed([f"{header.written.get(c) or column_letter(c)} → {f}" for c, f in sorted(header.columns.items())])
    if header.index >= 0:
        lines.append(
            Words("read {table}, header at row {row}: {columns}", table=where, row=header.row_number, columns=columns)
        )
    else:
        lines.append(Words("read {table} without a header row: {columns}", table=where, columns=columns))
    lines.append(_title(facts.title, facts.title_from))
    lines.append(_dates(header, facts))
    lines.append(_zone(facts))
    lines.extend(
        Words("date-times written at {offset} are turned into {zone}", offset=o, zone=facts.zone)
        for o in sorted(facts.offsets)
    )
    lines.append(_start(facts))
    lines.append(_end(facts))
    if facts.rooms:
        lines.append(
            Words(
                "rooms: {count} ({names}), from the column {column}",
                count=len(facts.rooms),
                names=_listed(facts.rooms, "; "),  # a room's name may hold a comma
                column=_column(header, "room") or "?",
            )
        )
    if facts.chosen:
        lines.append(Words("chosen: {what}", what=facts.chosen))
    if facts.files > 1:
        lines.append(
            Words(
                "segments: {count}, in {files} runs of show (one per room and day)",
                count=facts.segments,
                files=facts.files,
            )
        )
    else:
        lines.append(Words("segments: {count}", count=facts.segments))
    lines.append(Words("people: {count}", count=facts.people))
    lines.extend(Words("read as: {what}", what=note) for note in facts.notes)
    lines.extend(Words("skipped: {what}", what=item) for item in facts.skipped)
    if header.custom:
        lines.append(
            Words(
                "Ontime's custom fields, kept as cues: {columns}",
                columns=_listed([f"{t} ({column_letter(c)})" for c, t in sorted(header.custom.items())]),
            )
        )
    if header.ignored:
        lines.append(
            Words(
                "columns not used: {columns}",
                columns=_listed([_named(c, t) for c, t in sorted(header.ignored.items())]),
            )
        )
    return lines


def _title(value: str, source: Found[str] | str) -> Words:
    if isinstance(source, Found):
        return Words("title: {title} (from the cell {cell})", title=value, cell=source.cell)
    if source == "given":
        return Words("title: {title} (given)", title=value)
    return Words("title: {title} (the file's name: give --title)", title=value)


def _dates(header: Header, facts: Facts) -> Words:
    days = _listed([d.isoformat() for d in facts.days])
    source = facts.day_from
    if isinstance(source, Found):
        return Words(
            "date: {dates} (from the cell {cell}: '{written}')", dates=days, cell=source.cell, written=source.written
        )
    if source == "given":
        return Words("date: {dates} (given)", dates=days)
    if source == "column":
        column = _column(header, "date") or _column(header, "start")
        return Words("dates: {dates}, from the column {column}", dates=days, column=column)
    return Words("date: {dates}, today: give --date", dates=days)


def _zone(facts: Facts) -> Words:
    source = facts.zone_from
    if isinstance(source, Found):
        return Words(
            "time zone: {zone} (from the cell {cell}: '{written}')",
            zone=facts.zone,
            cell=source.cell,
            written=source.written,
        )
    if source == "given":
        return Words("time zone: {zone} (given)", zone=facts.zone)
    return Words("time zone: {zone}, the computer's zone: give --timezone", zone=facts.zone)


def _hm(value: time | None) -> str:
    return "—" if value is None else f"{value:%H:%M}"


def _start(facts: Facts) -> Words:
    source = facts.start_from
    if isinstance(source, Found):
        return Words(
            "start: {time} (from the cell {cell}: '{written}')",
            time=_hm(facts.start),
            cell=source.cell,
            written=source.written,
        )
    if source == "given":
        return Words("start: {time} (given)", time=_hm(facts.start))
    if source == "unused":
        return Words("start: the rows' own times; --start {time} is not used", time=_hm(facts.start))
    return Words("start: {time} (the first row's)", time=_hm(facts.start))


def _end(facts: Facts) -> Words:
    source = facts.end_from
    if isinstance(source, Found):
        return Words(
            "hard stop: {time} (from the cell {cell}: '{written}')",
            time=_hm(facts.end),
            cell=source.cell,
            written=source.written,
        )
    if source == "given":
        return Words("hard stop: {time} (given)", time=_hm(facts.end))
    return Words("hard stop: none (give --end HH:MM)")
