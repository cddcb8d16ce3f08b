"""The figures of an evaluator report: KPI progress and status, health score, cost-effectiveness.

Implements plan-format.md "Figures in evaluator reports". Missing data is None, never 0.

KPIs
  progress = (actual - baseline) / (target - baseline); not clamped (may be < 0 or > 1).
  The expected path starts at the earliest `start` of the initiatives that list the KPI (else the
  support-period start) and ends at `target_date` (else the last day of the support period).
  expected = clamp(days(path start -> last day of M) / days(path start -> end), 0, 1).
  status: achieved (progress >= 1), on_track (>= expected - 0.10), at_risk (>= expected - 0.25),
  off_track. Without a value for M: `not_started` when M ends before the path start, else `no_data`;
  `no_data` too when the KPI lacks a baseline or a target (or they are equal) so that progress cannot
  be computed. Comparisons allow 1e-9 for float rounding.
  `previous` is the value of the calendar month before M (None when that month has no value).

Health
  Each component scores weight x clamp((value - poor) / (good - poor), 0, 1); `good` may be below
  `poor` (lower is better). A component without a value for M has points None, and the month's
  score is None (not computed from the others): a partial score would look like a fall and raise
  false alerts. Level and alert use the score rounded to one decimal, as it is shown: the level is
  the last level whose `min` is at or below it (None below every level); the alert fires when the
  previous month's score minus this month's is `alert_drop` or more. `fallers` lists, when the alert
  fires, the components that lost points, largest fall first.

Overall verdict
  The worst status among the KGIs with a value for M; when no KGI has one, among the KPIs that do;
  `no_data` when nothing does. KPIs (kind kpi) at_risk or off_track are named as leading signs.

Projection
  For a KPI with values in at least 3 of the 6 months up to M: the least-squares line through
  those monthly values (x = month number); the first month from M on where the line reaches the
  target, searched up to the later of target_date, contract.end and the support-period end.

Cost-effectiveness: see plangen.compute.benefit.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Literal

from plangen.model import Actuals, Kpi, Plan, month_key, month_last_day, month_text
from plangen.record import record

KpiStatus = Literal["achieved", "on_track", "at_risk", "off_track", "not_started", "no_data"]
STATUSES: tuple[KpiStatus, ...] = ("achieved", "on_track", "at_risk", "off_track", "not_started", "no_data")
RANKED: tuple[KpiStatus, ...] = ("off_track", "at_risk", "on_track", "achieved")
"""Statuses that count for the verdict, worst first (not_started and no_data do not count)."""
ON_TRACK_MARGIN = 0.10
AT_RISK_MARGIN = 0.25
_EPS = 1e-9


@record
class KpiFigure:
    """One KPI's figures for a month."""

    kpi: Kpi
    month: str
    actual: float | None
    previous: float | None
    progress: float | None
    expected: float
    status: KpiStatus
    path_start: date


@record
class ComponentFigure:
    """One health component's value and points for a month, and the change since the month before."""

    id: str
    name: str
    metric: str
    value: float | None
    points: float | None
    previous_points: float | None
    change: float | None


@record
class HealthFigure:
    """The health score of a month, its level, the previous month's, and the alert."""

    month: str
    score: float | None
    level: str | None
    previous_score: float | None
    previous_level: str | None
    alert: bool
    components: list[ComponentFigure] = field(default_factory=list)
    fallers: list[ComponentFigure] = field(default_factory=list)


@record
class BenefitFigure:
    """Estimated annual benefit now and at target, with the annual fee to compare against."""

    now: float | None
    at_target: float | None
    annual_fee: float | None
    currency: str | None


def previous_month(month: str) -> str:
    """Return the month before `month` (YYYY-MM)."""
    year, mon = month_key(month)
    return month_text(year - 1, 12) if mon == 1 else month_text(year, mon - 1)


def next_month(month: str) -> str:
    """Return the month after `month` (YYYY-MM)."""
    year, mon = month_key(month)
    return month_text(year + 1, 1) if mon == 12 else month_text(year, mon + 1)


def path_start(plan: Plan, kpi: Kpi) -> date:
    """Return the start of the KPI's expected path: earliest start of its initiatives, else the period start."""
    starts = [i.start for i in plan.initiatives if kpi.id in i.kpis and i.start is not None]
    return min(starts) if starts else plan.period_start


