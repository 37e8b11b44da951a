"""One sheet of an Excel workbook (.xlsx) as rows of values: streamed, and bounded as it streams.

A stranger's workbook must not stall the show. openpyxl's read-only mode streams rows, but opening
a workbook that way still sizes every sheet (ReadOnlyWorksheet._get_size): a sheet that does not
declare its size (`<dimension>`, which hand-made files leave out) is parsed to its end before the
first row comes back. A 1.4 MB file of 10 million rows took minutes and GiBs that way, and
openpyxl also builds the whole shared-string table and stylesheet whatever their size. So this
module reads only what the chosen sheet needs (the workbook's list of sheets, the styles' number
formats, the sheet, then only the shared strings it uses, and no other sheet at all), with expat,
counting as it goes: it stops at the first row past the limit, whatever comes after.

The values are openpyxl's, as `load_workbook(data_only=True)` gave them: its tables of number
formats say which numbers are dates, times and durations, and its `from_excel` converts them.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel
from openpyxl.utils.exceptions import CellCoordinatesException

CHUNK = 64 * 1024
#: Bytes read from one part of the workbook once unzipped (a zip bomb stops here).
MAX_PART_BYTES = 64 * 1024 * 1024
#: XML elements read from the sheet or its shared strings: an agenda of 5,000 rows of 60 cells
#: needs under a million; expat counts a million in about half a second here. The workbook's list
#: of sheets, its relations and its styles get a tenth of that.
MAX_ELEMENTS = 1_000_000
MAX_SMALL_PART_ELEMENTS = 100_000
#: Cells written in one row, even empty ones with only a style (columns are bounded by value).
MAX_CELLS_PER_ROW = 1_024
MAX_SHEETS = 1_000
MAX_MERGES = 10_000
MAX_EXCEL_ROW = 1_048_576


class SheetError(ValueError):
    """The workbook cannot be read as one (what is wrong, without the file's name)."""


class _StopReadingError(Exception):
    """The part holds nothing more that we need: stop reading it."""


@dataclass(frozen=True, slots=True)
class Limits:
    rows: int
    columns: int
    cell_chars: int


@dataclass(slots=True)
class Sheet:
    title: str
    rows: list[list[Any]]  # row by row from row 1; each as long as its last value
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row


def _local(tag: str) -> str:
    return tag.rpartition(":")[2]  # `x:row` and `row` alike: the prefix is the file's choice


def _has(archive: zipfile.ZipFile, name: str) -> bool:
    try:
        archive.getinfo(name)
    except KeyError:
        return False
    return True


def _relation_id(attrs: dict[str, str]) -> str | None:
    return next((value for key, value in attrs.items() if ":" in key and _local(key) == "id"), None)


def _scan(
    archive: zipfile.ZipFile,
    name: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
    *,
    budget: int = MAX_SMALL_PART_ELEMENTS,
) -> None:
    """Feed the part `name` to expat, tag by tag; bounded in bytes and in elements (`budget`)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise SheetError(f"the workbook has no {name}") from None
    parser = expat.ParserCreate()
    parser.buffer_text = True
    elements = 0

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal elements
        elements += 1
        if elements > budget:
            raise SheetError(f"{name} is too big for an agenda (more than {budget:,} XML elements)")
        start(_local(tag), attrs)

    def no_doctype(*_: object) -> None:
        # No part of a workbook has one; entities are how XML bombs are made.
        raise SheetError(f"{name} declares a DOCTYPE, which no workbook does")

    parser.StartElementHandler = on_start
    if end is not None:
        parser.EndElementHandler = lambda tag: end(_local(tag))
    if text is not None:
        parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = no_doctype
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                read += len(chunk)
                if read > MAX_PART_BYTES:
                    raise SheetError(f"{name} is too big for an agenda (more than {MAX_PART_BYTES >> 20} MB unzipped)")
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _StopReadingError:
        return
    except expat.ExpatError as exc:
        raise SheetError(f"{name} is not well-formed XML ({expat.errors.messages[exc.code]})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise SheetError(f"{name} is damaged ({exc})") from None


def _relations(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The relations of `part`: id → (type, the target part's name in the zip)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, tuple[str, str]] = {}
    if not _has(archive, rels):
        return found

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), name)

    _scan(archive, rels, start)
    return found


@dataclass(slots=True)
class Workbook:
    archive: zipfile.ZipFile
    sheets: dict[str, str]  # worksheet name → its part, in the workbook's order
    shared_strings: str | None
    styles: str | None
    epoch: Any


def open_workbook(archive: zipfile.ZipFile) -> Workbook:
    """The workbook's worksheets and the parts their values need (no sheet is read yet)."""
    main = next(
        (target for kind, target in _relations(archive, "").values() if kind.endswith("/officeDocument")),
        "xl/workbook.xml",
    )
    relations = _relations(archive, main)
    listed: list[tuple[str, str | None]] = []
    epoch = WINDOWS_EPOCH

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal epoch
        if tag == "workbookPr" and attrs.get("date1904", "").lower() in ("1", "true"):
            epoch = MAC_EPOCH
        elif tag == "sheet":
            if len(listed) >= MAX_SHEETS:
                raise SheetError(f"more than {MAX_SHEETS} sheets")
            listed.append((attrs.get("name", ""), _relation_id(attrs)))
        elif tag in ("definedNames", "calcPr", "extLst"):
            raise _StopReadingError  # the sheets are listed before these

    _scan(archive, main, start)
    sheets = {}
    for name, rid in listed:
        kind, target = relations.get(rid or "", ("", ""))
        if kind.endswith("/worksheet") and name not in sheets:
            sheets[name] = target
    if not sheets:
        raise SheetError("the workbook has no worksheet")
    by_kind = {kind.rpartition("/")[2]: target for kind, target in relations.values()}
    return Workbook(archive, sheets, by_kind.get("sharedStrings"), by_kind.get("styles"), epoch)


def _date_styles(book: Workbook) -> tuple[set[int], set[int]]:
    """The cell styles (by index) whose number format is a date or time, and those of durations."""
    if book.styles is None or not _has(book.archive, book.styles):
        return set(), set()
    custom: dict[int, str] = {}
    formats: list[str | None] = []
    inside = False

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal inside
        if tag == "numFmt" and attrs.get("numFmtId", "").isdigit():
            custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            inside = True
        elif tag == "xf" and inside:
            number = attrs.get("numFmtId", "0")
            fmt_id = int(number) if number.isdigit() else 0
            formats.append(custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id)))

    def end(tag: str) -> None:
        if tag == "cellXfs":
            raise _StopReadingError  # what comes after (cell styles, colours) says nothing about values

    _scan(book.archive, book.styles, start, end)
    dates = {i for i, fmt in enumerate(formats) if is_date_format(fmt)}
    return dates, {i for i, fmt in enumerate(formats) if is_timedelta_format(fmt)}


