"""A time axis across the support period: date to x, and month ticks with labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from plangen.model import Plan, add_months
from plangen.office.pptx import Box, Style, inch
from plangen.text.formats import format_month, format_month_short


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
    """Draw month labels in `header` and light vertical lines down to `grid_bottom`."""
    style = Style(size=10, min_size=9, color=deck.design.muted, align="center", anchor="middle")
    for index, (first, nxt) in enumerate(axis.months()):
        left = axis.x(max(first, axis.start))
        right = axis.x(min(nxt, date.fromordinal(axis.end.toordinal() + 1)))
        text = month_label(first, lang)
        if index == 0 or first.month == 1:
            text = format_month(first, lang)
        fill = deck.design.panel if index % 2 == 0 else "FFFFFF"
        deck.text(slide, Box(left, header.top, max(right - left, 1), header.height), text, style, fill=fill)
        deck.line(slide, left, header.bottom, left, grid_bottom, color="E3E6EA", width_pt=0.75)
    deck.line(slide, axis.box.right, header.bottom, axis.box.right, grid_bottom, color="E3E6EA", width_pt=0.75)
