"""The portfolio deck: a summary slide, then every client in order of risk (table continued over slides).

The summary slide shows the headline figures and the clients to discuss this week (`to_discuss`). Both
tables take the kickoff deck's size ladder (`TABLE_SIZES`) capped at the largest size at which every header
and every short value (dates, scores, labels) fits its column without breaking inside a word
(`layout_columns`); names, milestones and reasons wrap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.portfolio import Portfolio, PortfolioRow
from plangen.design import Design
from plangen.office.docprops import DocProps, language_tag
from plangen.office.pptx.geometry import emu_to_pt
from plangen.office.textfit import LINE_SPACING, SAFETY, text_width, wrap
from plangen.record import record
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.render.portfolio.xlsx import risk_word, rule_cell, rule_texts
from plangen.text import tr
from plangen.text.formats import (
    STATUS_COLOURS,
    format_date_short,
    format_money,
    format_month,
    format_score,
    format_signed,
    join_list,
)

if TYPE_CHECKING:
    from plangen.office.pptx import Cell

RISK_STATUS = {"high": "off_track", "medium": "at_risk", "low": "on_track"}
DISCUSS_MAX = 8
"""At most this many clients in the summary slide's table (the rest are counted under it)."""
RENEWAL_DAYS = 90
"""A renewal within this many days is a reason to discuss a client."""


@record
class TableColumn:
    """A column of a portfolio table: header pieces (a header breaks only between them), alignment, and
    whether cells wrap freely (names, milestones) or, like dates and scores, break only between the pieces
    their `Cell.text` tuple gives."""

    header: tuple[str, ...]
    align: str = "left"
    wrap: bool = False


CLIENT_COLUMNS = (
    TableColumn(("portfolio.header.rank",), "right"), TableColumn(("portfolio.header.risk",), "center"),
    TableColumn(("portfolio.header.rule",), wrap=True), TableColumn(("portfolio.header.client",), wrap=True),
    TableColumn(("portfolio.header.fee_year", "portfolio.header.fee_short"), "right"),
    TableColumn(("portfolio.header.health_short",), "right"), TableColumn(("portfolio.header.change",), "right"),
    TableColumn(("portfolio.header.kpis", "portfolio.header.kpis_detail"), "center"),
    TableColumn(("portfolio.header.renewal",)),
    TableColumn(("portfolio.header.next", "portfolio.header.milestone"),
                wrap=True), TableColumn(("portfolio.header.csm",)),
)
"""The client table's columns, headers as catalog keys (a header breaks only between its pieces)."""
DISCUSS_COLUMNS = (
    TableColumn(("portfolio.header.rank",), "right"), TableColumn(("portfolio.header.risk",), "center"),
    TableColumn(("portfolio.header.client",), wrap=True), TableColumn(("portfolio.header.discuss",), wrap=True),
    TableColumn(("portfolio.header.csm",)),
)


def columns_in(columns: Sequence[TableColumn], lang: str) -> tuple[TableColumn, ...]:
    """Return `columns` with their header keys replaced by the words of `lang`."""
    return tuple(replace(c, header=tuple(tr(lang, key) for key in c.header)) for c in columns)


def renews_soon(row: PortfolioRow) -> bool:
    """Return True when the row's contract renews within `RENEWAL_DAYS` days (and has not yet passed)."""
    return row.days_to_renewal is not None and 0 <= row.days_to_renewal <= RENEWAL_DAYS


def to_discuss(rows: Sequence[PortfolioRow]) -> list[PortfolioRow]:
    """Return the clients the team should discuss this week, in the rows' (risk) order: a high or medium
    risk (a rule fired), a health drop alert or milestones at risk."""
    return [r for r in rows if r.risk_rules or r.alert or r.milestones_at_risk]


def risk_reasons(row: PortfolioRow, lang: str) -> list[str]:
    """Return the reasons to discuss a row, most serious first: the risk rules that fired, then milestones at
    risk and a missing health score, in `lang`."""
    reasons = rule_texts(row, lang)
    if row.milestones_at_risk:
        reasons.append(tr(lang, "portfolio.r.ms", n=row.milestones_at_risk))
    if row.score is None and "no_data" not in row.risk_rules:
        reasons.append(tr(lang, "portfolio.r.nodata"))
    return reasons


def portfolio_props(portfolio: Portfolio, lang: str) -> DocProps:
    """Return the properties of the portfolio files: titled for the month, by the one CSM of every row or the team."""
    csms = list(dict.fromkeys(row.csm for row in portfolio.rows if row.csm))
    return DocProps(title=tr(lang, "portfolio.title", month=format_month(portfolio.month, lang)),
                    author=csms[0] if len(csms) == 1 else tr(lang, "portfolio.footer"), language=language_tag(lang))


