"""The executive summary: overall status, KGIs, health, cost-effectiveness, the CSM's words, decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from plangen.compute.figures import BenefitFigure, HealthFigure, KpiFigure, KpiStatus, overall_status
from plangen.compute.report.kpi_table import kpi_value
from plangen.model import Notes, Plan
from plangen.text import tr
from plangen.text.formats import aside, format_money, format_ratio, format_score, format_signed, format_status


@dataclass(frozen=True)
class Headline:
    """One figure of the summary: label, main value, a detail line and an optional status key."""

    title: str
    value: str
    detail: str
    status: str | None = None


@dataclass(frozen=True)
class Summary:
    """Everything the one-page executive summary shows."""

    overall: KpiStatus
    overall_label: str
    overall_detail: str
    kgis: list[Headline] = field(default_factory=list)
    health: Headline | None = None
    benefit: list[Headline] = field(default_factory=list)
    csm_summary: str | None = None
    decisions: list[str] = field(default_factory=list)


def status_counts(figures: list[KpiFigure], lang: str) -> str:
    """Return how many KPIs have each status, e.g. '順調 3・要注意 2'."""
    parts = []
    for status in ("achieved", "on_track", "at_risk", "off_track", "no_data"):
        count = sum(f.status == status for f in figures)
        if count:
            parts.append(f"{format_status(status, lang)} {count}")
    return tr(lang, "report.count_sep").join(parts)


def kgi_headlines(figures: list[KpiFigure], lang: str) -> list[Headline]:
    """Return one headline per KGI: this month's value against the target, with its status."""
    out = []
    for fig in figures:
        if fig.kpi.kind != "kgi":
            continue
        detail = f"{tr(lang, 'report.col.target')} {kpi_value(fig, fig.kpi.target)}"
        if fig.previous is not None and fig.actual is not None:
            detail += tr(lang, "report.kgi_last", value=kpi_value(fig, fig.previous))
        out.append(Headline(fig.kpi.name, kpi_value(fig, fig.actual), detail, fig.status))
    return out


def health_headline(figure: HealthFigure | None, lang: str) -> Headline | None:
    """Return the health headline: score and level, change since last month (None without health)."""
    if figure is None:
        return None
    value = aside(format_score(figure.score), figure.level or "", lang)
    if figure.score is None:
        detail = tr(lang, "report.health.incomplete")
    elif figure.previous_score is None:
        detail = tr(lang, "report.health.prev", score="—", level="—")
    else:
        change = format_signed(figure.score - figure.previous_score) + tr(lang, "unit.pt")
        detail = tr(lang, "report.health.change", change=change) + tr(lang, "report.detail_sep") + \
            tr(lang, "report.health.prev", score=format_score(figure.previous_score),
               level=figure.previous_level or "—")
    status = "off_track" if figure.alert else None
    return Headline(tr(lang, "report.health"), value, detail, status)


def benefit_headlines(figure: BenefitFigure | None, lang: str) -> list[Headline]:
    """Return the benefit now and at target, each against the annual fee (empty without value_per_unit)."""
    if figure is None:
        return []
    out = []
    fee = figure.annual_fee
    for key, amount in (("benefit.now", figure.now), ("benefit.target", figure.at_target)):
        detail = ""
        if amount is not None and fee:
            detail = tr(lang, "report.benefit.ratio", ratio=format_ratio(amount / fee, lang))
        out.append(Headline(tr(lang, f"report.{key}"), format_money(amount, figure.currency, lang), detail))
    out.append(Headline(tr(lang, "report.benefit.fee"), format_money(fee, figure.currency, lang), ""))
    return out


def build_summary(plan: Plan, figures: list[KpiFigure], health: HealthFigure | None,
                  benefit: BenefitFigure | None, notes: Notes | None) -> Summary:
    """Return the executive summary of one month."""
    lang = plan.language
    overall = overall_status(figures)
    return Summary(
        overall=overall, overall_label=format_status(overall, lang),
        overall_detail=status_counts(figures, lang),
        kgis=kgi_headlines(figures, lang), health=health_headline(health, lang),
        benefit=benefit_headlines(benefit, lang),
        csm_summary=notes.summary if notes else None,
        decisions=list(notes.decisions) if notes else [],
    )
