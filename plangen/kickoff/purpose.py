"""Purpose and issues (導入目的と課題): business issue -> problem -> solution -> benefit, one slide per objective."""

from __future__ import annotations

from plangen.kickoff.context import Ctx
from plangen.pptx_kit import Box, Style, inch

STEPS = ("business_issue", "problem", "solution", "benefit")


def present(ctx: Ctx) -> bool:
    """Return True when the plan has objectives."""
    return bool(ctx.plan.objectives)


def render(ctx: Ctx) -> None:
    """Add one chain slide per objective."""
    from pptx.enum.shapes import MSO_SHAPE

    deck = ctx.deck
    design = deck.design
    count = len(ctx.plan.objectives)
    fills = (design.muted, design.highlight, design.accent, "2E8B57")
    for number, objective in enumerate(ctx.plan.objectives, start=1):
        title = ctx.w("purpose") + (f"（{number}/{count}）" if ctx.lang == "ja" else f" ({number}/{count})")
        slide = deck.add_slide(title if count > 1 else ctx.w("purpose"))
        area = deck.content.inset(0, inch(0.1))
        columns = area.columns(4, gap=inch(0.5))
        for index, (step, column) in enumerate(zip(STEPS, columns, strict=True)):
            head, body = column.take_top(inch(0.5), gap=0)
            deck.text(slide, head, ctx.w(step), Style(size=14, min_size=9, bold=True, color="FFFFFF",
                                                       anchor="middle", align="center"), fill=fills[index])
            deck.text(slide, body, ctx.text(getattr(objective, step)),
                      Style(size=16, min_size=9, color=design.ink, anchor="top"), fill=design.panel,
                      line=fills[index], inset_x=inch(0.12), inset_y=inch(0.12))
            if index < 3:
                arrow = Box(column.right + inch(0.08), column.top + column.height // 2 - inch(0.25),
                            inch(0.34), inch(0.5))
                deck.rect(slide, arrow, fill=design.rule, shape=MSO_SHAPE.RIGHT_ARROW)
