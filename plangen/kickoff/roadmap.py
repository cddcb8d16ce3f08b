"""Improvement roadmap (改善ロードマップ): impact x difficulty matrix, priority order, one slide per initiative."""

from __future__ import annotations

from plangen.kickoff.context import Ctx
from plangen.model import Initiative
from plangen.pptx_kit import Column, Para, Quadrants, Scatter, ScatterPoint, Style, add_scatter, inch

SPLIT = 3
"""Impact at or above and difficulty below this mark the quadrants."""
QUADRANTS = ("q.quick", "q.major", "q.fill", "q.hard")
LABEL_CHARS = 9


def present(ctx: Ctx) -> bool:
    """Return True when the plan has initiatives."""
    return bool(ctx.plan.initiatives)


def quadrant(initiative: Initiative) -> str | None:
    """Return the quadrant key of a scored initiative (quick wins, major projects, fill-ins, thankless)."""
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


def _short(text: str, lang: str) -> str:
    """Return `text` cut to a chart label's length (Latin letters are about half as wide)."""
    limit = LABEL_CHARS if lang == "ja" else LABEL_CHARS * 2
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(ctx: Ctx) -> None:
    """Add the matrix with the priority order, then one slide per initiative in that order."""
    ordered = priority(ctx.plan.initiatives)
    matrix(ctx, ordered)
    for rank, initiative in enumerate(ordered, start=1):
        detail(ctx, rank, initiative)


def matrix(ctx: Ctx, ordered: list[Initiative]) -> None:
    """Add the native impact x difficulty scatter, quadrants marked, with the derived priority list beside it."""
    deck = ctx.deck
    slide = deck.add_slide(ctx.w("matrix"))
    chart_box, list_box = deck.content.columns([1.75, 1], gap=inch(0.3))
    points = [ScatterPoint(ini.difficulty, ini.impact, f"{rank}. {_short(ini.name, ctx.lang)}")
              for rank, ini in enumerate(ordered, start=1) if ini.impact is not None and ini.difficulty is not None]
    labels = (ctx.w("q.quick"), ctx.w("q.major"), ctx.w("q.fill"), ctx.w("q.hard"))
    add_scatter(deck, slide, chart_box, Scatter(points, ctx.w("difficulty"), ctx.w("impact"), x_range=(0, 6),
                                                y_range=(0, 6), quadrants=Quadrants(SPLIT, SPLIT, labels),
                                                tick_format='[<1]"";[>5]"";0'))
    head, body = list_box.take_top(inch(0.4), gap=inch(0.1))
    deck.text(slide, head, ctx.w("priority_short"),
              Style(size=13, min_size=9, bold=True, color="FFFFFF", anchor="middle"), fill=deck.design.accent)
    lines: list[Para] = []
    for rank, ini in enumerate(ordered, start=1):
        quad = quadrant(ini)
        tag = ctx.w(quad) if quad else ctx.w("unscored")
        lines.append(Para(f"{rank}. {ini.name}", bold=True))
        lines.append(Para(f"    {tag}  ({ini.impact or '—'} / {ini.difficulty or '—'})", color=deck.design.muted))
    deck.text(slide, body, lines, Style(size=12, min_size=7, color=deck.design.ink), fill=deck.design.panel,
              inset_x=inch(0.12), inset_y=inch(0.1))


def detail(ctx: Ctx, rank: int, ini: Initiative) -> None:
    """Add the slide of one initiative: process, purpose, approach, change, owner, dates, objective and KPIs."""
    plan = ctx.plan
    objective = next((o for o in plan.objectives if o.id == ini.objective), None)
    objective_text = (objective.benefit or objective.business_issue or objective.id) if objective else ini.objective
    kpis = [Para(f"{k.name}（{ctx.shared('kind.' + k.kind)}）" if ctx.lang == "ja" else
                 f"{k.name} ({ctx.shared('kind.' + k.kind)})", bullet=True)
            for k in (plan.kpi(kid) for kid in ini.kpis) if k is not None]
    quad = quadrant(ini)
    score = f"{ini.impact or '—'} / {ini.difficulty or '—'}  {ctx.w(quad) if quad else ctx.w('unscored')}"
    rows: list[list[object]] = [[ctx.w("process"), ctx.text(ini.process)], [ctx.w("purpose_of"), ctx.text(ini.purpose)],
            [ctx.w("approach"), ctx.text(ini.approach)], [ctx.w("change"), ctx.text(ini.change)],
            [ctx.w("owner"), ctx.text(ini.owner)], [ctx.w("dates"), ctx.span(ini.start, ini.end)],
            [ctx.w("objective"), ctx.text(objective_text)], [ctx.w("kpis"), kpis or "—"],
            [ctx.w("score"), score]]
    sep = "：" if ctx.lang == "ja" else ": "
    ctx.deck.table(f"{ctx.w('roadmap')}{sep}{rank}. {ini.name}", [Column(ctx.w("item"), 1), Column(ctx.w("detail"), 4)],
                   rows, style=Style(size=13, min_size=13))
