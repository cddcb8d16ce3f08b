"""Cover and agenda slides."""

from __future__ import annotations

from datetime import date

from plangen.office.pptx import Box, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.text.formats import labelled


def cover(ctx: Ctx, today: date) -> None:
    """Add the cover: client, product, vendor, support period and date."""
    deck, plan = ctx.deck, ctx.plan
    product = plan.vendor.product
    title = f"{plan.client.name}\n{product + ' ' if product else ''}{ctx.tr('kickoff.deck')}"
    slide = deck.add_slide(title, cover=True)
    shape = slide.shapes.title
    top = int(shape.top + shape.height) + inch(0.35) if shape is not None else inch(3.8)
    left = int(shape.left) if shape is not None else deck.margin
    box = Box(left, top, deck.width - left - deck.margin, deck.height - top - inch(0.6))
    lines: list[Para] = []
    for key, value in (("product", product), ("vendor", plan.vendor.name),
                       ("period", ctx.span(plan.period_start, plan.period_end)), ("date", ctx.day(today))):
        if value:
            lines.append(Para(labelled(ctx.tr(f"kickoff.{key}"), value, ctx.lang)))
    lines.append(Para(ctx.tr("doc.confidential"), color=deck.design.highlight, bold=True))
    deck.text(slide, box, lines, Style(size=16, min_size=10, color=deck.design.ink))


def agenda(ctx: Ctx, titles: list[str]) -> None:
    """Add the agenda: the numbered titles of the sections this plan has."""
    deck = ctx.deck
    slide = deck.add_slide(ctx.tr("kickoff.agenda"))
    area = deck.content.inset(inch(0.2), 0)
    columns = area.columns(2, gap=inch(0.5)) if len(titles) > 7 else [area]
    per = -(-len(titles) // len(columns))
    for index, column in enumerate(columns):
        chunk = titles[index * per:(index + 1) * per]
        items = [Para(f"{index * per + n + 1:>2}.  {title}") for n, title in enumerate(chunk)]
        rows = column.rows(max(per, 5))
        for item, row in zip(items, rows, strict=False):
            deck.rect(slide, Box(row.left, row.bottom - inch(0.02), row.width, inch(0.01)), fill=deck.design.rule)
            deck.text(slide, row, item, Style(size=20, min_size=11, color=deck.design.ink, anchor="middle"))
