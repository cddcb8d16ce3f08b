"""The portfolio workbook: one row per client, ordered by risk, filters and frozen header, printable.

It prints landscape on A4, one page wide (as many pages tall as the clients need), with the header
row repeated on every page (print titles), the month in the page header and page numbers below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.portfolio import Portfolio, PortfolioRow
from plangen.office.docprops import DocProps, apply_workbook, language_tag
from plangen.text import tr
from plangen.text.catalog import CATALOG
from plangen.text.formats import excel_date_format, join_list

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


HEADERS = ("portfolio.header.rank", "portfolio.header.risk", "portfolio.header.rule", "portfolio.header.client",
           "portfolio.header.id", "portfolio.header.segment", "portfolio.header.fee", "portfolio.header.renewal",
           "portfolio.header.days_to_renewal", "portfolio.header.health", "portfolio.header.level",
           "portfolio.header.change", "portfolio.header.alert", "portfolio.header.fallers", "status.achieved",
           "status.on_track", "status.at_risk", "status.off_track", "status.no_data", "portfolio.header.next_milestone",
           "portfolio.header.next_milestone_date", "portfolio.header.csm")
"""Catalog keys of the workbook's columns."""
WIDTHS = (6, 9, 12, 16, 14, 14, 14, 12, 10, 11, 8, 8, 12, 12, 7, 7, 7, 7, 9, 16, 12, 16)
DATE_COLUMNS = (8, 21)
FEE_COLUMN = 7
FIT_COLUMNS = (3, 4, 14, 20)
"""Columns of long text (rules, client, fallen components, milestone) sized to their longest cell."""


def rule_texts(row: PortfolioRow, lang: str) -> list[str]:
    """Return the risk rules that fired for `row`, with their facts, in `lang` (most serious first)."""
    from plangen.text.formats import format_date

    out = []
    for rule in row.risk_rules:
        if rule == "health":
            out.append(tr(lang, "portfolio.rule.health_alert") if row.alert
                       else tr(lang, "portfolio.rule.health_lowest", level=row.level or ""))
        elif rule == "support_ended":
            out.append(tr(lang, "portfolio.rule.support_ended", end=format_date(row.period_end, lang)))
        elif rule == "no_data":
            out.append(tr(lang, "portfolio.rule.no_data", months=row.months_without_data))
        elif rule in ("renewal_kgi", "renewal"):
            out.append(tr(lang, f"portfolio.rule.{rule}", days=row.days_to_renewal))
        elif rule == "kpi_at_risk":
            out.append(tr(lang, "portfolio.rule.kpi_at_risk", n=row.kpis["at_risk"] + row.kpis["off_track"]))
        else:
            out.append(tr(lang, f"portfolio.rule.{rule}"))
    return out


def rule_cell(row: PortfolioRow, lang: str) -> str:
    """Return the fired rules as one cell's text, or the word for none."""
    return tr(lang, "portfolio.rule.sep").join(rule_texts(row, lang)) or tr(lang, "portfolio.rule.none")


def risk_word(level: str, lang: str) -> str:
    """Return a risk level (high, medium, low) as a word."""
    return tr(lang, f"level.{level}")


def segment_word(segment: str, lang: str) -> str:
    """Return a known segment's word, or the plan's own segment text as written."""
    key = f"segment.{segment}"
    return tr(lang, key) if key in CATALOG["ja"] else segment


def row_values(row: PortfolioRow, rank: int, lang: str) -> list[Any]:
    """Return the workbook cells of a row: numbers and dates as such, text as text."""
    return [
        rank, risk_word(row.risk_level, lang), rule_cell(row, lang), row.name, row.slug,
        segment_word(row.segment, lang) if row.segment else "", row.annual_fee, row.renewal, row.days_to_renewal,
        round(row.score, 1) if row.score is not None else None, row.level or "", row.change,
        tr(lang, "portfolio.alert") if row.alert else "", join_list(row.fallers, lang),
        *(row.kpis[s] for s in ("achieved", "on_track", "at_risk", "off_track", "no_data")),
        row.next_milestone or "", row.next_milestone_date, row.csm,
    ]


