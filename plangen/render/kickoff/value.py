"""How value is measured (費用対効果の考え方): the plan's benefit lines, the value at target against the annual fee,
and the formula, so that the evaluator agrees to the method before any number is reported.

The lines and amounts are the evaluator report's (plangen.compute.benefit): a KPI with `value_per_unit` and no
priced ancestor, improvement = (target - baseline) in the better direction, value at target = improvement x
value per unit; the ratio is the total against `contract.annual_fee`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from plangen.compute.benefit import benefit_lines
from plangen.compute.report.kpi_table import improvement_text
from plangen.model import Actuals, Plan
from plangen.office.pptx import Cell, Column, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import decimals, format_money, format_number, format_ratio, join_list


def present(plan: Plan) -> bool:
    """Return True when the plan has a benefit line (a KPI with `value_per_unit` and no priced ancestor)."""
    return bool(plan.benefit_kpis())


def rows(ctx: Ctx) -> list[list[Any]]:
    """Return one row per benefit line (metric, scope, baseline, target, improvement, value per unit, value at
    target), then the total at target, the annual fee and their ratio (要確定 / TBD without a fee)."""
    plan, lang = ctx.plan, ctx.lang
    money = partial(format_money, currency=plan.contract.currency, lang=lang)
    lines = benefit_lines(plan, Actuals(), f"{plan.period_start:%Y-%m}")
    out: list[list[Any]] = []
    for line in lines:
        kpi = line.kpi
        digits = decimals((kpi.baseline, kpi.target))
        out.append([kpi.name, kpi.scope or ctx.tr("report.benefit.company"),
                    ctx.tbd(format_number(kpi.baseline, kpi.unit, digits) if kpi.baseline is not None else None),
                    ctx.tbd(format_number(kpi.target, kpi.unit, digits) if kpi.target is not None else None),
                    ctx.tbd(improvement_text(kpi, line.target_improvement) if line.target_improvement is not None
                            else None),
                    money(line.value_per_unit), ctx.tbd(money(line.at_target) if line.at_target is not None else None)])
    total = sum(line.at_target for line in lines if line.at_target is not None) if lines else None
    fee = plan.contract.annual_fee
    blank = ["", "", "", "", ""]
    out.append([Cell(ctx.tr("report.benefit.total"), bold=True), *blank,
                Cell(money(total) if total is not None else ctx.tr("kickoff.tbd"), bold=True)])
    out.append([Cell(ctx.tr("report.benefit.fee")), *blank, money(fee) if fee else ctx.tr("kickoff.tbd")])
    ratio = format_ratio(total / fee, lang) if fee and total is not None else ctx.tr("kickoff.tbd")
    out.append([Cell(ctx.tr("report.col.ratio")), *blank,
                Cell(ratio, bold=True, color=ctx.deck.design.accent)])
    return out


def render(ctx: Ctx) -> None:
    """Add the slide: the formula and how it will be reported, the lines table, and KPIs not counted twice."""
    deck, plan = ctx.deck, ctx.plan
    slide = deck.add_slide(ctx.tr("kickoff.value"))
    lead, rest = deck.content.take_top(inch(0.85), gap=inch(0.15))
    deck.text(slide, lead, ctx.tr("kickoff.value.lead"),
              Style(size=14, min_size=9, color=deck.design.ink, anchor="middle"), fill=deck.design.accent_light,
              inset_x=inch(0.2))
    excluded = [k.name for k in plan.kpis if k.value_per_unit is not None and k not in plan.benefit_kpis()]
    note_h = inch(0.45) if excluded else 0
    table_box, note = rest.take_top(rest.height - note_h, gap=0)
    spec = (("report.col.kpi", 2.1, "left"), ("report.col.scope", 1.2, "left"), ("report.col.baseline", 0.9, "right"),
            ("report.col.target", 0.9, "right"), ("kickoff.value.improvement", 1.4, "right"),
            ("report.col.vpu", 1.4, "right"), ("report.col.amount_target", 1.5, "right"))
    deck.table(ctx.tr("kickoff.value"), [Column(ctx.tr(key), weight, align) for key, weight, align in spec],
               rows(ctx), first_slide=slide, first_box=table_box, sizes=TABLE_SIZES)
    if excluded:
        deck.text(slide, note, ctx.tr("report.benefit.excluded", names=join_list(excluded, ctx.lang)),
                  Style(size=12, min_size=9, color=deck.design.muted, anchor="bottom"))
