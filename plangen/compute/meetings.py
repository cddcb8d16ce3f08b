"""The content of a meeting document, computed once: `MeetingContent` (plangen.render.meetings formats it).

Without a date the document is a reusable blank: the plan's KPIs, milestones and schedule with empty
cells to fill. With a date (`--date`) it is the document of that meeting instance, pre-filled from the
latest actuals on or before the date and the latest monthly notes of that month or earlier.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, time

from plangen.compute.benefit import BenefitLine, benefit_summary
from plangen.compute.figures import HealthFigure, KpiFigure, health_figure, kpi_figures
from plangen.compute.schedule import (
    instance_on_or_after,
    meeting_dates,
    series_of,
    skipped_dates,
    time_boxes,
    time_ranges,
)
from plangen.model import Actuals, Client, Decision, Kpi, Meeting, Milestone, NextAction, Notes, Plan, month_key
from plangen.record import record
from plangen.roles import meeting_has_evaluator, resolve_attendees
from plangen.text.formats import decimals


@record
class Snapshot:
    """What is known on a date: actuals cut off at it, their latest month and the latest notes."""

    on: date
    actuals: Actuals
    month: str | None
    notes: Notes | None


@record
class AgendaItem:
    """One agenda item with its time box (minutes) and clock times when the meeting has a start time."""

    number: int
    item: str
    minutes: int | None
    span: tuple[time, time] | None


@record
class KpiLine:
    """A KPI as the meeting shows it: its latest figure on the date (None when blank or without data)."""

    kpi: Kpi
    digits: int
    figure: KpiFigure | None = None
    month: str | None = None
    day: date | None = None
    """The day of the latest value when the KPI is recorded by day, else None (the period is `month`)."""


@record
class ComponentLine:
    """A health component: its weight and, when pre-filled, this month's value and points."""

    name: str
    weight: float
    value: float | None
    points: float | None


@record
class HealthBlock:
    """The health score on the date (`figure` None when not measurable) and its components."""

    components: list[ComponentLine]
    figure: HealthFigure | None
    alert_drop: float | None


@record
class Benefit:
    """Cost-effectiveness: annual benefit now (None without a date) and at target against the annual fee."""

    now: float | None
    at_target: float | None
    fee: float | None
    currency: str | None
    lines: list[BenefitLine] = field(default_factory=list)
    """The benefit lines the amounts add up (plan-format: every document showing a benefit shows its lines)."""


@record
class MeetingContent:
    """Everything a meeting document shows, computed once from the plan, the actuals and the notes."""

    plan: Plan
    meeting: Meeting
    kind: str
    snapshot: Snapshot | None
    day: date | None
    span: tuple[time, time] | None
    attendees: list[tuple[str, str | None, str]]
    agenda: list[AgendaItem]
    kpis: list[KpiLine]
    health: HealthBlock | None
    milestones: list[tuple[Milestone, str | None]]
    benefit: Benefit
    review_actions: list[NextAction] = field(default_factory=list)
    next_actions: list[NextAction] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    summary: str = ""
    skipped: list[tuple[date, str]] = field(default_factory=list)
    """The series' dates left out for holidays (date, holiday name or 年末年始)."""
    next_day: date | None = None
    """The date of the meeting after this one (with a date), else None."""

    @property
    def lang(self) -> str:
        """Return the plan's language."""
        return self.plan.language


def kind_of(plan: Plan, meeting: Meeting) -> str:
    """Return 'evaluator' when an evaluator or final evaluator attends, else 'weekly'."""
    return "evaluator" if meeting_has_evaluator(plan, meeting.attendees) else "weekly"


def snapshot(client: Client, on: date) -> Snapshot:
    """Return the actuals on or before `on`, their latest month and the latest notes up to that month."""
    actuals = client.actuals.until(on)
    months = actuals.months()
    notes_months = [m for m in client.notes if month_key(m) <= (on.year, on.month)]
    return Snapshot(on, actuals, months[-1] if months else None,
                    client.notes[max(notes_months, key=month_key)] if notes_months else None)


