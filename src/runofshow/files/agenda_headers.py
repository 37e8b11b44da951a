"""Which row of an agenda is its header, and what each column holds.

The header is the first row, anywhere in the sheet, that holds at least two headers this module
knows (in English, French, Vietnamese, and German and Spanish where cheap), or the row
`--header-row N` names; `--no-header` says there is none (the columns then come from `--map`).
`--map COLUMN=FIELD` names a column by its header text, its letter (`A`) or its 1-based position
(`2`). Ontime's rundown columns are known as Ontime's: what means something here is read (Timer
Type, Skip, Cue, its custom fields as cues), the rest is named as ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from runofshow.files.agenda_table import Cell, Table, column_letter

FIELDS = (
    "id", "date", "room", "start", "end", "duration", "title", "kind", "speakers", "moderator", "notes",
    "speaker_time", "session", "cue", "timer_type", "skip", "ignore",
)  # fmt: skip

#: Header words (compared without case, accents, underscores or what is in brackets) → field.
HEADERS: Mapping[str, str] = {
    **dict.fromkeys(("id", "segment id"), "id"),
    **dict.fromkeys(("date", "day", "ngay", "jour", "datum", "fecha", "dia", "date de la seance"), "date"),
    **dict.fromkeys(
        ("room", "room name", "track", "location", "stage", "hall", "salle", "phong", "phong hop", "hoi truong",
         "dia diem", "lieu", "raum", "saal", "sala", "auditorium", "venue"),
        "room",
    ),
    **dict.fromkeys(
        ("time", "start", "start time", "time start", "starttime", "date start", "start date", "begin", "begins",
         "from", "heure", "debut", "heure de debut", "heure debut", "horaire", "horaires", "thoi gian", "bat dau",
         "gio", "gio bat dau", "beginn", "uhrzeit", "zeit", "inicio", "hora", "hora de inicio"),
        "start",
    ),
    **dict.fromkeys(
        ("end", "end time", "time end", "endtime", "date end", "end date", "ends", "finish", "to", "until", "fin",
         "heure de fin", "heure fin", "ket thuc", "gio ket thuc", "ende", "hora de fin"),
        "end",
    ),
    **dict.fromkeys(
        ("duration", "length", "minutes", "mins", "min", "duree", "thoi luong", "dauer", "duracion"),
        "duration",
    ),
    **dict.fromkeys(
        ("session", "title", "talk title", "session title", "session name", "item", "agenda item", "topic", "subject",
         "event", "activity", "programme", "program", "titre", "sujet", "seance", "activite", "phien", "noi dung",
         "chu de", "tieu de", "chuong trinh", "hoat dong", "titel", "thema", "tagesordnungspunkt", "titulo", "tema"),
        "title",
    ),
    **dict.fromkeys(
        ("kind", "type", "format", "talk format", "session type", "event type", "loai", "hinh thuc", "typ", "tipo"),
        "kind",
    ),
    **dict.fromkeys(
        ("speakers", "speaker", "speaker name", "panelists", "panellists", "presenters", "presenter", "author",
         "authors", "fullname", "full name", "intervenants", "intervenant", "orateurs", "dien gia", "nguoi phat bieu",
         "dien gia khach moi", "redner", "referent", "ponente", "ponentes"),
        "speakers",
    ),
    **dict.fromkeys(
        ("moderator", "chair", "chairs", "session chair", "host", "facilitator", "moderateur", "animateur",
         "president de seance", "dieu phoi", "nguoi dieu phoi", "chu toa", "moderation"),
        "moderator",
    ),
    **dict.fromkeys(
        ("notes", "note", "remarks", "comments", "remarques", "commentaires", "ghi chu", "synopsis", "abstract",
         "description", "details", "text", "mo ta", "beschreibung", "descripcion", "notizen"),
        "notes",
    ),
    **dict.fromkeys(("speaker time", "time per speaker", "temps de parole"), "speaker_time"),
    **dict.fromkeys(("cue",), "cue"),
    **dict.fromkeys(("timer type",), "timer_type"),
    **dict.fromkeys(("skip",), "skip"),
}  # fmt: skip

#: A column headed like this is the session a row belongs to when another column is its title
#: (`title, …, session`): talks nested in a session block; alone, it is the title.
SESSION_WORDS = frozenset(("session", "session name", "seance", "phien"))
#: Ontime's own columns that say nothing a run of show here uses (named as ignored, never cues).
ONTIME_OWN = frozenset(
    ("color", "colour", "count to end", "cue", "danger time", "duration", "end action", "flag", "id", "link start",
     "note", "presenter", "public", "skip", "subtitle", "time end", "time start", "timer type", "title",
     "warning time")
)  # fmt: skip
MAX_HEADER_CHARS = 60
HEADERLESS_LOOK = 50  # rows looked at for the columns a table without a header has


def plain_words(text: str) -> str:
    """`Thời gian (ICT):` → `thoi gian`: case, accents, brackets, underscores and punctuation at the
    ends away."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = text.replace("đ", "d").replace("Đ", "D")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(folded.replace("_", " ").strip(" :.-/").split())


