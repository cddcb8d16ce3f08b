"""Overall verdict from the KGIs, not_started before a KPI's path starts, and projections to the target."""

from __future__ import annotations

from plangen.compute.figures import kpi_figure, kpi_figures, projection, verdict
from tests.compute.test_figures import kpi, make_actuals, make_plan

LATE = [{"id": "late", "name": "Late", "start": "2027-04-01", "end": "2027-06-30", "kpis": ["k"]}]


def test_a_kpi_without_a_value_before_its_path_starts_is_not_started() -> None:
    plan = make_plan(kpis=[kpi()], initiatives=LATE)
    assert kpi_figure(plan, make_actuals(), plan.kpis[0], "2027-03").status == "not_started"


def test_a_kpi_without_a_value_once_its_path_started_is_no_data() -> None:
    plan = make_plan(kpis=[kpi()], initiatives=LATE)
    assert kpi_figure(plan, make_actuals(), plan.kpis[0], "2027-04").status == "no_data"


def test_a_kpi_with_a_value_before_its_path_starts_is_judged() -> None:
    plan = make_plan(kpis=[kpi()], initiatives=LATE)
    assert kpi_figure(plan, make_actuals(("2027-03", "k", 11)), plan.kpis[0], "2027-03").status == "on_track"


def test_verdict_follows_the_kgis_and_names_leading_kpis_at_risk() -> None:
    plan = make_plan(kpis=[kpi(id="g1", kind="kgi"), kpi(id="g2", kind="kgi"), kpi(id="a"), kpi(id="b")])
    # June: expected 1.0. g1 20 achieved, g2 19.5 on_track (0.95), a 16 off_track (0.6), b 18 at_risk (0.8)
    actuals = make_actuals(("2027-06", "g1", 20), ("2027-06", "g2", 19.5), ("2027-06", "a", 16), ("2027-06", "b", 18))
    result = verdict(kpi_figures(plan, actuals, "2027-06"))
    assert (result.status, result.basis) == ("on_track", "kgi")
    assert [f.kpi.id for f in result.leading] == ["a", "b"]


def test_verdict_falls_back_to_the_kpis_when_no_kgi_has_a_value() -> None:
    plan = make_plan(kpis=[kpi(id="g", kind="kgi"), kpi(id="a"), kpi(id="b")])
    actuals = make_actuals(("2027-06", "a", 20), ("2027-06", "b", 18))
    result = verdict(kpi_figures(plan, actuals, "2027-06"))
    assert (result.status, result.basis) == ("at_risk", "kpi")


def test_verdict_is_no_data_when_nothing_has_a_value_and_not_started_does_not_count() -> None:
    plan = make_plan(kpis=[kpi(id="k", kind="kgi")], initiatives=LATE)
    result = verdict(kpi_figures(plan, make_actuals(), "2027-03"))
    assert (result.status, result.basis, result.leading) == ("no_data", "none", [])


def test_projection_finds_the_month_the_line_reaches_the_target() -> None:
    plan = make_plan(kpis=[kpi()])  # baseline 10, target 20 by 2027-06-30
    actuals = make_actuals(("2027-01", "k", 12), ("2027-02", "k", 14), ("2027-03", "k", 16))
    result = projection(plan, actuals, plan.kpis[0], "2027-03")
    assert (result.months_used, result.slope, result.reaches_target) == (3, 2.0, "2027-05")
    assert result.by_target_date is True


def test_projection_through_months_with_gaps_uses_least_squares() -> None:
    # Jan 10, Mar 14, Apr 16 at x = 0, 2, 3: slope 2, line at April 16, reaches 20 in June.
    plan = make_plan(kpis=[kpi()])
    actuals = make_actuals(("2027-01", "k", 10), ("2027-03", "k", 14), ("2027-04", "k", 16))
    result = projection(plan, actuals, plan.kpis[0], "2027-04")
    assert result.slope is not None and abs(result.slope - 2.0) < 1e-9
    assert result.reaches_target == "2027-06"


def test_projection_after_the_target_date_is_found_up_to_the_contract_end() -> None:
    plan = make_plan(contract={"start": "2027-01-01", "end": "2027-12-31"},
                     kpis=[kpi(direction="down", baseline=50, target=30)])
    actuals = make_actuals(("2027-01", "k", 48), ("2027-02", "k", 45), ("2027-03", "k", 42))
    result = projection(plan, actuals, plan.kpis[0], "2027-03")
    assert result.reaches_target == "2027-07"
    assert result.by_target_date is False


def test_projection_is_null_when_the_target_is_not_reached_by_the_horizon() -> None:
    plan = make_plan(kpis=[kpi()])  # horizon: 2027-06 (target date = support-period end)
    actuals = make_actuals(("2027-01", "k", 11), ("2027-02", "k", 12), ("2027-03", "k", 13))
    result = projection(plan, actuals, plan.kpis[0], "2027-03")
    assert result.available and result.reaches_target is None and result.by_target_date is False


def test_projection_is_null_when_moving_the_wrong_way() -> None:
    plan = make_plan(kpis=[kpi()])
    actuals = make_actuals(("2027-01", "k", 13), ("2027-02", "k", 12), ("2027-03", "k", 11))
    assert projection(plan, actuals, plan.kpis[0], "2027-03").reaches_target is None


def test_projection_needs_three_values_in_the_last_six_months() -> None:
    plan = make_plan(kpis=[kpi()])
    actuals = make_actuals(("2026-09", "k", 10), ("2027-02", "k", 12), ("2027-03", "k", 13))
    result = projection(plan, actuals, plan.kpis[0], "2027-03")
    assert (result.available, result.months_used, result.reaches_target) == (False, 2, None)
    assert result.by_target_date is None
