"""Cost-effectiveness figures on hand-computed cases: lines through `parent`, scope, now, at target, to date."""

from __future__ import annotations

import pytest

from plangen.compute.benefit import benefit_lines, benefit_summary, fee_to_date, realised_to_date
from plangen.model import Client
from tests.compute.test_figures import kpi, make_actuals, make_plan

FEE = {"start": "2027-01-01", "annual_fee": 1200, "currency": "JPY"}


def test_benefit_sums_improvements_in_the_better_direction() -> None:
    plan = make_plan(contract=FEE, kpis=[
        kpi(id="up", baseline=10, target=20, value_per_unit=100),
        kpi(id="down", direction="down", baseline=50, target=30, value_per_unit=10),
        kpi(id="plain"),
    ])
    summary = benefit_summary(plan, make_actuals(("2027-03", "up", 13), ("2027-03", "down", 45)), "2027-03")
    assert summary is not None
    assert [(ln.kpi.id, ln.improvement, ln.amount) for ln in summary.lines] == [("up", 3, 300), ("down", 5, 50)]
    assert summary.now == pytest.approx(350)
    assert summary.at_target == pytest.approx(10 * 100 + 20 * 10)
    assert summary.ratio_now == pytest.approx(350 / 1200)
    assert summary.ratio_at_target == pytest.approx(1200 / 1200)


def test_a_worsening_counts_negative() -> None:
    plan = make_plan(kpis=[kpi(direction="down", baseline=50, target=30, value_per_unit=10)])
    summary = benefit_summary(plan, make_actuals(("2027-03", "k", 55)), "2027-03")
    assert summary is not None and summary.now == pytest.approx(-50)
    assert summary.lines[0].improvement == pytest.approx(-5)


def test_a_kpi_under_a_priced_ancestor_is_not_a_line() -> None:
    # margin (KGI, priced) <- load_factor (priced, parent margin) <- pilot (priced, parent load_factor);
    # staff (priced, no parent) is a line of its own. Only margin and staff count.
    plan = make_plan(contract=FEE, kpis=[
        kpi(id="margin", kind="kgi", baseline=2, target=4, value_per_unit=1000),
        kpi(id="load_factor", baseline=60, target=80, value_per_unit=50, parent="margin"),
        kpi(id="pilot", baseline=10, target=20, value_per_unit=7, parent="load_factor"),
        kpi(id="staff", direction="down", baseline=100, target=90, value_per_unit=3),
    ])
    actuals = make_actuals(("2027-03", "margin", 3), ("2027-03", "load_factor", 70), ("2027-03", "pilot", 15),
                           ("2027-03", "staff", 96))
    summary = benefit_summary(plan, actuals, "2027-03")
    assert summary is not None
    assert [ln.kpi.id for ln in summary.lines] == ["margin", "staff"]
    assert summary.now == pytest.approx(1 * 1000 + 4 * 3)          # not + 10 x 50 + 5 x 7
    assert summary.at_target == pytest.approx(2 * 1000 + 10 * 3)


def test_an_unpriced_parent_does_not_hide_its_priced_children() -> None:
    plan = make_plan(kpis=[kpi(id="kgi", kind="kgi"), kpi(id="a", value_per_unit=10, parent="kgi")])
    assert [ln.kpi.id for ln in benefit_lines(plan, make_actuals(("2027-03", "a", 12)), "2027-03")] == ["a"]


def test_a_line_carries_the_kpi_scope() -> None:
    plan = make_plan(kpis=[kpi(value_per_unit=10, scope="先行2拠点")])
    line = benefit_lines(plan, make_actuals(("2027-03", "k", 12)), "2027-03")[0]
    assert (line.scope, line.improvement, line.value_per_unit, line.amount) == ("先行2拠点", 2, 10, 20)


def test_now_adds_the_lines_with_a_value_and_is_none_when_none_has_one() -> None:
    plan = make_plan(kpis=[kpi(value_per_unit=100), kpi(id="b", value_per_unit=5)])
    summary = benefit_summary(plan, make_actuals(("2027-03", "k", 15)), "2027-03")
    assert summary is not None
    assert summary.now == pytest.approx(500)
    assert summary.lines[1].amount is None
    assert summary.at_target == pytest.approx(1050)
    none = benefit_summary(plan, make_actuals(), "2027-03")
    assert none is not None and none.now is None and none.ratio_now is None


def test_realised_to_date_adds_twelfths_of_the_months_with_values_and_skips_gaps() -> None:
    # support period from 2027-01; k has values in Jan (11), Mar (14), Apr (16); Feb is a gap.
    plan = make_plan(contract=FEE, kpis=[kpi(value_per_unit=120)])
    actuals = make_actuals(("2027-01", "k", 11), ("2027-03", "k", 14), ("2027-04", "k", 16), ("2026-12", "k", 30))
    # Jan 1 x 120/12 = 10; Feb none; Mar 4 x 10 = 40 -> 50 through March. Dec 2026 is before the period.
    assert realised_to_date(plan, actuals, "2027-03") == pytest.approx(50)
    assert realised_to_date(plan, actuals, "2027-04") == pytest.approx(50 + 60)
    assert realised_to_date(plan, actuals, "2026-12") == 0


def test_realised_to_date_uses_benefit_lines_only() -> None:
    plan = make_plan(kpis=[kpi(id="top", kind="kgi", value_per_unit=12), kpi(id="sub", value_per_unit=1200,
                                                                            parent="top")])
    actuals = make_actuals(("2027-01", "top", 12), ("2027-01", "sub", 20))
    assert realised_to_date(plan, actuals, "2027-01") == pytest.approx(2 * 12 / 12)


def test_fee_to_date_counts_calendar_months_from_the_contract_start_month() -> None:
    plan = make_plan(contract={"start": "2027-01-20", "annual_fee": 1200})
    assert fee_to_date(plan, "2027-01") == pytest.approx(100)
    assert fee_to_date(plan, "2027-03") == pytest.approx(300)
    assert fee_to_date(plan, "2026-12") == 0
    assert fee_to_date(make_plan(), "2027-03") is None


def test_summary_to_date_ratio_and_months_counted() -> None:
    plan = make_plan(contract=FEE, kpis=[kpi(value_per_unit=120)])
    summary = benefit_summary(plan, make_actuals(("2027-01", "k", 13), ("2027-02", "k", 16)), "2027-02")
    assert summary is not None
    assert summary.realised_to_date == pytest.approx(30 + 60)
    assert summary.fee_to_date == pytest.approx(200)
    assert summary.ratio_to_date == pytest.approx(90 / 200)
    assert summary.months_counted == 2
    assert [(m.month, m.realised, m.cumulative, m.fee_cumulative) for m in summary.months] == [
        ("2027-01", 30, 30, 100), ("2027-02", 60, 90, 200)]


def test_summary_is_none_without_value_per_unit() -> None:
    assert benefit_summary(make_plan(kpis=[kpi()]), make_actuals(), "2027-03") is None


def test_minato_2027_02_benefit(minato: Client) -> None:
    summary = benefit_summary(minato.plan, minato.actuals, "2027-02")
    assert summary is not None
    assert summary.now == pytest.approx(8_400_000)
    assert summary.at_target == pytest.approx(18_000_000)
    assert summary.annual_fee == 14_400_000 and summary.currency == "JPY"
