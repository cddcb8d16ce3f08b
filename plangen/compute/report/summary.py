"""The 2-minute first page: verdict, results (成果), outlook (見通し), asks (お願い), benefit to date, health."""

from __future__ import annotations

from dataclasses import dataclass, field

from plangen.compute.benefit import BenefitSummary
from plangen.compute.figures import (
    HealthFigure,
    KpiFigure,
    KpiStatus,
    Projection,
    Verdict,
    month_index,
)
from plangen.compute.report.health import score_text
from plangen.compute.report.kpi_table import kpi_value
from plangen.model import Decision, Notes, Plan
from plangen.text.formats import format_date, format_money, format_month, format_ratio
from plangen.text.labels import label
from plangen.text.report import format_signed, scope_tag, short_date, t


@dataclass(frozen=True)
class Headline:
    """One figure of the summary: label, main value, a detail line and an optional status key."""

    title: str
    value: str
    detail: str
    status: str | None = None


@dataclass(frozen=True)
class OutlookLine:
    """One KPI's outlook: its name and where its trend leads, with a tone (ok, late, none)."""

    name: str
    text: str
    tone: str


@dataclass(frozen=True)
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
            parts.append(f"{label(lang, f'status.{status}')} {count}")
    return "・".join(parts) if lang == "ja" else ", ".join(parts)


def _join(items: list[str], lang: str) -> str:
    """Return items joined with 、 (ja) or commas (en)."""
    return ("、" if lang == "ja" else ", ").join(items)


def kgi_headlines(figures: list[KpiFigure], lang: str) -> list[Headline]:
    """Return one headline per KGI: this month's value (with its scope) against the target, with its status."""
    out = []
    for fig in figures:
        if fig.kpi.kind != "kgi":
            continue
        lines = [scope_tag(fig.kpi.scope, lang).strip()] if fig.kpi.scope else []
        target = f"{t(lang, 'col.target')} {kpi_value(fig, fig.kpi.target)}"
        if fig.kpi.target_date:
            target += f"（{short_date(fig.kpi.target_date, lang)}）" if lang == "ja" else \
                f" by {short_date(fig.kpi.target_date, lang)}"
        lines.append(target)
        if fig.previous is not None and fig.actual is not None:
            lines.append(f"{t(lang, 'col.last')} {kpi_value(fig, fig.previous)}")
        out.append(Headline(fig.kpi.name, kpi_value(fig, fig.actual), ("／" if lang == "ja" else " / ").join(lines),
                            fig.status))
    return out


def health_reason(figure: HealthFigure, lang: str) -> str:
    """Return the components that moved the score most since last month (the fallers when an alert fired)."""
    moved = figure.fallers or sorted((c for c in figure.components if c.change is not None and abs(c.change) >= 0.05),
                                     key=lambda c: -abs(c.change or 0.0))
    if not moved:
        return ""
    pt = t(lang, "pt")
    return t(lang, "health.reason", causes=_join([f"{c.name} {format_signed(c.change)}{pt}" for c in moved[:2]],
                                                 lang))


def health_headline(figure: HealthFigure | None, lang: str) -> Headline | None:
    """Return the health headline: score and level, change since last month and why (None without health)."""
    if figure is None:
        return None
    value = score_text(figure.score)
    if figure.level:
        value += f"（{figure.level}）" if lang == "ja" else f" ({figure.level})"
    if figure.score is None:
        detail = t(lang, "health.incomplete")
    elif figure.previous_score is None:
        detail = t(lang, "health.prev", score="—", level="—")
    else:
        change = format_signed(figure.score - figure.previous_score) + t(lang, "pt")
        before = f"{score_text(figure.previous_score)}{'・' if lang == 'ja' else ', '}{figure.previous_level or '—'}"
        detail = t(lang, "health.change", change=change) + (f"（{before}）" if lang == "ja" else f" ({before})")
        reason = health_reason(figure, lang)
        if reason:
            detail += "\n" + reason
    return Headline(t(lang, "health"), value, detail, "off_track" if figure.alert else None)


def benefit_headlines(summary: BenefitSummary | None, lang: str) -> list[Headline]:
    """Return the annual benefit now and at target, each against the annual fee, and the fee itself."""
    if summary is None:
        return []
    out = []
    for key, amount, ratio in (("benefit.now", summary.now, summary.ratio_now),
                               ("benefit.target", summary.at_target, summary.ratio_at_target)):
        detail = t(lang, "benefit.ratio", ratio=format_ratio(ratio, lang)) if ratio is not None else ""
        out.append(Headline(t(lang, key), format_money(amount, summary.currency, lang), detail))
    out.append(Headline(t(lang, "benefit.fee"), format_money(summary.annual_fee, summary.currency, lang), ""))
    return out


def to_date_headline(summary: BenefitSummary | None, plan: Plan, lang: str) -> Headline | None:
    """Return realised to date against fees to date (None without value_per_unit or annual fee)."""
    if summary is None or summary.fee_to_date is None:
        return None
    ratio = summary.ratio_to_date
    start = f"{plan.period_start:%Y-%m}"
    span = t(lang, "to_date.span", start=format_month(start, lang), end=format_month(summary.month, lang),
             n=summary.months_counted) if summary.months_counted else ""
    detail = t(lang, "to_date.ratio", ratio=format_ratio(ratio, lang)) if ratio is not None else ""
    return Headline(t(lang, "to_date"), format_money(summary.realised_to_date, summary.currency, lang),
                    (detail + ("／" if lang == "ja" else " / ") + span) if detail and span else detail or span,
                    None)


def projection_text(figure: KpiFigure, projection: Projection, lang: str) -> tuple[str, str]:
    """Return what the KPI's trend says about reaching its target, and a tone (ok, late, none)."""
    if figure.status == "achieved":
        return t(lang, "proj.achieved"), "ok"
    if not projection.available:
        return t(lang, "proj.none"), "none"
    due = short_date(figure.kpi.target_date, lang) if figure.kpi.target_date else "—"
    if projection.reaches_target is None:
        return t(lang, "proj.not_reached", horizon=format_month(projection.horizon, lang)), "late"
    month = format_month(projection.reaches_target, lang)
    if projection.by_target_date is False:
        return t(lang, "proj.late", month=month, due=due), "late"
    return t(lang, "proj.reaches", month=month, due=due), "ok"


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
    return t(lang, "renewal", date=format_date(end, lang), months=months)


def build_summary(plan: Plan, figures: list[KpiFigure], verdict: Verdict, projections: dict[str, Projection],
                  health: HealthFigure | None, benefit: BenefitSummary | None, notes: Notes | None,
                  month: str) -> Summary:
    """Return the first page of one month."""
    lang = plan.language
    names = [f.kpi.name + (f"（{label(lang, f'status.{f.status}')}）" if lang == "ja" else
                           f" ({label(lang, f'status.{f.status}').lower()})") for f in verdict.leading]
    leading = t(lang, "leading", names=_join(names, lang)) if names else t(lang, "leading.none")
    return Summary(
        overall=verdict.status, overall_label=label(lang, f"status.{verdict.status}"),
        overall_detail=status_counts(figures, lang), basis=t(lang, f"verdict.{verdict.basis}"), leading=leading,
        kgis=kgi_headlines(figures, lang), health=health_headline(health, lang),
        benefit=benefit_headlines(benefit, lang), to_date=to_date_headline(benefit, plan, lang),
        outlook=outlook_lines(figures, projections, lang), renewal=renewal_text(plan, month, lang),
        csm_summary=notes.summary if notes else None,
        decisions=list(notes.decisions) if notes else [],
    )
