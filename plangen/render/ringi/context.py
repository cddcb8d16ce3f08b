"""The template context of the renewal approval request: every fact formatted in the house style.

A fact the plan does not hold becomes the marker 【要記入】 / "[to be completed]" and is listed in the
second return value, so the CSM is told what the promoter still has to write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from plangen.compute.figures import KpiFigure
from plangen.compute.report.kpi_table import improvement_text, kpi_digits, scope_tag
from plangen.compute.report.summary import projection_text
from plangen.compute.ringi import RingiContent
from plangen.compute.schedule import schedule_text
from plangen.model import Kpi
from plangen.text.catalog import namespace, tr
from plangen.text.formats import (
    decimals,
    format_date,
    format_date_short,
    format_money,
    format_month,
    format_number,
    format_ratio,
    format_status,
    join_list,
    labelled,
)
from plangen.text.said import Said
from plangen.text.sentences import person, purpose_sentence, sentences


def ringi_context(content: RingiContent) -> tuple[dict[str, Any], list[str]]:
    """Return the template context of `content` and the names of the inputs left to fill in."""
    plan, lang = content.plan, content.lang
    t = namespace(lang, "ringi")
    missing: list[str] = []

    def need(value: str | None, what: str) -> str:
        """Return `value`, or the fill-in marker (noting `what` is missing) when it is empty."""
        if value:
            return value
        missing.append(what)
        return t["to_fill"]

    product = plan.vendor.product or plan.vendor.name
    subject = t["subject"].format(product=product) if product else t["subject_no_product"]
    drafter = content.drafter
    approvers = content.approvers
    fee = plan.contract.annual_fee
    context: dict[str, Any] = {
        "t": t,
        "lang": lang,
        "client": {"name": plan.client.name, "short_name": plan.client.title},
        "subject": subject,
        "drafted_on": format_date(content.drafted_on, lang),
        "drafter": need(person(drafter.name, drafter.title, lang) if drafter else None,
                        Said("messages.ringi.need.drafter")),
        "approver": need(person(approvers[0].name, approvers[0].title, lang) if approvers else None,
                         Said("messages.ringi.need.approver")),
        "departments": need(join_list(content.departments, lang), Said("messages.ringi.need.departments")),
        "stamps": [{"role": t["role_approver"], "name": person(p.name, p.title, lang)} for p in approvers]
        + [{"role": t["role_drafter"], "name": person(drafter.name, drafter.title, lang) if drafter else ""}],
        "purpose": need(_purpose(content, t["purpose_tail"], product), Said("messages.ringi.need.purpose")),
        "history": _history(content, need),
        "initiatives": [{"name": row.initiative.name, "period": _range(row.initiative.start, row.initiative.end, lang),
                         "state": tr(lang, f"report.ini.{row.key}")} for row in content.initiatives],
        "reached": [f"{format_date_short(m.date, lang)} {m.name}" for m in content.milestones_reached],
        "effect_line": t["effect_line"].format(month=format_month(content.month, lang)),
        "effects": [_effect(row.kpi, row.figure, lang) for row in content.effects],
        "next_initiatives": [row.initiative.name for row in content.remaining_initiatives],
        "next_targets": [_target_line(t["target_line"], k, lang)
                         for k in plan.kpis if k.kind == "kgi" and k.target is not None and k.target_date],
        "next_milestones": [t["milestone_line"].format(date=format_date_short(m.date, lang), name=m.name)
                            for m in content.upcoming_milestones],
        "meetings": [t["meeting_line"].format(name=m.name, schedule=schedule_text(m, lang)) for m in content.meetings],
        "risks": [{"risk": r.risk, "mitigation": r.mitigation or t["to_fill"]} for r in content.risks],
        "stop_line": _stop_line(content, t["stop_line"], t["to_fill"]),
        "stop_money": _stop_money(content, t["stop_money"]),
        "annual_fee": need(format_money(fee, plan.contract.currency, lang) if fee is not None else None,
                           Said("messages.ringi.need.annual_fee")),
        "contract_period": need(_range(plan.contract.start, plan.contract.end, lang) if plan.contract.end else None,
                                Said("messages.ringi.need.end")),
        "next_period": _range(*content.next_term, lang) if content.next_term else t["to_fill"],
        "payment_terms": t["to_fill"],
        "benefit": _benefit(content, t),
        "outlook": [t["outlook_line"].format(name=row.kpi.name + scope_tag(row.kpi.scope, lang),
                                             text=projection_text(row.figure, row.projection, lang)[0])
                    for row in content.effects],
        "decide_line": _decision(content, t["decide_line"], t["to_fill"], product),
        "attachments": [t["attach_report"].format(month=format_month(content.month, lang)), t["attach_kickoff"]],
    }
    return context, missing


def _purpose(content: RingiContent, tail: str, product: str | None) -> str | None:
    """Return one paragraph on why the company uses the product, from the objectives; None without them."""
    lang = content.lang
    parts = [purpose_sentence(o.business_issue, o.benefit, lang)
             for o in content.objectives if o.business_issue and o.benefit]
    if not parts:
        return None
    if product:
        parts.append(tail.format(product=product))
    return sentences(parts, lang)


def _history(content: RingiContent, need: Callable[[str | None, str], str]) -> str:
    """Return the sentence on when the contract and the support period ran."""
    plan, lang = content.plan, content.lang
    return tr(lang, "ringi.history_line", start=format_date(plan.contract.start, lang),
              vendor=need(plan.vendor.name, Said("messages.ringi.need.vendor")),
              support_start=format_date(plan.period_start, lang), support_end=format_date(plan.period_end, lang))


def _target_line(line: str, kgi: Kpi, lang: str) -> str:
    """Return a KGI's target and its date, in the KGI's own decimals."""
    return line.format(name=kgi.name, target=format_number(kgi.target, kgi.unit, decimals((kgi.baseline, kgi.target))),
                       date=format_date(kgi.target_date, lang))


def _effect(kpi: Kpi, figure: KpiFigure, lang: str) -> dict[str, str]:
    """Return one row of the effect table: baseline, now, target, method and status."""
    digits = kpi_digits(figure)
    show: Callable[[float | None], str] = lambda v: "" if v is None else format_number(v, kpi.unit, digits)  # noqa: E731
    return {
        "name": kpi.name + scope_tag(kpi.scope, lang),
        "baseline": show(kpi.baseline),
        "now": show(figure.actual) if figure.actual is not None else format_status(figure.status, lang),
        "target": show(kpi.target),
        "evaluation": kpi.evaluation or "",
        "status": format_status(figure.status, lang),
    }


def _stop_line(content: RingiContent, line: str, to_fill: str) -> str:
    """Return what stopping would lose: each improved KPI with its move from baseline to now."""
    lang = content.lang
    improved = []
    for row in content.effects:
        figure, kpi = row.figure, row.kpi
        if figure.actual is None or kpi.baseline is None or figure.progress is None or figure.progress <= 0:
            continue
        digits = kpi_digits(figure)
        move = f"{format_number(kpi.baseline, kpi.unit, digits)}→{format_number(figure.actual, kpi.unit, digits)}"
        improved.append(labelled(kpi.name + scope_tag(kpi.scope, lang), move, lang))
    return line.format(items=join_list(improved, lang)) if improved else to_fill


def _benefit(content: RingiContent, t: dict[str, str]) -> dict[str, Any] | None:
    """Return the cost-effectiveness figures (the evaluator report's) with their lines, or None without lines."""
    benefit, lang = content.benefit, content.lang
    if benefit is None:
        return None

    def money(value: float | None) -> str:
        return format_money(value, benefit.currency, lang)

    counted = {line.kpi.id for line in benefit.lines}
    excluded = [k.name for k in content.plan.kpis if k.value_per_unit is not None and k.id not in counted]
    return {
        "lines": [{"kpi": line.kpi.name, "scope": line.scope or t["company"],
                   "improvement": improvement_text(line.kpi, line.improvement, line.actual),
                   "value_per_unit": money(line.value_per_unit), "amount": money(line.amount)}
                  for line in benefit.lines],
        "now": money(benefit.now), "at_target": money(benefit.at_target), "fee": money(benefit.annual_fee),
        "ratio_now": format_ratio(benefit.ratio_now, lang), "ratio_target": format_ratio(benefit.ratio_at_target, lang),
        "realised": money(benefit.realised_to_date), "fee_to_date": money(benefit.fee_to_date),
        "ratio_realised": format_ratio(benefit.ratio_to_date, lang),
        "formula": tr(lang, "report.benefit.formula")
        + (t["excluded"].format(names=join_list(excluded, lang)) if excluded else ""),
    }


def _stop_money(content: RingiContent, line: str) -> str:
    """Return the annual benefit that stopping gives up, against the fee; '' without a benefit figure."""
    benefit, lang = content.benefit, content.lang
    if benefit is None or benefit.now is None or benefit.now <= 0:
        return ""
    return line.format(amount=format_money(benefit.now, benefit.currency, lang),
                       ratio=format_ratio(benefit.ratio_now, lang))


def _decision(content: RingiContent, line: str, to_fill: str, product: str | None) -> str:
    """Return the decision requested: continue from/to, with the annual fee."""
    plan, lang = content.plan, content.lang
    if content.next_term is None or plan.contract.annual_fee is None:
        return to_fill
    start, end = content.next_term
    return line.format(product=product or "", start=format_date(start, lang), end=format_date(end, lang),
                       fee=format_money(plan.contract.annual_fee, plan.contract.currency, lang))


def _range(start: date | None, end: date | None, lang: str) -> str:
    """Return a date range for a table cell; an open side stays blank."""
    return tr(lang, "ringi.range", start=format_date_short(start, lang) if start else "",
              end=format_date_short(end, lang) if end else "")