class _SheetReader:
    """The expat callbacks that turn a worksheet into values, with every bound checked as they come."""

    def __init__(self, limits: Limits, dates: set[int], durations: set[int], epoch: Any) -> None:
        self.limits, self.dates, self.durations, self.epoch = limits, dates, durations, epoch
        self.values: dict[int, dict[int, Any]] = {}
        self.strings: dict[tuple[int, int], int] = {}  # cell → index in the shared strings
        self.merged: list[tuple[int, int, int, int]] = []
        self.row = 0
        self.cell_row = 0
        self.column = 0
        self.cells_in_row = 0
        self.cell: dict[str, str] | None = None
        self.text: list[str] | None = None
        self.chars = 0
        self.inline: list[str] = []
        self.phonetic = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "row":
            self.row = self._row_number(attrs.get("r"))
            self.column, self.cells_in_row = 0, 0
        elif tag == "c":
            self.cells_in_row += 1
            if self.cells_in_row > MAX_CELLS_PER_ROW:
                raise SheetError(f"row {self.row} has more than {MAX_CELLS_PER_ROW} cells")
            self.cell_row, self.column = self._place(attrs.get("r"))
            self.cell, self.inline, self.text = attrs, [], None
        elif self.cell is not None and tag == "rPh":
            self.phonetic = True  # the reading of a Japanese name, shown above it: not the text
        elif self.cell is not None and (tag == "v" or (tag == "t" and not self.phonetic)):
            self.text, self.chars = [], 0
        elif tag == "mergeCell":
            if len(self.merged) >= MAX_MERGES:
                raise SheetError(f"more than {MAX_MERGES} merged ranges")
            try:
                min_col, min_row, max_col, max_row = range_boundaries(attrs.get("ref", ""))
            except (ValueError, TypeError, CellCoordinatesException):
                raise SheetError(f"a merged range '{attrs.get('ref', '')}' that is no range") from None
            if None not in (min_col, min_row, max_col, max_row):
                self.merged.append((min_col or 0, min_row or 0, max_col or 0, max_row or 0))

    def on_text(self, data: str) -> None:
        if self.text is not None:
            self.chars += len(data)
            if self.chars > self.limits.cell_chars:
                raise SheetError(f"a cell holds more than {self.limits.cell_chars} characters")
            self.text.append(data)

    def end(self, tag: str) -> None:
        if tag in ("v", "t") and self.text is not None:
            if tag == "t":
                self.inline.append("".join(self.text))
            else:
                self.inline = ["".join(self.text)]
            self.text = None
        elif tag == "rPh":
            self.phonetic = False
        elif tag == "c" and self.cell is not None:
            self._keep(self.cell, self.inline)
            self.cell = None
        elif tag == "mergeCells":
            raise _StopReadingError  # nothing after them is a value or a merge

    def _row_number(self, written: str | None) -> int:
        if written is None:
            return self.row + 1
        try:
            number = int(float(written))
        except ValueError:
            raise SheetError(f"a row numbered '{written}'") from None
        if not 1 <= number <= MAX_EXCEL_ROW:
            raise SheetError(f"a row numbered {number}, which Excel has not")
        return number

    def _place(self, reference: str | None) -> tuple[int, int]:
        """(row, column) of a cell: its own reference says, as openpyxl reads it, else the next one."""
        if reference is None:
            return self.row, self.column + 1
        try:
            letters, row = coordinate_from_string(reference)
            column = column_index_from_string(letters)
        except (ValueError, CellCoordinatesException):
            raise SheetError(f"a cell at '{reference}', which is no place in a sheet") from None
        if not 1 <= row <= MAX_EXCEL_ROW:
            raise SheetError(f"a cell at '{reference}', which is no place in a sheet")
        return row, column

    def _keep(self, attrs: dict[str, str], texts: list[str]) -> None:
        kind = attrs.get("t", "n")
        raw = "".join(texts)
        if not raw and kind != "inlineStr":
            return  # a cell with a style and no value
        value: Any
        if kind == "s":
            if not raw.strip().isdigit():
                raise SheetError(f"a shared-string cell holding '{raw[:20]}'")
            self._bounds()
            self.strings[(self.cell_row, self.column)] = int(raw)
            return
        if kind in ("inlineStr", "str", "e"):
            value = raw
        elif kind == "b":
            value = raw.strip() in ("1", "true")
        elif kind == "d":
            value = self._converted(lambda: _iso_moment(raw.strip()))
        else:
            value = self._number(raw, attrs.get("s", "0"))
        if value is None or value == "":
            return
        self._bounds()
        self.values.setdefault(self.cell_row, {})[self.column] = value

    def _number(self, raw: str, style: str) -> Any:
        try:
            number: float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise SheetError(f"a number cell holding '{raw[:20]}'") from None
        index = int(style) if style.isdigit() else 0
        if index in self.dates:
            return self._converted(lambda: from_excel(number, self.epoch, timedelta=index in self.durations))
        return number

    def _converted(self, convert: Callable[[], Any]) -> Any:
        try:
            return convert()
        except (OverflowError, ValueError, TypeError):
            return "#VALUE!"  # as openpyxl reads a date out of a date's range

    def _bounds(self) -> None:
        if self.cell_row > self.limits.rows:
            raise SheetError(f"more than {self.limits.rows} rows; an agenda is smaller")
        if self.column > self.limits.columns:
            raise SheetError(f"more than {self.limits.columns} columns; an agenda is narrower")