def write_pptx(portfolio: Portfolio, target: Path, lang: str = "ja", *, template: Path | None = None) -> Path:
    """Write the portfolio deck (on the user's `template` .pptx if given) atomically; return its path."""
    from plangen.office.pptx import Deck
    from plangen.write.atomic import write_atomic

    design = Design(lang=lang)
    deck = Deck.open(design, tr(lang, "portfolio.footer"), template=template)
    deck.properties = portfolio_props(portfolio, lang)
    _summary_slide(deck, portfolio, lang)
    _client_table(deck, portfolio, lang)
    return write_atomic(target, deck.save)


def _summary_slide(deck: Any, portfolio: Portfolio, lang: str) -> None:
    """Add the summary slide: headline figures as tiles, then the clients to discuss this week as a table."""
    from plangen.office.pptx import Cell, Para, Style, inch

    rows = portfolio.rows
    slide = deck.add_slide(tr(lang, "portfolio.title", month=format_month(portfolio.month, lang)))
    tiles = [
        (tr(lang, "portfolio.clients"), str(len(rows)), deck.design.accent),
        (tr(lang, "portfolio.high"), str(sum(r.risk_level == "high" for r in rows)), STATUS_COLOURS["off_track"]),
        (tr(lang, "portfolio.alerts"), str(sum(r.alert for r in rows)), STATUS_COLOURS["at_risk"]),
        (tr(lang, "portfolio.renewals"), str(sum(renews_soon(r) for r in rows)), deck.design.accent),
        (tr(lang, "portfolio.average"), format_score(portfolio.average_health),
         deck.design.accent),
    ]
    top, rest = deck.content.take_top(round(deck.content.height * 0.24), gap=round(deck.content.height * 0.04))
    for box, (caption, value, colour) in zip(top.columns(len(tiles), gap=round(top.width * 0.02)), tiles,
                                             strict=True):
        deck.rect(slide, box, fill=deck.design.panel)
        number, label_box = box.rows([3, 2])
        deck.text(slide, number, value, Style(size=32, min_size=16, bold=True, color=colour, align="center",
                                              anchor="bottom"))
        deck.text(slide, label_box, caption, Style(size=12, min_size=9, color=deck.design.muted, align="center"))
    head, rest = rest.take_top(inch(0.4), gap=inch(0.08))
    deck.text(slide, head, tr(lang, "portfolio.attention"),
              Style(size=16, min_size=10, bold=True, color=deck.design.accent, anchor="middle"))
    discuss = {id(row) for row in to_discuss(rows)}
    notes: list[Any] = []
    nodata = [r.name for r in rows if r.score is None]
    if nodata:
        names = join_list(nodata[:5] + (["…"] if len(nodata) > 5 else []), lang)
        notes.append(Para(tr(lang, "portfolio.nodata", n=len(nodata), names=names), color=deck.design.muted))
    if portfolio.failed:
        notes.append(Para(tr(lang, "portfolio.failed", n=len(portfolio.failed)), color=STATUS_COLOURS["off_track"]))
    note_h = inch(0.3) * (len(notes) + 1)
    table_box, note_box = rest.take_top(rest.height - note_h, gap=0)
    if not discuss:
        deck.text(slide, table_box.take_top(inch(0.9))[0], tr(lang, "portfolio.none"),
                  Style(size=16, min_size=10, color=deck.design.ink, anchor="middle"), fill=deck.design.panel,
                  inset_x=inch(0.2))
    else:
        columns = columns_in(DISCUSS_COLUMNS, lang)
        body = [[Cell((str(rank),)), _risk_cell(row, lang), Cell(row.name),
                 Cell(join_list(risk_reasons(row, lang), lang) or risk_word(row.risk_level, lang)),
                 Cell(_people(row.csm))]
                for rank, row in enumerate(rows, 1) if id(row) in discuss]
        least = TABLE_SIZES[-1]
        _, widths = layout_columns(columns, body[:DISCUSS_MAX], emu_to_pt(table_box.width), (least,))
        shown = min(DISCUSS_MAX, _rows_that_fit(columns, body, widths, least, emu_to_pt(table_box.height)))
        if shown < len(body):
            notes.insert(0, Para(tr(lang, "portfolio.more", n=len(body) - shown), color=deck.design.muted))
        _table(deck, tr(lang, "portfolio.attention"), columns, body[:shown], box=table_box, slide=slide)
    if notes:
        deck.text(slide, note_box, notes, Style(size=12, min_size=9, anchor="bottom"))


