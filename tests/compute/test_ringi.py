"""The facts of the renewal approval request: states, milestones reached, next term, when it is due."""

from __future__ import annotations

from datetime import date

from plangen.compute.ringi import build_ringi, next_term, renewal_due
from plangen.model import Client


def test_milestones_reached_are_those_marked_done_in_the_notes_up_to_the_month(minato: Client) -> None:
    content = build_ringi(minato, "2027-02", drafted_on=date(2027, 3, 2))
    assert [m.id for m in content.milestones_reached] == ["ms-data", "ms-weekly"]
    assert [m.id for m in build_ringi(minato, "2027-01").milestones_reached] == []


def test_upcoming_milestones_leave_out_those_reached_and_those_past(minato: Client) -> None:
    content = build_ringi(minato, "2027-02")
    assert all(m.date > date(2027, 2, 28) for m in content.upcoming_milestones)
    assert {m.id for m in content.upcoming_milestones}.isdisjoint({"ms-data", "ms-weekly"})


def test_drafter_is_the_promoter_and_approvers_are_final_evaluator_then_evaluator(minato: Client) -> None:
    content = build_ringi(minato, "2027-02")
    assert content.drafter is not None and content.drafter.name == "田中 健"
    assert [p.name for p in content.approvers] == ["佐藤 一郎", "高橋 花子"]


def test_next_term_is_the_year_after_the_contract_ends(minato: Client) -> None:
    assert next_term(minato.plan) == (date(2027, 12, 1), date(2028, 11, 30))


def test_renewal_is_due_only_when_the_contract_ends_within_six_months_of_the_month(minato: Client) -> None:
    assert not renewal_due(minato.plan, "2027-02")  # contract ends 2027-11-30
    assert renewal_due(minato.plan, "2027-06")
    assert renewal_due(minato.plan, "2027-11")
    assert not renewal_due(minato.plan, "2027-12")


def test_no_contract_end_means_no_renewal_date_and_no_next_term(northwind: Client) -> None:
    plan = northwind.plan.model_copy(update={"contract": northwind.plan.contract.model_copy(update={"end": None})})
    assert next_term(plan) is None
    assert not renewal_due(plan, "2027-03")


def test_departments_are_titles_without_a_trailing_position(minato: Client) -> None:
    assert build_ringi(minato, "2027-02").departments == ["商品本部 MD部", "MD部 レディース課", "MD部 メンズ課",
                                                          "ディストリビューション課"]


def test_a_month_without_notes_takes_the_latest_marks_and_done_initiatives_stay_done(minato: Client) -> None:
    content = build_ringi(minato, "2027-06")
    states = {row.initiative.id: row.key for row in content.initiatives}
    assert states["markdown"] == "done"  # ended 2027-03-31
    assert [m.id for m in content.milestones_reached] == ["ms-data", "ms-weekly"]
