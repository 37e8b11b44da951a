"""Workbooks written by hand, part by part, as Excel and strangers write them (openpyxl writes
inline strings only, and always declares a sheet's size)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def sheet_xml(rows: Iterable[str], *, dimension: str | None = None, after: str = "") -> bytes:
    size = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'{HEAD}<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">{size}<sheetData>{"".join(rows)}</sheetData>'
            f"{after}</worksheet>").encode()  # fmt: skip


def shared_strings_xml(items: Iterable[str]) -> bytes:
    """`items` are whole `<si>` bodies (`<t>a</t>`, or runs `<r><t>a</t></r>`)."""
    return f'{HEAD}<sst xmlns="{MAIN}">{"".join(f"<si>{i}</si>" for i in items)}</sst>'.encode()


def text(value: str) -> str:
    return f'<t xml:space="preserve">{escape(value)}</t>'


STYLES = (
    f'{HEAD}<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="hh:mm"/></numFmts>'
    '<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
    '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="46" applyNumberFormat="1"/>'
    '<xf numFmtId="2" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
).encode()
#: The cell styles of STYLES: s="1" a time (hh:mm), "2" a date, "3" a duration ([h]:mm:ss), "4" 0.00.


def write_workbook(
    path: Path,
    sheets: dict[str, bytes | Iterable[bytes]],
    *,
    shared: bytes | None = None,
    styles: bytes | None = STYLES,
) -> Path:
    """An .xlsx with `sheets` (name → the sheet's XML, whole or in chunks, streamed into the zip)."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    relations = "".join(
        f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared is not None:
        overrides += (
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
        relations += f'<Relationship Id="rIdS" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles is not None:
        overrides += (
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        )
        relations += f'<Relationship Id="rIdY" Type="{RELS}/styles" Target="styles.xml"/>'
    listed = "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(sheets, 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>",
        )
        book.writestr(
            "_rels/.rels",
            f'{HEAD}<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        book.writestr(
            "xl/workbook.xml",
            f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{listed}</sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels", f'{HEAD}<Relationships xmlns="{PACKAGE}">{relations}</Relationships>'
        )
        if shared is not None:
            book.writestr("xl/sharedStrings.xml", shared)
        if styles is not None:
            book.writestr("xl/styles.xml", styles)
        for i, content in enumerate(sheets.values(), 1):
            with book.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as part:
                for chunk in [content] if isinstance(content, bytes) else content:
                    part.write(chunk)
    return path
