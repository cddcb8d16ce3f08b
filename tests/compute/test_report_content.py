"""Evaluator-report content: milestones, missing data, notes, latest month (no Office files written here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from plangen.compute.report.content import build_content
from plangen.compute.report.milestones import milestone_status
from plangen.model import Client, Milestone, Notes
from plangen.render.report import latest_report_month
from plangen.text.formats import format_money, format_signed


def test_milestone_status_comes_from_the_notes_first() -> None:
    ms = Milestone(id="m", date=date(2027, 1, 31), name="M")
    notes = Notes(month="2027-02", milestones={"m": "at_risk"})
    assert milestone_status(ms, notes, "2027-02") == ("at_risk", True)


def test_milestone_past_due_without_notes_is_delayed() -> None:
    ms = Milestone(id="m", date=date(2027, 2, 28), name="M")
    assert milestone_status(ms, Notes(month="2027-02"), "2027-02") == ("delayed", False)
    assert milestone_status(ms, None, "2027-02") == ("delayed", False)


def test_milestone_in_the_future_without_notes_is_planned() -> None:
    ms = Milestone(id="m", date=date(2027, 3, 1), name="M")
    assert milestone_status(ms, None, "2027-02") == ("planned", False)


def test_latest_report_month_is_the_latest_month_with_notes_or_actuals(minato: Client, northwind: Client) -> None:
    assert latest_report_month(minato) == "2027-02"
    assert latest_report_month(northwind) is None
    later = replace(minato, notes={**minato.notes, "2027-03": Notes(month="2027-03")})
    assert latest_report_month(later) == "2027-03"


def test_minato_content_summarises_the_month(minato: Client) -> None:
    content = build_content(minato, "2027-02")
    assert content.warnings == []
    # the KGI is on track; the two KPIs at risk are named as leading signs, not the verdict
    assert content.summary.overall == "on_track"
    assert content.summary.leading == "注意が必要な先行指標：値引きロス率（要注意）、売れ筋欠品率（要注意）"
    assert [k.title for k in content.summary.kgis] == ["粗利率"]
    assert content.summary.kgis[0].value == "48.9%"
    assert content.summary.health is not None and content.summary.health.value == "56.8（Lv2）"
    assert [b.value for b in content.summary.benefit] == ["840万円", "1,800万円", "1,440万円"]
    assert content.summary.to_date is not None and content.summary.to_date.value == "80万円"
    assert content.summary.outlook[0].text == "2027年4月に目標到達の見込み（期日 2027/5/31）"
    assert [d.decision for d in content.summary.decisions] == ["3月の初回効果検証の報告日（3/24案）のご承認"]
    assert [r.status for r in content.milestones] == ["done", "done", "on_track", "at_risk"]


def test_kpi_row_shows_one_kpi_with_the_same_decimals(minato: Client) -> None:
    rows = {r.id: r for r in build_content(minato, "2027-02").rows}
    sell = rows["sell_through"]
    assert (sell.baseline, sell.target, sell.this_month, sell.last_month) == ("58.0%", "65.0%", "62.4%", "60.9%")
    assert rows["inventory_days"].this_month == "93日"
    assert rows["markdown_loss"].status_label == "要注意"


def test_report_without_notes_shows_figures_and_warns(minato: Client) -> None:
    content = build_content(replace(minato, notes={}), "2027-02")
    assert any("no notes for 2027-02" in w for w in content.warnings)
    assert content.summary.csm_summary is None and content.summary.decisions == []
    assert [r.status for r in content.milestones] == ["delayed", "delayed", "planned", "planned"]
    assert content.summary.overall == "on_track"


def test_kpi_without_actuals_is_listed_as_missing_not_zero(northwind: Client) -> None:
    content = build_content(northwind, "2027-02")
    assert [r.this_month for r in content.rows] == ["—", "—"]
    assert [r.status_label for r in content.rows] == ["No data", "No data"]
    assert content.summary.overall == "no_data"
    assert content.health is None and content.health_history == []
    assert content.summary.benefit[0].value == "—"
    assert content.summary.to_date is not None and content.summary.to_date.value == "$0"
    assert any("no KPI has a value" in w for w in content.warnings)


def test_health_history_keeps_a_month_without_a_score_as_missing(minato: Client) -> None:
    content = build_content(minato, "2027-03")
    assert [(h.month, h.level) for h in content.health_history][-1] == ("2027-03", None)
    assert content.health_history[-1].score is None


def test_money_and_changes_are_formatted_for_readers() -> None:
    assert format_money(8_399_999.99, "JPY", "ja") == "840万円"
    assert format_money(96_900, "USD", "en") == "$96,900"
    assert format_money(None, "JPY", "ja") == "—"
    assert format_signed(-10.71) == "−10.7" and format_signed(1.55) == "+1.6" and format_signed(None) == "—"


def test_latest_report_month_ignores_values_before_the_support_period(minato: Client) -> None:
    from plangen.model import Actual, Actuals
    from plangen.render.report import no_report_note

    early = Actuals((Actual("2026-06", None, "gross_margin", 47.0, "", 2),))
    only_early = replace(minato, notes={}, actuals=early)
    assert latest_report_month(only_early) is None
    assert "dated before the support period starts (2026-12-01)" in no_report_note(only_early)
    assert latest_report_month(replace(minato, actuals=Actuals((*minato.actuals.rows, *early.rows)))) == "2027-02"
