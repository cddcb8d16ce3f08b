"""Flow after the start of use (ご利用開始後の流れ): phases on a timeline with their goals; pitfalls."""

from __future__ import annotations

from plangen.office.pptx import Box, Column, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES, need
from plangen.render.kickoff.timeline import Axis, draw_months, header_height, plan_span

LANE = inch(0.6)
MAX_LANES = 6


def render(ctx: Ctx) -> None:
    """Add the phase timeline with goals, then the pitfalls table."""
    if ctx.plan.flow.phases:
        phases(ctx)
    if ctx.plan.flow.pitfalls:
        pitfalls(ctx)


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
    slide = deck.add_slide(ctx.tr("kickoff.flow"))
    area = deck.content
    dated = [p for p in plan.flow.phases if p.start or p.end]
    header, rest = area.take_top(max(header_height(*plan_span(plan)), inch(0.34)))
    axis = Axis(*plan_span(plan), header)
    spans = [axis.span(p.start, p.end) for p in dated]
    lanes = _lanes(spans)
    lane_count = min(max(lanes, default=0) + 1, MAX_LANES)
    bars, below = rest.take_top(lane_count * LANE + inch(0.1), gap=inch(0.25))
    draw_months(deck, slide, axis, header, bars.bottom, ctx.lang)
    style = Style(size=14, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    for phase, (left, right), lane in zip(dated, spans, lanes, strict=True):
        number = plan.flow.phases.index(phase) + 1
        top = bars.top + inch(0.08) + (lane % MAX_LANES) * LANE
        box = Box(left, top, right - left, LANE - inch(0.06))
        deck.rect(slide, box, fill=deck.design.accent, shape=_chevron())
        body = Box(box.left, box.top, box.width - min(box.width, box.height) // 2, box.height)  # not the point
        deck.text(slide, body, _phase_label(number, phase.name, body, style), style, inset_x=inch(0.08))
    rows = []
    for number, phase in enumerate(plan.flow.phases, start=1):
        goals = [Para(g, bullet=True) for g in phase.goals] or ""
        rows.append([f"{number}. {phase.name}", ctx.span(phase.start, phase.end), goals])
    deck.table(ctx.tr("kickoff.flow"), [Column(ctx.tr("kickoff.phase"), 1.3), Column(ctx.tr("kickoff.dates"), 1.7),
                                        Column(ctx.tr("kickoff.goals"), 3.4)],
               rows, first_slide=slide, first_box=below, sizes=TABLE_SIZES)


LABEL_MIN = 10.0
"""A phase name smaller than this in its chevron gives way to the number alone."""


def _phase_label(number: int, name: str, box: Box, style: Style) -> str:
    """Return '3. name' when it fits the chevron's body `box` in at most two lines at LABEL_MIN or larger with no
    word cut, else the number alone (the table below names every phase)."""
    from plangen.office import textfit
    from plangen.office.pptx.text import inner_size

    width, height = inner_size(box.width, box.height, inch(0.08))
    label = f"{number}. {name}"
    size = style.size
    while size >= LABEL_MIN:
        lines = len(textfit.wrap(label, width, size))
        if (lines <= 2 and textfit.phrases_fit(label, width, size)
                and textfit.text_height(lines, size, style.line_spacing) <= height):
            return label
        size -= 0.5
    return str(number)


def _chevron() -> object:
    """Return the pentagon (homeplate) arrow shape used for phases."""
    from pptx.enum.shapes import MSO_SHAPE

    return MSO_SHAPE.PENTAGON


PAIR_SIZES = (16, 15, 14, 13, 12, 11, 10)
ROW_GAP = inch(0.14)
CARD_INSET = inch(0.14)


def pitfalls(ctx: Ctx) -> None:
    """Add the pitfalls as pairs: the common failure, an arrow, and how this plan prevents it (continued if long)."""
    deck = ctx.deck
    area = deck.content
    head, body = area.take_top(inch(0.45), gap=inch(0.15))
    left, right = body.columns([1, 1.15], gap=inch(0.6))
    pairs = [(p.pitfall, ctx.text(p.prevention)) for p in ctx.plan.flow.pitfalls]

    def heights(size: float) -> list[int]:
        return [max(need(a, left.width, size, CARD_INSET, CARD_INSET),
                    need(b, right.width, size, CARD_INSET, CARD_INSET), inch(0.55)) for a, b in pairs]

    size = PAIR_SIZES[-1]
    for size in PAIR_SIZES:
        if sum(heights(size)) + ROW_GAP * (len(pairs) - 1) <= body.height:
            break
    measured = [min(h, body.height) for h in heights(size)]
    pages: list[list[int]] = [[]]
    used = 0
    for index, height in enumerate(measured):
        if pages[-1] and used + height > body.height:
            pages.append([])
            used = 0
        pages[-1].append(index)
        used += height + ROW_GAP
    for number, indices in enumerate(pages):
        slide = deck.add_slide(ctx.tr("kickoff.pitfalls") + (ctx.tr("doc.cont") if number else ""))
        _pair_heads(ctx, slide, head, left, right)
        rows = [measured[i] for i in indices]
        extra = min(max(body.height - sum(rows) - ROW_GAP * (len(rows) - 1), 0) // len(rows), inch(0.35))
        top = body.top
        for index, height in zip(indices, rows, strict=True):
            _pair(ctx, slide, Box(left.left, top, left.width, height + extra),
                  Box(right.left, top, right.width, height + extra), pairs[index], size)
            top += height + extra + ROW_GAP


def _pair_heads(ctx: Ctx, slide: object, head: Box, left: Box, right: Box) -> None:
    """Draw the two column heads over the pairs."""
    design = ctx.deck.design
    style = Style(size=15, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    ctx.deck.text(slide, Box(left.left, head.top, left.width, head.height), ctx.tr("kickoff.pitfall"), style,
                  fill=design.highlight)
    ctx.deck.text(slide, Box(right.left, head.top, right.width, head.height), ctx.tr("kickoff.prevention"), style,
                  fill=design.accent)


def _pair(ctx: Ctx, slide: object, left: Box, right: Box, pair: tuple[str, str], size: float) -> None:
    """Draw one pitfall card, the arrow, and its prevention card."""
    from pptx.enum.shapes import MSO_SHAPE

    deck = ctx.deck
    design = deck.design
    style = Style(size=size, min_size=min(size, 9), color=design.ink, anchor="middle")
    deck.text(slide, left, pair[0], style, fill="FBEDE6", line=design.highlight, inset_x=CARD_INSET,
              inset_y=CARD_INSET)
    gap = right.left - left.right
    arrow = Box(left.right + gap // 4, left.top + left.height // 2 - inch(0.2), gap // 2, inch(0.4))
    deck.rect(slide, arrow, fill=design.rule, shape=MSO_SHAPE.RIGHT_ARROW)
    deck.text(slide, right, pair[1], style, fill=design.accent_light, inset_x=CARD_INSET, inset_y=CARD_INSET)
