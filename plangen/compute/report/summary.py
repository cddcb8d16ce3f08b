"""The 2-minute first page: verdict, results (成果), outlook (見通し), asks (お願い), benefit to date, health."""

from __future__ import annotations

from dataclasses import field

from plangen.compute.benefit import BenefitSummary
from plangen.compute.figures import (
    HealthFigure,
    KpiFigure,
    KpiStatus,
    Projection,
    Verdict,
    month_index,
)
from plangen.compute.report.kpi_table import kpi_value, scope_tag
from plangen.model import Decision, Notes, Plan
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import (
    MISSING,
    aside,
    format_date,
    format_date_short,
    format_money,
    format_month,
    format_ratio,
    format_score,
    format_signed,
    format_status,
    join_list,
)


@record
class Headline:
    """One figure of the summary: label, main value, a detail line and an optional status key."""

    title: str
    value: str
    detail: str
    status: str | None = None


@record
class OutlookLine:
    """One KPI's outlook: its name and where its trend leads, with a tone (ok, late, none)."""

    name: str
    text: str
    tone: str


@record
class Summary:
    """Everything the first page shows."""

    overall: KpiStatus
    overall_label: str
    overall_detail: str
    basis: str
    leading: str
    kgis: list[Headline] = field(default_factory=list)
    health: Headline | None = None
    benefit: list[Headline] = field(default_factory=list)
    to_date: Headline | None = None
    outlook: list[OutlookLine] = field(default_factory=list)
    renewal: str | None = None
    csm_summary: str | None = None
    decisions: list[Decision] = field(default_factory=list)


def status_counts(figures: list[KpiFigure], lang: str) -> str:
    """Return how many KPIs have each status, e.g. '順調 3・要注意 2'."""
    parts = []
    for status in ("achieved", "on_track", "at_risk", "off_track", "not_started", "no_data"):
        count = sum(f.status == status for f in figures)
        if count:
            parts.append(f"{format_status(status, lang)} {count}")
    return tr(lang, "report.count_sep").join(parts)


def kgi_headlines(figures: list[KpiFigure], lang: str) -> list[Headline]:
    """Return one headline per KGI: this month's value (with its scope) against the target, with its status."""
    out = []
    for fig in figures:
        if fig.kpi.kind != "kgi":
            continue
        lines = [scope_tag(fig.kpi.scope, lang).strip()] if fig.kpi.scope else []
        target = f"{tr(lang, 'report.col.target')} {kpi_value(fig, fig.kpi.target)}"
        if fig.kpi.target_date:
            target = aside(target, format_date_short(fig.kpi.target_date, lang), lang)
        lines.append(target)
        if fig.previous is not None and fig.actual is not None:
            lines.append(f"{tr(lang, 'report.col.last')} {kpi_value(fig, fig.previous)}")
        out.append(Headline(fig.kpi.name, kpi_value(fig, fig.actual), tr(lang, "report.detail_sep").join(lines),
                            fig.status))
    return out


def health_reason(figure: HealthFigure, lang: str) -> str:
    """Return the components that moved the score most since last month (the fallers when an alert fired)."""
    moved = figure.fallers or sorted((c for c in figure.components if c.change is not None and abs(c.change) >= 0.05),
                                     key=lambda c: -abs(c.change or 0.0))
    if not moved:
        return ""
    pt = tr(lang, "unit.pt")
    causes = [f"{c.name} {format_signed(c.change)}{pt}" for c in moved[:2]]
    return tr(lang, "report.health.reason", causes=join_list(causes, lang))


def health_headline(figure: HealthFigure | None, lang: str) -> Headline | None:
    """Return the health headline: score and level, change since last month and why (None without health)."""
    if figure is None:
        return None
    value = format_score(figure.score)
    if figure.level:
        value = aside(value, figure.level, lang)
    if figure.score is None:
        detail = tr(lang, "report.health.incomplete")
    elif figure.previous_score is None:
        detail = tr(lang, "report.health.prev", score="—", level="—")
    else:
        change = format_signed(figure.score - figure.previous_score) + tr(lang, "unit.pt")
        before = tr(lang, "report.count_sep").join((format_score(figure.previous_score),
                                                    figure.previous_level or MISSING))
        detail = tr(lang, "report.health.change", change=change) + tr(lang, "punct.aside", text=before)
        reason = health_reason(figure, lang)
        if reason:
            detail += "\n" + reason
    return Headline(tr(lang, "report.health"), value, detail, "off_track" if figure.alert else None)


