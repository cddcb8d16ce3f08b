"""The template context of the renewal approval request: every fact formatted in the house style.

A fact the plan does not hold becomes the marker 【要記入】 / "[to be completed]" and is listed in the
second return value, so the CSM is told what the promoter still has to write.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from plangen.compute.ringi import RingiContent
from plangen.model import Plan
from plangen.text.formats import format_date, format_number
from plangen.text.labels import label
from plangen.text.ringi import ringi_words

VERB_ENDINGS = "うくすつぬふむゆるぐずづぶぷ"
"""Last kana of a Japanese verb in dictionary form: 「削減する」 takes ことを, a noun takes を."""


def ringi_context(content: RingiContent) -> tuple[dict[str, Any], list[str]]:
    """Return the template context of `content` and the names of the inputs left to fill in."""
    plan, lang = content.plan, content.lang
    t = ringi_words(lang)
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
    context: dict[str, Any] = {
        "t": t,
        "lang": lang,
        "client": {"name": plan.client.name, "short_name": plan.client.title},
        "subject": subject,
        "drafted_on": format_date(content.drafted_on, lang),
        "drafter": need(_person(drafter.name, drafter.title) if drafter else None, "drafter (team.client promoter)"),
        "approver": need("、".join(_person(p.name, p.title) for p in approvers[:1]) if approvers else None,
                         "approver (team.client final_evaluator or evaluator)"),
        "departments": need(("、" if lang == "ja" else ", ").join(content.departments), "departments"),
        "stamps": [{"role": t["role_approver"], "name": _person(p.name, p.title)} for p in approvers]
        + [{"role": t["role_drafter"], "name": _person(drafter.name, drafter.title) if drafter else ""}],
        "purpose": need(_purpose(content, t, product), "purpose (objectives: business_issue, benefit)"),
        "history": _history(content, t, lang, need),
        "initiatives": [{"name": row.initiative.name, "period": _range(row.initiative.start, row.initiative.end, t),
                         "state": t[f"state.{row.state}"]} for row in content.initiatives],
        "reached": [f"{_table_date(m.date, lang)} {m.name}" for m in content.milestones_reached],
        "effect_line": t["effect_line"].format(month=_month(content.month, lang)),
        "effects": [_effect(row.kpi, row.figure, lang) for row in content.effects],
        "next_initiatives": [row.initiative.name for row in content.remaining_initiatives],
        "next_targets": [t["target_line"].format(name=k.name, target=format_number(k.target, k.unit),
                                                 date=format_date(k.target_date, lang))
                         for k in plan.kpis if k.kind == "kgi" and k.target is not None],
        "next_milestones": [t["milestone_line"].format(date=_table_date(m.date, lang), name=m.name)
                            for m in content.upcoming_milestones],
        "meetings": [t["meeting_line"].format(name=m.name, schedule=_schedule(m.cadence, m.weekday, lang))
                     for m in content.meetings],
        "risks": [{"risk": r.risk, "mitigation": r.mitigation or t["to_fill"]} for r in content.risks],
        "stop_line": _stop_line(content, t, lang),
        "annual_fee": need(_money(plan.contract.annual_fee, plan), "contract.annual_fee"),
        "contract_period": _range(plan.contract.start, plan.contract.end, t) if plan.contract.end
        else need(None, "contract.end"),
        "next_period": _range(*content.next_term, t) if content.next_term else t["to_fill"],
        "payment_terms": t["to_fill"],
        "benefit": None,
        "decide_line": _decision(content, t, lang, product),
        "attachments": [t["attach_report"].format(month=_month(content.month, lang)), t["attach_kickoff"]],
    }
    return context, missing


def _person(name: str, title: str | None) -> str:
    """Return a person as 'title name' (the way a Japanese form names someone)."""
    return f"{title} {name}" if title else name


def _purpose(content: RingiContent, t: dict[str, str], product: str | None) -> str | None:
    """Return one paragraph on why the company uses the product, from the objectives; None without them."""
    sentences = []
    for objective in content.objectives:
        if not (objective.business_issue and objective.benefit):
            continue
        issue = objective.business_issue.rstrip("。.")
        benefit = objective.benefit.rstrip("。.")
        if content.lang == "ja":
            joint = "ことを" if benefit[-1] in VERB_ENDINGS else "を"
        else:
            benefit, joint = benefit[:1].lower() + benefit[1:], ""
        sentences.append(t["purpose_line"].format(issue=issue, benefit=benefit, joint=joint))
    if not sentences:
        return None
    if product:
        sentences.append(t["purpose_tail"].format(product=product))
    return ("" if content.lang == "ja" else " ").join(sentences)


def _history(content: RingiContent, t: dict[str, str], lang: str, need: Any) -> str:
    """Return the sentence on when the contract and the support period ran."""
    plan = content.plan
    return t["history_line"].format(start=format_date(plan.contract.start, lang),
                                    vendor=need(plan.vendor.name, "vendor.name"),
                                    support_start=format_date(plan.period_start, lang),
                                    support_end=format_date(plan.period_end, lang))


def _effect(kpi: Any, figure: Any, lang: str) -> dict[str, str]:
    """Return one row of the effect table: baseline, now, target, method and status."""
    scope = f"（{kpi.scope}）" if lang == "ja" and getattr(kpi, "scope", None) else \
        f" ({kpi.scope})" if getattr(kpi, "scope", None) else ""
    return {
        "name": kpi.name + scope,
        "baseline": format_number(kpi.baseline, kpi.unit) if kpi.baseline is not None else "",
        "now": format_number(figure.actual, kpi.unit) if figure.actual is not None else label(lang, "no_data"),
        "target": format_number(kpi.target, kpi.unit) if kpi.target is not None else "",
        "evaluation": kpi.evaluation or "",
        "status": label(lang, f"status.{figure.status}"),
    }


def _stop_line(content: RingiContent, t: dict[str, str], lang: str) -> str:
    """Return what stopping would lose: the improved KPIs, as measured."""
    improved = [row.kpi.name for row in content.effects
                if row.figure.progress is not None and row.figure.progress > 0]
    if not improved:
        return t["to_fill"]
    return t["stop_line"].format(items=("、" if lang == "ja" else ", ").join(improved))


def _decision(content: RingiContent, t: dict[str, str], lang: str, product: str | None) -> str:
    """Return the decision requested: continue from/to, with the annual fee."""
    plan = content.plan
    if content.next_term is None or plan.contract.annual_fee is None:
        return t["to_fill"]
    start, end = content.next_term
    return t["decide_line"].format(product=product or "", start=format_date(start, lang),
                                   end=format_date(end, lang), fee=_money(plan.contract.annual_fee, plan))


def _range(start: date | None, end: date | None, t: dict[str, str]) -> str:
    """Return a date range for a table cell; an open side stays blank."""
    lang = "ja" if t is ringi_words("ja") else "en"
    return t["range"].format(start=_table_date(start, lang) if start else "",
                             end=_table_date(end, lang) if end else "")


def _table_date(day: date | None, lang: str) -> str:
    """Return a date as written in tables: 2027/2/11 (ja) or 11 Feb 2027 (en)."""
    if day is None:
        return ""
    return f"{day.year}/{day.month}/{day.day}" if lang == "ja" else f"{day.day} {day:%b %Y}"


def _month(month: str, lang: str) -> str:
    """Return a month as 2027年2月 (ja) or Feb 2027 (en)."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year}年{number}月" if lang == "ja" else f"{date(year, number, 1):%b %Y}"


def _schedule(cadence: str | None, weekday: str | None, lang: str) -> str:
    """Return a meeting's cadence and weekday in words (毎週 火曜日 / Weekly, Tue)."""
    parts = [label(lang, f"cadence.{cadence}") if cadence else "",
             (label(lang, f"weekday.{weekday}") + ("曜日" if lang == "ja" else "")) if weekday else ""]
    return (" " if lang == "ja" else ", ").join(p for p in parts if p)


def _money(value: float | None, plan: Plan) -> str | None:
    """Return an amount in the house style: 万円 in Japanese, the currency and separators in English."""
    if value is None:
        return None
    if plan.language == "ja":
        if abs(value) >= 10_000:
            man = value / 10_000
            oku, rest = divmod(round(man), 10_000)
            return f"{oku:,}億{rest:,}万円" if oku and rest else f"{oku:,}億円" if oku else f"{man:,.0f}万円"
        return f"{value:,.0f}円"
    return f"{plan.contract.currency or 'JPY'} {value:,.0f}"