def write_xlsx(portfolio: Portfolio, target: Path, lang: str = "ja", props: DocProps | None = None) -> Path:
    """Write the portfolio workbook (filters, frozen header, text cells as text, `props`) atomically; return it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from plangen.design import Design
    from plangen.text.formats import STATUS_COLOURS
    from plangen.write.atomic import write_atomic

    design = Design(lang=lang)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = tr(lang, "portfolio.sheet", month=portfolio.month)
    headers = [tr(lang, key) for key in HEADERS]
    header_font = Font(bold=True, color="FFFFFF", name=design.font_ea)
    fill = PatternFill("solid", fgColor=design.accent)
    for col, text in enumerate(headers, 1):
        _text_cell(ws, 1, col, text)
        cell = ws.cell(1, col)
        cell.font, cell.fill = header_font, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    risk_fill = {lvl: PatternFill("solid", fgColor=STATUS_COLOURS[s])
                 for lvl, s in (("high", "off_track"), ("medium", "at_risk"), ("low", "on_track"))}
    white = Font(bold=True, color="FFFFFF")
    for r, row in enumerate(portfolio.rows, 2):
        for col, value in enumerate(row_values(row, r - 1, lang), 1):
            if isinstance(value, str):
                _text_cell(ws, r, col, value)
            else:
                ws.cell(r, col, value)
        ws.cell(r, 2).fill, ws.cell(r, 2).font = risk_fill[row.risk_level], white
        for col in DATE_COLUMNS:
            ws.cell(r, col).number_format = excel_date_format(lang)
        ws.cell(r, FEE_COLUMN).number_format = "#,##0"
        ws.cell(r, 10).number_format = "0.0"
        ws.cell(r, 12).number_format = "+0.0;-0.0;0.0"
        if row.alert:
            ws.cell(r, 13).font = Font(bold=True, color=STATUS_COLOURS["off_track"])
    for col, width in enumerate(WIDTHS, 1):
        if col in FIT_COLUMNS:  # long text: as wide as its longest cell (no wrapping, rows stay one line high)
            cells = [ws.cell(r, col).value for r in range(2, len(portfolio.rows) + 2)]
            width = min(max([width, *(_display_width(str(v)) + 2 for v in cells if v)]), 70)
        ws.column_dimensions[_column_letter(col)].width = width
    ws.freeze_panes = "E2"
    last = max(2, len(portfolio.rows) + 1)
    ws.auto_filter.ref = f"A1:{_column_letter(len(headers))}{last}"
    ws.row_dimensions[1].height = 32
    print_setup(ws, portfolio.month, lang)
    apply_workbook(wb, props or DocProps(title=ws.title, author="", language=language_tag(lang)))
    return write_atomic(target, wb.save)


def print_setup(ws: Worksheet, month: str, lang: str) -> None:
    """Set the sheet to print landscape on A4, one page wide, the header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    from plangen.text.formats import format_month

    ws.oddHeader.center.text = tr(lang, "portfolio.title", month=format_month(month, lang))
    ws.oddFooter.center.text = "&P / &N"


def _display_width(text: str) -> int:
    """Return the width of `text` in spreadsheet character units (a wide, e.g. Japanese, character counts 1.7)."""
    from plangen.office.phrases import is_wide

    return round(sum(1.7 if is_wide(ch) else 1.0 for ch in text))


def _text_cell(ws: Worksheet, row: int, col: int, text: str) -> None:
    """Write `text` as a string cell, never as a formula (plan text starting with '=' stays text)."""
    cell = ws.cell(row, col)
    cell.value = text
    cell.data_type = "s"


def _column_letter(col: int) -> str:
    """Return the spreadsheet letter of a 1-based column."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


