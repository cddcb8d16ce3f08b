"""`plangen status`: one month's figures as JSON (a stable shape other tools rely on) or a terminal table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plangen.compute.figures import benefit_figure, health_figure, kpi_figures, month_last_day

if TYPE_CHECKING:

    from plangen.model import Client


def _round(value: float | None, digits: int) -> float | None:
    """Return `value` rounded to `digits` (None stays None)."""
    return None if value is None else round(value, digits)


def status_dict(client: Client, month: str) -> dict[str, Any]:
    """Return the month's figures: {month, kpis, health (absent without health), benefit (absent without value)}."""
    plan = client.plan
    actuals = client.actuals.until(month_last_day(month))
    out: dict[str, Any] = {"month": month, "kpis": {}}
    for fig in kpi_figures(plan, actuals, month):
        out["kpis"][fig.kpi.id] = {
            "actual": fig.actual, "previous": fig.previous, "progress": _round(fig.progress, 4),
            "expected": round(fig.expected, 4), "status": fig.status,
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
    benefit = benefit_figure(plan, actuals, month)
    if benefit is not None:
        out["benefit"] = {"now": _round(benefit.now, 2), "at_target": _round(benefit.at_target, 2),
                          "annual_fee": benefit.annual_fee, "currency": benefit.currency}
    return out
