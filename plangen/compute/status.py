"""`plangen status`: one month's figures as JSON (a stable shape other tools rely on) or a terminal table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plangen.compute.benefit import benefit_summary
from plangen.compute.figures import health_figure, kpi_figures, month_last_day, projections, verdict

if TYPE_CHECKING:

    from plangen.model import Client


def _round(value: float | None, digits: int) -> float | None:
    """Return `value` rounded to `digits` (None stays None)."""
    return None if value is None else round(value, digits)


def status_dict(client: Client, month: str) -> dict[str, Any]:
    """Return the month's figures: {month, verdict, kpis, health (absent without health), benefit (absent without
    value_per_unit)}."""
    plan = client.plan
    actuals = client.actuals.until(month_last_day(month))
    figures = kpi_figures(plan, actuals, month)
    overall = verdict(figures)
    out: dict[str, Any] = {"month": month, "verdict": {"status": overall.status, "basis": overall.basis,
                                                       "leading": [f.kpi.id for f in overall.leading]}, "kpis": {}}
    projected = projections(plan, actuals, month)
    for fig in figures:
        out["kpis"][fig.kpi.id] = {
            "actual": fig.actual, "previous": fig.previous, "progress": _round(fig.progress, 4),
            "expected": round(fig.expected, 4), "status": fig.status,
            "projection": {"reaches_target": projected[fig.kpi.id].reaches_target},
        }
    health = health_figure(plan, actuals, month)
    if health is not None:
        out["health"] = {
            "score": _round(health.score, 1), "level": health.level,
            "previous_score": _round(health.previous_score, 1), "previous_level": health.previous_level,
            "alert": health.alert,
            "components": {c.id: {"value": c.value, "points": _round(c.points, 1), "change": _round(c.change, 1)}
                           for c in health.components},
        }
    benefit = benefit_summary(plan, actuals, month)
    if benefit is not None:
        out["benefit"] = {
            "now": _round(benefit.now, 2), "at_target": _round(benefit.at_target, 2),
            "annual_fee": benefit.annual_fee, "currency": benefit.currency,
            "realised_to_date": round(benefit.realised_to_date, 2), "fee_to_date": _round(benefit.fee_to_date, 2),
            "lines": [{"kpi": ln.kpi.id, "improvement": _round(ln.improvement, 6), "value_per_unit": ln.value_per_unit,
                       "scope": ln.scope, "amount": _round(ln.amount, 2)} for ln in benefit.lines],
        }
    return out
