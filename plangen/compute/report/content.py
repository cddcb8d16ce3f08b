"""Everything one month's evaluator report shows, computed once and rendered by the PPTX and DOCX writers."""

from __future__ import annotations

from dataclasses import field

from plangen.compute.benefit import BenefitSummary, benefit_summary
from plangen.compute.figures import (
    HealthFigure,
    KpiFigure,
    Projection,
    Verdict,
    health_figure,
    kpi_figures,
    month_last_day,
    projections,
    verdict,
)
from plangen.compute.report.health import HealthHistoryRow, history
from plangen.compute.report.initiatives import InitiativeRow, initiative_rows
from plangen.compute.report.kpi_table import KpiRow, kpi_rows
from plangen.compute.report.milestones import MilestoneRow, milestone_rows
from plangen.compute.report.summary import Summary, build_summary
from plangen.compute.report.trends import Trend, kpi_trend
from plangen.design import Design, design_for
from plangen.model import Client, Notes, Plan, month_key
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import format_date, format_month
from plangen.text.said import Said


@record
class ReportContent:
    """One month's report: figures, prepared rows and the CSM's notes (None when there are none)."""

    plan: Plan
    design: Design
    month: str
    title: str
    subtitle: str
    notes: Notes | None
    figures: list[KpiFigure]
    rows: list[KpiRow]
    trends: list[Trend]
    health: HealthFigure | None
    health_history: list[HealthHistoryRow]
    benefit: BenefitSummary | None
    milestones: list[MilestoneRow]
    summary: Summary
    verdict: Verdict
    projections: dict[str, Projection]
    initiatives: list[InitiativeRow]
    excluded: list[str] = field(default_factory=list)
    """Names of KPIs with value_per_unit not counted because an ancestor is priced."""
    period_note: str | None = None
    """Said on the cover and first page when the month is before the support period."""
    warnings: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        """Return the language of the labels."""
        return self.plan.language


def build_content(client: Client, month: str) -> ReportContent:
    """Return the content of `client`'s report for `month`, with warnings for the CSM."""
    plan = client.plan
    lang = plan.language
    actuals = client.actuals.until(month_last_day(month))
    notes = client.notes.get(month)
    warnings: list[str] = []
    if notes is None:
        warnings.append(Said("messages.render.no_notes", slug=client.slug, month=month))
    figures = kpi_figures(plan, actuals, month)
    if plan.kpis and all(f.actual is None for f in figures):
        warnings.append(Said("messages.render.no_kpi_value", slug=client.slug, month=month))
    period_note = None
    if month_key(month) < (plan.period_start.year, plan.period_start.month):
        period_note = tr(lang, "report.before_period", start=format_date(plan.period_start, lang))
        warnings.append(Said("messages.render.before_period", slug=client.slug, month=month,
                             start=str(plan.period_start)))
    health = health_figure(plan, actuals, month)
    benefit = benefit_summary(plan, actuals, month)
    overall = verdict(figures)
    projected = projections(plan, actuals, month)
    milestones = milestone_rows(plan, notes, month)
    title = tr(lang, "report.title_line", client=plan.client.title, title=tr(lang, "report.title"))
    vendor = " ".join(p for p in (plan.vendor.name, plan.vendor.product) if p)
    subtitle = format_month(month, lang) + (tr(lang, "report.subtitle_vendor", vendor=vendor) if vendor else "")
    lines = {k.id for k in plan.benefit_kpis()}
    excluded = [k.name for k in plan.kpis if k.value_per_unit is not None and k.id not in lines]
    return ReportContent(
        plan=plan, design=design_for(plan), month=month, title=title, subtitle=subtitle, notes=notes,
        figures=figures, rows=kpi_rows(figures, lang),
        trends=[kpi_trend(plan, actuals, f) for f in figures],
        health=health, health_history=history(plan, actuals, month) if plan.health else [],
        benefit=benefit, milestones=milestones,
        summary=build_summary(plan, figures, overall, projected, health, benefit, notes, month),
        verdict=overall, projections=projected, initiatives=initiative_rows(plan, milestones, month),
        excluded=excluded, period_note=period_note, warnings=warnings,
    )
