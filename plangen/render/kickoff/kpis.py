"""KGI/KPI definitions (各業務のKGI/KPI/評価方法): a definition table and a measurement table."""

from __future__ import annotations

from plangen.compute.report.kpi_table import scope_tag
from plangen.office.pptx import Column
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import decimals, format_number, labelled


def _number(ctx: Ctx, value: float | None, pair: tuple[float | None, float | None]) -> str:
    """Return a baseline or target with the pair's decimals, or 要確定 / TBD when the plan has none yet."""
    return ctx.tr("kickoff.tbd") if value is None else format_number(value, digits=decimals(pair))


def render(ctx: Ctx) -> None:
    """Add the two KPI tables (what is measured; how it is measured and evaluated), KGIs first, then the tree."""
    from plangen.render.kickoff import kpitree

    plan = ctx.plan
    ordered = sorted(plan.kpis, key=lambda k: k.kind != "kgi")
    definition = [Column(ctx.tr("kickoff.kind"), 0.6, "center"), Column(ctx.tr("kickoff.name"), 2.6),
                  Column(ctx.tr("kickoff.unit"), 0.6, "center"), Column(ctx.tr("kickoff.direction"), 1.1),
                  Column(ctx.tr("kickoff.baseline"), 0.9, "right"), Column(ctx.tr("kickoff.target"), 0.9, "right"),
                  Column(ctx.tr("kickoff.target_date"), 1.3)]
    rows = [[ctx.tr("kind." + k.kind), k.name + scope_tag(k.scope, ctx.lang), ctx.text(k.unit),
             ctx.tr("direction." + k.direction),
             _number(ctx, k.baseline, (k.baseline, k.target)), _number(ctx, k.target, (k.baseline, k.target)),
             ctx.day(k.target_date) if k.target_date else ctx.tr("kickoff.tbd")] for k in ordered]
    ctx.deck.table(labelled(ctx.tr("kickoff.kpi"), ctx.tr("kickoff.kpi.definition"), ctx.lang), definition, rows,
                   sizes=TABLE_SIZES)
    measurement = [Column(ctx.tr("kickoff.name"), 1.5), Column(ctx.tr("kickoff.evaluation"), 2.6),
                   Column(ctx.tr("kickoff.source"), 1.6),
                   Column(ctx.tr("kickoff.aggregation"), 1.2), Column(ctx.tr("kickoff.data_owner"), 1.0)]
    rows = [[k.name, ctx.tbd(k.evaluation), ctx.tbd(k.data.source), ctx.tbd(k.data.aggregation),
             ctx.tbd(k.data.owner)] for k in ordered]
    ctx.deck.table(labelled(ctx.tr("kickoff.kpi"), ctx.tr("kickoff.kpi.measurement"), ctx.lang), measurement, rows,
                   sizes=TABLE_SIZES)
    kpitree.render(ctx)
