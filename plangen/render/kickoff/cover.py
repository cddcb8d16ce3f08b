"""Cover and agenda slides."""

from __future__ import annotations

from datetime import date
from typing import Any

from plangen.office.pptx import Box, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.text import address

LOGO_WIDTH = inch(2.4)
"""Widest the client's logo is shown, top right of the cover."""


def cover(ctx: Ctx, today: date) -> None:
    """Add the cover as a Japanese business document: addressee (legal name + 御中) top left, the title, the
    support period, and date, vendor and CSM bottom right (en: the company name alone as addressee)."""
    deck, plan = ctx.deck, ctx.plan
    design = deck.design
    product = plan.vendor.product
    slide = deck.add_slide(f"{product + ' ' if product else ''}{ctx.tr('kickoff.deck')}", cover=True)
    shape = slide.shapes.title
    title_top = int(shape.top) if shape is not None else inch(2.6)
    left = int(shape.left) if shape is not None else deck.margin
    width = deck.width - left - deck.margin
    logo = LOGO_WIDTH + inch(0.2) if ctx.logo is not None else 0
    to = Box(left, max(title_top - inch(1.25), inch(0.5)), width - logo, inch(0.7))
    deck.text(slide, to, address.addressee(plan),
              Style(size=22, min_size=12, bold=True, color=design.ink, anchor="bottom"))
    deck.line(slide, to.left, to.bottom + inch(0.04), to.left + min(to.width, inch(6.5)), to.bottom + inch(0.04),
              color=design.ink, width_pt=1)
    top = int(shape.top + shape.height) + inch(0.35) if shape is not None else inch(3.8)
    period = ctx.span(plan.period_start, plan.period_end)
    deck.text(slide, Box(left, top, width, inch(0.45)), f"{ctx.tr('kickoff.period')}{ctx.sep()}{period}",
              Style(size=16, min_size=10, color=design.ink))
    lines = [Para(line, bold=line == plan.vendor.name) for line in address.sender_lines(plan, today)]
    lines.append(Para(ctx.tr("doc.confidential"), color=design.highlight, bold=True))
    block = Box(deck.width - deck.margin - inch(4.6), deck.height - inch(0.45) - inch(1.7), inch(4.6), inch(1.7))
    deck.text(slide, block, lines, Style(size=14, min_size=9, color=design.ink, align="right", anchor="bottom"))
    if ctx.logo is not None:
        _logo(ctx, slide, Box(deck.width - deck.margin - LOGO_WIDTH, inch(0.45), LOGO_WIDTH, inch(1.0)))


def _logo(ctx: Ctx, slide: Any, area: Box) -> None:
    """Place the client's logo in `area` (top right of the cover), as large as fits with its proportions."""
    from PIL import Image

    assert ctx.logo is not None
    with Image.open(ctx.logo) as image:
        width, height = image.size
    scale = min(area.width / width, area.height / height)
    shown_w, shown_h = int(width * scale), int(height * scale)
    picture = slide.shapes.add_picture(str(ctx.logo), area.left + area.width - shown_w, area.top, shown_w, shown_h)
    picture.name = "Client logo"


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