def _client_table(deck: Any, portfolio: Portfolio, lang: str) -> None:
    """Add the table of every client, highest risk first, continued over as many slides as needed."""
    from plangen.office.pptx import Cell

    body = []
    for rank, row in enumerate(portfolio.rows, 1):
        change = format_signed(row.change)
        milestone: tuple[str, ...] = (row.next_milestone or "—",)
        if row.next_milestone_date:  # the date on a line of its own when both do not fit one
            milestone = (f"{format_date_short(row.next_milestone_date, lang)} ", *milestone)
        health = f"{format_score(row.score)} {row.level or ''}".strip()
        body.append([
            Cell((str(rank),)),
            _risk_cell(row, lang),
            Cell((rule_texts(row, lang) or [rule_cell(row, lang)])[0]),  # the rule that set the level
            Cell(row.name),
            Cell((format_money(row.annual_fee, row.currency, lang) if row.annual_fee is not None else "",)),
            Cell((health,)),
            Cell((f"{change} ", tr(lang, "portfolio.alert")) if row.alert else (change,),
                 color=STATUS_COLOURS["off_track"] if row.alert else None, bold=row.alert or None),
            Cell((f"{row.kpis['off_track']} / {row.kpis['at_risk']}",)),
            Cell((format_date_short(row.renewal, lang),)),
            Cell(milestone),
            Cell(_people(row.csm)),
        ])
    _table(deck, tr(lang, "portfolio.table"), columns_in(CLIENT_COLUMNS, lang), body)


def _risk_cell(row: PortfolioRow, lang: str) -> Cell:
    """Return the coloured risk chip of a row."""
    from plangen.office.pptx import Cell

    return Cell((risk_word(row.risk_level, lang),), fill=STATUS_COLOURS[RISK_STATUS[row.risk_level]],
                color="FFFFFF", bold=True)


def _table(deck: Any, title: str, columns: Sequence[TableColumn], body: Sequence[Sequence[Cell]], *,
           box: Any = None, slide: Any = None) -> list[Any]:
    """Draw `body` at the largest ladder size at which it fits one slide (else the smallest, continued over
    slides), its columns laid out for that size and pieces joined on as few lines as they allow."""
    from plangen.office.pptx import Column, Style

    area = box or deck.content
    room = emu_to_pt(area.height)
    top, _ = layout_columns(columns, body, emu_to_pt(area.width))
    sizes = [float(s) for s in TABLE_SIZES if s <= top] or [float(TABLE_SIZES[-1])]
    for candidate in sizes:
        size, widths = layout_columns(columns, body, emu_to_pt(area.width), (candidate,))
        if _rows_that_fit(columns, body, widths, size, room) == len(body):
            break
    kit_columns = [Column(_join(c.header, width, size, True), weight=width, align=c.align)
                   for c, width in zip(columns, widths, strict=True)]
    rows = [[replace(cell, text=_join(cell.text, width, size, bool(cell.bold))) if isinstance(cell.text, tuple)
             else cell for cell, width in zip(row, widths, strict=True)] for row in body]
    return list(deck.table(title, kit_columns, rows, style=Style(size=size, min_size=size), sizes=(size,),
                           first_slide=slide, first_box=box))


def _people(names: str) -> tuple[str, ...]:
    """Return comma-separated names as pieces (a name stays on one line)."""
    return tuple(re.findall(r"[^,]+(?:,\s*)?", names)) or ("—",)


BOLD = 1.1
"""Bold text is measured this much wider than the bundled font's regular weight (viewers' bold Latin fonts are
wider than the kit's safety margin allows for)."""
WRAP_FLOOR = "あ" * 6
"""A wrapping column keeps room for this much text on a line (or its longest text, when shorter)."""
WRAP_COMFORT = "あ" * 9
"""Spare width goes first to wrapping columns narrower than this, then to short values, then to the rest."""

Pieces = tuple[tuple[str, ...], bool]
"""A cell as the pieces it may break between, and whether it is bold."""


def _cell_pt(text: str, size: float, bold: bool = False) -> float:
    """Return the column width in points that holds `text` on one line at `size` (as the kit measures)."""
    from plangen.office.pptx.table import CELL_X

    return text_width(text.strip(), size) * (BOLD if bold else 1.0) / (1 - SAFETY) + 2 * emu_to_pt(CELL_X) + 1.0


def _join(pieces: Sequence[str], width: float, size: float, bold: bool = False) -> str:
    """Return `pieces` packed greedily onto lines that fit a `width`-point column at `size` points."""
    lines = [""]
    for piece in pieces:
        if lines[-1] and _cell_pt(lines[-1] + piece, size, bold) > width:
            lines.append("")
        lines[-1] += piece
    return "\n".join(line.strip() for line in lines)


