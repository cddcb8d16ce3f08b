"""The health score definition (ヘルススコアの定義): how the score is made, its components, levels and alert rule,
in words the client's people can read."""

from __future__ import annotations

from plangen.model import Plan
from plangen.office.pptx import Box, Column, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import decimals, format_number


def num(value: float | None) -> str:
    """Return a definition value with as few decimals as it needs (0.3, 40, 0.85)."""
    return format_number(value, digits=decimals((value,)))


def present(plan: Plan) -> bool:
    """Return True when the plan defines health components."""
    return bool(plan.health and plan.health.components)


def level_ranges(ctx: Ctx) -> list[tuple[str, str]]:
    """Return (level name, score range in words) for each level, lowest first."""
    assert ctx.plan.health is not None
    levels = sorted(ctx.plan.health.levels, key=lambda lv: lv.min)
    out = []
    for index, level in enumerate(levels):
        if index + 1 < len(levels):
            text = ctx.tr("kickoff.health.range", low=num(level.min), high=num(levels[index + 1].min))
        else:
            text = ctx.tr("kickoff.health.top", low=num(level.min))
        out.append((level.name, text))
    return out


def render(ctx: Ctx) -> None:
    """Add the definition slide: the rule in one paragraph, the components table, the levels and the alert."""
    deck, health = ctx.deck, ctx.plan.health
    assert health is not None
    slide = deck.add_slide(ctx.tr("kickoff.health_def"))
    how, rest = deck.content.take_top(inch(0.8), gap=inch(0.15))
    deck.text(slide, how, ctx.tr("kickoff.health.how"),
              Style(size=14, min_size=9, color=deck.design.ink, anchor="middle"), fill=deck.design.accent_light,
              inset_x=inch(0.2))
    levels = level_ranges(ctx)
    if levels:
        band, rest = rest.take_top(inch(0.7), gap=inch(0.15))
        _levels(ctx, slide, band, levels)
    alert = ctx.tr("kickoff.health.alert", drop=num(health.alert_drop)) if health.alert_drop \
        else ctx.tr("kickoff.health.no_alert")
    alert_box, table_box = rest.take_top(inch(0.6), gap=inch(0.2))
    deck.text(slide, alert_box, alert, Style(size=14, min_size=9, bold=True, color=deck.design.highlight,
                                             anchor="middle"), fill=deck.design.panel, inset_x=inch(0.2))
    rows = [[c.name, num(c.weight), num(c.poor), num(c.good)] for c in health.components]
    deck.table(ctx.tr("kickoff.health_def"), [Column(ctx.tr("kickoff.health.component"), 3.2),
                                     Column(ctx.tr("kickoff.health.weight"), 0.8, "right"),
                                     Column(ctx.tr("kickoff.health.poor"), 1.3, "right"),
                                     Column(ctx.tr("kickoff.health.good"), 1.3, "right")],
               rows, first_slide=slide, first_box=table_box, sizes=TABLE_SIZES)


def _levels(ctx: Ctx, slide: object, band: Box, levels: list[tuple[str, str]]) -> None:
    """Draw the levels as a row of chips, lowest left, each with its score range."""
    deck = ctx.deck
    label, chips = band.columns([1.2, 10.8], gap=inch(0.1))
    deck.text(slide, label, ctx.tr("kickoff.health.levels"), Style(size=13, min_size=9, bold=True, color="FFFFFF",
                                                          anchor="middle", align="center"), fill=deck.design.muted)
    for (name, text), chip in zip(levels, chips.columns(len(levels), gap=inch(0.08)), strict=True):
        deck.text(slide, chip, [Para(name, bold=True), Para(text)],
                  Style(size=13, min_size=9, color=deck.design.ink, anchor="middle", align="center"),
                  fill=deck.design.accent_light)
