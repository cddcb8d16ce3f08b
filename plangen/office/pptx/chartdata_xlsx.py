"""The workbook embedded behind a native chart, written directly: the file xlsxwriter writes for python-pptx.

python-pptx fills a one-sheet xlsxwriter Workbook per chart (a category column and one column per series, or
X/Y column pairs), which costs an import (about 18 ms in a fresh process) and a Workbook each time. `Sheet`
takes the same calls (`add_format`, `set_column`, `write`) and writes the same package, zip and all: every
part byte for byte as xlsxwriter 3 writes it, the parts every chart workbook shares deflated once per process
(only `docProps/core.xml` carries the time of writing, as xlsxwriter's does). A value it does not write the
same way (a formula- or URL-like text, a control character, NaN, a non-numeric type, no text at all) makes it
replay the recorded calls on xlsxwriter instead, so the workbook is the same either way."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from io import BytesIO
from typing import Any

_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
_CONTENT_TYPES = (
    f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/docProps/app.xml" ContentType="{_CT}.extended-properties+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.spreadsheetml.styles+xml"/>'
    f'<Override PartName="/xl/theme/theme1.xml" ContentType="{_CT}.theme+xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.spreadsheetml.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.spreadsheetml.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = (f'{_DECL}<Relationships xmlns="{_PKG_REL}">'
         f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
         f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>'
         f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>')
_WORKBOOK_RELS = (f'{_DECL}<Relationships xmlns="{_PKG_REL}">'
                  f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                  f'<Relationship Id="rId2" Type="{_REL}/theme" Target="theme/theme1.xml"/>'
                  f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/>'
                  f'<Relationship Id="rId4" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_WORKBOOK = (f'{_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><fileVersion appName="xl" lastEdited="4" '
             'lowestEdited="4" rupBuild="4505"/><workbookPr defaultThemeVersion="124226"/><bookViews><workbookView '
             'xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/></bookViews><sheets><sheet '
             'name="Sheet1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')
_APP = (f'{_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft '
        'Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector '
        'size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1'
        '</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">'
        '<vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false'
        '</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>'
        '12.0000</AppVersion></Properties>')
_CORE = (f'{_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-'
         'properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">'
         '{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
         '</cp:coreProperties>')
_STYLES_TAIL = (
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme '
    'val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
    'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
    '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
_STYLES_END = ('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
               '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
               '</styleSheet>')
_SHEET_HEAD = (f'{_DECL}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="{{ref}}"/><sheetViews><sheetView '
               'tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
_SHEET_TAIL = ('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
               "</worksheet>")
_ORDER = ("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
          "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/theme/theme1.xml", "docProps/core.xml",
          "docProps/app.xml")
"""Parts in xlsxwriter's order in the zip."""
_PLAIN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_URL = re.compile("(ftp|http)s?://|mailto:|(in|ex)ternal:|file://")
_EDGE_SPACE = re.compile(r"^\s|\s$")


class Unsupported(Exception):
    """A value this writer does not write as xlsxwriter would (the calls are replayed on xlsxwriter)."""


