"""The portfolio: one row per client for the CS team's weekly meeting, as a workbook and a deck.

Each row holds a client's segment, contract value (annual fee), renewal date, health score, level and
change since the month before, the health alert, how many KPIs are in each status, the next milestone
and the CSM, for one month M. The risk level follows explicit rules, checked in this order; every row
names the rules that fired (`risk_rules`), the first one being the reason for its level:

high, when any of
- `support_ended`: the support period ended before the end of M and not every KGI is achieved in M;
- `no_data`: no actuals for 2 or more months: the latest month with a value is 2+ months before M
  (or, with no value at all, the support period started 2+ months before M);
- `renewal_kgi`: renewal (`contract.end`) within 180 days of the end of M and a KGI not on track
  (at risk, off track or without data in M);
- `health`: a health alert in M, or the health level is the lowest of the plan's levels;
- `verdict`: the overall verdict of M is off track (the worst status among the KGIs with a value in M;
  without one, among the KPIs with a value).

medium, when any of
- `kpi_at_risk`: a KPI or KGI is at risk or off track in M;
- `renewal`: renewal within 180 days of the end of M (named only when `renewal_kgi` did not fire).

low otherwise. Rows are sorted by risk level, then by contract value (largest first), then nearest
renewal. Clients load in a process pool like `plangen build` (plangen.build.portfolio); a client whose
plan has errors is listed and left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from plangen.model import month_key
from plangen.record import record

if TYPE_CHECKING:

    from plangen.model import Client

RiskLevel = Literal["high", "medium", "low"]
KPI_STATUSES = ("achieved", "on_track", "at_risk", "off_track", "no_data")
HIGH_RULES = ("support_ended", "no_data", "renewal_kgi", "health", "verdict")
MEDIUM_RULES = ("kpi_at_risk", "renewal")
RENEWAL_WINDOW = 180
"""A renewal within this many days of the end of the month raises the risk."""
STALE_MONTHS = 2
"""No actuals for this many months or more is a high risk."""
RISK_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}


@record(frozen=False)
class PortfolioRow:
    """One client's line in the portfolio for a month (plain values, so it pickles between processes)."""

    slug: str
    name: str
    language: str
    segment: str | None
    csm: str
    renewal: date | None
    days_to_renewal: int | None
    score: float | None
    level: str | None
    previous_score: float | None
    alert: bool
    fallers: list[str]
    kpis: dict[str, int]
    next_milestone: str | None
    next_milestone_date: date | None
    next_milestone_status: str | None
    milestones_at_risk: int
    annual_fee: float | None = None
    currency: str | None = None
    support_ended: bool = False
    period_end: date | None = None
    kgi_statuses: list[str] = field(default_factory=list)
    months_without_data: int | None = None
    lowest_level: bool = False
    verdict: str = "no_data"
    risk_rules: list[str] = field(default_factory=list)
    warnings: int = 0

    @property
    def change(self) -> float | None:
        """Return the change of the (shown, one-decimal) health score since the month before."""
        if self.score is None or self.previous_score is None:
            return None
        return round(round(self.score, 1) - round(self.previous_score, 1), 1)

    @property
    def risk_level(self) -> RiskLevel:
        """Return high, medium or low from the rules that fired (see the module docstring)."""
        if any(rule in HIGH_RULES for rule in self.risk_rules):
            return "high"
        return "medium" if self.risk_rules else "low"

    @property
    def risk_rule(self) -> str | None:
        """Return the rule that set the risk level (the first that fired), or None for a low risk."""
        return self.risk_rules[0] if self.risk_rules else None


@record(frozen=False)
class Portfolio:
    """Rows sorted by risk (highest first), and the errors of clients that could not be loaded."""

    month: str
    rows: list[PortfolioRow]
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # example text from `plangen new` that reaches a row

    @property
    def ok(self) -> bool:
        """Return True when every client loaded."""
        return not self.failed

    @property
    def average_health(self) -> float | None:
        """Return the team's average health score: the mean over the clients with a score in the month."""
        scores = [r.score for r in self.rows if r.score is not None]
        return sum(scores) / len(scores) if scores else None