def path_end(plan: Plan, kpi: Kpi) -> date:
    """Return the day the expected path reaches 1.0: `target_date`, else the last day of the support period."""
    return kpi.target_date or plan.period_end


def expected_on(plan: Plan, kpi: Kpi, day: date) -> float:
    """Return the expected progress on `day`, clamped to 0..1."""
    start, end = path_start(plan, kpi), path_end(plan, kpi)
    total = (end - start).days
    if total <= 0:
        return 1.0 if day >= end else 0.0
    return min(1.0, max(0.0, (day - start).days / total))


def expected_progress(plan: Plan, kpi: Kpi, month: str) -> float:
    """Return the expected progress at the last day of `month`, clamped to 0..1."""
    return expected_on(plan, kpi, month_last_day(month))


def progress_of(kpi: Kpi, value: float | None) -> float | None:
    """Return (value - baseline) / (target - baseline), or None when it cannot be computed."""
    if value is None or kpi.baseline is None or kpi.target is None or kpi.target == kpi.baseline:
        return None
    return (value - kpi.baseline) / (kpi.target - kpi.baseline)


def status_of(progress: float | None, expected: float) -> KpiStatus:
    """Return the status for `progress` against `expected` (no_data when progress is None)."""
    if progress is None:
        return "no_data"
    if progress >= 1.0 - _EPS:
        return "achieved"
    if progress >= expected - ON_TRACK_MARGIN - _EPS:
        return "on_track"
    if progress >= expected - AT_RISK_MARGIN - _EPS:
        return "at_risk"
    return "off_track"


def kpi_figure(plan: Plan, actuals: Actuals, kpi: Kpi, month: str) -> KpiFigure:
    """Return the figures of `kpi` for `month`."""
    values = actuals.monthly(kpi.id)
    actual = values.get(month)
    progress = progress_of(kpi, actual)
    expected = expected_progress(plan, kpi, month)
    start = path_start(plan, kpi)
    status = status_of(progress, expected)
    if actual is None and month_last_day(month) < start:
        status = "not_started"
    return KpiFigure(kpi, month, actual, values.get(previous_month(month)), progress, expected, status, start)


def kpi_figures(plan: Plan, actuals: Actuals, month: str) -> list[KpiFigure]:
    """Return the figures of every KPI for `month`, in plan order (KPIs without actuals included)."""
    return [kpi_figure(plan, actuals, kpi, month) for kpi in plan.kpis]


def component_points(weight: float, poor: float, good: float, value: float | None) -> float | None:
    """Return weight x clamp((value - poor) / (good - poor), 0, 1), or None without a value."""
    if value is None:
        return None
    if good == poor:
        return weight if value >= good else 0.0
    return weight * min(1.0, max(0.0, (value - poor) / (good - poor)))


def level_for(plan: Plan, score: float | None) -> str | None:
    """Return the name of the last level whose `min` is at or below `score` (rounded to one decimal)."""
    if score is None or plan.health is None:
        return None
    shown = round(score, 1)
    found: str | None = None
    for level in sorted(plan.health.levels, key=lambda lv: lv.min):
        if level.min <= shown + _EPS:
            found = level.name
    return found


def health_score(plan: Plan, actuals: Actuals, month: str) -> float | None:
    """Return the health score of `month`, or None without health or when a component has no value."""
    if plan.health is None or not plan.health.components:
        return None
    total = 0.0
    for comp in plan.health.components:
        points = component_points(comp.weight, comp.poor, comp.good, actuals.value(comp.metric, month))
        if points is None:
            return None
        total += points
    return total


