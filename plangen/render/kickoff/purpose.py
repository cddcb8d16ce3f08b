"""Purpose and issues (導入目的と課題): business issue -> problem -> solution -> benefit, two objectives a slide
when both read well, boxes sized to their text and the chains centred vertically."""

from __future__ import annotations

from plangen.model import Objective
from plangen.office.pptx import Box, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import BODY_SIZES, need
from plangen.text.formats import aside

STEPS = ("business_issue", "problem", "solution", "benefit")
HEAD = inch(0.5)
CHAIN_GAP = inch(0.4)
INSET = inch(0.14)
MIN_BODY = inch(1.1)
PAIR_MIN = 14
"""Two objectives share a slide only when both fit at this size or larger."""


def _columns(area: Box, numbered: bool) -> tuple[Box | None, list[Box]]:
    """Return the number badge column (when numbered) and the four step columns of a chain."""
    if numbered:
        badge, rest = area.columns([0.45, 12], gap=inch(0.15))
        return badge, rest.columns(4, gap=inch(0.5))
    return None, area.columns(4, gap=inch(0.5))


def _body(ctx: Ctx, objective: Objective, columns: list[Box], size: float) -> int:
    """Return the body height the chain needs at `size` (the tallest of its four boxes)."""
    return max(MIN_BODY, *(need(ctx.text(getattr(objective, step)), col.width, size, INSET, INSET)
                           for step, col in zip(STEPS, columns, strict=True)))


def _fit(ctx: Ctx, group: list[Objective], numbered: bool) -> tuple[float, list[int]] | None:
    """Return (size, body heights) for the largest size at which the chains of `group` fit one slide."""
    area = ctx.deck.content
    _, columns = _columns(area, numbered)
    room = area.height - len(group) * HEAD - CHAIN_GAP * (len(group) - 1)
    for size in BODY_SIZES:
        bodies = [_body(ctx, objective, columns, size) for objective in group]
        if sum(bodies) <= room:
            return size, bodies
    return None


def _groups(ctx: Ctx, numbered: bool) -> list[list[Objective]]:
    """Return the objectives in slides of two when both fit at PAIR_MIN or larger, else one."""
    out: list[list[Objective]] = []
    items = list(ctx.plan.objectives)
    while items:
        pair = items[:2]
        fitted = _fit(ctx, pair, numbered) if len(pair) == 2 else None
        take = 2 if fitted is not None and fitted[0] >= PAIR_MIN else 1
        out.append(items[:take])
        items = items[take:]
    return out


def render(ctx: Ctx) -> None:
    """Add the chain slides."""
    deck = ctx.deck
    numbered = len(ctx.plan.objectives) > 1
    groups = _groups(ctx, numbered)
    number = 0
    for page, group in enumerate(groups, start=1):
        count = len(groups)
        title = ctx.tr("kickoff.purpose")
        slide = deck.add_slide(aside(title, f"{page}/{count}", ctx.lang) if count > 1 else title)
        fitted = _fit(ctx, group, numbered)
        area = deck.content
        size: float
        if fitted is None:  # one very long objective: use the whole area, text shrinks or is cut
            size, bodies = BODY_SIZES[-1], [area.height - HEAD]
        else:
            size, bodies = fitted
            room = area.height - len(group) * HEAD - CHAIN_GAP * (len(group) - 1)
            extra = min((room - sum(bodies)) // len(group), inch(0.5))
            bodies = [b + extra for b in bodies]
        total = sum(bodies) + len(group) * HEAD + CHAIN_GAP * (len(group) - 1)
        top = area.top + max(area.height - total, 0) // 2
        for objective, body in zip(group, bodies, strict=True):
            number += 1
            chain = Box(area.left, top, area.width, HEAD + body)
            _chain(ctx, slide, chain, objective, size, number if numbered else None)
            top = chain.bottom + CHAIN_GAP


def _chain(ctx: Ctx, slide: object, area: Box, objective: Objective, size: float, number: int | None) -> None:
    """Draw one chain: four headed boxes with arrows between them (and a number badge when numbered)."""
    from pptx.enum.shapes import MSO_SHAPE

    deck = ctx.deck
    design = deck.design
    fills = (design.muted, design.highlight, design.accent, "2E8B57")
    badge, columns = _columns(area, number is not None)
    if badge is not None:
        deck.text(slide, badge, str(number), Style(size=20, min_size=10, bold=True, color="FFFFFF", anchor="middle",
                                                   align="center"), fill=design.accent, inset_x=0)
    head_style = Style(size=15, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    body_style = Style(size=size, min_size=min(size, 9), color=design.ink, anchor="middle")
    for index, (step, column) in enumerate(zip(STEPS, columns, strict=True)):
        head, body = column.take_top(HEAD, gap=0)
        deck.text(slide, head, ctx.tr(f"kickoff.{step}"), head_style, fill=fills[index])
        deck.text(slide, body, ctx.text(getattr(objective, step)), body_style, fill=design.panel,
                  line=fills[index], inset_x=INSET, inset_y=INSET)
        if index < 3:
            arrow = Box(column.right + inch(0.08), body.top + body.height // 2 - inch(0.22), inch(0.34), inch(0.44))
            deck.rect(slide, arrow, fill=design.rule, shape=MSO_SHAPE.RIGHT_ARROW)
