"""Paginated tables: rows measured with the bundled font, split onto continuation slides with the header repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from pptx.shapes.graphfrm import GraphicFrame

from plangen.office import textfit
from plangen.office.phrases import per_names
from plangen.office.pptx import slides, xml
from plangen.office.pptx.geometry import Box, emu_to_pt, pt_to_emu
from plangen.office.pptx.text import BULLET, Para, Style, as_paras, fit
from plangen.record import record
from plangen.text.said import Said

if TYPE_CHECKING:
    from plangen.design import Design
    from plangen.office.pptx.text import Fonts


class Deck(Protocol):
    """What a table needs of the deck it is drawn on (the deck calls the table, never the reverse)."""

    content: Box
    design: Design
    fonts: Fonts
    warnings: list[str]

    def tr(self, key: str) -> str: ...

    def add_slide(self, title: str, *, cover: bool = False) -> Any: ...

    def _new_id(self, slide: Any) -> int: ...

    def _append(self, slide: Any, markup: str) -> Any: ...

CELL_X = pt_to_emu(5)
"""Left/right cell margin."""
CELL_Y = pt_to_emu(3)
"""Top/bottom cell margin."""

@record
class Column:
    """A table column: header text, relative width and alignment."""

    header: str
    weight: float = 1.0
    align: str = "left"


@record
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


def _row_height(cells: Sequence[Cell], widths: Sequence[int], style: Style, pad_y: int = CELL_Y) -> int:
    """Return the measured height in EMU of a row of `cells` (`pad_y`: top/bottom cell margin)."""
    lines = 1
    for cell, width in zip(cells, widths, strict=True):
        lines = max(lines, _cell_lines(_key(cell), emu_to_pt(width - 2 * CELL_X), style.size))
    return pt_to_emu(lines * style.size * style.line_spacing) + 2 * pad_y


def _key(cell: Cell) -> str | tuple[str | Para, ...]:
    """Return a cell's text as a key of the caches below (a list becomes a tuple)."""
    return cell.text if isinstance(cell.text, str) else tuple(cell.text)


@per_names(maxsize=8192)
def _cell_lines(text: str | tuple[str | Para, ...], width_pt: float, size: float, /) -> int:
    """Return how many lines a cell's text takes (keyed by the text: cheaper to hash than `line_count`'s Paras)."""
    return sum(len(textfit.wrap(_shown(p), width_pt, size)) for p in as_paras(text))


@per_names(maxsize=8192)
def _cell_cuts(text: str | tuple[str | Para, ...], width_pt: float, pt: float, /) -> int:
    """Return how many of a cell's paragraphs have a phrase wider than `width_pt` at `pt` (cached as above)."""
    return sum(not textfit.phrases_fit(_shown(p), width_pt, pt) for p in as_paras(text))


def padding(style: Style, ladder: bool) -> int:
    """Return the top/bottom cell margin: roomier (0.35 em) in tables that pick their size from a ladder."""
    return max(CELL_Y, pt_to_emu(round(style.size * 0.35))) if ladder else CELL_Y


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


def even_pages(heights: Sequence[int], header: int, first: int, rest: int) -> list[list[int]]:
    """Return `paginate`'s pages with the rows shared evenly: the same number of slides, but each filled to the
    least room that still needs no more of them (so no continuation holds a lone row)."""
    pages = paginate(heights, header, first, rest)
    if len(pages) < 2:
        return pages
    for step in range(10, 20):  # 50 % .. 95 % of the room
        share = step / 20
        trial = paginate(heights, header, round(first * share), round(rest * share))
        if len(trial) == len(pages) and all(trial):
            return trial
    return pages