def meeting_content(client: Client, meeting: Meeting, *, on: date | None = None) -> MeetingContent:
    """Return the content of `meeting`'s document, pre-filled from the data known on `on` when given."""
    plan = client.plan
    snap = snapshot(client, on) if on is not None else None
    notes = snap.notes if snap else None
    day = (instance_on_or_after(plan, meeting, snap.on) or snap.on) if snap else None
    series = series_of(meeting)
    span = time_ranges(series.start_time, [series.minutes])[0] if snap and series else None
    kind = kind_of(plan, meeting)
    return MeetingContent(
        plan=plan, meeting=meeting, kind=kind, snapshot=snap, day=day, span=span,
        attendees=[(name, title, role) for name, title, role, _email in resolve_attendees(plan, meeting.attendees)],
        agenda=agenda_items(meeting), kpis=kpi_lines(plan, snap), health=health_block(plan, snap),
        milestones=milestone_statuses(plan, snap), benefit=benefit(plan, snap),
        review_actions=open_actions(client, notes) if kind == "weekly" else [],
        next_actions=list(notes.next_actions) if notes and kind == "evaluator" else [],
        decisions=list(notes.decisions) if notes and kind == "evaluator" else [],
        issues=list(notes.issues) if notes else [],
        summary=notes.summary if notes and notes.summary else "",
        skipped=skipped_dates(plan, meeting),
        next_day=next((d for d in meeting_dates(plan, meeting) if d > day), None) if day and series else None,
    )


def agenda_items(meeting: Meeting) -> list[AgendaItem]:
    """Return the agenda with time boxes that add up to the meeting's duration."""
    items = meeting.agenda
    duration = meeting.duration_minutes
    boxes = time_boxes(duration, len(items)) if duration else [0] * len(items)
    series = series_of(meeting)
    ranges = time_ranges(series.start_time if series else None, boxes)
    return [AgendaItem(number, item, minutes if duration else None, span)
            for number, (item, minutes, span) in enumerate(zip(items, boxes, ranges, strict=True), start=1)]


def kpi_lines(plan: Plan, snap: Snapshot | None) -> list[KpiLine]:
    """Return one line per KPI with its latest figure on the snapshot's date (no figure without a date)."""
    out = []
    cache: dict[str, dict[str, KpiFigure]] = {}
    for kpi in plan.kpis:
        values = [r.value for r in snap.actuals.rows if r.metric == kpi.id] if snap else []
        digits = decimals([kpi.baseline, kpi.target, *values])
        months = snap.actuals.monthly(kpi.id) if snap else {}
        if snap is None or not months:
            out.append(KpiLine(kpi, digits))
            continue
        month = max(months, key=month_key)
        if month not in cache:
            cache[month] = {f.kpi.id: f for f in kpi_figures(plan, snap.actuals, month)}
        rows = [r for r in snap.actuals.rows if r.metric == kpi.id and r.month == month]
        daily = all(r.day is not None for r in rows)
        day = max(r.day for r in rows if r.day is not None) if daily and rows else None
        out.append(KpiLine(kpi, digits, cache[month][kpi.id], month, day))
    return out


def health_block(plan: Plan, snap: Snapshot | None) -> HealthBlock | None:
    """Return the health score on the snapshot's date and its components (None when the plan has no health)."""
    if plan.health is None:
        return None
    figure = health_figure(plan, snap.actuals, snap.month) if snap and snap.month else None
    by_id = {c.id: c for c in figure.components} if figure else {}
    components = [ComponentLine(comp.name, comp.weight, by_id[comp.id].value if comp.id in by_id else None,
                                by_id[comp.id].points if comp.id in by_id else None)
                  for comp in plan.health.components]
    return HealthBlock(components, figure, plan.health.alert_drop)


def milestone_statuses(plan: Plan, snap: Snapshot | None) -> list[tuple[Milestone, str | None]]:
    """Return each milestone with its status from the latest notes ('planned' when still ahead; None if blank)."""
    out: list[tuple[Milestone, str | None]] = []
    for ms in plan.milestones:
        status: str | None = snap.notes.milestones.get(ms.id) if snap and snap.notes else None
        if status is None and snap is not None and ms.date > snap.on:
            status = "planned"
        out.append((ms, status))
    return out


def benefit(plan: Plan, snap: Snapshot | None) -> Benefit:
    """Return cost-effectiveness now (on the snapshot's date) and at target against the annual fee, with its lines."""
    month = snap.month if snap and snap.month else f"{plan.period_start:%Y-%m}"
    summary = benefit_summary(plan, snap.actuals if snap else Actuals(), month)
    if summary is None:
        return Benefit(None, None, plan.contract.annual_fee, plan.contract.currency)
    now = summary.now if snap is not None and snap.month is not None else None
    return Benefit(now, summary.at_target, plan.contract.annual_fee, plan.contract.currency, summary.lines)


def open_actions(client: Client, notes: Notes | None) -> list[NextAction]:
    """Return the notes' next actions not reported done in those notes or any later ones."""
    if notes is None:
        return []
    done = {item.action.strip() for month, later in client.notes.items() if month_key(month) >= month_key(notes.month)
            for item in later.done}
    return [a for a in notes.next_actions if a.action.strip() not in done]
