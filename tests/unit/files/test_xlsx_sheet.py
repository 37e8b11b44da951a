"""One sheet of a workbook, streamed and bounded, read as openpyxl reads it."""

from __future__ import annotations

import time
import zipfile
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import openpyxl
import pytest

from runofshow.files.xlsx_sheet import MAX_CELLS_PER_ROW, Limits, SheetError, open_workbook, read_sheet
from tests.helpers.handmade_xlsx import shared_strings_xml, sheet_xml, text, write_workbook

LIMITS = Limits(rows=5_000, columns=60, cell_chars=10_000)

ROWS = [
    # shared strings: plain, in rich-text runs, and with the reading of a Japanese name (rPh)
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
    # a time cell (hh:mm), a date, a duration ([h]:mm:ss), a number with two decimals, an integer
    '<row r="2"><c r="A2" s="1"><v>0.5833333333333334</v></c><c r="B2" s="2"><v>45956</v></c>'
    '<c r="C2" s="3"><v>0.0625</v></c><c r="D2" s="4"><v>6.5</v></c><c r="E2"><v>6</v></c></row>',
    # an inline string, a formula's text and its error, a boolean, a styled empty cell
    f'<row r="3"><c r="A3" t="inlineStr"><is>{text("Khai mạc")}</is></c><c r="B3" t="str"><f>A1</f><v>Panel</v></c>'
    '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="b"><v>1</v></c><c r="F3" s="4"/></row>',
    # a row and cells written without their places (the next ones), after a gap of a row
    '<row><c t="s"><v>0</v></c><c><v>2</v></c></row>',
    '<row r="7"><c r="C7" t="s"><v>3</v></c></row>',
]
STRINGS = [
    text("Opening remarks"),
    f"<r>{text('Panel: ')}</r><r><rPr><b/></rPr>{text('the way forward')}</r>",
    f"{text('山田')}<rPh sb='0' eb='2'>{text('ヤマダ')}</rPh>",
    text("=not a formula"),
]
MERGES = '<mergeCells count="1"><mergeCell ref="C7:C8"/></mergeCells>'


def trimmed(rows: list[list[object]]) -> list[list[object]]:
    out = []
    for row in rows:
        row = list(row)
        while row and row[-1] is None:
            row.pop()
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


def test_values_are_openpyxls(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "agenda.xlsx", {"Agenda": sheet_xml(ROWS, after=MERGES)}, shared=shared_strings_xml(STRINGS)
    )
    with zipfile.ZipFile(path) as archive:
        sheet = read_sheet(archive, None, LIMITS)
    book = openpyxl.load_workbook(path, data_only=True)
    expected = trimmed([list(r) for r in book.active.iter_rows(values_only=True)])
    assert sheet.rows == expected
    assert sheet.rows[0] == ["Opening remarks", "Panel: the way forward", "山田"]
    assert sheet.rows[1] == [clock(14), datetime(2025, 10, 26), timedelta(hours=1, minutes=30), 6.5, 6]
    assert sheet.rows[2] == ["Khai mạc", "Panel", "#N/A", True]
    assert sheet.rows[3] == ["Opening remarks", 2] and sheet.rows[6] == [None, None, "=not a formula"]
    assert sheet.title == "Agenda" and sheet.merged == [(3, 7, 3, 8)]
    assert isinstance(sheet.rows[1][1], date)


def test_only_the_chosen_sheet_is_read(tmp_path: Path) -> None:
    never = sheet_xml(['<row r="1"><c r="A1"><v>1</v></c></row>'])[:-20]  # broken XML: reading it would fail
    path = write_workbook(tmp_path / "two.xlsx", {"Agenda": sheet_xml(ROWS[:1]), "Notes": never},
                          shared=shared_strings_xml(STRINGS))  # fmt: skip
    with zipfile.ZipFile(path) as archive:
        assert list(open_workbook(archive).sheets) == ["Agenda", "Notes"]
        assert read_sheet(archive, "Agenda", LIMITS).rows[0][0] == "Opening remarks"
        with pytest.raises(SheetError, match="not well-formed"):
            read_sheet(archive, "Notes", LIMITS)
        with pytest.raises(SheetError, match=r"no sheet 'Budget' \(sheets: Agenda, Notes\)"):
            read_sheet(archive, "Budget", LIMITS)


def test_only_the_shared_strings_in_use_are_kept(tmp_path: Path) -> None:
    # 200,000 strings, the sheet uses the first: the reading stops there, whatever follows.
    many = shared_strings_xml([text("Opening"), *([text("x")] * 200_000)])[:-6] + b"<broken"
    path = write_workbook(tmp_path / "agenda.xlsx", {"S": sheet_xml(['<row><c t="s"><v>0</v></c></row>'])}, shared=many)
    with zipfile.ZipFile(path) as archive:
        assert read_sheet(archive, None, LIMITS).rows == [["Opening"]]


@pytest.mark.parametrize(
    ("rows", "after", "message"),
    [
        (['<row r="5001"><c r="A5001"><v>1</v></c></row>'], "", "more than 5000 rows"),
        (['<row r="1"><c r="BI1"><v>1</v></c></row>'], "", "more than 60 columns"),
        (['<row r="1">' + "<c/>" * (MAX_CELLS_PER_ROW + 1) + "</row>"], "", "more than 1024 cells"),
        ([f'<row r="1"><c r="A1" t="inlineStr"><is>{text("x" * 10_001)}</is></c></row>'], "", "more than 10000 char"),
        (['<row r="1"><c r="A1"><v>1</v></c></row>'], "<x/>" * 1_000_001, "more than 1,000,000 XML elements"),
        (['<row r="1"><c r="A0"><v>1</v></c></row>'], "", "no place in a sheet"),
        (['<row r="1"><c r="A1" t="s"><v>7</v></c></row>'], "", "shared string"),
    ],
)
def test_every_count_is_bounded(tmp_path: Path, rows: list[str], after: str, message: str) -> None:
    path = write_workbook(tmp_path / "agenda.xlsx", {"S": sheet_xml(rows, after=after)}, shared=shared_strings_xml([]))
    with zipfile.ZipFile(path) as archive, pytest.raises(SheetError, match=message):
        read_sheet(archive, None, LIMITS)


def test_a_zip_bomb_stops_at_the_unzipped_bound(tmp_path: Path) -> None:
    spaces = (b" " * 1024 * 1024 for _ in range(80))  # 80 MB of nothing, a few kB zipped
    head = sheet_xml(['<row r="1"><c r="A1"><v>1</v></c></row>'])
    path = write_workbook(tmp_path / "bomb.xlsx", {"S": [head[:-12], *spaces, head[-12:]]})
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    with zipfile.ZipFile(path) as archive, pytest.raises(SheetError, match="more than 64 MB unzipped"):
        read_sheet(archive, None, LIMITS)
    assert time.perf_counter() - started < 5


def test_a_doctype_is_refused(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b'<worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
    )
    path = write_workbook(tmp_path / "laughs.xlsx", {"S": laughs})
    with zipfile.ZipFile(path) as archive, pytest.raises(SheetError, match="DOCTYPE"):
        read_sheet(archive, None, LIMITS)
