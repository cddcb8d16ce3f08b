"""Each roadmap initiative's state in a month: not started, running or done, and behind schedule.

An initiative is `not_started` while its `start` is after the last day of M, `done` once its `end`
is before the first day of M, else `running` (an undated side counts as open). It is behind schedule
when a milestone dated within its start..end is `at_risk` or `delayed` in the month (from the notes,
else from dates: past due and not reported done).
"""

from __future__ import annotations

from typing import Literal

from plangen.compute.figures import month_last_day
from plangen.compute.report.milestones import MilestoneRow
from plangen.model import Initiative, Plan
from plangen.record import record

InitiativeState = Literal["not_started", "running", "done"]


@record
class InitiativeRow:
    """One initiative with its state this month and the milestones that put it behind schedule."""

    initiative: Initiative
    state: InitiativeState
    behind: list[str]

    @property
    def key(self) -> str:
        """Return the label key of the state (running initiatives behind schedule get their own; done stays done)."""
        return "behind" if self.behind and self.state == "running" else self.state


def initiative_state(initiative: Initiative, month: str) -> InitiativeState:
    """Return whether `initiative` has not started, is running or is done in `month`."""
    last = month_last_day(month)
    if initiative.start is not None and initiative.start > last:
        return "not_started"
    if initiative.end is not None and initiative.end < last.replace(day=1):
        return "done"
    return "running"


def initiative_rows(plan: Plan, milestones: list[MilestoneRow], month: str) -> list[InitiativeRow]:
    """Return every initiative in plan order with its state and the at-risk milestones in its period."""
    rows = []
    for ini in plan.initiatives:
        behind = [m.milestone.name for m in milestones if m.status in ("at_risk", "delayed")
                  and (ini.start is None or m.milestone.date >= ini.start)
                  and (ini.end is None or m.milestone.date <= ini.end)
                  and (ini.start is not None or ini.end is not None)]
        rows.append(InitiativeRow(ini, initiative_state(ini, month), behind))
    return rows
