"""What the rows above an agenda's header say about the event: its title, date, time zone and times.

Organisers write these above the table, labelled or not: `Thời gian: 14h00 – 14h45`, `Horaires :
2:00 PM – 2:45 PM`, `Time: 2–2:45 pm` (a range gives the start and the hard stop, a single time the
start), `Date: 26/10/2025`, `Múi giờ: ICT`, `Địa điểm: Hà Nội` (a place's city gives the zone), a
label in one cell and its value in the next, or a bare date, zone name or range. The first text
that is none of these is the title. Each is kept with the cell it came from, to say so.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Generic, TypeVar

from runofshow.files.agenda_cells import find_date, parse_clock, parse_range
from runofshow.files.agenda_headers import cell_text, plain_words
from runofshow.files.agenda_table import Cell, Table, column_letter
from runofshow.files.agenda_zones import zone_in

T = TypeVar("T")

TIME_LABELS = frozenset(
    ("gio", "heure", "heures", "hora", "horaire", "horaires", "horario", "hours", "schedule", "thoi gian", "time",
     "times", "uhrzeit", "when", "zeit")
)  # fmt: skip

DATE_LABELS = frozenset(("date", "ngay", "jour", "datum", "fecha", "day"))
ZONE_LABELS = frozenset(
    ("fuseau", "fuseau horaire", "huso horario", "mui gio", "time zone", "timezone", "tz", "zeitzone", "zone")
)  # fmt: skip

PLACE_LABELS = frozenset(
    ("city", "dia diem", "lieu", "location", "lugar", "ort", "place", "thanh pho", "venue", "ville", "where")
)  # fmt: skip

TITLE_LABELS = frozenset(
    ("evenement", "event", "evento", "su kien", "ten su kien", "title", "titre", "veranstaltung")
)  # fmt: skip

LABELS = TIME_LABELS | DATE_LABELS | ZONE_LABELS | PLACE_LABELS | TITLE_LABELS
#: `Label: value` in one cell: a label is words without digits, before a colon.
_LABELLED = re.compile(r"^\s*([^\d:：]{1,40}?)\s*[:：]\s*(.+)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    value: T
    cell: str  # `A3`: where it was written
    written: str  # what was written there


@dataclass(slots=True)
class Above:
    title: Found[str] | None = None
    day: Found[date] | None = None
    zone: Found[str] | None = None
    start: Found[time] | None = None
    end: Found[time] | None = None


def _cell_name(cell: Cell) -> str:
    return f"{column_letter(cell.column)}{cell.row}"


def _pairs(row: Sequence[Cell]) -> list[tuple[Cell, str | None, str]]:
    """Each cell as (cell, its label or None, its value): `Label: value` in one cell, or a label
    alone in a cell and its value in the next one of the row."""
    cells = [c for c in row if not c.empty]
    pairs: list[tuple[Cell, str | None, str]] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        text = cell_text(cell)
        m = _LABELLED.match(text) if isinstance(cell.value, str) else None
        if m is not None and plain_words(m.group(1)) in LABELS:
            pairs.append((cell, plain_words(m.group(1)), m.group(2).strip()))
        elif plain_words(text) in LABELS and i + 1 < len(cells):
            pairs.append((cell, plain_words(text), cell_text(cells[i + 1])))
            i += 1
        else:
            pairs.append((cell, None, text))
        i += 1
    return pairs


def read_above(table: Table, header_index: int, *, titled: bool = True) -> Above:
    """What the rows above the header (0-based index) say; the first finding of each kind counts.
    Without `titled`, no text there is taken for the title (a template's instructions)."""
    above = Above()
    for row in table.rows[: max(header_index, 0)]:
        for cell, label, value in _pairs(row):
            _read(above, cell, label, value)
    if not titled:
        above.title = None
    return above


def _read(above: Above, cell: Cell, label: str | None, value: str) -> None:
    name, written = _cell_name(cell), cell_text(cell)
    if label in TIME_LABELS or label is None:
        times = parse_range(value)
        if times is not None:
            above.start = above.start or Found(times[0], name, written)
            above.end = above.end or Found(times[1], name, written)
            return
        if label is not None:
            with contextlib.suppress(ValueError):  # a label's value that is no time: nothing to take
                above.start = above.start or Found(parse_clock(value), name, written)
            return
    if label in DATE_LABELS or label is None:
        found = find_date(cell.value if label is None else value)
        if found is not None:
            above.day = above.day or Found(found, name, written)
            return
    if label in ZONE_LABELS or label in PLACE_LABELS or label is None:
        # A zone's name or `UTC+7` anywhere; a city only where a label says it is the place or zone.
        zone = zone_in(value, labelled=label is not None)
        if zone is not None:
            above.zone = above.zone or Found(zone, name, written)
            return
        if label is not None:
            return
    if label in TITLE_LABELS or (label is None and isinstance(cell.value, str)):
        above.title = above.title or Found(value[:200], name, written)
