"""Health rows of the evaluator report: score and level by month, this month's points per component."""

from __future__ import annotations

from plangen.compute.figures import HealthFigure, health_history
from plangen.compute.report.trends import months_between
from plangen.model import Actuals, Plan, month_key
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import format_number, format_signed, labelled


@record
class HealthHistoryRow:
    """Score and level of one month."""

    month: str
    score: float | None
    level: str | None


def history(plan: Plan, actuals: Actuals, month: str) -> list[HealthHistoryRow]:
    """Return score and level for each month from the support-period start (or first data) to `month`.

    A month before both still has its own row (without a score), so the chart is never empty.
    """
    metrics = {c.metric for c in plan.health.components} if plan.health else set()
    data_months = {r.month for r in actuals.rows if r.metric in metrics}
    first = min([f"{plan.period_start:%Y-%m}", *data_months, month], key=month_key)
    months = months_between(first, month)[-12:]
    return [HealthHistoryRow(m, s, lv) for m, s, lv in health_history(plan, actuals, months)]


def component_table(figure: HealthFigure, plan: Plan, lang: str) -> list[list[str]]:
    """Return rows (component, value, weight, points, change) of this month's components."""
    weights = {c.id: c.weight for c in plan.health.components} if plan.health else {}
    return [[c.name, format_number(c.value), format_number(weights.get(c.id)),
             format_number(c.points, digits=1), format_signed(c.change)] for c in figure.components]


def alert_lines(figure: HealthFigure, plan: Plan, lang: str) -> list[str]:
    """Return the alert sentence and one line per component that lost points (empty without alert)."""
    if not figure.alert or figure.score is None or figure.previous_score is None or plan.health is None:
        return []
    drop = round(figure.previous_score, 1) - round(figure.score, 1)
    head = tr(lang, "report.health.alert", drop=format_number(drop, digits=1),
              limit=format_number(plan.health.alert_drop))
    pt = tr(lang, "unit.pt")
    return [head, *(labelled(c.name, format_signed(c.change) + pt, lang) for c in figure.fallers)]

