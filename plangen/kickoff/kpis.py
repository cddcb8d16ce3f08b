"""KGI/KPI definitions (各業務のKGI/KPI/評価方法): the definition table."""

from __future__ import annotations

from plangen.kickoff.context import Ctx
from plangen.labels import format_number
from plangen.pptx_kit import Column, Style


def present(ctx: Ctx) -> bool:
    """Return True when the plan has KPIs."""
    return bool(ctx.plan.kpis)


def render(ctx: Ctx) -> None:
    """Add the definition table (KGIs first), then the KPI tree."""
    from plangen.kickoff import kpitree

    w, plan = ctx.w, ctx.plan
    columns = [Column(w("kind"), 0.55), Column(w("name"), 1.4), Column(w("unit"), 0.5), Column(w("direction"), 0.9),
               Column(w("baseline"), 0.7, "right"), Column(w("target"), 0.7, "right"), Column(w("target_date"), 1.0),
               Column(w("evaluation"), 2.0), Column(w("source"), 1.3), Column(w("aggregation"), 1.1),
               Column(w("data_owner"), 0.9)]
    ordered = sorted(plan.kpis, key=lambda k: k.kind != "kgi")
    rows = [[ctx.shared("kind." + k.kind), k.name, ctx.text(k.unit), ctx.shared("direction." + k.direction),
             format_number(k.baseline), format_number(k.target), ctx.day(k.target_date), ctx.text(k.evaluation),
             ctx.text(k.data.source), ctx.text(k.data.aggregation), ctx.text(k.data.owner)] for k in ordered]
    ctx.deck.table(w("kpi"), columns, rows, style=Style(size=9, min_size=9))
    kpitree.render(ctx)
