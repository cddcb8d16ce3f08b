"""Problems in plan.yaml, the actuals and the notes are reported together, in one run."""

from __future__ import annotations

from pathlib import Path

from tests.support.plan_helpers import BASE, errors_of, write_client

PLAN_WITH_TYPE_ERROR = BASE + """\
kpis:
  - id: nps
    name: NPS
    baseline: low
milestones:
  - id: ms-1
    date: 2027-01-31
    name: Go-live
"""


def test_actuals_errors_are_listed_with_plan_type_errors(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN_WITH_TYPE_ERROR,
                          **{"actuals.csv": "period,metric,value\n2027-01,nps,n/a\n"})
    assert errors_of(folder) == [
        "acme/actuals.csv:2:13: row 2: value: must be a number (got 'n/a')",
        "acme/plan.yaml:9:15: kpis[0].baseline: must be a number (got 'low')",
    ]


def test_notes_errors_are_listed_with_plan_type_errors(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN_WITH_TYPE_ERROR,
                          **{"reports__2027-01.yaml": "month: 2027-01\nmilestones:\n  ms-1: finished\n"})
    errors = errors_of(folder)
    assert "acme/plan.yaml:9:15: kpis[0].baseline: must be a number (got 'low')" in errors
    assert any(line.startswith("acme/reports/2027-01.yaml:3:9: milestones.ms-1: must be one of") for line in errors)