def cell_text(cell: Cell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_LETTERS = re.compile(r"^[A-Za-z]{1,2}$")


def column_number(reference: str) -> int | None:
    """`A` → 1, `BH` → 60, `2` → 2: a column named by its letter or its 1-based position; None for
    anything else (then it is header text)."""
    text = reference.strip()
    if text.isdigit() and 0 < int(text) <= 999:
        return int(text)
    if _LETTERS.match(text):
        number = 0
        for char in text.upper():
            number = number * 26 + ord(char) - 64
        return number
    return None


@dataclass(slots=True)
class Header:
    """The header row (0-based index in the table's rows; -1: the table has none) and its columns."""

    index: int
    columns: dict[int, str]  # column number → field ("ignore" left out)
    written: dict[int, str]  # column number → the header as written (every non-empty one)
    ignored: dict[int, str] = field(default_factory=dict)  # column number → header, read as nothing
    custom: dict[int, str] = field(default_factory=dict)  # Ontime's custom fields: column → name (cues)
    ontime: bool = False

    @property
    def row_number(self) -> int:
        """The header's row as the spreadsheet shows it (0 when there is none)."""
        return self.index + 1

    def described(self) -> str:
        """`Cue (A), Title (B)`: the columns read, for messages."""
        return ", ".join(
            f"{self.written.get(c) or column_letter(c)} ({column_letter(c)}): {f}"
            for c, f in sorted(self.columns.items())
        )


def _fields(row: Sequence[Cell], by_text: Mapping[str, str]) -> dict[int, str]:
    found: dict[int, str] = {}
    for cell in row:
        words = plain_words(cell_text(cell)[:MAX_HEADER_CHARS])
        if not words:
            continue
        name = by_text.get(words) or HEADERS.get(words)
        if name is not None:  # a second column of a field too: the header decides which counts
            found[cell.column] = name
    return found


def split_mapping(mapping: Mapping[str, str]) -> tuple[dict[int, str], dict[str, str]]:
    """`--map` entries by column (letter or position) and by header text (plain words)."""
    by_column: dict[int, str] = {}
    by_text: dict[str, str] = {}
    for reference, name in mapping.items():
        number = column_number(reference)
        if number is not None:
            by_column[number] = name
        else:
            by_text[plain_words(reference)] = name
    return by_column, by_text


def _known(found: Mapping[int, str]) -> int:
    return len({f for f in found.values() if f != "ignore"})


def find_header(
    table: Table, mapping: Mapping[str, str], *, header_row: int | None = None, no_header: bool = False
) -> Header | None:
    """The header and what its columns hold, or None when no row holds two known headers."""
    by_column, by_text = split_mapping(mapping)
    if no_header:
        return _header(table, -1, dict(by_column))
    if header_row is not None:
        if not 0 < header_row <= len(table.rows):
            return None
        return _header(table, header_row - 1, {**_fields(table.rows[header_row - 1], by_text), **by_column})
    for index, row in enumerate(table.rows):
        found = _fields(row, by_text)
        if _known(found) >= 2:  # by its words: a column named by letter says nothing of which row heads
            return _header(table, index, {**found, **by_column})
    if by_column:  # columns named by letter or position, and no row of headers: the table has none
        return _header(table, -1, dict(by_column))
    return None


def _header(table: Table, index: int, found: dict[int, str]) -> Header:
    row = table.rows[index] if index >= 0 else ()
    written = {c.column: cell_text(c)[:MAX_HEADER_CHARS] for c in row if cell_text(c)}
    # The first column of each field counts; a later one is named as ignored, never silently read.
    columns: dict[int, str] = {}
    ignored: dict[int, str] = {}
    for column in sorted(found):
        name = found[column]
        if name == "ignore":
            ignored[column] = written.get(column, column_letter(column))
        elif name == "title" and "title" in columns.values() and plain_words(written.get(column, "")) in SESSION_WORDS:
            columns[column] = "session"
        elif name in columns.values():
            ignored[column] = written.get(column, column_letter(column))
        else:
            columns[column] = name
    # `session` before another title column: the other is the title, `session` the block.
    sessions = [c for c, f in columns.items() if f == "title" and plain_words(written.get(c, "")) in SESSION_WORDS]
    titles = [c for c in found if found[c] == "title" and c not in sessions]
    if sessions and titles and titles[0] in ignored:
        columns[sessions[0]] = "session"
        columns[titles[0]] = "title"
        del ignored[titles[0]]
    if index < 0:  # no header: the columns --map does not name are said by their letters (`C`)
        held = {c.column for r in table.rows[:HEADERLESS_LOOK] for c in r if not c.empty}
        ignored.update({c: column_letter(c) for c in sorted(held) if c not in columns and c not in ignored})
    ontime = "timer_type" in columns.values()
    custom: dict[int, str] = {}
    for column, text in written.items():
        if column in columns or column in ignored:
            continue
        if ontime and plain_words(text) not in ONTIME_OWN:
            custom[column] = text  # an Ontime custom field: the stage's cue for the row
        else:
            ignored[column] = text
    if ontime and "id" in columns.values():  # Ontime's ids are its own (`e2163f`), not ours
        column = next(c for c, f in columns.items() if f == "id")
        ignored[column] = written.get(column, column_letter(column))
        del columns[column]
    return Header(index, columns, written, ignored, custom, ontime)


def headers_seen(table: Table, mapping: Mapping[str, str]) -> tuple[int, dict[int, str], dict[int, str]] | None:
    """For the error when there is no header: the first row holding one known header, what it
    holds (column → field) and what else it says (column → text)."""
    _, by_text = split_mapping(mapping)
    for index, row in enumerate(table.rows):
        found = {c: f for c, f in _fields(row, by_text).items() if f != "ignore"}
        if found:
            others = {c.column: cell_text(c)[:MAX_HEADER_CHARS] for c in row if cell_text(c) and c.column not in found}
            return index, found, others
    return None
