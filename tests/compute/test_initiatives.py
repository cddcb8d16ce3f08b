"""Each initiative's state in a month: not started, running, done, and behind when its milestone is at risk."""

from __future__ import annotations

from plangen.compute.report.initiatives import initiative_rows, initiative_state
from plangen.compute.report.milestones import milestone_rows
from plangen.model import Client, Notes
from tests.compute.test_figures import make_plan

PLAN = make_plan(
    initiatives=[{"id": "a", "name": "A", "start": "2027-01-01", "end": "2027-02-28"},
                 {"id": "b", "name": "B", "start": "2027-02-15", "end": "2027-05-31"},
                 {"id": "c", "name": "C", "start": "2027-04-01", "end": "2027-06-30"}],
    milestones=[{"id": "m1", "date": "2027-03-31", "name": "Pilot live"},
                {"id": "m2", "date": "2027-06-30", "name": "Rollout"}])


def test_state_follows_the_initiative_dates() -> None:
    assert [initiative_state(i, "2027-03") for i in PLAN.initiatives] == ["done", "running", "not_started"]
    assert [initiative_state(i, "2027-02") for i in PLAN.initiatives] == ["running", "running", "not_started"]


def test_a_running_initiative_is_behind_when_a_milestone_in_its_period_is_at_risk() -> None:
    notes = Notes(month="2027-03", milestones={"m1": "at_risk", "m2": "on_track"})
    rows = initiative_rows(PLAN, milestone_rows(PLAN, notes, "2027-03"), "2027-03")
    assert [(r.initiative.id, r.key, r.behind) for r in rows] == [
        ("a", "done", []), ("b", "behind", ["Pilot live"]), ("c", "not_started", [])]


def test_minato_initiatives_in_february(minato: Client) -> None:
    from plangen.compute.report.content import build_content

    rows = build_content(minato, "2027-02").initiatives
    assert [(r.initiative.id, r.key) for r in rows] == [
        ("markdown", "running"), ("replenish", "behind"), ("transfer", "not_started"), ("buying", "not_started")]