def health_figure(plan: Plan, actuals: Actuals, month: str) -> HealthFigure | None:
    """Return the health figures of `month`, or None when the plan defines no health score."""
    health = plan.health
    if health is None:
        return None
    prev = previous_month(month)
    components: list[ComponentFigure] = []
    for comp in health.components:
        value = actuals.value(comp.metric, month)
        points = component_points(comp.weight, comp.poor, comp.good, value)
        before = component_points(comp.weight, comp.poor, comp.good, actuals.value(comp.metric, prev))
        change = points - before if points is not None and before is not None else None
        components.append(ComponentFigure(comp.id, comp.name, comp.metric, value, points, before, change))
    score = health_score(plan, actuals, month)
    previous_score = health_score(plan, actuals, prev)
    alert = (health.alert_drop is not None and score is not None and previous_score is not None
             and round(previous_score, 1) - round(score, 1) >= health.alert_drop - _EPS)
    fallers = sorted((c for c in components if c.change is not None and c.change < -_EPS),
                     key=lambda c: c.change or 0.0) if alert else []
    return HealthFigure(month, score, level_for(plan, score), previous_score, level_for(plan, previous_score),
                        alert, components, fallers)


def health_history(plan: Plan, actuals: Actuals, months: list[str]) -> list[tuple[str, float | None, str | None]]:
    """Return (month, score, level) for each of `months`."""
    out = []
    for month in months:
        score = health_score(plan, actuals, month)
        out.append((month, score, level_for(plan, score)))
    return out


def overall_status(figures: list[KpiFigure]) -> KpiStatus:
    """Return the verdict's status: worst among KGIs with a value, else among KPIs with one, else no_data."""
    return verdict(figures).status


@record
class Verdict:
    """The overall verdict of a month, what it was judged on, and the KPIs at risk or off track."""

    status: KpiStatus
    basis: Literal["kgi", "kpi", "none"]
    leading: list[KpiFigure]


def verdict(figures: list[KpiFigure]) -> Verdict:
    """Return the overall verdict (plan-format "Overall verdict") with the leading KPIs at risk or off track."""
    leading = [f for f in figures if f.kpi.kind == "kpi" and f.status in ("at_risk", "off_track")]
    for basis, group in (("kgi", [f for f in figures if f.kpi.kind == "kgi"]), ("kpi", figures)):
        present = {f.status for f in group if f.status in RANKED}
        for status in RANKED:
            if status in present:
                return Verdict(status, basis, leading)  # type: ignore[arg-type]
    return Verdict("no_data", "none", leading)


@record
class Projection:
    """Where a KPI's least-squares line through its recent monthly values reaches the target."""

    kpi: Kpi
    months_used: int
    slope: float | None
    reaches_target: str | None
    horizon: str

    @property
    def available(self) -> bool:
        """Return True when there were enough values (3 of the last 6 months) to project."""
        return self.slope is not None

    @property
    def by_target_date(self) -> bool | None:
        """Return whether the line reaches the target by the KPI's target month (None without a projection or date)."""
        if not self.available or self.kpi.target_date is None:
            return None
        target = self.kpi.target_date
        return self.reaches_target is not None and month_key(self.reaches_target) <= (target.year, target.month)


def month_index(month: str) -> int:
    """Return a month YYYY-MM as a running month number (year x 12 + month - 1)."""
    year, number = month_key(month)
    return year * 12 + number - 1


def month_of_index(index: int) -> str:
    """Return the month YYYY-MM of a running month number."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def projection(plan: Plan, actuals: Actuals, kpi: Kpi, month: str) -> Projection:
    """Return the projection of `kpi` from the values of the 6 months up to `month` (plan-format "projection")."""
    end = month_index(month)
    values = actuals.monthly(kpi.id)
    points = [(month_index(m), v) for m, v in values.items() if end - 5 <= month_index(m) <= end]
    horizon_days = [d for d in (kpi.target_date, plan.contract.end, plan.period_end) if d is not None]
    horizon = f"{max(horizon_days):%Y-%m}"
    if len(points) < 3 or kpi.target is None:
        return Projection(kpi, len(points), None, None, horizon)
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx
    better = 1.0 if kpi.direction == "up" else -1.0
    reaches = None
    for index in range(end, month_index(horizon) + 1):
        fitted = mean_y + slope * (index - mean_x)
        if (fitted - kpi.target) * better >= -_EPS:
            reaches = month_of_index(index)
            break
    return Projection(kpi, n, slope, reaches, horizon)


def projections(plan: Plan, actuals: Actuals, month: str) -> dict[str, Projection]:
    """Return KPI id -> projection for every KPI of the plan."""
    return {k.id: projection(plan, actuals, k, month) for k in plan.kpis}
