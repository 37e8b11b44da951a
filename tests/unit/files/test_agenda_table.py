"""A stranger's agenda file cannot stall or crash the import: bounded as it is read, one clear line."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from runofshow.cli import import_main
from runofshow.files.agenda_table import MAX_ROWS, TableError, read_table, sheet_names
from tests.helpers.handmade_xlsx import sheet_xml, text, write_workbook


def inline(value: str) -> str:
    return f'<c t="inlineStr"><is>{text(value)}</is></c>'


AGENDA = [
    f"<row>{inline('Time')}{inline('Session')}{inline('Duration')}</row>",
    f"<row>{inline('14:00')}{inline('Opening')}<c><v>5</v></c></row>",
]


def ten_million_rows() -> Iterator[bytes]:
    """The hostile sheet: 10 million identical rows and no declared size, streamed into the zip."""
    head = sheet_xml([])
    yield head[: head.index(b"</sheetData>")]
    chunk = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 100_000
    for _ in range(100):
        yield chunk
    yield b"</sheetData></worksheet>"


@pytest.fixture(scope="module")
def hostile_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "agenda.xlsx"
    write_workbook(path, {"Agenda": sheet_xml(AGENDA), "Data": ten_million_rows()})
    assert path.stat().st_size < 3_000_000  # ~1.4 MB zipped
    return path


def test_ten_million_rows_stop_at_the_row_bound_at_once(
    hostile_workbook: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    started = time.perf_counter()
    with pytest.raises(TableError, match=rf"^agenda\.xlsx: more than {MAX_ROWS} rows; an agenda is smaller$"):
        read_table(hostile_workbook, "Data")
    assert time.perf_counter() - started < 5  # under a second here; today's main ran 120 s and 3.4 GiB
    out = tmp_path / "event.yaml"
    assert import_main([str(hostile_workbook), "--sheet", "Data", "-o", str(out)]) == 1
    said = capsys.readouterr().err
    assert said == f"runofshow import: agenda.xlsx: more than {MAX_ROWS} rows; an agenda is smaller\n"
    assert not out.exists()


def test_the_other_sheets_are_not_read(hostile_workbook: Path) -> None:
    started = time.perf_counter()
    assert sheet_names(hostile_workbook) == ["Agenda", "Data"]
    table = read_table(hostile_workbook)  # the first sheet; "Data" beside it is never parsed
    assert [c.value for c in table.rows[1]] == ["14:00", "Opening", 5] and table.sheet == "Agenda"
    assert time.perf_counter() - started < 5


def good_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Time", "Session", "Duration"])
    sheet.append(["14:00", "Opening", 5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezipped(data: bytes, part: str, change: bytes | None) -> bytes:
    """The workbook with `part` replaced by `change` (None: left out)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == part:
                if change is not None:
                    target.writestr(info.filename, change)
            else:
                target.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


def flipped_in_the_sheet(data: bytes) -> bytes:
    """A bit of the sheet's compressed bytes changed: the zip reads, the part does not."""
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        info = book.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(data)
    broken[start + info.compress_size // 2] ^= 0xFF
    return bytes(broken)


BROKEN = {
    "not a zip": lambda good: b"Time,Session\n14:00,Opening\n",
    "cut in half": lambda good: good[: len(good) // 2],
    "no workbook part": lambda good: rezipped(good, "xl/workbook.xml", None),
    "broken sheet XML": lambda good: rezipped(good, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>"),
    "broken styles XML": lambda good: rezipped(good, "xl/styles.xml", b"<styleSheet><oops"),
    "damaged compressed bytes": flipped_in_the_sheet,
    "an XML bomb": lambda good: rezipped(
        good,
        "xl/worksheets/sheet1.xml",
        b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>',
    ),
}


@pytest.mark.parametrize("damage", BROKEN, ids=list(BROKEN))
def test_a_broken_workbook_is_one_clear_line(tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "agenda.xlsx"
    path.write_bytes(BROKEN[damage](good_xlsx()))
    out = tmp_path / "event.yaml"
    assert import_main([str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("runofshow import: agenda.xlsx: ") and err.count("\n") == 1, err
    assert not out.exists()


def test_a_csv_of_a_million_rows_stops_at_the_row_bound(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    path.write_bytes(b"Time,Session\n" + b"14:00,x\n" * 1_000_000)
    started = time.perf_counter()
    with pytest.raises(TableError, match=rf"more than {MAX_ROWS} rows"):
        read_table(path)
    assert time.perf_counter() - started < 5


def test_a_hostile_first_line_does_not_stall_the_csv_sniffer(tmp_path: Path) -> None:
    # Python's csv.Sniffer takes quadratic time on quotes and delimiters: 3.7 s on these 20,000
    # characters when it saw all of them.
    path = tmp_path / "agenda.csv"
    path.write_text(',"' * 10_000 + "\nTime,Session\n14:00,Opening\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(TableError):  # no agenda in it, but an answer at once
        read_table(path)
    assert time.perf_counter() - started < 1.5


def test_a_file_past_the_byte_bound_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(TableError, match="too big for an agenda"):
        read_table(path)
