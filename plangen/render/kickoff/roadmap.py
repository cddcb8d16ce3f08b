"""Improvement roadmap (改善ロードマップ): impact x difficulty matrix, priority order, one slide per initiative."""

from __future__ import annotations

from plangen.model import Initiative
from plangen.office.pptx import Box, Para, Quadrants, Scatter, ScatterPoint, Style, add_scatter, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import labelled_rows
from plangen.text.formats import aside, labelled

SPLIT = 3
"""Impact at or above and difficulty below this mark the quadrants."""
QUADRANTS = ("q.quick", "q.major", "q.fill", "q.hard")


def quadrant(initiative: Initiative) -> str | None:
    """Return the quadrant key of a scored initiative (quick wins, major projects, fill-ins, reconsider)."""
    if initiative.impact is None or initiative.difficulty is None:
        return None
    high = initiative.impact >= SPLIT
    easy = initiative.difficulty < SPLIT
    return QUADRANTS[(0 if easy else 1) if high else (2 if easy else 3)]


def priority(initiatives: list[Initiative]) -> list[Initiative]:
    """Return initiatives in priority order: by quadrant, then higher impact, lower difficulty, earlier start."""
    def key(item: tuple[int, Initiative]) -> tuple[int, int, int, int, int]:
        index, ini = item
        quad = quadrant(ini)
        rank = QUADRANTS.index(quad) if quad else len(QUADRANTS)
        start = ini.start.toordinal() if ini.start else 10**7
        return rank, -(ini.impact or 0), ini.difficulty or 9, start, index

    return [ini for _, ini in sorted(enumerate(initiatives), key=key)]


ON_DIVIDER = 0.18
"""How far a score on a divider is drawn into its quadrant (a score of SPLIT counts as high impact and as hard)."""


def _off_divider(score: float) -> float:
    """Return where a score is drawn: a score on the divider moves into the quadrant it is counted in."""
    return score + ON_DIVIDER if score == SPLIT else score


def render(ctx: Ctx) -> None:
    """Add the matrix with the priority order, then one slide per initiative in that order."""
    ordered = priority(ctx.plan.initiatives)
    matrix(ctx, ordered)
    for rank, initiative in enumerate(ordered, start=1):
        detail(ctx, rank, initiative)


CROWDED = 12
CROWDED_SPOT = 3
"""Beyond CROWDED scored initiatives, or CROWDED_SPOT at one spot: numbers on the chart, names in a legend."""
LEGEND_ROWS = 30
"""Legend lines per column when the chart is crowded."""


def matrix_points(ordered: list[Initiative]) -> tuple[list[ScatterPoint], bool]:
    """Return the chart's points and whether they are crowded (then labelled by priority numbers only)."""
    scored = [(rank, _off_divider(ini.difficulty), _off_divider(ini.impact), ini.name)
              for rank, ini in enumerate(ordered, start=1) if ini.impact is not None and ini.difficulty is not None]
    spots: dict[tuple[float, float], list[int]] = {}
    for rank, x, y, _ in scored:
        spots.setdefault((x, y), []).append(rank)
    crowded = len(scored) > CROWDED or max((len(r) for r in spots.values()), default=0) > CROWDED_SPOT
    if not crowded:  # names, cut only where labels collide
        return [ScatterPoint(x, y, f"{rank}. {name}") for rank, x, y, name in scored], False
    return [ScatterPoint(x, y, number_ranges(ranks)) for (x, y), ranks in spots.items()], True