def column_name(col: int) -> str:
    """Return the letters of the zero-based column `col` (0 -> A, 26 -> AA)."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name


def _escape(text: str) -> str:
    """Escape XML text as xlsxwriter does (double quotes kept)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Sheet:
    """The one worksheet of a chart workbook: python-pptx's calls on xlsxwriter, written without it."""

    def __init__(self) -> None:
        """Start an empty sheet."""
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.formats: list[str] = []
        self.cells: dict[int, dict[int, tuple[str, Any, int | None]]] = {}
        self.widths: dict[int, float] = {}
        self.strings: dict[str, int] = {}
        self.string_count = 0
        self.plain = True

    def add_format(self, num_format: str) -> int:
        """Return the handle of a new cell format with `num_format` (each call a new one, as in xlsxwriter)."""
        self.calls.append(("add_format", (num_format,)))
        self.formats.append(num_format)
        return len(self.formats) - 1

    def set_column(self, col: int, width: float) -> None:
        """Set the width (characters) of column `col`."""
        self.calls.append(("set_column", (col, width)))
        self.widths[col] = width

    def write_column(self, row: int, col: int, values: Sequence[Any], fmt: int | None = None) -> None:
        """Write `values` down column `col` from `row`."""
        for offset, value in enumerate(values):
            self.write(row + offset, col, value, fmt)

    def write(self, row: int, col: int, value: Any, fmt: int | None = None) -> None:
        """Write one cell: text, a number, or None (a blank, kept only with a format)."""
        self.calls.append(("write", (row, col, value, fmt)))
        if not self.plain:
            return
        kind = value.__class__
        if value is None or (value == "" and kind is str):
            if fmt is not None:
                self.cells.setdefault(row, {})[col] = ("b", None, fmt)
        elif kind is str:
            if (value.startswith(("=", "{=", "<r>")) or (":" in value and _URL.match(value)) or len(value) > 16000
                    or _PLAIN_TEXT.search(value)):
                self.plain = False  # formulas, URLs, rich or escaped text: xlsxwriter's own rules
                return
            index = self.strings.setdefault(value, len(self.strings))
            self.string_count += 1
            self.cells.setdefault(row, {})[col] = ("s", index, fmt)
        elif kind is int or kind is float:
            if not math.isfinite(value):
                self.plain = False
                return
            self.cells.setdefault(row, {})[col] = ("n", value, fmt)
        else:
            self.plain = False

    def xlsx_blob(self) -> bytes:
        """Return the workbook as .xlsx bytes (replayed on xlsxwriter when a value needs its rules)."""
        if not self.plain or not self.strings or not self.cells:
            return self._replay()
        from datetime import UTC, datetime

        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = {"xl/worksheets/sheet1.xml": self._sheet_xml(), "xl/sharedStrings.xml": self._strings_xml(),
                 "xl/styles.xml": self._styles_xml(), "docProps/core.xml": _CORE.format(now=now)}
        return zip_parts([(name, parts.get(name)) for name in _ORDER])

    def _xf_indexes(self) -> tuple[list[int], list[str]]:
        """Return (cell style index of each format handle, the custom number formats from id 164 on)."""
        keys: dict[str, int] = {}
        indexes = [keys.setdefault(num_format, len(keys) + 1) for num_format in self.formats]
        return indexes, [f for f in keys if f not in ("General", "0")]

    def _styles_xml(self) -> str:
        """Return xl/styles.xml: one cell style per distinct number format, in order of first use."""
        _, custom = self._xf_indexes()
        ids = {f: i for i, f in enumerate(custom, 164)} | {"General": 0, "0": 1}
        head = ""
        if custom:
            head = (f'<numFmts count="{len(custom)}">' + "".join(
                f'<numFmt numFmtId="{i}" formatCode="{_attr(f)}"/>' for i, f in enumerate(custom, 164))
                + "</numFmts>")
        distinct = list(dict.fromkeys(self.formats))
        xfs = "".join(f'<xf numFmtId="{ids[f]}" fontId="0" fillId="0" borderId="0" xfId="0"'
                      + (' applyNumberFormat="1"/>' if ids[f] else "/>") for f in distinct)
        return (f'{_DECL}<styleSheet xmlns="{_MAIN}">{head}{_STYLES_TAIL}<cellXfs count="{len(distinct) + 1}">'
                f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>{xfs}</cellXfs>{_STYLES_END}')

    def _strings_xml(self) -> str:
        """Return xl/sharedStrings.xml."""
        items = "".join(f'<si><t xml:space="preserve">{_escape(s)}</t></si>' if _EDGE_SPACE.search(s)
                        else f"<si><t>{_escape(s)}</t></si>" for s in self.strings)
        return (f'{_DECL}<sst xmlns="{_MAIN}" count="{self.string_count}" uniqueCount="{len(self.strings)}">'
                f"{items}</sst>")

    def _sheet_xml(self) -> str:
        """Return xl/worksheets/sheet1.xml: dimension, column widths and the rows (spans per block of 16 rows)."""
        xf, _ = self._xf_indexes()
        rows = sorted(self.cells)
        cols = [c for r in rows for c in self.cells[r]]
        first, last = column_name(min(cols)), column_name(max(cols))
        top, bottom = rows[0] + 1, rows[-1] + 1
        ref = f"{first}{top}" if (first, top) == (last, bottom) else f"{first}{top}:{last}{bottom}"
        spans: dict[int, str] = {}
        for block in {r // 16 for r in rows}:
            used = [c for r in rows if r // 16 == block for c in self.cells[r]]
            spans[block] = f"{min(used) + 1}:{max(used) + 1}"
        out = [_SHEET_HEAD.replace("{ref}", ref)]
        if self.widths:
            out.append("<cols>")
            for col in sorted(self.widths):
                pixels = int(self.widths[col] * 7 + 0.5) + 5
                out.append(f'<col min="{col + 1}" max="{col + 1}" width="{(pixels * 256 // 7) / 256.0:.16g}" '
                           'customWidth="1"/>')
            out.append("</cols>")
        out.append("<sheetData>")
        for r in rows:
            out.append(f'<row r="{r + 1}" spans="{spans[r // 16]}">')
            cells = self.cells[r]
            for c in sorted(cells):
                kind, value, fmt = cells[c]
                style = f' s="{xf[fmt]}"' if fmt is not None else ""
                where = f"{column_name(c)}{r + 1}"
                if kind == "s":
                    out.append(f'<c r="{where}"{style} t="s"><v>{value}</v></c>')
                elif kind == "n":
                    out.append(f'<c r="{where}"{style}><v>{value:.16G}</v></c>')
                else:
                    out.append(f'<c r="{where}"{style}/>')
            out.append("</row>")
        out.append("</sheetData>")
        out.append(_SHEET_TAIL)
        return "".join(out)

    def _replay(self) -> bytes:
        """Return the workbook written by xlsxwriter from the recorded calls."""
        from xlsxwriter import Workbook

        out = BytesIO()
        workbook = Workbook(out, {"in_memory": True})
        worksheet = workbook.add_worksheet()
        formats: list[Any] = []
        for name, args in self.calls:
            if name == "add_format":
                formats.append(workbook.add_format({"num_format": args[0]}))
            elif name == "set_column":
                worksheet.set_column(args[0], args[0], args[1])
            else:
                row, col, value, fmt = args
                worksheet.write(row, col, value, *(() if fmt is None else (formats[fmt],)))
        workbook.close()
        return out.getvalue()


_ZIP_TIME, _ZIP_DATE = 0, (0 << 9) | (1 << 5) | 1
"""1980-01-01 00:00, as xlsxwriter dates its members."""
_constant_members: dict[str, tuple[int, bytes, int]] = {}
"""name -> (crc, deflated bytes, size) of the parts every chart workbook has, deflated once per process."""


def _constant(name: str) -> str:
    """Return the text of a part that is the same in every chart workbook."""
    if name == "xl/theme/theme1.xml":
        from plangen.office.pptx.chartdata_theme import THEME_XML

        return THEME_XML
    return {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
            "xl/workbook.xml": _WORKBOOK, "docProps/app.xml": _APP}[name]


def _deflate(data: bytes) -> tuple[int, bytes, int]:
    """Return (crc, raw deflate at zlib's default level, size) of `data`, as zipfile writes a deflated member."""
    import zlib

    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), packer.compress(data) + packer.flush(), len(data)


def zip_parts(parts: Sequence[tuple[str, str | None]]) -> bytes:
    """Return a zip of `parts` (name, text; None for a part every chart workbook has, deflated once), each
    deflated, dated 1980-01-01 and readable by its owner only, as xlsxwriter writes them."""
    import struct

    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, text in parts:
        if text is None:
            if name not in _constant_members:
                _constant_members[name] = _deflate(_constant(name).encode("utf-8"))
            crc, packed, size = _constant_members[name]
        else:
            crc, packed, size = _deflate(text.encode("utf-8"))
        raw = name.encode("ascii")
        head = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, _ZIP_TIME, _ZIP_DATE, crc, len(packed), size,
                           len(raw), 0)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 0x314, 20, 0, 8, _ZIP_TIME, _ZIP_DATE, crc,
                                   len(packed), size, len(raw), 0, 0, 0, 0, 0o600 << 16, offset) + raw)
        local += [head, raw, packed]
        offset += len(head) + len(raw) + len(packed)
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), offset, 0)
    return b"".join(local) + directory + end


