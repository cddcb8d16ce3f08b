"""Gantt of initiatives and milestones over the support period, continued when the rows do not fit."""

from __future__ import annotations

from typing import Any

from plangen.office.pptx import Box, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.roadmap import priority
from plangen.render.kickoff.timeline import Axis, draw_months

ROW = inch(0.42)


def rows(ctx: Ctx) -> list[tuple[str, Any]]:
    """Return ('initiative' | 'milestone', item) rows: initiatives in priority order, then milestones by date."""
    out: list[tuple[str, Any]] = [("initiative", i) for i in priority(ctx.plan.initiatives)]
    return out + [("milestone", m) for m in sorted(ctx.plan.milestones, key=lambda m: m.date)]


def render(ctx: Ctx) -> None:
    """Add the Gantt slide(s)."""
    from pptx.enum.shapes import MSO_SHAPE

    deck, plan = ctx.deck, ctx.plan
    all_rows = rows(ctx)
    area = deck.content
    per_page = max(int((area.height - inch(0.35)) // ROW), 1)
    label_style = Style(size=10, min_size=9, color=deck.design.ink, anchor="middle")
    bar_style = Style(size=9, min_size=9, color="FFFFFF", anchor="middle")
    for page, start in enumerate(range(0, len(all_rows), per_page)):
        chunk = all_rows[start:start + per_page]
        slide = deck.add_slide(ctx.tr("kickoff.gantt") + (ctx.tr("doc.cont") if page else ""))
        labels, timeline = area.columns([1, 2.6], gap=inch(0.1))
        header, body = timeline.take_top(inch(0.3))
        axis = Axis(plan.period_start, plan.period_end, header)
        grid_bottom = body.top + ROW * len(chunk)
        draw_months(deck, slide, axis, header, grid_bottom, ctx.lang)
        for index, (kind, item) in enumerate(chunk):
            top = body.top + index * ROW
            label_box = Box(labels.left, top, labels.width, ROW)
            if index % 2 == 0:
                deck.rect(slide, Box(labels.left, top, area.width, ROW), fill=deck.design.panel)
            if kind == "initiative":
                rank = start + index + 1
                deck.text(slide, label_box, f"{rank}. {item.name}", label_style)
                left, right = axis.span(item.start, item.end)
                bar = Box(left, top + inch(0.07), right - left, ROW - inch(0.14))
                owner = item.owner or "" if right - left > inch(1.3) else ""
                deck.text(slide, bar, owner, bar_style, fill=deck.design.accent)
            else:
                deck.text(slide, label_box, f"◆ {item.name}", Style(size=10, min_size=9, bold=True,
                                                                      color=deck.design.highlight, anchor="middle"))
                x = axis.x(item.date)
                size = inch(0.22)
                deck.rect(slide, Box(x - size // 2, top + (ROW - size) // 2, size, size),
                          fill=deck.design.highlight, shape=MSO_SHAPE.DIAMOND)
                when = Box(x + size // 2 + inch(0.04), top, inch(1.6), ROW)
                if when.right > timeline.right:
                    when = Box(x - size // 2 - inch(1.64), top, inch(1.6), ROW)
                deck.text(slide, when, ctx.day(item.date), Style(size=9, min_size=9, color=deck.design.muted,
                                                                 anchor="middle",
                                                                 align="left" if when.left > x else "right"))
