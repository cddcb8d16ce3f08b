"""The portfolio: one row per client for the CS team's weekly meeting, as a workbook and a deck.

Each row holds a client's segment, renewal date, health score, level and change since the month
before, the health alert, how many KPIs are in each status, the next milestone and the CSM, for
one month. Clients are ordered by risk, highest first. The risk points (0-100) add up:

- health: (100 - score) x 0.35, or 20 when the month has no score;
- health alert (a fall of `alert_drop` or more): 20;
- KPIs: 25 x (off track share) + 10 x (at risk share) of the KPIs with data; 5 when none has data;
- renewal within 90 days: 10 (within 180 days: 5);
- milestones the CSM marked `at_risk` or `delayed` in that month's notes: 5 each, at most 10.

A risk of 50 or more is `high`, 25 or more `medium`, else `low`. Clients load in a process pool
like `plangen build` (plangen.build.portfolio); a client whose plan has errors is listed and left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:

    from plangen.model import Client

RiskLevel = Literal["high", "medium", "low"]
KPI_STATUSES = ("achieved", "on_track", "at_risk", "off_track", "no_data")


@dataclass
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
    risk: float = 0.0
    warnings: int = 0

    @property
    def change(self) -> float | None:
        """Return the change of the (shown, one-decimal) health score since the month before."""
        if self.score is None or self.previous_score is None:
            return None
        return round(round(self.score, 1) - round(self.previous_score, 1), 1)

    @property
    def risk_level(self) -> RiskLevel:
        """Return high, medium or low from the risk points."""
        return "high" if self.risk >= 50 else "medium" if self.risk >= 25 else "low"


@dataclass
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


def client_row(client: Client, month: str) -> PortfolioRow:
    """Return the portfolio row of a loaded client for `month`."""
    from plangen.compute.figures import health_figure, kpi_figures, month_last_day

    plan = client.plan
    last_day = month_last_day(month)
    health = health_figure(plan, client.actuals, month)
    counts = dict.fromkeys(KPI_STATUSES, 0)
    for figure in kpi_figures(plan, client.actuals, month):
        counts[figure.status] += 1
    notes = client.notes.get(month)
    marks = notes.milestones if notes else {}
    upcoming = sorted((m for m in plan.milestones if marks.get(m.id) != "done" and m.date >= last_day.replace(day=1)),
                      key=lambda m: m.date)
    nxt = upcoming[0] if upcoming else None
    renewal = plan.contract.end
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
        warnings=len(client.warnings),
    )
    row.risk = risk_points(row)
    return row


def risk_points(row: PortfolioRow) -> float:
    """Return the risk points (0-100) of a row, as the module docstring describes."""
    points = 20.0 if row.score is None else (100.0 - row.score) * 0.35
    if row.alert:
        points += 20
    measured = sum(n for s, n in row.kpis.items() if s != "no_data")
    if measured:
        points += 25 * row.kpis["off_track"] / measured + 10 * row.kpis["at_risk"] / measured
    elif sum(row.kpis.values()):
        points += 5
    if row.days_to_renewal is not None and row.days_to_renewal <= 180:
        points += 10 if row.days_to_renewal <= 90 else 5
    points += min(10, 5 * row.milestones_at_risk)
    return round(min(points, 100.0), 1)


def sort_by_risk(rows: Iterable[PortfolioRow]) -> list[PortfolioRow]:
    """Return rows ordered by risk (highest first), then nearest renewal, then slug."""
    return sorted(rows, key=lambda r: (-r.risk, r.days_to_renewal if r.days_to_renewal is not None else 10**6,
                                       r.slug))


