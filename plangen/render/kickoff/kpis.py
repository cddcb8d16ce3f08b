"""KGI/KPI definitions (各業務のKGI/KPI/評価方法): a definition table and a measurement table."""

from __future__ import annotations

from plangen.office.pptx import Column
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import decimals, format_number, labelled


def render(ctx: Ctx) -> None:
    """Add the two KPI tables (what is measured; how it is measured and evaluated), KGIs first, then the tree."""
    from plangen.render.kickoff import kpitree

    plan = ctx.plan
    ordered = sorted(plan.kpis, key=lambda k: k.kind != "kgi")
    definition = [Column(ctx.tr("kickoff.kind"), 0.6, "center"), Column(ctx.tr("kickoff.name"), 2.6),
                  Column(ctx.tr("kickoff.unit"), 0.6, "center"), Column(ctx.tr("kickoff.direction"), 1.1),
                  Column(ctx.tr("kickoff.baseline"), 0.9, "right"), Column(ctx.tr("kickoff.target"), 0.9, "right"),
                  Column(ctx.tr("kickoff.target_date"), 1.3)]
    rows = [[ctx.tr("kind." + k.kind), k.name, ctx.text(k.unit), ctx.tr("direction." + k.direction),
             format_number(k.baseline, digits=decimals((k.baseline, k.target))),
             format_number(k.target, digits=decimals((k.baseline, k.target))), ctx.day(k.target_date)] for k in ordered]
    ctx.deck.table(labelled(ctx.tr("kickoff.kpi"), ctx.tr("kickoff.kpi.definition"), ctx.lang), definition, rows,
                   sizes=TABLE_SIZES)
    measurement = [Column(ctx.tr("kickoff.name"), 1.5), Column(ctx.tr("kickoff.evaluation"), 2.6),
                   Column(ctx.tr("kickoff.source"), 1.6),
                   Column(ctx.tr("kickoff.aggregation"), 1.2), Column(ctx.tr("kickoff.data_owner"), 1.0)]
    rows = [[k.name, ctx.text(k.evaluation), ctx.text(k.data.source), ctx.text(k.data.aggregation),
             ctx.text(k.data.owner)] for k in ordered]
    ctx.deck.table(labelled(ctx.tr("kickoff.kpi"), ctx.tr("kickoff.kpi.measurement"), ctx.lang), measurement, rows,
                   sizes=TABLE_SIZES)
    kpitree.render(ctx)