def _texts(column: int, body: Sequence[Sequence[Cell]]) -> list[Pieces]:
    """Return the cells of one column as pieces (a wrapping cell is one piece)."""
    out = []
    for row in body:
        text = row[column].text
        out.append((tuple(text) if isinstance(text, tuple) else (str(text),), bool(row[column].bold)))
    return out


def layout_columns(columns: Sequence[TableColumn], body: Sequence[Sequence[Cell]], total: float,
                   sizes: Sequence[float] = TABLE_SIZES) -> tuple[float, list[float]]:
    """Return (size, column widths in points summing to `total`) for a table of `body` under `columns`.

    The size is the largest of `sizes` at which headers and non-wrapping cells break only between their
    pieces (headers on one line when they can) and wrapping columns keep room for their Latin words and
    `WRAP_FLOOR`. The widths give each column that much, then share the rest in proportion to what each
    column lacks for its longest text on one line: wrapping columns up to `WRAP_COMFORT` first, then short
    values (non-wrapping columns), then the rest.
    """
    cells = [[((c.header), True), *_texts(i, body)] for i, c in enumerate(columns)]
    options = [(candidate, whole) for candidate in sizes for whole in (True, False)]
    for size, whole in options:  # the largest size; at one size, one-line headers if they fit
        least = [_minimum(c, cells[i], size, whole) for i, c in enumerate(columns)]
        if sum(least) <= total:
            break
    natural = [max(least[i], *(_cell_pt("".join(p), size, bold) for p, bold in cells[i]))
               for i in range(len(columns))]
    spare = total - sum(least)
    if spare <= 0:
        return size, [total * m / sum(least) for m in least]
    comfort = _cell_pt(WRAP_COMFORT, size)
    targets = ([min(n, max(m, comfort)) if c.wrap else m for c, n, m in zip(columns, natural, least, strict=True)],
               [n if not c.wrap else min(n, max(m, comfort)) for c, n, m in zip(columns, natural, least, strict=True)],
               natural)
    widths = list(least)
    for target in targets:
        lack = [max(0.0, t - w) for t, w in zip(target, widths, strict=True)]
        share = min(spare, sum(lack))
        if share > 0:
            widths = [w + share * g / sum(lack) for w, g in zip(widths, lack, strict=True)]
            spare -= share
    return size, [w + spare * n / sum(natural) for w, n in zip(widths, natural, strict=True)]


def _minimum(column: TableColumn, cells: Sequence[Pieces], size: float, whole: bool) -> float:
    """Return the narrowest width in points of `column` (`cells[0]`: its header) at `size`: the header on one
    line (`whole`) or broken between its pieces, other non-wrapping cells broken only between pieces, wrapping
    cells never inside a Latin word (up to 16 letters) and at least `WRAP_FLOOR` wide (or their longest text)."""
    header, body = cells[0], cells[1:]
    need = [_cell_pt(p, size, True) for p in (["".join(header[0])] if whole else header[0])]
    for pieces, bold in body:
        if column.wrap:
            need += [_cell_pt(word, size, bold) for text in pieces for word in re.findall(r"[!-~]{1,16}", text)]
        else:
            need += [_cell_pt(piece, size, bold) for piece in pieces]
    if column.wrap:
        longest = max((_cell_pt("".join(p), size, bold) for p, bold in body), default=0.0)
        need.append(min(longest, _cell_pt(WRAP_FLOOR, size)))
    return max(need)


def _rows_that_fit(columns: Sequence[TableColumn], body: Sequence[Sequence[Cell]], widths: Sequence[float],
                   size: float, room: float) -> int:
    """Return how many rows of `body` fit `room` points under the header at `size` (measured as the kit does)."""
    from plangen.office.pptx.table import CELL_X

    pad = max(3.0, round(size * 0.35))
    inner = [w - 2 * emu_to_pt(CELL_X) for w in widths]

    def height(texts: Sequence[str]) -> float:
        lines = max(sum(len(wrap(line, w, size)) for line in t.split("\n")) for t, w in zip(texts, inner, strict=True))
        return lines * size * LINE_SPACING + 2 * pad + 1.0

    used = height([_join(c.header, w, size, True) for c, w in zip(columns, widths, strict=True)])
    for count, row in enumerate(body):
        used += height([_join(c.text, w, size, bool(c.bold)) if isinstance(c.text, tuple) else str(c.text)
                        for c, w in zip(row, widths, strict=True)])
        if used > room:
            return count
    return len(body)

