"""A client fresh from `plangen new` (no actuals, KPIs not started) has a portfolio row, not an error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from plangen.compute.portfolio import client_row
from plangen.load.client import load_client
from plangen.load.scaffold import create_plan
from tests.support.plan_helpers import filled_in


def test_a_new_plan_before_its_kpis_start_counts_no_kpi_as_missing(tmp_path: Path) -> None:
    folder = create_plan("acme", "en", tmp_path, today=date(2027, 1, 20))
    (folder / "plan.yaml").write_text(filled_in((folder / "plan.yaml").read_text(encoding="utf-8")), encoding="utf-8")
    row = client_row(load_client(folder), "2027-02")
    assert row.kpis == {"achieved": 0, "on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 0}
