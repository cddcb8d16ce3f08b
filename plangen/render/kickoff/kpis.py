"""KGI/KPI definitions (各業務のKGI/KPI/評価方法): a definition table and a measurement table."""

from __future__ import annotations

from plangen.office.pptx import Column
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import format_number


def present(ctx: Ctx) -> bool:
    """Return True when the plan has KPIs."""
    return bool(ctx.plan.kpis)


def _number(ctx: Ctx, value: float | None) -> str:
    """Return a baseline or target as a number, or 要確定 / TBD when the plan has none yet."""
    return ctx.w("tbd") if value is None else format_number(value)


def render(ctx: Ctx) -> None:
    """Add the two KPI tables (what is measured; how it is measured and evaluated), KGIs first, then the tree."""
    from plangen.render.kickoff import kpitree

    w, plan = ctx.w, ctx.plan
    sep = "：" if ctx.lang == "ja" else ": "
    ordered = sorted(plan.kpis, key=lambda k: k.kind != "kgi")
    definition = [Column(w("kind"), 0.6, "center"), Column(w("name"), 2.6), Column(w("unit"), 0.6, "center"),
                  Column(w("direction"), 1.1), Column(w("baseline"), 0.9, "right"), Column(w("target"), 0.9, "right"),
                  Column(w("target_date"), 1.3)]
    rows = [[ctx.shared("kind." + k.kind), k.name, ctx.text(k.unit), ctx.shared("direction." + k.direction),
             _number(ctx, k.baseline), _number(ctx, k.target),
             ctx.day(k.target_date) if k.target_date else ctx.w("tbd")] for k in ordered]
    ctx.deck.table(f"{w('kpi')}{sep}{w('kpi.definition')}", definition, rows, sizes=TABLE_SIZES)
    measurement = [Column(w("name"), 1.5), Column(w("evaluation"), 2.6), Column(w("source"), 1.6),
                   Column(w("aggregation"), 1.2), Column(w("data_owner"), 1.0)]
    rows = [[k.name, ctx.tbd(k.evaluation), ctx.tbd(k.data.source), ctx.tbd(k.data.aggregation),
             ctx.tbd(k.data.owner)] for k in ordered]
    ctx.deck.table(f"{w('kpi')}{sep}{w('kpi.measurement')}", measurement, rows, sizes=TABLE_SIZES)
    kpitree.render(ctx)
