"""Plan checks: each warning is located and says why it matters to renewal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from plangen.load.client import load_client
from plangen.load.scaffold import plan_text
from plangen.model import Client
from tests.support.plan_helpers import BASE, filled_in, problems_of, run_cli, write_client

SCAFFOLD = plan_text("acme", "en", date(2027, 1, 1), "../../.plangen/plan.schema.json")
GOOD = filled_in(SCAFFOLD)


def warnings_of(folder: Path) -> list[str]:
    """Return only the warning lines for the client at `folder`."""
    return [line for line in problems_of(folder) if ": warning: " in line]


def test_a_filled_in_scaffold_triggers_no_check(tmp_path: Path) -> None:
    assert problems_of(write_client(tmp_path, GOOD)) == []


def test_no_evaluator_is_warned_at_the_client_team(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "team:\n  client:\n    - {name: Pat, role: promoter}\n")
    assert warnings_of(folder) == [
        "acme/plan.yaml:8:5: warning: team.client: no evaluator in the client team: the person who decides "
        "renewal never sees the value, which is the most common reason satisfied users still churn"]


def test_enterprise_without_final_evaluator_is_warned_at_the_segment(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("segment: mid-market", "segment: enterprise"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:13:12: warning: client.segment: an enterprise client without a final_evaluator: at large "
        "clients the renewal is decided by executives above the evaluator; name them so they are reported to"]


def test_kpi_without_evaluation_or_data_source_is_warned_twice(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - id: k\n    name: K\n")
    assert [w for w in warnings_of(folder) if ": kpis[0]: " in w] == [
        "acme/plan.yaml:7:5: warning: kpis[0]: KPI `k` has no `evaluation`: without an agreed way to judge it, "
        "nobody can say in numbers what improved",
        "acme/plan.yaml:7:5: warning: kpis[0]: KPI `k` has no `data.source`: a KPI nobody can measure is never "
        "reported, and the evaluator sees no result",
    ]


def test_initiative_without_kpis_is_warned(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("kpis: [order_minutes]", "kpis: []"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:83:5: warning: initiatives[0]: initiative `ini-1` lists no KPIs: its effect cannot be "
        "shown to the evaluator at renewal"]


def test_three_initiatives_at_once_are_warned_once(tmp_path: Path) -> None:
    extra = "".join(f"  - {{id: x{i}, name: X{i}, start: 2027-03-0{i}, end: 2027-04-30, kpis: [order_minutes]}}\n"
                    for i in (1, 2))
    folder = write_client(tmp_path, GOOD.replace("\nkpis:\n", "\n" + extra + "kpis:\n"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:98:31: warning: initiatives[2].start: 3 initiatives run at the same time on 2027-03-02 "
        "(ini-1, x1, x2): attempting everything at once is a common reason nothing takes hold; run at most two"]


def test_no_meeting_with_an_evaluator_is_warned(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("attendees: [evaluator, promoter, csm]", "attendees: [promoter, csm]"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:132:3: warning: meetings: no meeting includes an evaluator: the people who decide renewal "
        "must hear the results regularly, not only at renewal time"]


def test_milestone_outside_the_support_period_is_warned(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("    date: 2027-01-31", "    date: 2027-09-30"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:116:11: warning: milestones[0].date: milestone `ms-setup` is outside the support period "
        "2027-01-01..2027-06-30: results promised after support ends are rarely delivered"]


def test_meeting_without_a_slot_is_warned(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace('    time: "16:00"\n', ""))
    assert warnings_of(folder) == [
        "acme/plan.yaml:143:5: warning: meetings[1]: meeting `review` has no `weekday` or `time`, so it gets no "
        "calendar series; a meeting without a fixed slot is the first to be skipped"]


def test_health_metric_missing_from_actuals_is_warned(tmp_path: Path) -> None:
    actuals = "period,metric,value\n2027-01,active_user_ratio,0.5\n"
    folder = write_client(tmp_path, GOOD, **{"actuals.csv": actuals})
    assert warnings_of(folder) == [
        "acme/plan.yaml:166:15: warning: health.components[1].metric: no actuals carry the metric "
        "`meeting_attendance`, so this component scores nothing in reports"]


def test_shared_examples_give_the_warnings_the_format_predicts(minato: Client, northwind: Client) -> None:
    assert [p.where for p in minato.warnings] == ["initiatives[2].start"]
    assert "3 initiatives run at the same time" in minato.warnings[0].what
    assert [p.where for p in northwind.warnings] == ["meetings[0].time", "meetings[1]"]
    assert "has no `weekday` or `time`" in northwind.warnings[1].what


def test_english_plan_without_timezone_is_warned_once_for_its_timed_meetings(northwind: Client) -> None:
    warning = northwind.warnings[0]
    assert warning.where == "meetings[0].time"
    assert "meetings (weekly) are timed in Asia/Tokyo" in warning.what and "timezone" in warning.what


def test_english_plan_with_a_timezone_or_japanese_plan_is_not_warned(minato: Client) -> None:
    assert not [p for p in minato.warnings if "Asia/Tokyo" in p.what]
    harbor = load_client(Path(__file__).parents[2] / "plans" / "harborview-health")
    assert not [p for p in harbor.warnings if "Asia/Tokyo" in p.what]


def test_plan_with_kpis_but_no_fee_end_or_value_per_unit_is_warned_for_the_renewal_request(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - id: k\n    name: K\n")
    assert [w for w in warnings_of(folder) if ": contract: " in w] == [
        "acme/plan.yaml:5:3: warning: contract: the renewal approval request (plangen ringi) will leave blanks "
        "for: contract.end, contract.annual_fee, a KPI with value_per_unit; without them the promoter cannot "
        "show in the company's own format what renewal is worth"]


def test_plan_without_kpis_gets_no_renewal_request_warning(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE)
    assert not any("plangen ringi" in w for w in warnings_of(folder))


def test_initiative_and_phase_outside_the_support_period_are_warned(tmp_path: Path) -> None:
    plan = BASE + ("flow:\n  phases:\n    - {name: Later, start: 2027-06-01, end: 2027-07-31}\n"
                   "initiatives:\n  - {id: early, name: Early, start: 2026-11-01, end: 2027-01-31, kpis: [k]}\n"
                   "kpis:\n  - {id: k, name: K, evaluation: e, data: {source: s}}\n")
    warnings = warnings_of(write_client(tmp_path, plan))
    assert [w.split(": warning: ")[1].split(":")[0] for w in warnings if "outside the support" in w] == [
        "flow.phases[0].start", "initiatives[0].start"]
    assert any("phase `Later` starts outside the support period 2026-12-01..2027-05-31" in w for w in warnings)


def test_a_kpi_priced_under_a_priced_ancestor_is_warned_at_its_value(tmp_path: Path) -> None:
    plan = BASE + ("kpis:\n  - {id: margin, name: M, kind: kgi, evaluation: e, data: {source: s}, value_per_unit: 10}\n"
                   "  - {id: load, name: L, parent: margin, evaluation: e, data: {source: s}, value_per_unit: 5}\n")
    assert [w for w in warnings_of(write_client(tmp_path, plan)) if "value_per_unit" in w] == [
        "acme/plan.yaml:8:91: warning: kpis[1].value_per_unit: KPI `load` and its ancestor `margin` both have "
        "value_per_unit: the ancestor's value already contains this one, so it is counted once, at `margin`"]


def test_a_benefit_above_ten_times_the_fee_is_warned_now_and_at_target(tmp_path: Path) -> None:
    plan = BASE.replace("  start: 2026-12-01\n", "  start: 2026-12-01\n  annual_fee: 100\n") + (
        "kpis:\n  - {id: k, name: K, baseline: 0, target: 20, evaluation: e, data: {source: s}, value_per_unit: 60}\n")
    warnings = warnings_of(write_client(tmp_path, plan, **{"actuals.csv": "period,metric,value\n2027-01,k,17\n"}))
    found = [w.split("warning: ")[1] for w in warnings if "annual_fee" in w]
    assert [w[:w.index(" the annual fee")] for w in found] == [
        "contract.annual_fee: the annual benefit at target is 12.0x",
        "contract.annual_fee: the annual benefit now (2027-01) is 10.2x"]
    assert "double counting (set `parent`) or a pilot-scope value priced company-wide" in found[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_example_text_left_from_new_is_a_located_warning(tmp_path: Path, lang: str) -> None:
    text = plan_text("acme", lang, date(2027, 1, 1), "../../.plangen/plan.schema.json")
    markers = sum(line.count("（例）") + line.count("(e.g.)") for line in text.splitlines()
                  if not line.lstrip().startswith("#"))
    warnings = warnings_of(write_client(tmp_path, text))
    assert len(warnings) == markers + 1  # every marker, and the example e-mail address
    assert all("left from `plangen new`" in w for w in warnings)
    name = "(e.g.) Example Industries Inc." if lang == "en" else "（例）株式会社サンプル商事"
    assert warnings[0] == (f"acme/plan.yaml:10:9: warning: client.name: example text left from `plangen new`: write "
                           f"this client's own or delete the line (documents show it as written) (got {name!r})")


def test_an_example_name_without_its_marker_is_still_warned(tmp_path: Path) -> None:
    lines = GOOD.splitlines(keepends=True)
    assert lines[9].startswith("  name: ")
    lines[9] = "  name: Example Industries Inc.   # legal name\n"
    folder = write_client(tmp_path, "".join(lines))
    assert warnings_of(folder) == [
        "acme/plan.yaml:10:9: warning: client.name: example name left from `plangen new`: write the real one "
        "(documents show it as written) (got 'Example Industries Inc.')"]


def test_an_example_address_is_warned(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("john.smith@acme.com", "john.smith@example.com"))
    assert warnings_of(folder) == [
        "acme/plan.yaml:39:14: warning: team.client[1].email: example address left from `plangen new`: write the "
        "real one or delete the line (documents show it as written) (got 'john.smith@example.com')"]


def test_example_text_fails_validate_under_strict(tmp_path: Path) -> None:
    write_client(tmp_path / "plans", SCAFFOLD)
    code, _, err = run_cli(["validate", "plans/acme", "--strict"], tmp_path)
    assert code == 1
    assert "plans/acme/plan.yaml:10:9: warning: client.name: example text left from `plangen new`" in err
