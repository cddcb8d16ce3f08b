"""Flow after the start of use (ご利用開始後の流れ): phases on a timeline with their goals; pitfalls."""

from __future__ import annotations

from plangen.kickoff.context import Ctx
from plangen.kickoff.timeline import Axis, draw_months
from plangen.pptx_kit import Box, Column, Para, Style, inch

LANE = inch(0.42)
MAX_LANES = 6


def present(ctx: Ctx) -> bool:
    """Return True when the plan has phases or pitfalls."""
    return bool(ctx.plan.flow.phases or ctx.plan.flow.pitfalls)


def render(ctx: Ctx) -> None:
    """Add the phase timeline with goals, then the pitfalls table."""
    if ctx.plan.flow.phases:
        phases(ctx)
    if ctx.plan.flow.pitfalls:
        rows = [[p.pitfall, ctx.text(p.prevention)] for p in ctx.plan.flow.pitfalls]
        ctx.deck.table(ctx.w("pitfalls"), [Column(ctx.w("pitfall"), 1), Column(ctx.w("prevention"), 1.2)], rows,
                       style=Style(size=12, min_size=12))


def _lanes(spans: list[tuple[int, int]]) -> list[int]:
    """Return a lane per span so that spans in one lane do not overlap."""
    ends: list[int] = []
    lanes: list[int] = []
    for left, right in spans:
        for lane, end in enumerate(ends):
            if left >= end:
                ends[lane] = right
                lanes.append(lane)
                break
        else:
            ends.append(right)
            lanes.append(len(ends) - 1)
    return lanes


def phases(ctx: Ctx) -> None:
    """Add the timeline of phases across the support period and the goals table under it."""
    deck, plan = ctx.deck, ctx.plan
    slide = deck.add_slide(ctx.w("flow"))
    area = deck.content
    dated = [p for p in plan.flow.phases if p.start or p.end]
    header, rest = area.take_top(inch(0.3))
    axis = Axis(plan.period_start, plan.period_end, header)
    spans = [axis.span(p.start, p.end) for p in dated]
    lanes = _lanes(spans)
    lane_count = min(max(lanes, default=0) + 1, MAX_LANES)
    bars, below = rest.take_top(lane_count * LANE + inch(0.1), gap=inch(0.25))
    draw_months(deck, slide, axis, header, bars.bottom, ctx.lang)
    style = Style(size=11, min_size=7, bold=True, color="FFFFFF", anchor="middle", align="center")
    for phase, (left, right), lane in zip(dated, spans, lanes, strict=True):
        number = plan.flow.phases.index(phase) + 1
        top = bars.top + inch(0.08) + (lane % MAX_LANES) * LANE
        deck.text(slide, Box(left, top, right - left, LANE - inch(0.06)), f"{number}. {phase.name}", style,
                  fill=deck.design.accent, shape=_chevron(), inset_x=inch(0.12))
    rows = []
    for number, phase in enumerate(plan.flow.phases, start=1):
        goals = [Para(g, bullet=True) for g in phase.goals] or "—"
        rows.append([f"{number}. {phase.name}", ctx.span(phase.start, phase.end), goals])
    deck.table(ctx.w("flow"), [Column(ctx.w("phase"), 1.3), Column(ctx.w("dates"), 1.2), Column(ctx.w("goals"), 3.5)],
               rows, first_slide=slide, first_box=below)


def _chevron() -> object:
    """Return the pentagon (homeplate) arrow shape used for phases."""
    from pptx.enum.shapes import MSO_SHAPE

    return MSO_SHAPE.PENTAGON
