"""Text in the tables we write stays text in a spreadsheet: never a formula (CSV injection).

Excel, LibreOffice and Google Sheets take a cell that begins with `=`, `+`, `-` or `@` as a
formula when they open a file, and skip a leading tab or carriage return before looking (OWASP,
"CSV Injection"). A title `=HYPERLINK(...)` in an event file, or a name a phone typed on /floor,
would then run in the organisers' spreadsheet. So:

- in CSV such a cell is written with a `'` in front (`csv_text`), which spreadsheets show as text;
- in xlsx every str is a string cell (`xlsx_text_cell`): openpyxl would otherwise store a str
  beginning with `=` as a formula and `#N/A` as an error.

A plain number (`-5`, `-12.5`) is no formula and stays as it is: a report's over/under seconds
must stay numbers a spreadsheet can add up.

The plan's CSV imports back to the same plan, so the `'` must come off again, and only where
export put it: `csv_text` also quotes a text that begins with a `'` which would otherwise be
taken off (`'=x` becomes `''=x`), and `from_csv_text` takes one `'` off exactly where
`csv_text` added one. Every text thus reads back as written (tests/unit/files/test_spreadsheet_text.py
checks it over any text), and an organiser's `'Tis the season` stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: What spreadsheets read as the start of a formula (a tab or CR is skipped before looking).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and _PLAIN_NUMBER.fullmatch(text) is None


def _quoted_by_us(cell: str) -> bool:
    """`cell` is a text `csv_text` quoted: a `'` before a formula-like text or before another `'`."""
    rest = cell[1:]
    return cell.startswith(QUOTE) and (_formula_like(rest) or rest.startswith(QUOTE))


def csv_text(text: str) -> str:
    """`text` as a CSV cell that a spreadsheet shows as text, and `from_csv_text` reads back."""
    if _formula_like(text) or _quoted_by_us(text):
        return QUOTE + text
    return text


def from_csv_text(cell: str) -> str:
    """The text `csv_text` wrote (a cell not quoted by it is returned as it is)."""
    return cell[1:] if _quoted_by_us(cell) else cell


def csv_row(values: Iterable[Any]) -> list[Any]:
    """A row for csv.writer with every str made safe (numbers and None as they are)."""
    return [csv_text(value) if isinstance(value, str) else value for value in values]


def csv_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A row for csv.DictWriter with every str made safe."""
    return {key: csv_text(value) if isinstance(value, str) else value for key, value in record.items()}


def xlsx_text_cell(cell: Any) -> None:
    """Make an openpyxl cell that holds a str a string cell, whatever the str begins with."""
    if isinstance(cell.value, str):
        cell.data_type = "s"  # openpyxl made "=..." a formula ('f') and "#N/A" an error ('e')
