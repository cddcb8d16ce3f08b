"""Typed model of a client's files: plan.yaml, the actuals and reports/YYYY-MM.yaml (see docs/plan-format.md)."""

# No `from __future__ import annotations`: the sections' field types are then objects, read as they are when
# a section is first checked, instead of ~180 strings to evaluate.

import calendar
import re
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plangen.errors import Problem
from plangen.model.base import Strict
from plangen.model.fields import After, Before, Field
from plangen.record import record

ClientRole = Literal["final_evaluator", "evaluator", "promoter", "user", "other"]
VendorRole = Literal["csm", "executive_sponsor", "sales", "support", "other"]
Level3 = Literal["low", "medium", "high"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MilestoneStatus = Literal["done", "on_track", "at_risk", "delayed"]
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_HEX = re.compile(r"^#?[0-9A-Fa-f]{6}$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Every date in a plan, actuals or notes lies in this window (and near contract.start, see load/semantics.py).
DATE_MIN = date(2000, 1, 1)
DATE_MAX = date(2100, 12, 31)
YEARS_FROM_CONTRACT = 10
WINDOW = f"must lie between {DATE_MIN} and {DATE_MAX}"


def month_key(month: str) -> tuple[int, int]:
    """Return a month YYYY-MM as a (year, month) tuple, the only way months are compared."""
    return int(month[:-3]), int(month[-2:])


def month_last_day(month: str) -> date:
    """Return the last day of `month` (YYYY-MM)."""
    year, mon = month_key(month)
    return date(year, mon, calendar.monthrange(year, mon)[1])


def month_text(year: int, month: int) -> str:
    """Return (year, month) written YYYY-MM."""
    return f"{year:04d}-{month:02d}"


def month_error(text: str) -> str | None:
    """Return why `text` is not a month YYYY-MM inside the date window, or None when it is one."""
    if not _MONTH.match(text):
        return 'must be a month "YYYY-MM" such as "2027-02"'
    if not (DATE_MIN.year, DATE_MIN.month) <= month_key(text) <= (DATE_MAX.year, DATE_MAX.month):
        return f"must lie between {DATE_MIN:%Y-%m} and {DATE_MAX:%Y-%m}"
    return None


def parse_day(value: object) -> object:
    """Return a `YYYY-MM-DD` string as a date with a message a CSM can act on; other values pass through."""
    if not isinstance(value, str):
        return value
    match = _DAY.match(value.strip())
    if not match:
        raise ValueError("must be a date YYYY-MM-DD such as 2027-03-31")
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        raise ValueError(f"is not a real date: there is no month {month}")
    if not DATE_MIN.year <= year <= DATE_MAX.year:
        raise ValueError(WINDOW)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"is not a real date: {year}-{month:02d} has {last} days")
    found = date(year, month, day)
    if not DATE_MIN <= found <= DATE_MAX:
        raise ValueError(WINDOW)
    return found


def check_time(value: str | None) -> str | None:
    """Return a 24-hour time HH:MM as it is; raise ValueError for anything else but None."""
    if value is not None and not _TIME.match(value):
        raise ValueError('must be a 24-hour time "HH:MM" such as "10:00"')
    return value


def check_colour(value: str | None) -> str | None:
    """Return a colour #RRGGBB as RRGGBB in capitals; raise ValueError for anything else but None."""
    if value is not None and not _HEX.match(value):
        raise ValueError('must be a colour like "#1F4E79"')
    return value.lstrip("#").upper() if value else value


def check_version(value: int) -> int:
    """Return the format version 1; raise ValueError for any other."""
    if value != 1:
        raise ValueError("must be 1 (the only format version so far)")
    return value


def check_timezone(value: str) -> str:
    """Return an IANA time zone name as it is; raise ValueError when the zone is unknown."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("must be an IANA time zone such as Asia/Tokyo") from None
    return value


def check_month(value: str) -> str:
    """Return a month YYYY-MM inside the date window as it is; raise ValueError for anything else."""
    problem = month_error(value)
    if problem is not None:
        raise ValueError(problem)
    return value


Day = Annotated[date, Before(parse_day)]

Text = Annotated[str, Field(min_length=1)]
Score = Annotated[int, Field(ge=1, le=5)]


class ClientInfo(Strict):
    """The client company."""

    name: Text
    short_name: str | None = None
    industry: str | None = None
    segment: Literal["enterprise", "mid-market", "smb"] | None = None
    logo: str | None = None

    @property
    def title(self) -> str:
        """Return the name used in titles."""
        return self.short_name or self.name


class Vendor(Strict):
    """The CSM's company and product."""

    name: str | None = None
    product: str | None = None


class Contract(Strict):
    """Contract dates and fee."""

    start: Day
    end: Day | None = None
    annual_fee: float | None = Field(default=None, ge=0)
    currency: str | None = None


class SupportPeriod(Strict):
    """The success-support period (成果支援期間)."""

    start: Day | None = None
    months: int = Field(default=6, ge=1, le=36)


class ClientPerson(Strict):
    """A person on the client side."""

    name: Text
    title: str | None = None
    email: str | None = None
    role: ClientRole = "other"


class VendorPerson(Strict):
    """A person on the vendor side."""

    name: Text
    title: str | None = None
    email: str | None = None
    role: VendorRole = "other"


class Team(Strict):
    """Both sides of the project structure and extra responsibilities per role."""

    client: list[ClientPerson] = []
    vendor: list[VendorPerson] = []
    responsibilities: dict[str, list[str]] = {}


class Phase(Strict):
    """One phase of the flow after the start of use."""

    name: Text
    start: Day | None = None
    end: Day | None = None
    goals: list[str] = []


class Pitfall(Strict):
    """A common failure and how this plan prevents it."""

    pitfall: Text
    prevention: str | None = None


class Flow(Strict):
    """What happens after the start of use (ご利用開始後の流れ)."""

    phases: list[Phase] = []
    pitfalls: list[Pitfall] = []


class Objective(Strict):
    """Business issue -> problem -> solution -> benefit."""

    id: Text
    business_issue: str | None = None
    problem: str | None = None
    solution: str | None = None
    benefit: str | None = None


class Initiative(Strict):
    """One theme of the improvement roadmap."""

    id: Text
    name: Text
    objective: str | None = None
    process: str | None = None
    purpose: str | None = None
    approach: str | None = None
    change: str | None = None
    impact: Score | None = None
    difficulty: Score | None = None
    start: Day | None = None
    end: Day | None = None
    owner: str | None = None
    kpis: list[str] = []


class KpiData(Strict):
    """What data a KPI needs and how it is totalled."""

    source: str | None = None
    aggregation: str | None = None
    owner: str | None = None


class Kpi(Strict):
    """A KGI or KPI and how it is evaluated."""

    id: Text
    name: Text
    kind: Literal["kgi", "kpi"] = "kpi"
    unit: str | None = None
    direction: Literal["up", "down"] = "up"
    baseline: float | None = None
    target: float | None = None
    target_date: Day | None = None
    evaluation: str | None = None
    data: KpiData = KpiData()
    frequency: Literal["weekly", "monthly"] | None = None
    value_per_unit: float | None = None
    parent: str | None = None
    scope: str | None = None

    def improvement(self, value: float | None) -> float | None:
        """Return (value - baseline) in the better direction (negative when worse), or None without both."""
        if value is None or self.baseline is None:
            return None
        return (value - self.baseline) if self.direction == "up" else (self.baseline - value)


class Milestone(Strict):
    """A dated milestone with its completion criteria."""

    id: Text
    date: Day
    name: Text
    criteria: str | None = None
    owner: str | None = None


class CaseStudy(Strict):
    """Another company's use case."""

    company: Text
    scene: str | None = None
    result: str | None = None


class Meeting(Strict):
    """One meeting of the meeting structure (会議体)."""

    id: Text
    name: Text
    cadence: Literal["weekly", "biweekly", "monthly"] | None = None
    weekday: Weekday | None = None
    week_of_month: int | None = Field(default=None, ge=1, le=5)
    time: Annotated[str | None, After(check_time)] = None
    duration_minutes: int | None = Field(default=None, ge=5, le=600)
    attendees: list[str] = []
    purpose: str | None = None
    agenda: list[str] = []



class HealthComponent(Strict):
    """One weighted component of the health score."""

    id: Text
    name: Text
    metric: Text
    weight: float = Field(gt=0, le=100)
    poor: float
    good: float


class HealthLevel(Strict):
    """A named level of the health score, starting at `min`."""

    name: Text
    min: float = Field(ge=0, le=100)


class Health(Strict):
    """Health score definition."""

    components: list[HealthComponent] = []
    levels: list[HealthLevel] = []
    alert_drop: float | None = Field(default=None, gt=0, le=100)


class Risk(Strict):
    """A risk with likelihood, impact, mitigation and owner."""

    risk: Text
    likelihood: Level3 | None = None
    impact: Level3 | None = None
    mitigation: str | None = None
    owner: str | None = None


class Style(Strict):
    """Extension: fonts and accent colour of the documents (defaults suit Japanese Windows and Mac)."""

    font_ea: str | None = None
    font_latin: str | None = None
    accent: Annotated[str | None, After(check_colour)] = None


class Plan(Strict):
    """A client's success plan (成果支援計画書)."""

    version: Annotated[int, After(check_version)]
    language: Literal["ja", "en"] = "ja"
    client: ClientInfo
    vendor: Vendor = Vendor()
    contract: Contract
    support_period: SupportPeriod = SupportPeriod()
    team: Team = Team()
    flow: Flow = Flow()
    objectives: list[Objective] = []
    initiatives: list[Initiative] = []
    kpis: list[Kpi] = []
    milestones: list[Milestone] = []
    case_studies: list[CaseStudy] = []
    meetings: list[Meeting] = []
    health: Health | None = None
    timezone: Annotated[str, After(check_timezone)] = "Asia/Tokyo"
    holidays: Literal["skip", "keep"] = "skip"
    risks: list[Risk] = []
    style: Style = Style()

    @property
    def period_start(self) -> date:
        """Return the first day of the support period."""
        return self.support_period.start or self.contract.start

    @property
    def period_end(self) -> date:
        """Return the last day of the support period (the day before start + months)."""
        return date.fromordinal(add_months(self.period_start, self.support_period.months).toordinal() - 1)

    def kpi(self, kpi_id: str) -> Kpi | None:
        """Return the KPI with `kpi_id`, or None."""
        return next((k for k in self.kpis if k.id == kpi_id), None)

    def ancestors(self, kpi: Kpi) -> list[Kpi]:
        """Return the KPIs above `kpi` through `parent`, nearest first (stops at unknown ids and cycles)."""
        out: list[Kpi] = []
        seen = {kpi.id}
        current = self.kpi(kpi.parent) if kpi.parent else None
        while current is not None and current.id not in seen:
            out.append(current)
            seen.add(current.id)
            current = self.kpi(current.parent) if current.parent else None
        return out

    def benefit_kpis(self) -> list[Kpi]:
        """Return the benefit lines: KPIs with `value_per_unit` and no ancestor that has one (counted once)."""
        return [k for k in self.kpis if k.value_per_unit is not None
                and not any(a.value_per_unit is not None for a in self.ancestors(k))]


def add_months(day: date, months: int) -> date:
    """Return the same day `months` later, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DoneItem(Strict):
    """An action done this month."""

    action: Text
    owner: str | None = None
    result: str | None = None


class NextAction(Strict):
    """An action for the coming month."""

    action: Text
    owner: str | None = None
    due: Day | None = None


class Decision(Strict):
    """What the evaluator is asked to decide: the options, the CSM's recommendation and when it is needed."""

    decision: Text
    options: list[str] = []
    recommendation: str | None = None
    due: Day | None = None
    owner: str | None = None


def _decision_from_text(value: object) -> object:
    """Return a bare string decision as a mapping with only `decision`; other values pass through."""
    return {"decision": value} if isinstance(value, str) else value


class Notes(Strict):
    """The CSM's words for one month's evaluator report (reports/YYYY-MM.yaml)."""

    month: Annotated[str, After(check_month)]
    summary: str | None = None
    highlights: list[str] = []
    done: list[DoneItem] = []
    next_actions: list[NextAction] = []
    issues: list[str] = []
    milestones: dict[str, MilestoneStatus] = {}
    decisions: list[Annotated[Decision, Before(_decision_from_text)]] = []


def is_month(text: str) -> bool:
    """Return True when `text` is a month written YYYY-MM inside the date window."""
    return month_error(text) is None


# Measured values and the loaded client: the types every stage after loading shares.


@record
class Actual:
    """One measured value; `day` is set when the period was an ISO date (weekly KPIs)."""

    month: str
    day: date | None
    metric: str
    value: float
    note: str
    line: int


@record
class Actuals:
    """All measured values of one client, with month values resolved per metric (rows never change)."""

    rows: tuple[Actual, ...] = ()
    path: Path | None = None
    _monthly: dict[str, dict[str, float]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Store rows as a tuple, so the month cache can never go stale."""
        if not isinstance(self.rows, tuple):
            object.__setattr__(self, "rows", tuple(self.rows))

    def monthly(self, metric: str) -> dict[str, float]:
        """Return month -> value for `metric`: a YYYY-MM row, else the month's last dated row.

        Figures ask for the same metric many times per document (every `value` call, every month of a
        health history), so each metric is resolved once per instance (rows are a tuple of frozen rows,
        so the cache cannot go stale). Callers get a copy.
        """
        return dict(self._cached_monthly(metric))

    def _cached_monthly(self, metric: str) -> dict[str, float]:
        """Return the cached month -> value of `metric` (not to be changed by the caller)."""
        found = self._monthly.get(metric)
        if found is None:
            found = self._monthly[metric] = self._resolve_monthly(metric)
        return found

    def _resolve_monthly(self, metric: str) -> dict[str, float]:
        """Return month -> value for `metric`, computed from the rows."""
        out: dict[str, tuple[int, date, float]] = {}
        for row in self.rows:
            if row.metric != metric:
                continue
            rank = (0, row.day) if row.day else (1, date.max)
            current = out.get(row.month)
            if current is None or (rank[0], rank[1]) >= (current[0], current[1]):
                out[row.month] = (rank[0], rank[1], row.value)
        return {m: v[2] for m, v in sorted(out.items())}

    def value(self, metric: str, month: str) -> float | None:
        """Return the value of `metric` for `month`, or None when there is none."""
        return self._cached_monthly(metric).get(month)

    def metrics(self) -> set[str]:
        """Return every metric that has at least one value."""
        return {r.metric for r in self.rows}

    def months(self) -> list[str]:
        """Return every month with at least one value, ascending."""
        return sorted({r.month for r in self.rows})

    def until(self, last_day: date) -> "Actuals":
        """Return the values measured on or before `last_day` (months count by their last day)."""
        keep = []
        for row in self.rows:
            if row.day is not None:
                if row.day <= last_day:
                    keep.append(row)
            elif month_key(row.month) <= (last_day.year, last_day.month):
                keep.append(row)
        return Actuals(tuple(keep), self.path)


@record(frozen=False)
class Client:
    """Everything plangen knows about one client, loaded and checked."""

    slug: str
    folder: Path
    plan_path: Path
    plan: Plan
    actuals: Actuals
    notes: dict[str, Notes] = field(default_factory=dict)
    notes_paths: dict[str, Path] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def inputs(self) -> list[Path]:
        """Return every input file this client was built from."""
        files = [self.plan_path, *self.notes_paths.values()]
        if self.actuals.path is not None:
            files.append(self.actuals.path)
        if self.plan.client.logo:
            files.append(self.folder / self.plan.client.logo)
        return files