def client_row(client: Client, month: str) -> PortfolioRow:
    """Return the portfolio row of a loaded client for `month`."""
    from plangen.compute.figures import health_figure, kpi_figures, month_last_day

    plan = client.plan
    last_day = month_last_day(month)
    health = health_figure(plan, client.actuals, month)
    counts = dict.fromkeys(KPI_STATUSES, 0)
    figures = kpi_figures(plan, client.actuals, month)
    for figure in figures:
        if figure.status in counts:  # a KPI whose path has not started yet is neither measured nor missing
            counts[figure.status] += 1
    notes = client.notes.get(month)
    marks = notes.milestones if notes else {}
    upcoming = sorted((m for m in plan.milestones if marks.get(m.id) != "done" and m.date >= last_day.replace(day=1)),
                      key=lambda m: m.date)
    nxt = upcoming[0] if upcoming else None
    renewal = plan.contract.end
    levels = plan.health.levels if plan.health else []
    row = PortfolioRow(
        slug=client.slug,
        name=plan.client.title,
        language=plan.language,
        segment=plan.client.segment,
        csm=", ".join(p.name for p in plan.team.vendor if p.role == "csm"),
        renewal=renewal,
        days_to_renewal=(renewal - last_day).days if renewal else None,
        score=health.score if health else None,
        level=health.level if health else None,
        previous_score=health.previous_score if health else None,
        alert=bool(health and health.alert),
        fallers=[c.name for c in health.fallers] if health else [],
        kpis=counts,
        next_milestone=nxt.name if nxt else None,
        next_milestone_date=nxt.date if nxt else None,
        next_milestone_status=marks.get(nxt.id) if nxt else None,
        milestones_at_risk=sum(1 for s in marks.values() if s in ("at_risk", "delayed")),
        annual_fee=plan.contract.annual_fee,
        currency=plan.contract.currency,
        support_ended=plan.period_end < last_day,
        period_end=plan.period_end,
        kgi_statuses=[f.status for f in figures if f.kpi.kind == "kgi"],
        months_without_data=months_without_data(client.actuals.until(last_day).months(), month,
                                                f"{plan.period_start:%Y-%m}"),
        lowest_level=bool(health and health.level and len(levels) > 1 and health.level == levels[0].name),
        verdict=verdict([(f.kpi.kind, f.status) for f in figures]),
        warnings=len(client.warnings),
    )
    row.risk_rules = risk_rules(row)
    return row


def month_index(month: str) -> int:
    """Return a YYYY-MM month as a count of months (for differences)."""
    year, number = month_key(month)
    return year * 12 + number - 1


def months_without_data(months: list[str], month: str, period_start: str) -> int | None:
    """Return how many months before `month` the latest value was measured (without any: since the period
    started); None when the period starts after `month`."""
    if months:
        return month_index(month) - month_index(max(months, key=month_key))
    gap = month_index(month) - month_index(period_start) + 1
    return gap if gap > 0 else None


def verdict(statuses: list[tuple[str, str]]) -> str:
    """Return the overall verdict: the worst status among KGIs with a value, else among KPIs with a value."""
    order = ("off_track", "at_risk", "on_track", "achieved")
    kgis = {s for kind, s in statuses if kind == "kgi" and s in order}
    found = kgis or {s for _, s in statuses if s in order}
    return next((s for s in order if s in found), "no_data")


def risk_rules(row: PortfolioRow) -> list[str]:
    """Return the risk rules that fire for a row, high ones first, as the module docstring describes."""
    renews = row.days_to_renewal is not None and 0 <= row.days_to_renewal <= RENEWAL_WINDOW
    fired = {
        "support_ended": row.support_ended and any(s != "achieved" for s in row.kgi_statuses),
        "no_data": row.months_without_data is not None and row.months_without_data >= STALE_MONTHS,
        "renewal_kgi": renews and any(s not in ("achieved", "on_track") for s in row.kgi_statuses),
        "health": row.alert or row.lowest_level,
        "verdict": row.verdict == "off_track",
        "kpi_at_risk": bool(row.kpis["at_risk"] or row.kpis["off_track"]),
        "renewal": renews and not any(s not in ("achieved", "on_track") for s in row.kgi_statuses),
    }
    return [rule for rule in (*HIGH_RULES, *MEDIUM_RULES) if fired[rule]]


def sort_by_risk(rows: Iterable[PortfolioRow]) -> list[PortfolioRow]:
    """Return rows ordered by risk level (high first), then contract value (largest first), nearest renewal, slug."""
    return sorted(rows, key=lambda r: (RISK_ORDER[r.risk_level], -(r.annual_fee or 0),
                                       r.days_to_renewal if r.days_to_renewal is not None else 10**6, r.slug))
