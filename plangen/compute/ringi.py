"""The facts of a renewal approval request (稟議書) for one month, taken only from the plan, actuals and notes.

Nothing here is invented: a fact the plan does not hold is None (or an empty list), and the document
marks that place for the promoter to fill in (要記入 / "to be completed").
"""

from __future__ import annotations

from datetime import date, timedelta

from plangen.compute.benefit import BenefitSummary, benefit_summary
from plangen.compute.figures import KpiFigure, Projection, Verdict, kpi_figures, month_last_day, projections, verdict
from plangen.compute.report.initiatives import InitiativeRow, initiative_rows
from plangen.compute.report.milestones import milestone_rows
from plangen.model import Client, Kpi, Meeting, Milestone, MilestoneStatus, Notes, Objective, Plan, Risk, add_months
from plangen.record import record

RENEWAL_WINDOW_MONTHS = 6
"""`plangen build` writes the 稟議書 when the contract ends within this many months of the report month."""


@record
class Person:
    """A person named in the request: name and job title."""

    name: str
    title: str | None


@record
class EffectRow:
    """One KGI/KPI: baseline, the month's value, target, agreed evaluation method, scope, status and outlook."""

    kpi: Kpi
    figure: KpiFigure
    projection: Projection


@record
class RingiContent:
    """Everything the renewal approval request states, for one month (the evaluator report's figures)."""

    plan: Plan
    month: str
    drafted_on: date
    drafter: Person | None
    approvers: list[Person]
    departments: list[str]
    objectives: list[Objective]
    initiatives: list[InitiativeRow]
    milestones_reached: list[Milestone]
    effects: list[EffectRow]
    verdict: Verdict
    benefit: BenefitSummary | None
    upcoming_milestones: list[Milestone]
    meetings: list[Meeting]
    risks: list[Risk]
    next_term: tuple[date, date] | None

    @property
    def lang(self) -> str:
        """Return the language of the document."""
        return self.plan.language

    @property
    def remaining_initiatives(self) -> list[InitiativeRow]:
        """Return the initiatives not done by the end of the month."""
        return [row for row in self.initiatives if row.state != "done"]


def milestone_marks(client: Client, month: str) -> dict[str, MilestoneStatus]:
    """Return milestone id -> the latest status the CSM's notes gave it in a month up to `month`."""
    marks: dict[str, MilestoneStatus] = {}
    for note_month in sorted(m for m in client.notes if m <= month):
        marks.update(client.notes[note_month].milestones)
    return marks


def reached_milestones(client: Client, month: str) -> list[Milestone]:
    """Return the milestones whose latest mark in the notes up to `month` is `done`, in date order."""
    marks = milestone_marks(client, month)
    return sorted((m for m in client.plan.milestones if marks.get(m.id) == "done"), key=lambda m: m.date)


def next_term(plan: Plan) -> tuple[date, date] | None:
    """Return the first and last day of the term after `contract.end` (one year), or None without an end."""
    end = plan.contract.end
    if end is None:
        return None
    start = end + timedelta(days=1)
    return start, add_months(start, 12) - timedelta(days=1)


def people(plan: Plan, *roles: str) -> list[Person]:
    """Return the client's people with one of `roles`, in the order of the roles given."""
    return [Person(p.name, p.title) for role in roles for p in plan.team.client if p.role == role]


def departments(plan: Plan) -> list[str]:
    """Return the departments concerned: the promoter's and users' job titles without a trailing position."""
    from plangen.text.sentences import department_of

    seen: list[str] = []
    for person in plan.team.client:
        department = department_of(person.title) if person.role in ("promoter", "user") and person.title else ""
        if department and department not in seen:
            seen.append(department)
    return seen


def build_ringi(client: Client, month: str, *, drafted_on: date | None = None) -> RingiContent:
    """Return the facts of `client`'s renewal approval request as of `month`."""
    plan = client.plan
    last_day = month_last_day(month)
    actuals = client.actuals.until(last_day)
    promoters = people(plan, "promoter")
    reached = reached_milestones(client, month)
    done_ids = {m.id for m in reached}
    figures = kpi_figures(plan, actuals, month)
    projected = projections(plan, actuals, month)
    return RingiContent(
        plan=plan,
        month=month,
        drafted_on=drafted_on or date.today(),
        drafter=promoters[0] if promoters else None,
        approvers=people(plan, "final_evaluator", "evaluator"),
        departments=departments(plan),
        objectives=list(plan.objectives),
        initiatives=initiative_rows(plan, milestone_rows(plan, Notes(month=month, milestones=milestone_marks(
            client, month)), month), month),
        milestones_reached=reached,
        effects=[EffectRow(f.kpi, f, projected[f.kpi.id]) for f in figures],
        verdict=verdict(figures),
        benefit=benefit_summary(plan, actuals, month),
        upcoming_milestones=sorted((m for m in plan.milestones if m.id not in done_ids and m.date > last_day),
                                   key=lambda m: m.date),
        meetings=list(plan.meetings),
        risks=list(plan.risks),
        next_term=next_term(plan),
    )


def renewal_due(plan: Plan, month: str, window: int = RENEWAL_WINDOW_MONTHS) -> bool:
    """Return True when `contract.end` falls within `window` months after the end of `month`."""
    end = plan.contract.end
    if end is None:
        return False
    last_day = month_last_day(month)
    return last_day <= end <= add_months(last_day, window)
