"""Cost-effectiveness (費用対効果) per plan-format "Figures in evaluator reports": lines, now, at target, to date.

A benefit line is a KPI with `value_per_unit` none of whose ancestors (through `parent`) has one, so
the same money is never counted twice. improvement = (actual - baseline) in the better direction,
negative when worse. Annual benefit now sums the lines that have a value for M (a line without one
shows '—' and adds nothing; `now` is None when no line has a value); at target sums the lines that
have a target. Realised to date adds, for every calendar month from the month of
`support_period.start` through M, the lines with a value that month, improvement x value_per_unit / 12.
Fee to date is annual_fee x (calendar months from the month of `contract.start` through M) / 12.

Public API for other documents (kickoff, portfolio, 稟議書): `benefit_lines(plan, actuals, month)` and
`benefit_summary(plan, actuals, month)` -> `BenefitSummary`.
"""

from __future__ import annotations

from plangen.compute.figures import month_index, month_of_index
from plangen.model import Actuals, Kpi, Plan
from plangen.record import record


@record
class BenefitLine:
    """One KPI counted in the benefit: its improvement in month M and at target, and the annual amounts."""

    kpi: Kpi
    actual: float | None
    improvement: float | None
    value_per_unit: float
    amount: float | None
    target_improvement: float | None
    at_target: float | None

    @property
    def scope(self) -> str | None:
        """Return where the KPI is measured (e.g. 先行2拠点), None when company-wide."""
        return self.kpi.scope


@record
class MonthToDate:
    """One calendar month of the to-date figures: the benefit realised that month and both running totals."""

    month: str
    realised: float
    cumulative: float
    fee_cumulative: float | None


@record
class BenefitSummary:
    """The benefit of month M: lines, annual now and at target against the fee, realised and fee to date."""

    month: str
    lines: list[BenefitLine]
    now: float | None
    at_target: float | None
    annual_fee: float | None
    currency: str | None
    realised_to_date: float
    fee_to_date: float | None
    months_counted: int
    """Calendar months from the support-period start through M (the months realised to date adds up)."""
    months: list[MonthToDate]
    """Month by month from the support-period start through M: how realised and fee to date add up."""

    @property
    def ratio_now(self) -> float | None:
        """Return annual benefit now / annual fee (None without either)."""
        return _ratio(self.now, self.annual_fee)

    @property
    def ratio_at_target(self) -> float | None:
        """Return annual benefit at target / annual fee (None without either)."""
        return _ratio(self.at_target, self.annual_fee)

    @property
    def ratio_to_date(self) -> float | None:
        """Return realised to date / fee to date (None when no fee has been paid yet)."""
        return _ratio(self.realised_to_date, self.fee_to_date)


def _ratio(amount: float | None, fee: float | None) -> float | None:
    """Return amount / fee, or None when either is missing or the fee is 0."""
    return None if amount is None or not fee else amount / fee


def benefit_line(kpi: Kpi, actuals: Actuals, month: str) -> BenefitLine:
    """Return the benefit line of `kpi` (which must have `value_per_unit`) for `month`."""
    assert kpi.value_per_unit is not None
    actual = actuals.value(kpi.id, month)
    improvement = kpi.improvement(actual)
    target_improvement = kpi.improvement(kpi.target)
    vpu = kpi.value_per_unit
    return BenefitLine(kpi, actual, improvement, vpu, None if improvement is None else improvement * vpu,
                       target_improvement, None if target_improvement is None else target_improvement * vpu)


def benefit_lines(plan: Plan, actuals: Actuals, month: str) -> list[BenefitLine]:
    """Return the benefit lines of `month`, in plan order (KPIs under a priced ancestor left out)."""
    return [benefit_line(k, actuals, month) for k in plan.benefit_kpis()]


def months_through(first: str, last: str) -> int:
    """Return the calendar months from `first` through `last`, both included (0 when last is before first)."""
    return max(0, month_index(last) - month_index(first) + 1)


def realised_in(plan: Plan, actuals: Actuals, month: str) -> float:
    """Return the benefit realised in one calendar month: lines with a value, improvement x value_per_unit / 12."""
    total = 0.0
    for kpi in plan.benefit_kpis():
        improvement = kpi.improvement(actuals.value(kpi.id, month))
        if improvement is not None and kpi.value_per_unit is not None:
            total += improvement * kpi.value_per_unit / 12
    return total


def months_to_date(plan: Plan, actuals: Actuals, month: str) -> list[MonthToDate]:
    """Return each month from the support-period start's month through `month` with realised and fee totals."""
    out: list[MonthToDate] = []
    cumulative = 0.0
    for index in range(month_index(f"{plan.period_start:%Y-%m}"), month_index(month) + 1):
        current = month_of_index(index)
        realised = realised_in(plan, actuals, current)
        cumulative += realised
        out.append(MonthToDate(current, realised, cumulative, fee_to_date(plan, current)))
    return out


def realised_to_date(plan: Plan, actuals: Actuals, month: str) -> float:
    """Return the benefit realised from the support-period start's month through `month` (累計効果)."""
    months = months_to_date(plan, actuals, month)
    return months[-1].cumulative if months else 0.0


def fee_to_date(plan: Plan, month: str) -> float | None:
    """Return annual_fee x months from the contract start's month through `month` / 12 (None without a fee)."""
    fee = plan.contract.annual_fee
    if fee is None:
        return None
    return fee * months_through(f"{plan.contract.start:%Y-%m}", month) / 12


def _sum(values: list[float | None]) -> float | None:
    """Return the sum of the values present, None when none is."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def benefit_summary(plan: Plan, actuals: Actuals, month: str) -> BenefitSummary | None:
    """Return the cost-effectiveness of `month`, or None when no KPI has `value_per_unit`."""
    lines = benefit_lines(plan, actuals, month)
    if not lines:
        return None
    months = months_to_date(plan, actuals, month)
    return BenefitSummary(
        month=month, lines=lines, now=_sum([ln.amount for ln in lines]),
        at_target=_sum([ln.at_target for ln in lines]), annual_fee=plan.contract.annual_fee,
        currency=plan.contract.currency, realised_to_date=months[-1].cumulative if months else 0.0,
        fee_to_date=fee_to_date(plan, month), months_counted=len(months), months=months)