def number_ranges(numbers: list[int], per_line: int = 4) -> str:
    """Return sorted numbers as runs such as `1–4, 7, 9–12`, `per_line` runs to a line."""
    runs: list[str] = []
    ordered = sorted(numbers)
    start = prev = ordered[0]
    for number in [*ordered[1:], None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        runs.append(str(start) if start == prev else f"{start}–{prev}")
        if number is not None:
            start = prev = number
    return "\n".join(", ".join(runs[i:i + per_line]) for i in range(0, len(runs), per_line))


def matrix(ctx: Ctx, ordered: list[Initiative]) -> None:
    """Add the native impact x difficulty scatter, quadrants marked, with the derived priority list beside it.

    When points crowd, the chart shows priority numbers and the list beside it (continued on further
    slides when long) is the legend: one line per initiative.
    """
    deck = ctx.deck
    slide = deck.add_slide(ctx.tr("kickoff.matrix"))
    chart_box, list_box = deck.content.columns([1.75, 1], gap=inch(0.3))
    points, crowded = matrix_points(ordered)
    labels = (ctx.tr("kickoff.q.quick"), ctx.tr("kickoff.q.major"), ctx.tr("kickoff.q.fill"), ctx.tr("kickoff.q.hard"))
    add_scatter(deck, slide, chart_box, Scatter(points, ctx.tr("kickoff.difficulty"), ctx.tr("kickoff.impact"),
                                                x_range=(0, 6),
                                                y_range=(0, 6), quadrants=Quadrants(SPLIT, SPLIT, labels),
                                                tick_format='[<1]"";[>5]"";0', fit_labels=True))
    head, body = list_box.take_top(inch(0.4), gap=inch(0.1))
    deck.text(slide, head, ctx.tr("kickoff.priority_short"),
              Style(size=13, min_size=9, bold=True, color="FFFFFF", anchor="middle"), fill=deck.design.accent)
    lines: list[Para] = []
    for rank, ini in enumerate(ordered, start=1):
        quad = quadrant(ini)
        tag = ctx.tr(f"kickoff.{quad}") if quad else ctx.tr("kickoff.unscored")
        if crowded:
            lines.append(Para(f"{rank}. {ini.name}"))
            continue
        lines.append(Para(f"{rank}. {ini.name}", bold=True))
        scores = f"  ({ini.impact} / {ini.difficulty})" if quad else ""
        lines.append(Para(f"    {tag}{scores}", color=deck.design.muted))
    legend = Style(size=12 if not crowded else 10, min_size=9, color=deck.design.ink)
    deck.text(slide, body, lines[:LEGEND_ROWS] if crowded else lines, legend, fill=deck.design.panel,
              inset_x=inch(0.12), inset_y=inch(0.1))
    rest = lines[LEGEND_ROWS:] if crowded else []
    per_slide = LEGEND_ROWS * 3
    for start in range(0, len(rest), per_slide):
        more = deck.add_slide(ctx.tr("kickoff.priority_short") + ctx.tr("doc.cont"))
        chunk = rest[start:start + per_slide]
        for index, column in enumerate(deck.content.columns(3, gap=inch(0.2))):
            part = chunk[index * LEGEND_ROWS:(index + 1) * LEGEND_ROWS]
            if part:
                deck.text(more, column, part, legend, fill=deck.design.panel, inset_x=inch(0.12), inset_y=inch(0.1))


QUADRANT_FILL = {"q.quick": "2E8B57", "q.major": None, "q.fill": "666666", "q.hard": "C55A11"}
"""Chip colour per quadrant (None: the accent)."""


def detail(ctx: Ctx, rank: int, ini: Initiative) -> None:
    """Add the slide of one initiative: objective band; process -> purpose -> approach -> change; facts panel."""
    deck, plan = ctx.deck, ctx.plan
    design = deck.design
    objective = next((o for o in plan.objectives if o.id == ini.objective), None)
    objective_text = (objective.benefit or objective.business_issue or objective.id) if objective else ini.objective
    slide = deck.add_slide(labelled(ctx.tr("kickoff.roadmap"), f"{rank}. {ini.name}", ctx.lang))
    band, rest = deck.content.take_top(inch(0.7), gap=inch(0.22))
    tag, band_text = band.columns([1.6, 10.7], gap=0)
    deck.text(slide, tag, ctx.tr("kickoff.objective"),
              Style(size=14, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center"),
              fill=design.accent)
    deck.text(slide, band_text, ctx.text(objective_text), Style(size=18, min_size=10, bold=True, color=design.accent,
                                                                anchor="middle"),
              fill=design.accent_light, inset_x=inch(0.18))
    left, right = rest.columns([2.15, 1], gap=inch(0.3))
    labelled_rows(deck, slide, left,
                  [(ctx.tr(f"kickoff.{key}"), ctx.text(getattr(ini, attr))) for key,
                   attr in (("process", "process"), ("purpose_of", "purpose"), ("approach", "approach"),
                            ("change", "change"))], fill=design.accent)
    _facts(ctx, slide, right, ini)


def _facts(ctx: Ctx, slide: object, area: Box, ini: Initiative) -> None:
    """Draw the facts panel: owner, period, KPIs with their kind, and the impact/difficulty chip."""
    deck, design = ctx.deck, ctx.deck.design
    kpis = [Para(aside(k.name, ctx.tr("kind." + k.kind), ctx.lang), bullet=True)
            for k in (ctx.plan.kpi(kid) for kid in ini.kpis) if k is not None]
    head, rest = area.take_top(inch(0.45))
    panel, chip = rest.take_top(rest.height - inch(0.75), gap=inch(0.1))
    deck.text(slide, head, ctx.tr("kickoff.facts"),
              Style(size=14, min_size=9, bold=True, color="FFFFFF", anchor="middle"), fill=design.muted,
              inset_x=inch(0.15))
    def label(key: str) -> Para:
        return Para(ctx.tr(f"kickoff.{key}"), bold=True, color=design.accent)

    lines: list[Para] = [label("owner"), Para(ctx.tbd(ini.owner)), Para(""),
                         label("dates"), Para(ctx.span(ini.start, ini.end)), Para(""),
                         label("kpis"), *(kpis or [Para(ctx.tr("kickoff.tbd"))])]
    deck.text(slide, panel, lines, Style(size=14, min_size=9, color=design.ink), fill=design.panel,
              inset_x=inch(0.15), inset_y=inch(0.12))
    quad = quadrant(ini)
    score = labelled(ctx.tr("kickoff.score"), f"{ini.impact} / {ini.difficulty}", ctx.lang)
    tag = ctx.tr(f"kickoff.{quad}") if quad else ctx.tr("kickoff.unscored")
    deck.text(slide, chip, [Para(tag, bold=True), *([Para(score)] if quad else [])],
              Style(size=14, min_size=9, color="FFFFFF", anchor="middle", align="center"),
              fill=(QUADRANT_FILL.get(quad) if quad else design.muted) or design.accent)
