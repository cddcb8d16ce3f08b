"""Chart data of a KPI trend: monthly actuals, the expected path from baseline to target, the target line."""

from __future__ import annotations

import math
from datetime import date

from plangen.compute.figures import KpiFigure, month_last_day, next_month, path_end
from plangen.model import Actuals, Plan, month_key
from plangen.record import record


@record
class Trend:
    """What a KPI trend chart draws; x values are dates (actuals at month ends)."""

    figure: KpiFigure
    actual: list[tuple[date, float]]
    path: list[tuple[date, float]]
    target: float | None
    start: date
    end: date
    y_min: float
    y_max: float
    y_step: float


def months_between(first: str, last: str) -> list[str]:
    """Return the months from `first` to `last`, inclusive."""
    out = []
    month, end = first, month_key(last)
    while month_key(month) <= end:
        out.append(month)
        month = next_month(month)
    return out


def kpi_trend(plan: Plan, actuals: Actuals, figure: KpiFigure) -> Trend:
    """Return the trend of one KPI up to the figure's month (later values are not shown)."""
    kpi = figure.kpi
    last_day = month_last_day(figure.month)
    values = {m: v for m, v in actuals.monthly(kpi.id).items() if month_key(m) <= month_key(figure.month)}
    actual = [(month_last_day(m), v) for m, v in sorted(values.items())]
    path: list[tuple[date, float]] = []
    if kpi.baseline is not None and kpi.target is not None:
        path = [(figure.path_start, kpi.baseline), (path_end(plan, kpi), kpi.target)]
    start_candidates = [plan.period_start, figure.path_start, *(d for d, _ in actual)]
    start = min(start_candidates).replace(day=1)
    end = max(path_end(plan, kpi), last_day, plan.period_end)
    ys = [v for _, v in actual] + [v for v in (kpi.baseline, kpi.target) if v is not None]
    low, high = (min(ys), max(ys)) if ys else (0.0, 1.0)
    span = (high - low) or max(abs(high), 1.0)
    step = nice_step(span * 1.3 / 5)
    y_min = math.floor((low - span * 0.1) / step) * step
    y_max = math.ceil((high + span * 0.1) / step) * step
    return Trend(figure, actual, path, kpi.target, start, end, y_min, y_max, step)


def nice_step(raw: float) -> float:
    """Return a tick step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`."""
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw - 1e-12:
            return factor * power
    return 10 * power


@record
class MonthlyTrend:
    """A trend by month for category charts: actual and expected-path value at each month end."""

    months: list[str]
    actual: list[float | None]
    expected: list[float | None]
    start_index: int | None


def monthly_trend(plan: Plan, trend: Trend) -> MonthlyTrend:
    """Return the trend by month from the chart start to its end; the path-start month is marked by index."""
    from plangen.compute.figures import expected_progress

    kpi = trend.figure.kpi
    months = months_between(f"{trend.start:%Y-%m}", f"{trend.end:%Y-%m}")
    values = {f"{d:%Y-%m}": v for d, v in trend.actual}
    expected: list[float | None] = []
    for month in months:
        if kpi.baseline is None or kpi.target is None:
            expected.append(None)
        else:
            share = expected_progress(plan, kpi, month)
            expected.append(kpi.baseline + share * (kpi.target - kpi.baseline))
    start_month = f"{trend.figure.path_start:%Y-%m}"
    start_index = months.index(start_month) if start_month in months else None
    return MonthlyTrend(months, [values.get(m) for m in months], expected, start_index)
