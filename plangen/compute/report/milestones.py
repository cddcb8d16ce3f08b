"""Milestone status for a month: from the CSM's notes, else from dates (past due and not done = delayed)."""

from __future__ import annotations

from plangen.compute.figures import month_last_day
from plangen.model import Milestone, Notes, Plan
from plangen.record import record


@record
class MilestoneRow:
    """A milestone with its status key and where the status came from."""

    milestone: Milestone
    status: str
    from_notes: bool


def milestone_status(milestone: Milestone, notes: Notes | None, month: str) -> tuple[str, bool]:
    """Return (status, from_notes): the notes' word, else delayed when due by month end, else planned."""
    if notes is not None and milestone.id in notes.milestones:
        return notes.milestones[milestone.id], True
    return ("delayed" if milestone.date <= month_last_day(month) else "planned"), False


def milestone_rows(plan: Plan, notes: Notes | None, month: str) -> list[MilestoneRow]:
    """Return every milestone of the plan by date with its status for `month`."""
    rows = []
    for milestone in sorted(plan.milestones, key=lambda m: m.date):
        status, from_notes = milestone_status(milestone, notes, month)
        rows.append(MilestoneRow(milestone, status, from_notes))
    return rows