def _attr(text: str) -> str:
    """Escape an XML attribute value as xlsxwriter does."""
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "&#xA;"))


def category_workbook(categories: Sequence[Any], series: Sequence[tuple[str, Sequence[Any], str]],
                      categories_format: str = "General") -> bytes:
    """Return the workbook of a one-level category chart as python-pptx writes it: categories in A from row 2,
    each series (name, values, number format) in the next column, its name on row 1."""
    sheet = Sheet()
    fmt = sheet.add_format(categories_format)
    sheet.set_column(0, 10)
    for offset, name in enumerate(categories):
        sheet.write(offset + 1, 0, name, fmt)
    for index, (name, values, number_format) in enumerate(series, 1):
        values_fmt = sheet.add_format(number_format)
        sheet.write(0, index, name)
        sheet.write_column(1, index, values, values_fmt)
    return sheet.xlsx_blob()


def xy_workbook(series: Sequence[tuple[str, Sequence[tuple[Any, Any]], str]], number_format: str = "General") -> bytes:
    """Return the workbook of an XY chart as python-pptx writes it: per series (name, points, number format) a
    name row then X in A and Y in B, one blank row between series."""
    sheet = Sheet()
    chart_fmt = sheet.add_format(number_format)
    offset = 0
    for name, points, series_format in series:
        series_fmt = sheet.add_format(series_format)
        sheet.write_column(offset + 1, 0, [x for x, _ in points], chart_fmt)
        sheet.write(offset, 1, name)
        sheet.write_column(offset + 1, 1, [y for _, y in points], series_fmt)
        offset += len(points) + 2
    return sheet.xlsx_blob()

