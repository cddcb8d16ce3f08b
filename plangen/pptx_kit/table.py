"""Paginated tables: rows measured with the bundled font, split onto continuation slides with the header repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lxml import etree
from pptx.oxml.ns import qn as _qn

from plangen.pptx_kit.geometry import Box, emu_to_pt, pt_to_emu
from plangen.pptx_kit.text import Para, Style, as_paras, fit, line_count, write_paragraphs

if TYPE_CHECKING:
    from plangen.pptx_kit.deck import Deck

CELL_X = pt_to_emu(5)
"""Left/right cell margin."""
CELL_Y = pt_to_emu(3)
"""Top/bottom cell margin."""

qn = lru_cache(maxsize=None)(_qn)
"""Return the Clark name of a prefixed tag (cached: called for every run)."""


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width and alignment."""

    header: str
    weight: float = 1.0
    align: str = "left"


@dataclass(frozen=True)
class Cell:
    """A cell with its own fill, text colour or weight (plain strings are ordinary cells)."""

    text: str | Sequence[str | Para]
    fill: str | None = None
    color: str | None = None
    bold: bool | None = None


def _cell(value: Any) -> Cell:
    """Return `value` as a Cell."""
    if isinstance(value, Cell):
        return value
    if value is None:
        return Cell("")
    return Cell(value if isinstance(value, list | tuple) else str(value))


def _row_height(cells: Sequence[Cell], widths: Sequence[int], style: Style) -> int:
    """Return the measured height in EMU of a row of `cells`."""
    lines = 1
    for cell, width in zip(cells, widths, strict=True):
        lines = max(lines, line_count(as_paras(cell.text), emu_to_pt(width - 2 * CELL_X), style.size))
    return pt_to_emu(lines * style.size * style.line_spacing) + 2 * CELL_Y


def paginate(heights: Sequence[int], header: int, first: int, rest: int) -> list[list[int]]:
    """Return row indices per page: `first` EMU on page one, `rest` on later pages, `header` on each."""
    pages: list[list[int]] = [[]]
    used, room = header, first
    for index, height in enumerate(heights):
        if pages[-1] and used + height > room:
            pages.append([])
            used, room = header, rest
        pages[-1].append(index)
        used += height
    return pages


def add_table(deck: Deck, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
              style: Style | None = None, box: Box | None = None, first_slide: Any = None,
              first_box: Box | None = None, header_fill: str | None = None, banded: bool = True) -> list[Any]:
    """Return the slides holding `rows` under `columns`: continued on new slides titled '… (cont.)'.

    The first page goes on `first_slide` inside `first_box` when given (e.g. under a chart); later pages take
    the whole content area (`box`, default the deck's). A row too tall for an empty page is cut with '…'.
    """
    style = style or Style(size=10, min_size=10)
    box = box or deck.content
    first_area = first_box or box
    widths = [b.width for b in box.columns([c.weight for c in columns])]
    header_cells = [Cell(c.header, bold=True) for c in columns]
    header_h = _row_height(header_cells, widths, style)
    body = [[_cell(v) for v in row] for row in rows]
    heights = [_row_height(row, widths, style) for row in body]
    limit = min(first_area.height, box.height) - header_h
    for i, height in enumerate(heights):
        if height > limit:
            body[i] = _cut_row(deck, body[i], widths, limit, style)
            heights[i] = _row_height(body[i], widths, style)
    if first_slide is not None and first_box is not None and heights and header_h + heights[0] > first_box.height:
        first_slide, first_area = None, box  # nothing fits under the chart: start on a new slide
    pages = paginate(heights, header_h, first_area.height, box.height)
    slides: list[Any] = []
    for number, indices in enumerate(pages):
        if number == 0 and first_slide is not None:
            slide, area = first_slide, first_area
        else:
            slide = deck.add_slide(title if number == 0 and first_slide is None else title + deck.label("cont"))
            area = box if number or first_slide is not None else first_area
        slides.append(slide)
        _draw(deck, slide, area, columns, header_cells, [body[i] for i in indices],
              [header_h, *(heights[i] for i in indices)], widths, style, header_fill, banded)
    return slides


def _cut_row(deck: Deck, cells: list[Cell], widths: Sequence[int], limit: int, style: Style) -> list[Cell]:
    """Return the row with each cell cut to fit `limit` EMU of height, adding a warning."""
    height_pt = emu_to_pt(limit - 2 * CELL_Y)
    out: list[Cell] = []
    for cell, width in zip(cells, widths, strict=True):
        paras, _, cut = fit(as_paras(cell.text), emu_to_pt(width - 2 * CELL_X), height_pt, style)
        out.append(replace(cell, text=paras) if cut else cell)
    deck.warnings.append("a table row was too long for one slide and was shortened")
    return out


def _draw(deck: Deck, slide: Any, area: Box, columns: Sequence[Column], header: list[Cell], rows: list[list[Cell]],
          heights: list[int], widths: list[int], style: Style, header_fill: str | None, banded: bool) -> Any:
    """Draw one page of the table on `slide`; return the graphic frame."""
    design = deck.design
    frame = slide.shapes.add_table(len(rows) + 1, len(columns), area.left, area.top, area.width, sum(heights))
    table = frame.table
    tbl_pr = table._tbl.tblPr
    tbl_pr.set("bandRow", "0")
    for index, width in enumerate(widths):
        table.columns[index].width = width
    for index, height in enumerate(heights):
        table.rows[index].height = height
    for r, row in enumerate([header, *rows]):
        for c, cell in enumerate(row):
            if r == 0:
                fill, colour, bold = header_fill or design.accent, "FFFFFF", True
            else:
                fill = cell.fill or (design.panel if banded and r % 2 == 0 else "FFFFFF")
                colour = cell.color or design.ink
                bold = bool(cell.bold)
            _write_cell(deck, table.cell(r, c), cell, replace(style, bold=bold, color=colour,
                                                              align=columns[c].align), fill)
    return frame


def _write_cell(deck: Deck, cell: Any, content: Cell, style: Style, fill: str) -> None:
    """Write one cell: paragraphs, margins, anchor and flat fill."""
    tc = cell._tc
    write_paragraphs(tc.get_or_add_txBody(), as_paras(content.text), deck.fonts, style)
    tc_pr = tc.get_or_add_tcPr()
    for name, value in (("marL", CELL_X), ("marR", CELL_X), ("marT", CELL_Y), ("marB", CELL_Y)):
        tc_pr.set(name, str(value))
    tc_pr.set("anchor", "t")
    for old in tc_pr.findall(qn("a:solidFill")):
        tc_pr.remove(old)
    solid = etree.SubElement(tc_pr, qn("a:solidFill"))
    etree.SubElement(solid, qn("a:srgbClr")).set("val", fill)
