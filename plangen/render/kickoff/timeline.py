"""A time axis across the support period: date to x, and month ticks with labels."""

from __future__ import annotations

from datetime import date
from typing import Any

from plangen.model import Plan, add_months
from plangen.office.pptx import Box, Style, inch, pt_to_emu
from plangen.record import record
from plangen.text.formats import format_month, format_month_short, format_quarter, format_year


@record
class Axis:
    """Maps dates between `start` and `end` (inclusive) onto the x range of `box`."""

    start: date
    end: date
    box: Box

    def x(self, day: date) -> int:
        """Return the x of the start of `day`, clamped to the axis."""
        total = (self.end - self.start).days + 1
        offset = min(max((day - self.start).days, 0), total)
        return self.box.left + round(self.box.width * offset / total)

    def span(self, start: date | None, end: date | None) -> tuple[int, int]:
        """Return the x range of the days `start` to `end` (inclusive); missing ends take the axis ends."""
        left = self.x(start or self.start)
        right = self.x(date.fromordinal((end or self.end).toordinal() + 1))
        return left, max(right, left + inch(0.05))

    def months(self) -> list[tuple[date, date]]:
        """Return (first day, first day of next month) for every month the axis touches."""
        out: list[tuple[date, date]] = []
        first = self.start.replace(day=1)
        while first <= self.end:
            nxt = add_months(first, 1)
            out.append((first, nxt))
            first = nxt
        return out

    def quarters(self) -> list[tuple[date, date]]:
        """Return (first day, first day of next quarter) for every calendar quarter the axis touches."""
        first = self.start.replace(month=(self.start.month - 1) // 3 * 3 + 1, day=1)
        out: list[tuple[date, date]] = []
        while first <= self.end:
            nxt = add_months(first, 3)
            out.append((first, nxt))
            first = nxt
        return out


HEADING_INSET = pt_to_emu(1.5)
"""Side margin of a month or quarter heading."""
MAX_MONTHS = 12
"""Longest axis labelled by month; a longer one is labelled by quarter."""
ONE_ROW_MONTHS = 6
"""Longest axis whose month headings carry their year (2027年1月); a longer one has a band of years above."""


def header_height(start: date, end: date) -> int:
    """Return the height of the timeline heading: one row of months, or a row of years over months or quarters."""
    long = len(Axis(start, end, Box(0, 0, 1, 1)).months()) > ONE_ROW_MONTHS
    return inch(0.5) if long else inch(0.3)


def plan_span(plan: Plan) -> tuple[date, date]:
    """Return the first and last day an axis must show: the support period, widened to whole months to reach
    every phase, initiative and milestone date outside it (the plan check flags those; the chart still shows
    them whole rather than clipped at the slide edge)."""
    start, end = plan.period_start, plan.period_end
    days = [d for p in plan.flow.phases for d in (p.start, p.end) if d]
    days += [d for i in plan.initiatives for d in (i.start, i.end) if d]
    days += [m.date for m in plan.milestones]
    if days and min(days) < start:
        start = min(days).replace(day=1)
    if days and max(days) > end:
        end = date.fromordinal(add_months(max(days).replace(day=1), 1).toordinal() - 1)
    return start, end


def month_label(day: date, lang: str) -> str:
    """Return a month as 2027年1月 / Jan 2027 (year only on January and the first month)."""
    return format_month_short(day, lang)


def draw_months(deck: Any, slide: Any, axis: Axis, header: Box, grid_bottom: int, lang: str) -> None:
    """Draw month or quarter headings (under a band of years in a tall header) and lines down to `grid_bottom`."""
    style = Style(size=10, min_size=9, color=deck.design.muted, align="center", anchor="middle")
    end = date.fromordinal(axis.end.toordinal() + 1)
    row, count = header, len(axis.months())
    if count > ONE_ROW_MONTHS and header.height >= inch(0.45):
        years, row = header.take_top(header.height // 2)
        for index, year in enumerate(range(axis.start.year, axis.end.year + 1)):
            first = date(year, 1, 1)
            span = (max(first, axis.start), min(date(year + 1, 1, 1), end))
            _heading(deck, slide, axis, years, span, [format_year(first, lang)], style, index)
    for index, (first, nxt) in enumerate(axis.quarters() if count > MAX_MONTHS else axis.months()):
        short = month_label(first, lang) if count <= MAX_MONTHS else format_quarter(first, lang, with_year=False)
        if row is header and (index == 0 or first.month == 1):  # one row: the year on the first and on January
            texts = [format_month(first, lang) if count <= MAX_MONTHS else format_quarter(first, lang, with_year=True),
                     short]
        else:
            texts = [short]
        left = axis.x(max(first, axis.start))
        _heading(deck, slide, axis, row, (max(first, axis.start), min(nxt, end)), texts, style, index)
        deck.line(slide, left, row.bottom, left, grid_bottom, color="E3E6EA", width_pt=0.75)
    deck.line(slide, axis.box.right, row.bottom, axis.box.right, grid_bottom, color="E3E6EA", width_pt=0.75)


def _heading(deck: Any, slide: Any, axis: Axis, row: Box, span: tuple[date, date], texts: list[str], style: Style,
             index: int) -> None:
    """Draw one heading cell of `row` over the days of `span` with the first of `texts` that fits, else blank.

    A heading too narrow for its text (a sliver of a month or quarter at the start) is left blank rather
    than cut to "…".
    """
    from plangen.office.pptx.geometry import emu_to_pt
    from plangen.office.textfit import fits

    left, right = axis.x(span[0]), axis.x(span[1])
    room = emu_to_pt(right - left - 2 * HEADING_INSET)
    text = next((t for t in texts if fits(t, room, style.min_size * 1.3, style.min_size)), "")
    fill = deck.design.panel if index % 2 == 0 else "FFFFFF"
    deck.text(slide, Box(left, row.top, max(right - left, 1), row.height), text, style, fill=fill,
              inset_x=HEADING_INSET)