class _StringsReader:
    """The expat callbacks that keep the shared strings at the indexes a sheet uses, and stop after the last."""

    def __init__(self, wanted: set[int], limits: Limits) -> None:
        self.wanted, self.last, self.limits = wanted, max(wanted), limits
        self.found: dict[int, str] = {}
        self.index = -1
        self.text: list[str] | None = None  # the string being read, when it is a wanted one
        self.chars = 0
        self.in_t = False
        self.phonetic = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self.index += 1
            self.text, self.chars = ([] if self.index in self.wanted else None), 0
        elif tag == "t":
            self.in_t = True
        elif tag == "rPh":
            self.phonetic = True

    def on_text(self, data: str) -> None:
        if self.text is not None and self.in_t and not self.phonetic:
            self.chars += len(data)
            if self.chars > self.limits.cell_chars:
                raise SheetError(f"a cell holds more than {self.limits.cell_chars} characters")
            self.text.append(data)

    def end(self, tag: str) -> None:
        if tag == "t":
            self.in_t = False
        elif tag == "rPh":
            self.phonetic = False
        elif tag == "si":
            if self.text is not None:
                # openpyxl's reading, kept: Excel writes a `_x` of the text as `_x005F_x`.
                self.found[self.index] = "".join(self.text).replace("x005F_", "")
                self.text = None
            if self.index >= self.last:
                raise _StopReadingError