def add_table(deck: Deck, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
              style: Style | None = None, box: Box | None = None, first_slide: Any = None,
              first_box: Box | None = None, header_fill: str | None = None, banded: bool = True,
              sizes: Sequence[float] | None = None) -> list[Any]:
    """Return the slides holding `rows` under `columns`: continued on new slides titled '… (cont.)'.

    `sizes` is a ladder of font sizes (default: `style.size` alone): the table takes the largest size at which
    every row fits on the first page, and only at the smallest size continues on further slides. The first
    page goes on `first_slide` inside `first_box` when given (e.g. under a chart); later pages take the whole
    content area (`box`, default the deck's). A row too tall for an empty page is cut with '…'.
    """
    style = style or Style(size=10, min_size=10)
    ladder = sorted({float(s) for s in sizes}, reverse=True) if sizes else [style.size]
    box = box or deck.content
    first_area = first_box or box
    header_cells = [Cell(c.header, bold=True) for c in columns]
    body = [[_cell(v) for v in row] for row in rows]
    all_rows = [header_cells, *body]
    widths = _widths(box, columns, all_rows, ladder[-1])
    cut_at_smallest = _cut_phrases(all_rows, widths, ladder[-1])
    one_page = first_area.height if first_slide is None or first_box is None else first_box.height
    for size in ladder[:-1]:  # the largest size at which the whole table fits one page, no more words cut
        trial = _widths(box, columns, all_rows, size)
        if (_fits_one_page(header_cells, body, trial, style.at(size), one_page, padding(style.at(size), True))
                and _cut_phrases(all_rows, trial, size) <= cut_at_smallest):
            style, widths = style.at(size), trial
            break
    else:
        style = style.at(ladder[-1])
    pad_y = padding(style, sizes is not None)
    header_h = _row_height(header_cells, widths, style, pad_y)
    heights = [_row_height(row, widths, style, pad_y) for row in body]
    limit = min(first_area.height, box.height) - header_h
    for i, height in enumerate(heights):
        if height > limit:
            body[i] = _cut_row(deck, body[i], widths, limit, style, pad_y)
            heights[i] = _row_height(body[i], widths, style, pad_y)
    if first_slide is not None and first_box is not None and heights and header_h + heights[0] > first_box.height:
        first_slide, first_area = None, box  # nothing fits under the chart: start on a new slide
    pages = even_pages(heights, header_h, first_area.height, box.height)
    anchor = "top"
    if len(pages) == 1 and first_slide is None:
        balanced = balance(heights, header_h, first_area.height)
        anchor = "middle" if balanced != heights else anchor
        heights = balanced
    slides: list[Any] = []
    for number, indices in enumerate(pages):
        if number == 0 and first_slide is not None:
            slide, area = first_slide, first_area
        else:
            slide = deck.add_slide(title if number == 0 and first_slide is None else title + deck.tr("doc.cont"))
            area = box if number or first_slide is not None else first_area
        slides.append(slide)
        _draw(deck, slide, area, columns, header_cells, [body[i] for i in indices],
              [header_h, *(heights[i] for i in indices)], widths, style, header_fill, banded, pad_y, anchor)
    return slides


BALANCE = 0.62
"""A one-slide table shorter than this share of its area gets roomier rows, so the slide is not left half empty."""
ROW_EXTRA = pt_to_emu(30)
"""At most this much is added to a row when a short table is balanced."""


def balance(heights: Sequence[int], header: int, room: int) -> list[int]:
    """Return row heights grown evenly (by at most ROW_EXTRA each) until the table fills BALANCE of `room`."""
    used = header + sum(heights)
    if not heights or used >= room * BALANCE:
        return list(heights)
    extra = min(ROW_EXTRA, round((room * BALANCE - used) / len(heights)))
    return [h + extra for h in heights]


def _fits_one_page(header: Sequence[Cell], body: Sequence[Sequence[Cell]], widths: Sequence[int], style: Style,
                   room: int, pad_y: int) -> bool:
    """Return True when the header and every row fit `room` EMU at `style` (stops measuring once over)."""
    used = _row_height(header, widths, style, pad_y)
    for row in body:
        used += _row_height(row, widths, style, pad_y)
        if used > room:
            return False
    return used <= room


def _widths(box: Box, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], size: float) -> list[int]:
    """Return column widths in EMU from the columns' weights, widened where a column's widest phrase (a name, a
    date, a number with its unit) would not fit at `size`, taking the room from columns with room to spare."""
    widths = [float(b.width) for b in box.columns([c.weight for c in columns])]
    # every line fits its column whole: no phrase can be wider, and widen_columns keeps the widths as they are
    whole = _needs(rows, len(widths), size, textfit.widest_line)
    needs = whole if all(n <= w for n, w in zip(whole, widths, strict=True)) else \
        _needs(rows, len(widths), size, textfit.longest_phrase)
    out = [round(w) for w in textfit.widen_columns(needs, widths)]
    out[-1] += box.width - sum(out)
    return out


