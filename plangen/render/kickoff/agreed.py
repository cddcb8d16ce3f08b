"""Agreed at kickoff (合意事項): the decisions taken at kickoff and a sign-off line for the evaluator and the CSM."""

from __future__ import annotations

from plangen.compute.outlook import first_effect_review
from plangen.compute.schedule import schedule_text
from plangen.model import Plan
from plangen.office.pptx import Box, Column, Para, Style, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.text.formats import aside, format_number, labelled

SIGN_HEIGHT = inch(2.0)


def present(plan: Plan) -> bool:
    """Return True when the plan has a KGI (the decisions are about what to achieve and how to judge it)."""
    return any(k.kind == "kgi" for k in plan.kpis)


def rows(ctx: Ctx) -> list[list[object]]:
    """Return (item, what was agreed) rows: period, KGIs and targets, methods, meetings, first effect review."""
    plan, sep = ctx.plan, ctx.sep()

    def w(key: str) -> str:
        return ctx.tr(f"kickoff.{key}")

    kgis = [k for k in plan.kpis if k.kind == "kgi"]
    targets = []
    for k in kgis:
        goal = f"{format_number(k.baseline, k.unit) if k.baseline is not None else w('tbd')} → " \
               f"{format_number(k.target, k.unit) if k.target is not None else w('tbd')}"
        when = ctx.day(k.target_date) if k.target_date else w("tbd")
        targets.append(Para(labelled(k.name, aside(goal, when, ctx.lang), ctx.lang), bullet=len(kgis) > 1))
    methods = [Para(f"{k.name}{sep}{ctx.tbd(k.evaluation)}", bullet=len(kgis) > 1) for k in kgis]
    out: list[list[object]] = [[ctx.tr("doc.support_period"), ctx.span(plan.period_start, plan.period_end)],
                               [w("agreed.kgi"), targets], [w("agreed.method"), methods]]
    if plan.meetings:
        out.append([w("agreed.meetings"), [Para(f"{m.name}{sep}{schedule_text(m, ctx.lang)}", bullet=True)
                                           for m in plan.meetings]])
    review = first_effect_review(plan)
    out.append([w("agreed.first"), f"{ctx.day(review.date)}{sep}{review.name}" if review else w("tbd")])
    return out


def render(ctx: Ctx) -> None:
    """Add the agreed items with the sign-off line of the evaluator and the CSM under them (on a page of its own
    when the items continue over several pages)."""
    deck = ctx.deck
    slide = deck.add_slide(ctx.tr("kickoff.agreed"))
    table_box, sign_box = deck.content.take_top(deck.content.height - SIGN_HEIGHT, gap=inch(0.15))
    columns = [Column(ctx.tr("kickoff.item"), 1.3), Column(ctx.tr("kickoff.detail"), 5.2)]
    slides = deck.table(ctx.tr("kickoff.agreed"), columns, rows(ctx), first_slide=slide, first_box=table_box,
                        sizes=TABLE_SIZES)
    if len(slides) > 1:  # the items fill their pages: the sign-off gets a page of its own
        slide = deck.add_slide(f"{ctx.tr('kickoff.agreed')}{ctx.sep()}{ctx.tr('kickoff.agreed.sign_title')}")
        sign_box = deck.content.take_top(SIGN_HEIGHT)[0]
    _sign_off(ctx, slide, sign_box)


def _sign_off(ctx: Ctx, slide: object, area: Box) -> None:
    """Draw the agreement sentence and two signature blocks: the client's evaluator and the vendor's CSM."""
    deck, plan = ctx.deck, ctx.plan
    design = deck.design
    head, body = area.take_top(inch(0.35), gap=inch(0.05))
    deck.text(slide, head, ctx.tr("kickoff.agreed.sign"), Style(size=12, min_size=9, bold=True, color=design.ink,
                                                       anchor="middle"))
    evaluator = next((p.name for p in plan.team.client if p.role == "evaluator"),
                     next((p.name for p in plan.team.client if p.role == "final_evaluator"), ""))
    csm = next((p.name for p in plan.team.vendor if p.role == "csm"), "")
    sides = ((ctx.client_side, ctx.tr("kickoff.sign.role_evaluator"), evaluator),
             (ctx.vendor_side, ctx.tr("kickoff.sign.role_csm"), csm))
    for (company, role, name), block in zip(sides, body.columns(2, gap=inch(0.4)), strict=True):
        _block(ctx, slide, block, ctx.tr("kickoff.sign.title", company=company, role=role), name)


def _block(ctx: Ctx, slide: object, box: Box, title: str, name: str) -> None:
    """Draw one signature block: title band, then date, name and a signature box on ruled lines."""
    deck, design = ctx.deck, ctx.deck.design
    band, rest = box.take_top(inch(0.32))
    deck.text(slide, band, title, Style(size=11, min_size=9, bold=True, color="FFFFFF", anchor="middle"),
              fill=design.accent, inset_x=inch(0.12))
    fields, signature = rest.columns([1.9, 1], gap=inch(0.15))
    label_style = Style(size=11, min_size=9, color=design.muted, anchor="bottom")
    value_style = Style(size=12, min_size=9, color=design.ink, anchor="bottom")
    for (key, value), row in zip(((ctx.tr("kickoff.sign.date"), ""), (ctx.tr("kickoff.sign.name"), name)),
                                 fields.rows(2, gap=inch(0.05)), strict=True):
        label, line = row.columns([0.7, 2.3], gap=inch(0.05))
        deck.text(slide, label, key, label_style)
        deck.text(slide, line, value, value_style)
        deck.line(slide, line.left, line.bottom, line.right, line.bottom, color=design.rule, width_pt=1)
    sign_label, sign_area = signature.take_top(inch(0.3))
    deck.text(slide, sign_label, ctx.tr("kickoff.sign.signature"), Style(size=10, min_size=9, color=design.muted))
    deck.rect(slide, Box(sign_area.left, sign_area.top, sign_area.width, sign_area.height - inch(0.05)),
              fill="FFFFFF", line=design.rule)