def benefit_headlines(summary: BenefitSummary | None, lang: str) -> list[Headline]:
    """Return the annual benefit now and at target, each against the annual fee, and the fee itself."""
    if summary is None:
        return []
    out = []
    for key, amount, ratio in (("benefit.now", summary.now, summary.ratio_now),
                               ("benefit.target", summary.at_target, summary.ratio_at_target)):
        detail = tr(lang, "report.benefit.ratio", ratio=format_ratio(ratio, lang)) if ratio is not None else ""
        out.append(Headline(tr(lang, f"report.{key}"), format_money(amount, summary.currency, lang), detail))
    out.append(Headline(tr(lang, "report.benefit.fee"), format_money(summary.annual_fee, summary.currency, lang), ""))
    return out


def to_date_headline(summary: BenefitSummary | None, plan: Plan, lang: str) -> Headline | None:
    """Return realised to date against fees to date (None without value_per_unit or annual fee)."""
    if summary is None or summary.fee_to_date is None:
        return None
    ratio = summary.ratio_to_date
    start = f"{plan.period_start:%Y-%m}"
    span = tr(lang, "report.to_date.span", start=format_month(start, lang), end=format_month(summary.month, lang),
             n=summary.months_counted) if summary.months_counted else ""
    detail = tr(lang, "report.to_date.ratio", ratio=format_ratio(ratio, lang)) if ratio is not None else ""
    return Headline(tr(lang, "report.to_date"), format_money(summary.realised_to_date, summary.currency, lang),
                    (detail + tr(lang, "report.detail_sep") + span) if detail and span else detail or span,
                    None)


def projection_text(figure: KpiFigure, projection: Projection, lang: str) -> tuple[str, str]:
    """Return what the KPI's trend says about reaching its target, and a tone (ok, late, none)."""
    if figure.status == "achieved":
        return tr(lang, "report.proj.achieved"), "ok"
    if not projection.available:
        return tr(lang, "report.proj.none"), "none"
    due = format_date_short(figure.kpi.target_date, lang) if figure.kpi.target_date else "—"
    if projection.reaches_target is None:
        return tr(lang, "report.proj.not_reached", horizon=format_month(projection.horizon, lang)), "late"
    month = format_month(projection.reaches_target, lang)
    if projection.by_target_date is False:
        return tr(lang, "report.proj.late", month=month, due=due), "late"
    return tr(lang, "report.proj.reaches", month=month, due=due), "ok"


def outlook_lines(figures: list[KpiFigure], projections: dict[str, Projection], lang: str,
                  limit: int = 5) -> list[OutlookLine]:
    """Return the outlook of the KGIs, then of the KPIs at risk or off track, then the others (up to `limit`)."""
    order = {"kgi": 0}
    ranked = sorted(figures, key=lambda f: (order.get(f.kpi.kind, 1),
                                            0 if f.status in ("off_track", "at_risk") else 1))
    out = []
    for fig in ranked[:limit]:
        text, tone = projection_text(fig, projections[fig.kpi.id], lang)
        out.append(OutlookLine(fig.kpi.name + scope_tag(fig.kpi.scope, lang), text, tone))
    return out


def renewal_text(plan: Plan, month: str, lang: str) -> str | None:
    """Return the renewal date and the months left from `month` (None without contract.end)."""
    end = plan.contract.end
    if end is None:
        return None
    months = max(0, month_index(f"{end:%Y-%m}") - month_index(month))
    return tr(lang, "report.renewal", date=format_date(end, lang), months=months)


def build_summary(plan: Plan, figures: list[KpiFigure], verdict: Verdict, projections: dict[str, Projection],
                  health: HealthFigure | None, benefit: BenefitSummary | None, notes: Notes | None,
                  month: str) -> Summary:
    """Return the first page of one month."""
    lang = plan.language
    names = [aside(f.kpi.name, format_status(f.status, lang), lang) for f in verdict.leading]
    leading = tr(lang, "report.leading", names=join_list(names, lang)) if names else tr(lang, "report.leading.none")
    return Summary(
        overall=verdict.status, overall_label=format_status(verdict.status, lang),
        overall_detail=status_counts(figures, lang), basis=tr(lang, f"report.verdict.{verdict.basis}"), leading=leading,
        kgis=kgi_headlines(figures, lang), health=health_headline(health, lang),
        benefit=benefit_headlines(benefit, lang), to_date=to_date_headline(benefit, plan, lang),
        outlook=outlook_lines(figures, projections, lang), renewal=renewal_text(plan, month, lang),
        csm_summary=notes.summary if notes else None,
        decisions=list(notes.decisions) if notes else [],
    )