def _iso_moment(text: str) -> datetime | time:
    """A `t="d"` cell (ISO 8601: a date, a date and time, or a time of day)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return time.fromisoformat(text)


def _shared_strings(book: Workbook, wanted: set[int], limits: Limits) -> dict[int, str]:
    """The shared strings at the indexes `wanted` (only those are kept; reading stops after the last)."""
    if book.shared_strings is None:
        raise SheetError("a cell refers to shared strings the workbook does not have")
    reader = _StringsReader(wanted, limits)
    _scan(book.archive, book.shared_strings, reader.start, reader.end, reader.on_text, budget=MAX_ELEMENTS)
    if len(reader.found) < len(wanted):
        raise SheetError("a cell refers to a shared string the workbook does not have")
    return reader.found


def read_sheet(archive: zipfile.ZipFile, sheet: str | None, limits: Limits) -> Sheet:
    """The values of `sheet` (the first worksheet if None); `SheetError` past any limit."""
    book = open_workbook(archive)
    if sheet is not None and sheet not in book.sheets:
        raise SheetError(f"no sheet '{sheet}' (sheets: {', '.join(book.sheets)})")
    title = sheet if sheet is not None else next(iter(book.sheets))
    dates, durations = _date_styles(book)
    reader = _SheetReader(limits, dates, durations, book.epoch)
    _scan(archive, book.sheets[title], reader.start, reader.end, reader.on_text, budget=MAX_ELEMENTS)
    if reader.strings:
        strings = _shared_strings(book, set(reader.strings.values()), limits)
        for (row, column), index in reader.strings.items():
            if strings[index] != "":
                reader.values.setdefault(row, {})[column] = strings[index]
    rows: list[list[Any]] = []
    for number in range(1, max(reader.values, default=0) + 1):
        cells = reader.values.get(number, {})
        rows.append([cells.get(c) for c in range(1, max(cells, default=0) + 1)])
    return Sheet(title, rows, reader.merged)
