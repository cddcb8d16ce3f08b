"""A time axis across the support period: date to x, and month ticks with labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from plangen.model import add_months
from plangen.office.pptx import Box, Style, inch
from plangen.office.pptx.text import INSET_X
from plangen.text.formats import format_month, format_month_short, format_quarter


@dataclass(frozen=True)
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

    def periods(self) -> list[tuple[date, date]]:
        """Return the months the axis touches, or its quarters when there are more than MAX_MONTHS months."""
        months = self.months()
        return months if len(months) <= MAX_MONTHS else self.quarters()


MAX_MONTHS = 12
"""Longest axis labelled by month; a longer one is labelled by quarter so that every heading stays readable."""


def month_label(day: date, lang: str) -> str:
    """Return a month as 2027年1月 / Jan 2027 (year only on January and the first month)."""
    return format_month_short(day, lang)


def draw_months(deck: Any, slide: Any, axis: Axis, header: Box, grid_bottom: int, lang: str) -> None:
    """Draw month (or, beyond MAX_MONTHS, quarter) labels in `header` and light vertical lines to `grid_bottom`."""
    from plangen.office.pptx.geometry import emu_to_pt
    from plangen.office.textfit import fits

    style = Style(size=10, min_size=9, color=deck.design.muted, align="center", anchor="middle")
    months = len(axis.months()) <= MAX_MONTHS
    year_shown = False
    for index, (first, nxt) in enumerate(axis.periods()):
        left = axis.x(max(first, axis.start))
        right = axis.x(min(nxt, date.fromordinal(axis.end.toordinal() + 1)))
        short = month_label(first, lang) if months else format_quarter(first, lang, with_year=False)
        long = format_month(first, lang) if months else format_quarter(first, lang, with_year=True)
        room = emu_to_pt(right - left - 2 * INSET_X)  # the text box's own margins
        # The year goes on the first heading wide enough to hold it (not a sliver before it) and each January;
        # a heading too narrow even for the short form is left empty rather than cut to "…".
        with_year = (first.month == 1 or not year_shown) and fits(long, room, style.min_size * 1.3, style.min_size)
        year_shown = year_shown or with_year
        text = long if with_year else short if fits(short, room, style.min_size * 1.3, style.min_size) else ""
        fill = deck.design.panel if index % 2 == 0 else "FFFFFF"
        deck.text(slide, Box(left, header.top, max(right - left, 1), header.height), text, style, fill=fill)
        deck.line(slide, left, header.bottom, left, grid_bottom, color="E3E6EA", width_pt=0.75)
    deck.line(slide, axis.box.right, header.bottom, axis.box.right, grid_bottom, color="E3E6EA", width_pt=0.75)
