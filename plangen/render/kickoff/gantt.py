"""Gantt of initiatives and milestones over the support period, continued when the rows do not fit."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from plangen.model import Initiative
from plangen.office.pptx import Box, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.roadmap import QUADRANT_FILL, priority, quadrant
from plangen.render.kickoff.timeline import Axis, draw_months, header_height, plan_span

ROW = inch(0.42)
ROW_MAX = inch(0.6)
"""Rows grow up to this height when a short schedule would leave the slide half empty."""


def rows(ctx: Ctx) -> list[tuple[str, Any]]:
    """Return ('initiative' | 'milestone', item) rows: initiatives in schedule order (start, then end; undated
    last, in priority order), then milestones by date."""
    ranked = priority(ctx.plan.initiatives)
    far = date.max

    def key(item: tuple[int, Initiative]) -> tuple[date, date, int]:
        rank, ini = item
        return ini.start or far, ini.end or far, rank

    scheduled = [ini for _, ini in sorted(enumerate(ranked), key=key)]
    out: list[tuple[str, Any]] = [("initiative", i) for i in scheduled]
    return out + [("milestone", m) for m in sorted(ctx.plan.milestones, key=lambda m: m.date)]


def crowded_spans(initiatives: list[Initiative]) -> list[tuple[date, date]]:
    """Return the (first, last) days on which more than two dated initiatives run at once, as merged spans."""
    dated = [(i.start, i.end) for i in initiatives if i.start and i.end and i.start <= i.end]
    spans: list[tuple[date, date]] = []
    edges = sorted({*(s for s, _ in dated), *(e + timedelta(days=1) for _, e in dated)})
    for first, nxt in pairwise(edges):
        running = sum(1 for s, e in dated if s <= first and e >= first)
        if running > 2:
            last = nxt - timedelta(days=1)
            if spans and spans[-1][1] + timedelta(days=1) == first:
                spans[-1] = (spans[-1][0], last)
            else:
                spans.append((first, last))
    return spans


def is_deferred(initiative: Initiative) -> bool:
    """Return True for an initiative of the 再検討 (reconsider) quadrant that is scheduled anyway."""
    return quadrant(initiative) == "q.hard" and (initiative.start is not None or initiative.end is not None)


def render(ctx: Ctx) -> None:
    """Add the Gantt slide(s)."""
    from pptx.enum.shapes import MSO_SHAPE

    deck, plan = ctx.deck, ctx.plan
    all_rows = rows(ctx)
    area = deck.content
    label_style = Style(size=10, min_size=9, color=deck.design.ink, anchor="middle")
    bar_style = Style(size=9, min_size=9, color="FFFFFF", anchor="middle")
    ranks = {id(ini): n for n, ini in enumerate(priority(plan.initiatives), start=1)}
    crowded = crowded_spans(plan.initiatives)
    room = area.height - inch(0.35) - (inch(0.32) if crowded else 0)  # room for the note under the grid
    per_page = max(int(room // ROW), 1)
    pages = -(-len(all_rows) // per_page)
    per_page = max(-(-len(all_rows) // pages), 1)  # the same number of rows on every page
    row_h = min(max(ROW, room // per_page), ROW_MAX)  # short schedules get roomier rows
    for page, start in enumerate(range(0, len(all_rows), per_page)):
        chunk = all_rows[start:start + per_page]
        slide = deck.add_slide(ctx.tr("kickoff.gantt") + (ctx.tr("doc.cont") if page else ""))
        labels, timeline = area.columns([1, 2.6], gap=inch(0.1))
        header, body = timeline.take_top(header_height(*plan_span(plan)))
        axis = Axis(*plan_span(plan), header)
        grid_bottom = body.top + row_h * len(chunk)
        draw_months(deck, slide, axis, header, grid_bottom, ctx.lang)
        bars = sum(1 for kind, _ in chunk if kind == "initiative")
        for index in range(0, len(chunk), 2):
            deck.rect(slide, Box(labels.left, body.top + index * row_h, area.width, row_h), fill=deck.design.panel)
        if bars:
            _crowded(ctx, slide, axis, crowded, body.top, body.top + row_h * bars, grid_bottom)
        for index, (kind, item) in enumerate(chunk):
            top = body.top + index * row_h
            label_box = Box(labels.left, top, labels.width, row_h)
            if kind == "initiative":
                deferred = is_deferred(item)
                name = f"{ranks[id(item)]}. {item.name}"
                tag = ctx.tr("kickoff.gantt.later_tag", tag=ctx.tr("kickoff.gantt.later")) if deferred else ""
                deck.text(slide, label_box, [Para(name + tag)], label_style)
                left, right = axis.span(item.start, item.end)
                bar = Box(left, top + inch(0.07), right - left, row_h - inch(0.14))
                owner = item.owner or "" if right - left > inch(1.3) else ""
                if deferred and right - left > inch(0.6):  # a sliver of a bar holds no word (not even "…")
                    owner = ctx.tr("kickoff.gantt.later_owner", tag=ctx.tr("kickoff.gantt.later"), owner=owner) \
                        if owner else ctx.tr("kickoff.gantt.later")
                deck.text(slide, bar, owner, bar_style,
                          fill=QUADRANT_FILL["q.hard"] if deferred else deck.design.accent)
            else:
                deck.text(slide, label_box, f"◆ {item.name}", Style(size=10, min_size=9, bold=True,
                                                                      color=deck.design.highlight, anchor="middle"))
                x = axis.x(item.date)
                size = inch(0.22)
                deck.rect(slide, Box(x - size // 2, top + (row_h - size) // 2, size, size),
                          fill=deck.design.highlight, shape=MSO_SHAPE.DIAMOND)
                when = Box(x + size // 2 + inch(0.04), top, inch(1.6), row_h)
                if when.right > timeline.right:
                    when = Box(x - size // 2 - inch(1.64), top, inch(1.6), row_h)
                deck.text(slide, when, ctx.day(item.date), Style(size=9, min_size=9, color=deck.design.muted,
                                                                 anchor="middle",
                                                                 align="left" if when.left > x else "right"))


CROWDED_FILL = "F6D5D1"
CROWDED_LINE = "C0392B"


def _crowded(ctx: Ctx, slide: Any, axis: Axis, spans: list[tuple[date, date]], top: int, bottom: int,
             grid_bottom: int) -> None:
    """Shade the initiative rows where more than two run at once, labelled under the grid."""
    deck = ctx.deck
    noted_to = axis.box.left
    for first, last in spans:
        left, right = axis.span(first, last)
        deck.rect(slide, Box(left, top, right - left, bottom - top), fill=CROWDED_FILL, line=CROWDED_LINE)
        note = Box(left, grid_bottom + inch(0.04), max(right - left, inch(2.2)), inch(0.28))
        if note.right > axis.box.right:
            note = Box(axis.box.right - note.width, note.top, note.width, note.height)
        if note.left < noted_to:  # the note of an earlier span already stands here: never one over another
            continue
        noted_to = note.right
        deck.text(slide, note, f"▲ {ctx.tr('kickoff.gantt.parallel')}", Style(size=9, min_size=9, bold=True,
                                                                     color=CROWDED_LINE, anchor="middle"))