def _needs(rows: Sequence[Sequence[Cell]], count: int, size: float, measure: Any) -> list[float]:
    """Return the width in EMU each column needs for the widest text `measure` finds in it (a phrase, a line)."""
    needs = [0.0] * count
    for row in rows:
        for col, cell in enumerate(row):
            need = _cell_need(_key(cell), size * (1.05 if cell.bold else 1.0), measure)
            needs[col] = max(needs[col], need)
    return needs


@per_names(maxsize=8192)
def _cell_need(text: str | tuple[str | Para, ...], pt: float, measure: Any, /) -> float:
    """Return the width in EMU a cell needs for the widest text `measure` finds in its paragraphs (0 if none)."""
    need = 0.0
    for para in as_paras(text):
        # one point more than measured, so that rounding to EMU never leaves the phrase a hair too wide
        need = max(need, pt_to_emu(measure(_shown(para), pt) / (1 - textfit.SAFETY) + 1) + 2 * CELL_X)
    return need


def _shown(para: Para) -> str:
    """Return a paragraph's text as drawn, bullet included."""
    return BULLET + para.text if para.bullet else para.text


def _cut_phrases(rows: Sequence[Sequence[Cell]], widths: Sequence[int], size: float) -> int:
    """Return how many cell paragraphs have a phrase (name, number with unit, katakana word) wider than their
    column at `size` (a long URL counts at every size; a smaller size must never cut more)."""
    count = 0
    for row in rows:
        for cell, width in zip(row, widths, strict=True):
            count += _cell_cuts(_key(cell), emu_to_pt(width - 2 * CELL_X), size * (1.05 if cell.bold else 1.0))
    return count


def _cut_row(deck: Deck, cells: list[Cell], widths: Sequence[int], limit: int, style: Style,
             pad_y: int = CELL_Y) -> list[Cell]:
    """Return the row with each cell cut to fit `limit` EMU of height, adding a warning."""
    height_pt = emu_to_pt(limit - 2 * pad_y)
    out: list[Cell] = []
    for cell, width in zip(cells, widths, strict=True):
        paras, _, cut = fit(as_paras(cell.text), emu_to_pt(width - 2 * CELL_X), height_pt, style)
        out.append(replace(cell, text=paras) if cut else cell)
    deck.warnings.append(Said("messages.render.row_cut"))
    return out


@lru_cache(maxsize=256)
def _cell_style(style: Style, bold: bool, colour: str, align: str) -> Style:
    """Return the table's style with a cell's weight, colour and alignment."""
    return replace(style, bold=bold, color=colour, align=align)


def _draw(deck: Deck, slide: Any, area: Box, columns: Sequence[Column], header: list[Cell], rows: list[list[Cell]],
          heights: list[int], widths: list[int], style: Style, header_fill: str | None, banded: bool,
          pad_y: int = CELL_Y, anchor: str = "top") -> Any:
    """Draw one page of the table on `slide` (built as raw XML); return the graphic frame."""
    design = deck.design
    inners = [emu_to_pt(width - 2 * CELL_X) for width in widths]
    out: list[tuple[int, list[str]]] = []
    for r, (row, height) in enumerate(zip([header, *rows], heights, strict=True)):
        cells: list[str] = []
        for c, cell in enumerate(row):
            if r == 0:
                fill, colour, bold = header_fill or design.accent, "FFFFFF", True
            else:
                fill = cell.fill or (design.panel if banded and r % 2 == 0 else "FFFFFF")
                colour = cell.color or design.ink
                bold = bool(cell.bold)
            paras = as_paras(cell.text) or [Para("")]
            body = xml.paragraphs(paras, deck.fonts, _cell_style(style, bold, colour, columns[c].align), BULLET,
                                  inners[c])
            cells.append(xml.cell(body, fill, CELL_X, pad_y, anchor if r else "middle"))
        out.append((height, cells))
    frame = Box(area.left, area.top, area.width, sum(heights))
    shape_id = deck._new_id(slide)
    element = deck._append(slide, xml.table(shape_id, frame, widths, out))
    return slides.LazyShape(slide, shape_id, GraphicFrame) if element is None else GraphicFrame(element, slide.shapes)
