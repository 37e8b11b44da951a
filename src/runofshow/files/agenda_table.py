"""The organisers' agenda table, as cells with their places: from CSV or from an Excel workbook.

CSV goes through the stdlib csv module with its dialect sniffed (`,` `;` tab `|`), in the encoding
it is in (files/text_encoding.py: UTF-8 or UTF-16 for sure, or the Windows code page Excel wrote it
in, a guess the table says it made); a `'` that our export put before a text that would be a
formula is taken off again (files/spreadsheet_text.py). xlsx is streamed by files/xlsx_sheet.py
(openpyxl's values, only the chosen sheet read), with merged cells read as their top-left value
in every cell they cover (a title merged across a row, a session merged down two rows). All text
comes in composed form (NFC). Every size a stranger's file controls is bounded, and counted as it
is read: a file of ten million rows stops at row 5,001 at once. What the cells mean is
files/agenda_import.py.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runofshow.files.spreadsheet_text import from_csv_text
from runofshow.files.text_encoding import EncodingError, decode, name_of
from runofshow.files.xlsx_sheet import Limits, SheetError, read_sheet
from runofshow.files.xlsx_sheet import open_workbook as _open_workbook

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5_000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 10_000
LIMITS = Limits(rows=MAX_ROWS, columns=MAX_COLUMNS, cell_chars=MAX_CELL_CHARS)
#: How much of a CSV the dialect sniffer sees: its regular expressions take quadratic time, 3.7 s
#: on 20,000 hostile characters here, 0.08 s on 4,096, which hold an agenda's header and first rows.
SNIFF_CHARS = 4_096
TABLE_SUFFIXES = (".csv", ".xlsx")
#: Sheets looked through for the one that holds the agenda (each bounded as it is read): a workbook
#: of a thousand sheets is not read to its end to find that none holds one.
MAX_SHEETS_LOOKED = 30


class TableError(ValueError):
    """The file cannot be read as a table at all (what is wrong, with the file's name)."""


@dataclass(frozen=True, slots=True)
class Cell:
    value: Any  # str, int, float, bool, datetime, date, time, timedelta or None
    row: int  # 1-based, as the spreadsheet shows it
    column: int  # 1-based

    @property
    def empty(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # the file's name, as places are written
    sheet: str | None  # the worksheet (xlsx), None for CSV
    rows: tuple[tuple[Cell, ...], ...]
    encoding: str | None = None  # a CSV's, as a Python codec name
    encoding_guessed: bool = False  # the CSV's encoding is a guess: say so, and how to name it
    other_encodings: tuple[str, ...] = ()  # what else it could be, when a guess

    def encoding_note(self) -> str | None:
        """`read as Windows-1258 (Vietnamese), a guess: ...` when the encoding is one, else None."""
        if not self.encoding_guessed or self.encoding is None:
            return None
        others = ", ".join(name_of(e) for e in self.other_encodings[:3])
        could = f"; it could also be {others}" if others else ""
        return f"{self.name}: read as {name_of(self.encoding)}, a guess (the file is not UTF-8{could})"

    def place(self, row: int, column: int) -> str:
        """`agenda.xlsx:Sheet1!C7` or `agenda.csv:7:3`: where a cell is, as a person finds it."""
        if self.sheet is None:
            return f"{self.name}:{row}:{column}"
        return f"{self.name}:{self.sheet}!{column_letter(column)}{row}"


def column_letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(f"{path.name}: cannot read it ({exc.strerror or exc})") from None
    if not path.is_file():
        raise TableError(f"{path.name}: not a file")
    if size > MAX_FILE_BYTES:
        raise TableError(f"{path.name}: {size // 1_048_576} MB is too big for an agenda (at most 20 MB)")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, never more than MAX_FILE_BYTES (it may have grown since it was measured)."""
    _check_size(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TableError(f"{path.name}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise TableError(f"{path.name}: more than 20 MB is too big for an agenda")
    return data


def _bounded(rows: Sequence[Sequence[Any]], name: str) -> list[list[Any]]:
    if len(rows) > MAX_ROWS:
        raise TableError(f"{name}: more than {MAX_ROWS} rows; an agenda is smaller")
    out = []
    for values in rows:
        values = list(values)
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise TableError(f"{name}: more than {MAX_COLUMNS} columns; an agenda is narrower")
        for value in values:
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise TableError(f"{name}: a cell holds more than {MAX_CELL_CHARS} characters")
        out.append(values)
    return out


DELIMITERS = ",;\t|"


def _likely_delimiter(text: str) -> str:
    """The delimiter found on most of the first lines (a `;` from a French Excel, a tab...)."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        counts = [line.count(candidate) for line in lines]
        score = (sum(1 for c in counts if c), sum(counts))
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(path: Path, encoding: str | None = None) -> Table:
    """The CSV's cells, in `encoding` (a Python codec name) or the one its bytes say."""
    try:
        decoded = decode(_read_bytes(path), encoding)
    except EncodingError as exc:
        raise TableError(f"{path.name}: {exc}; name its encoding (for example cp1252, cp1258, shift_jis)") from None
    text = decoded.text
    if "\x00" in text:
        raise TableError(f"{path.name}: this is not a text file (is it an .xlsx renamed .csv?)")
    sample = text[:SNIFF_CHARS]
    sample = sample[: sample.rfind("\n") + 1] or sample  # whole lines: a cut line misleads the sniffer
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:  # the sniffer gives up on short tables with quoted cells; count instead
        dialect = type("Counted", (csv.excel,), {"delimiter": _likely_delimiter(text)})
    if dialect.quotechar != '"':
        # Every spreadsheet quotes cells with `"`; the sniffer takes `'` for the quote when the sample
        # has apostrophes in the right places (a title `'`, `Conference's`), and then reads the
        # table from one apostrophe to the next as one cell.
        dialect = type("Quoted", (dialect,), {"quotechar": '"'})
    if not dialect.doublequote and dialect.escapechar is None:
        # The sniffer says "no doubled quotes" when its sample holds none; every spreadsheet writes
        # `""` for a quote inside a cell, and one past the sample (a long abstract's) would otherwise
        # end the cell there and shift every column after it.
        dialect = type("Doubled", (dialect,), {"doublequote": True})
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(rows) == MAX_ROWS:  # counted as they come: a million rows are never all made
                raise TableError(f"{path.name}: more than {MAX_ROWS} rows; an agenda is smaller")
            rows.append(row)
    except csv.Error as exc:
        raise TableError(f"{path.name}: not a CSV table ({exc})") from None
    values = _bounded(rows, path.name)
    cells = tuple(
        tuple(Cell(from_csv_text(v) if v != "" else None, r, c) for c, v in enumerate(row, 1))
        for r, row in enumerate(values, 1)
    )
    return Table(path.name, None, cells, decoded.encoding, decoded.guessed, decoded.others)


def _archive(path: Path) -> zipfile.ZipFile:
    data = _read_bytes(path)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise TableError(f"{path.name}: not an Excel workbook (.xlsx) ({exc})") from None


def sheet_names(path: Path) -> list[str]:
    """The workbook's worksheets, in its order (none of them is read)."""
    with _archive(path) as archive:
        try:
            return list(_open_workbook(archive).sheets)
        except SheetError as exc:
            raise TableError(f"{path.name}: not an Excel workbook (.xlsx) that can be read: {exc}") from None


def read_xlsx(path: Path, sheet: str | None = None, *, wanted: Callable[[Table], bool] | None = None) -> Table:
    """The worksheet `sheet`; without one, the first that is `wanted` (holds an agenda's header),
    else the only one that holds anything; else an error naming the sheets and what each holds."""
    with _archive(path) as archive:
        if sheet is not None or wanted is None:
            return _sheet_table(path, archive, sheet)
        try:
            names = list(_open_workbook(archive).sheets)
        except SheetError as exc:
            raise TableError(f"{path.name}: {exc}") from None
        seen: list[Table] = []
        for name in names[:MAX_SHEETS_LOOKED]:
            table = _sheet_table(path, archive, name, looking=True)
            if wanted(table):
                return table
            seen.append(table)
    filled = [t for t in seen if t.rows]
    if len(filled) <= 1 and len(names) <= MAX_SHEETS_LOOKED:
        return filled[0] if filled else seen[0]  # its own problems are then said, with their places
    held = "; ".join(f"'{t.sheet}': {_what_it_holds(t)}" for t in seen)
    more = f" (and {len(names) - len(seen)} more not looked at)" if len(names) > len(seen) else ""
    raise TableError(
        f"{path.name}: no sheet holds an agenda table (a row with two headers like Time, Title, Duration): "
        f"{held}{more}; give --sheet NAME, with --header-row N or --map COLUMN=FIELD"
    )


def _what_it_holds(table: Table) -> str:
    if not table.rows:
        return "empty"
    first = next((c for row in table.rows for c in row if not c.empty), None)
    begins = f", beginning '{str(first.value)[:30]}'" if first is not None else ""
    return f"{len(table.rows)} rows, no header{begins}"


def _sheet_table(path: Path, archive: zipfile.ZipFile, sheet: str | None, *, looking: bool = False) -> Table:
    try:
        read = read_sheet(archive, sheet, LIMITS)
    except SheetError as exc:
        where = f"sheet '{sheet}': " if looking else ""  # which of the sheets looked through
        raise TableError(f"{path.name}: {where}{exc}") from None
    values = read.rows
    covered = 0
    for min_col, min_row, _max_col, max_row in read.merged:
        # Down, not across: a session merged over two rows is both rows' session, but a break merged
        # across the columns is a title, not also the speakers and the notes.
        if min_row > len(values) or min_col > len(values[min_row - 1]):
            continue
        top = values[min_row - 1][min_col - 1]
        last = min(max_row, len(values))
        covered += last - min_row
        if covered > MAX_ROWS * MAX_COLUMNS:  # merged ranges never overlap; a file's that do cost time
            raise TableError(f"{path.name}: merged cells that overlap; save it again from Excel")
        for r in range(min_row + 1, last + 1):
            row = values[r - 1]
            row.extend([None] * (min_col - len(row)))
            row[min_col - 1] = top
    rows = _bounded(values, path.name)
    cells = tuple(tuple(Cell(_composed(v), r, c) for c, v in enumerate(row, 1)) for r, row in enumerate(rows, 1))
    return Table(path.name, read.title, cells)


def _composed(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def read_table(
    path: Path,
    sheet: str | None = None,
    *,
    encoding: str | None = None,
    wanted: Callable[[Table], bool] | None = None,
) -> Table:
    """The agenda's cells; `encoding` names a CSV's (None: detected), `sheet` an xlsx's worksheet
    (None: the first that is `wanted`, see read_xlsx; without `wanted`, the first)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path, encoding)
    if suffix == ".xlsx":
        return read_xlsx(path, sheet, wanted=wanted)
    raise TableError(f"{path.name}: an agenda is a .csv or .xlsx file")
