"""What we ask of you (ご協力のお願い): the client's commitments, each with the people it asks of."""

from __future__ import annotations

from plangen.compute.schedule import schedule_text, series_of
from plangen.model import Meeting, Plan
from plangen.office.pptx import Column, Para
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.roles import EVALUATOR_ROLES, meeting_has_evaluator, resolve_attendees
from plangen.text.formats import aside, join_list

PER_MONTH = {"weekly": 52 / 12, "biweekly": 26 / 12, "monthly": 1.0}
"""Meetings a month by cadence (a missing cadence is weekly)."""
MAX_NAMES = 6
"""Names listed in one cell; more are counted."""


def present(plan: Plan) -> bool:
    """Return True when the plan names client people or KPI data to ask for."""
    return bool(plan.team.client or any(k.data.source for k in plan.kpis))


def attended_by(plan: Plan, role: str) -> list[Meeting]:
    """Return the meetings that someone holding `role` attends."""
    return [m for m in plan.meetings if any(r == role for _, _, r, _ in resolve_attendees(plan, m.attendees))]


def hours_a_month(meetings: list[Meeting]) -> float:
    """Return the meeting hours a month the meetings take (duration x meetings a month, 60 min by default)."""
    return sum((m.duration_minutes or 60) / 60 * PER_MONTH[m.cadence or "weekly"] for m in meetings)


def _names(ctx: Ctx, people: list[str]) -> str:
    """Return names joined, the rest counted beyond MAX_NAMES."""
    shown = people[:MAX_NAMES]
    more = [ctx.tr("kickoff.more", n=len(people) - MAX_NAMES)] if len(people) > MAX_NAMES else []
    return join_list([*shown, *more], ctx.lang)


def _meetings(ctx: Ctx, meetings: list[Meeting]) -> str:
    """Return meetings as 定例会（毎週 火曜日 10:00–11:00）・評価者報告会（…）."""
    parts = []
    for m in meetings:
        if series_of(m) is None:  # no slot yet: the name alone
            parts.append(m.name)
            continue
        when = schedule_text(m, ctx.lang)
        parts.append(aside(m.name, when, ctx.lang))
    return ctx.tr("kickoff.ask.and").join(parts)


def rows(ctx: Ctx) -> list[list[object]]:
    """Return (what we ask, detail, who) rows for the commitments the plan gives grounds for."""
    plan = ctx.plan

    def w(key: str) -> str:
        return ctx.tr(f"kickoff.{key}")

    people = plan.team.client
    out: list[list[object]] = []
    users = [p.name for p in people if p.role == "user"]
    if users:
        meetings = attended_by(plan, "user")
        hours = hours_a_month(meetings)
        detail = w("ask.users_text").format(meetings=_meetings(ctx, meetings), hours=f"{max(1, round(hours))}") \
            if meetings else w("ask.users_plain")
        out.append([w("ask.users"), detail, _names(ctx, users)])
    promoters = [p.name for p in people if p.role == "promoter"]
    promoter_meetings = attended_by(plan, "promoter")
    if promoters and promoter_meetings:
        out.append([w("ask.promoter"), w("ask.promoter_text").format(meetings=_meetings(ctx, promoter_meetings)),
                    _names(ctx, promoters)])
    executives = [p for p in people if p.role == "final_evaluator"] or [p for p in people if p.role == "evaluator"]
    if executives:
        out.append([w("ask.executive"), w("ask.executive_text"),
                    _names(ctx, [aside(p.name, p.title or "", ctx.lang) for p in executives[:1]])])
    out += _data_rows(ctx)
    evaluators = [p.name for p in people if p.role in EVALUATOR_ROLES]
    reviews = [m for m in plan.meetings if meeting_has_evaluator(plan, m.attendees)]
    if evaluators and reviews:
        out.append([w("ask.evaluator"), w("ask.evaluator_text").format(meetings=_meetings(ctx, reviews)),
                    _names(ctx, evaluators)])
    return out


def _data_rows(ctx: Ctx) -> list[list[object]]:
    """Return one data-access row per data source: the source, the KPIs it feeds, its owner (要確定 if none)."""
    grouped: dict[tuple[str, str | None], list[str]] = {}
    for kpi in ctx.plan.kpis:
        if kpi.data.source:
            grouped.setdefault((kpi.data.source, kpi.data.owner), []).append(kpi.name)
    out: list[list[object]] = []
    for (source, owner), names in grouped.items():
        out.append([ctx.tr("kickoff.ask.data") if not out else "",
                    [Para(source), Para(ctx.tr("kickoff.ask.data_kpis", kpis=join_list(names, ctx.lang)),
                                        color=ctx.deck.design.muted)], ctx.tbd(owner)])
    return out


def render(ctx: Ctx) -> None:
    """Add the table of what the client commits to."""
    ctx.deck.table(ctx.tr("kickoff.asks"), [Column(ctx.tr("kickoff.ask.item"), 1.5),
                                            Column(ctx.tr("kickoff.ask.detail"), 3.6),
                                            Column(ctx.tr("kickoff.ask.who"), 1.6)], rows(ctx), sizes=TABLE_SIZES)
