"""The meeting kit's content step: raw figures computed once, words and formats left to render/meetings."""

from __future__ import annotations

from datetime import date

from plangen.compute.meetings import meeting_content
from plangen.model import Client, Meeting


def _meeting(client: Client, meeting_id: str) -> Meeting:
    """Return the plan's meeting with `meeting_id`."""
    return next(m for m in client.plan.meetings if m.id == meeting_id)


def test_a_blank_document_has_the_plan_but_no_figures(minato: Client) -> None:
    content = meeting_content(minato, _meeting(minato, "evaluator"))
    assert content.snapshot is None and content.day is None
    assert [line.kpi.id for line in content.kpis] == [k.id for k in minato.plan.kpis]
    assert all(line.figure is None for line in content.kpis)
    assert all(status is None for _, status in content.milestones)
    assert content.benefit.now is None and content.benefit.at_target is not None


def test_a_dated_document_holds_numbers_dates_and_status_keys_not_text(minato: Client) -> None:
    content = meeting_content(minato, _meeting(minato, "evaluator"), on=date(2027, 3, 2))
    assert content.kind == "evaluator" and content.day == date(2027, 3, 11)
    assert content.snapshot is not None and content.snapshot.month == "2027-02"
    actuals = {line.kpi.id: (line.figure.actual if line.figure else None, line.month) for line in content.kpis}
    assert actuals["gross_margin"] == (48.9, "2027-02") and actuals["inventory_days"] == (93.0, "2027-02")
    assert [(ms.id, status) for ms, status in content.milestones] == [
        ("ms-data", "done"), ("ms-weekly", "done"), ("ms-first-review", "on_track"), ("ms-rollout", "at_risk")]
    assert round(content.benefit.now or 0) == 8_400_000 and content.benefit.fee == 14_400_000
    assert content.health is not None and content.health.figure is not None
    assert content.health.figure.month == "2027-02"


def test_a_weekly_meeting_reviews_the_actions_still_open(minato: Client) -> None:
    content = meeting_content(minato, _meeting(minato, "weekly"), on=date(2027, 3, 2))
    assert content.kind == "weekly"
    assert [a.action for a in content.review_actions] == ["追加配分の本番運用を全店に拡大",
                                                          "初回効果検証のレポート案を作成"]
    assert not content.next_actions and not content.decisions
    assert content.day == date(2027, 3, 2) and content.span is not None and content.span[0].hour == 10


def test_kpi_decimals_are_the_same_for_every_value_of_a_kpi(minato: Client) -> None:
    content = meeting_content(minato, _meeting(minato, "weekly"), on=date(2027, 3, 2))
    digits = {line.kpi.id: line.digits for line in content.kpis}
    assert digits == {"gross_margin": 1, "sell_through": 1, "markdown_loss": 1, "stockout_rate": 1, "inventory_days": 0}
