"""Unit tests of the evaluator-report figures (plan-format.md "Figures in evaluator reports")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from plangen.compute.figures import (
    expected_progress,
    health_figure,
    kpi_figure,
    kpi_figures,
    month_last_day,
    overall_status,
    path_start,
    previous_month,
    status_of,
)
from plangen.model import Actual, Actuals, Client, Plan


def make_plan(**extra: Any) -> Plan:
    """Return a minimal plan with a support period from 2027-01-01 plus `extra` sections."""
    data: dict[str, Any] = {"version": 1, "client": {"name": "Test"}, "contract": {"start": "2027-01-01"},
                            "support_period": {"start": "2027-01-01", "months": 6}}
    data.update(extra)
    return Plan.model_validate(data)


def make_actuals(*rows: tuple[str, str, float]) -> Actuals:
    """Return actuals from (period, metric, value) rows; a period YYYY-MM-DD is a dated row."""
    out = []
    for line, (period, metric, value) in enumerate(rows, start=2):
        day = date.fromisoformat(period) if len(period) == 10 else None
        out.append(Actual(period[:7], day, metric, value, "", line))
    return Actuals(out)


def kpi(**fields: Any) -> dict[str, Any]:
    """Return a KPI mapping with defaults: baseline 10, target 20, target date 2027-06-30."""
    base: dict[str, Any] = {"id": "k", "name": "K", "baseline": 10, "target": 20, "target_date": "2027-06-30"}
    base.update(fields)
    return base


# --- months -----------------------------------------------------------------------------------------

def test_previous_month_crosses_the_year() -> None:
    assert previous_month("2027-01") == "2026-12"
    assert previous_month("2027-03") == "2027-02"


def test_month_last_day_knows_leap_years() -> None:
    assert month_last_day("2028-02") == date(2028, 2, 29)
    assert month_last_day("2027-02") == date(2027, 2, 28)


# --- KPI progress and status --------------------------------------------------------------------------

def test_progress_of_an_up_kpi_is_share_of_the_way_to_target() -> None:
    plan = make_plan(kpis=[kpi()])
    fig = kpi_figure(plan, make_actuals(("2027-03", "k", 15)), plan.kpis[0], "2027-03")
    assert fig.progress == pytest.approx(0.5)


def test_progress_of_a_down_kpi_is_positive_when_the_value_falls() -> None:
    plan = make_plan(kpis=[kpi(direction="down", baseline=20, target=10)])
    fig = kpi_figure(plan, make_actuals(("2027-03", "k", 17)), plan.kpis[0], "2027-03")
    assert fig.progress == pytest.approx(0.3)


def test_progress_is_negative_when_a_down_kpi_worsens() -> None:
    plan = make_plan(kpis=[kpi(direction="down", baseline=20, target=10)])
    fig = kpi_figure(plan, make_actuals(("2027-03", "k", 22)), plan.kpis[0], "2027-03")
    assert fig.progress == pytest.approx(-0.2)


def test_progress_is_not_clamped_above_one() -> None:
    plan = make_plan(kpis=[kpi()])
    fig = kpi_figure(plan, make_actuals(("2027-03", "k", 25)), plan.kpis[0], "2027-03")
    assert fig.progress == pytest.approx(1.5)
    assert fig.status == "achieved"


def test_expected_progress_is_clamped_before_path_start() -> None:
    plan = make_plan(kpis=[kpi()], initiatives=[{"id": "i", "name": "I", "start": "2027-04-01", "kpis": ["k"]}])
    assert expected_progress(plan, plan.kpis[0], "2027-02") == 0.0


def test_expected_progress_is_clamped_after_target_date() -> None:
    plan = make_plan(kpis=[kpi()])
    assert expected_progress(plan, plan.kpis[0], "2027-09") == 1.0


def test_expected_progress_counts_days_to_the_last_day_of_the_month() -> None:
    plan = make_plan(kpis=[kpi(target_date="2027-03-01")])
    # path 2027-01-01 -> 2027-03-01 is 59 days; the end of January is 30 days in
    assert expected_progress(plan, plan.kpis[0], "2027-01") == pytest.approx(30 / 59)


def test_path_start_is_earliest_start_of_initiatives_listing_the_kpi() -> None:
    plan = make_plan(kpis=[kpi(), kpi(id="other")], initiatives=[
        {"id": "a", "name": "A", "start": "2027-03-01", "kpis": ["k"]},
        {"id": "b", "name": "B", "start": "2027-02-10", "kpis": ["k", "other"]},
        {"id": "c", "name": "C", "start": "2027-01-15", "kpis": ["other"]},
        {"id": "d", "name": "D", "kpis": ["k"]},
    ])
    assert path_start(plan, plan.kpis[0]) == date(2027, 2, 10)
    assert path_start(plan, plan.kpis[1]) == date(2027, 1, 15)


def test_path_start_falls_back_to_support_period_start() -> None:
    plan = make_plan(kpis=[kpi()], initiatives=[{"id": "a", "name": "A", "start": "2027-03-01", "kpis": []}])
    assert path_start(plan, plan.kpis[0]) == date(2027, 1, 1)


@pytest.mark.parametrize(("progress", "expected", "status"), [
    (1.0, 0.5, "achieved"),
    (0.40, 0.50, "on_track"),      # exactly expected - 0.10
    (0.39, 0.50, "at_risk"),
    (0.25, 0.50, "at_risk"),       # exactly expected - 0.25
    (0.24, 0.50, "off_track"),
    (-0.1, 0.0, "on_track"),       # before the path starts a small slip is still on track
    (None, 0.5, "no_data"),
])
def test_status_thresholds_are_inclusive(progress: float | None, expected: float, status: str) -> None:
    assert status_of(progress, expected) == status


def test_kpi_without_actuals_is_listed_with_no_data() -> None:
    plan = make_plan(kpis=[kpi(), kpi(id="empty")])
    figures = kpi_figures(plan, make_actuals(("2027-03", "k", 15)), "2027-03")
    assert [f.kpi.id for f in figures] == ["k", "empty"]
    assert figures[1].status == "no_data"
    assert figures[1].actual is None and figures[1].progress is None


def test_kpi_without_target_has_no_progress_but_keeps_its_value() -> None:
    plan = make_plan(kpis=[kpi(target=None)])
    fig = kpi_figure(plan, make_actuals(("2027-03", "k", 15)), plan.kpis[0], "2027-03")
    assert fig.actual == 15 and fig.progress is None and fig.status == "no_data"


def test_weekly_iso_dated_actuals_use_the_last_value_of_the_month() -> None:
    plan = make_plan(kpis=[kpi(frequency="weekly")])
    actuals = make_actuals(("2027-03-22", "k", 14), ("2027-03-29", "k", 16), ("2027-03-08", "k", 12),
                           ("2027-02-22", "k", 11))
    fig = kpi_figure(plan, actuals, plan.kpis[0], "2027-03")
    assert fig.actual == 16
    assert fig.previous == 11


def test_previous_is_none_without_a_value_in_the_month_before() -> None:
    plan = make_plan(kpis=[kpi()])
    fig = kpi_figure(plan, make_actuals(("2027-01", "k", 11), ("2027-03", "k", 15)), plan.kpis[0], "2027-03")
    assert fig.previous is None


def test_overall_status_without_kgis_is_the_worst_kpi_status_with_data() -> None:
    plan = make_plan(kpis=[kpi(), kpi(id="b"), kpi(id="c")])
    figures = kpi_figures(plan, make_actuals(("2027-06", "k", 20), ("2027-06", "b", 16)), "2027-06")
    assert [f.status for f in figures] == ["achieved", "off_track", "no_data"]
    assert overall_status(figures) == "off_track"
    assert overall_status(figures[2:]) == "no_data"


# --- health ---------------------------------------------------------------------------------------------

HEALTH = {
    "components": [
        {"id": "use", "name": "Use", "metric": "use", "weight": 60, "poor": 0.2, "good": 0.8},
        {"id": "wait", "name": "Wait", "metric": "wait", "weight": 40, "poor": 10, "good": 2},
    ],
    "levels": [{"name": "Low", "min": 0}, {"name": "Mid", "min": 50}, {"name": "High", "min": 80}],
    "alert_drop": 10,
}


def test_health_component_where_good_is_below_poor_scores_lower_values_higher() -> None:
    plan = make_plan(health=HEALTH)
    fig = health_figure(plan, make_actuals(("2027-03", "use", 0.8), ("2027-03", "wait", 4)), "2027-03")
    assert fig is not None
    assert fig.components[1].points == pytest.approx(30.0)  # (4-10)/(2-10) = 0.75 of 40
    assert fig.score == pytest.approx(90.0)


def test_health_points_are_clamped_to_zero_and_full_weight() -> None:
    plan = make_plan(health=HEALTH)
    fig = health_figure(plan, make_actuals(("2027-03", "use", 1.5), ("2027-03", "wait", 30)), "2027-03")
    assert fig is not None
    assert [c.points for c in fig.components] == [pytest.approx(60.0), pytest.approx(0.0)]


@pytest.mark.parametrize(("use", "level"), [(0.2, "Low"), (0.7, "Mid"), (0.6999999, "Mid"), (0.69, "Low")])
def test_level_starts_at_its_min(use: float, level: str) -> None:
    # wait=10 scores 0, so the score is 60 x (use-0.2)/0.6: 0.7 -> 50.0 exactly, 0.6999999 -> 49.99999 (shown 50.0)
    plan = make_plan(health=HEALTH)
    fig = health_figure(plan, make_actuals(("2027-03", "use", use), ("2027-03", "wait", 10)), "2027-03")
    assert fig is not None and fig.level == level


def test_health_score_is_none_when_a_component_has_no_value() -> None:
    plan = make_plan(health=HEALTH)
    fig = health_figure(plan, make_actuals(("2027-03", "use", 0.8)), "2027-03")
    assert fig is not None
    assert fig.score is None and fig.level is None and fig.alert is False
    assert fig.components[0].points == pytest.approx(60.0)
    assert fig.components[1].value is None and fig.components[1].points is None


def test_health_alert_fires_on_a_drop_of_alert_drop_and_lists_fallers_largest_first() -> None:
    plan = make_plan(health=HEALTH)
    actuals = make_actuals(("2027-02", "use", 0.8), ("2027-02", "wait", 2),   # 100
                           ("2027-03", "use", 0.7), ("2027-03", "wait", 5))   # 50 + 25 = 75
    fig = health_figure(plan, actuals, "2027-03")
    assert fig is not None
    assert fig.previous_score == pytest.approx(100.0) and fig.score == pytest.approx(75.0)
    assert fig.alert is True
    assert [c.id for c in fig.fallers] == ["wait", "use"]
    assert [c.change for c in fig.fallers] == [pytest.approx(-15.0), pytest.approx(-10.0)]


def test_health_alert_fires_at_exactly_alert_drop() -> None:
    plan = make_plan(health=HEALTH)
    actuals = make_actuals(("2027-02", "use", 0.8), ("2027-02", "wait", 2),
                           ("2027-03", "use", 0.7), ("2027-03", "wait", 2))   # 100 -> 90
    fig = health_figure(plan, actuals, "2027-03")
    assert fig is not None and fig.alert is True and [c.id for c in fig.fallers] == ["use"]


def test_health_alert_does_not_fire_below_alert_drop_and_fallers_stay_empty() -> None:
    plan = make_plan(health=HEALTH)
    actuals = make_actuals(("2027-02", "use", 0.8), ("2027-02", "wait", 2),
                           ("2027-03", "use", 0.75), ("2027-03", "wait", 2))   # 95
    fig = health_figure(plan, actuals, "2027-03")
    assert fig is not None and fig.score == pytest.approx(95.0)
    assert fig.alert is False and fig.fallers == []
    assert fig.components[0].change == pytest.approx(-5.0)


def test_health_alert_needs_a_previous_score() -> None:
    plan = make_plan(health=HEALTH)
    fig = health_figure(plan, make_actuals(("2027-03", "use", 0.2), ("2027-03", "wait", 10)), "2027-03")
    assert fig is not None and fig.previous_score is None and fig.previous_level is None and not fig.alert


def test_health_figure_is_none_without_health() -> None:
    assert health_figure(make_plan(), make_actuals(), "2027-03") is None


# --- the shared Japanese example ------------------------------------------------------------------------------

def test_minato_2027_02_kpi_statuses(minato: Client) -> None:
    figures = {f.kpi.id: f for f in kpi_figures(minato.plan, minato.actuals, "2027-02")}
    assert {k: f.status for k, f in figures.items()} == {
        "gross_margin": "on_track", "sell_through": "on_track", "markdown_loss": "at_risk",
        "stockout_rate": "at_risk", "inventory_days": "on_track",
    }
    assert figures["stockout_rate"].path_start == date(2027, 2, 1)
    assert figures["inventory_days"].expected == 0.0
    assert figures["gross_margin"].previous == 48.5


def test_minato_2027_02_health_alert_and_top_fallers(minato: Client) -> None:
    fig = health_figure(minato.plan, minato.actuals, "2027-02")
    assert fig is not None
    assert fig.score is not None and round(fig.score, 1) == 56.8
    assert fig.level == "Lv2"
    assert fig.previous_score is not None and round(fig.previous_score, 1) == 86.2
    assert fig.previous_level == "Lv4"
    assert fig.alert is True
    assert [c.id for c in fig.fallers[:2]] == ["depth", "coverage"]
    assert round(fig.fallers[0].change or 0, 1) == -10.7
    assert round(fig.fallers[1].change or 0, 1) == -10.4
