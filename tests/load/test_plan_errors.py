"""Plan-level bad input: types, ranges, dates, references, ids, weights, levels, enums, shapes, paths."""

from __future__ import annotations

from pathlib import Path

from tests.support.plan_helpers import BASE, errors_of, write_client

TEAM = """\
team:
  client:
    - {name: Eva, role: evaluator}
    - {name: Pat, role: promoter}
  vendor:
    - {name: Cas, role: csm}
"""


def test_unknown_key_suggests_the_close_one(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpi:\n  - id: a\n    name: A\n")
    assert errors_of(folder) == ["acme/plan.yaml:6:1: kpi: unknown key; did you mean `kpis`? (got 'kpi')"]


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "vendor:\n  colour: red\n")
    assert errors_of(folder) == ["acme/plan.yaml:7:3: vendor.colour: unknown key; allowed here: name, product "
                                 "(got 'colour')"]


def test_wrong_types_are_each_located(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "  annual_fee: lots\nsupport_period:\n  months: six\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:6:15: contract.annual_fee: must be a number (got 'lots')",
        "acme/plan.yaml:8:11: support_period.months: must be a whole number (got 'six')",
    ]


def test_number_with_thousands_separators_says_how_to_write_it(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "  annual_fee: 14,400,000\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:6:15: contract.annual_fee: must be a number; write it without commas, such as 14400000 "
        "(got '14,400,000')"]


def test_number_with_a_unit_says_to_write_the_number_only(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "  annual_fee: 1200万円\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:6:15: contract.annual_fee: must be a number; write the number only (the unit belongs in "
        "`unit` or `currency`) (got '1200万円')"]


def test_infinity_is_not_a_number_for_a_plan(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "  annual_fee: .inf\n")
    assert errors_of(folder) == ["acme/plan.yaml:6:15: contract.annual_fee: must be a number (got '.inf')"]


def test_impact_out_of_range_names_the_range(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "initiatives:\n  - id: a\n    name: A\n    impact: 7\n")
    assert errors_of(folder) == ["acme/plan.yaml:9:13: initiatives[0].impact: must be 1-5 (got '7')"]


def test_impossible_month_is_reported_as_not_a_real_date(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("2026-12-01", "2026-13-01"))
    assert errors_of(folder) == [
        "acme/plan.yaml:5:10: contract.start: is not a real date: there is no month 13 (got '2026-13-01')"]


def test_impossible_day_names_the_length_of_the_month(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("2026-12-01", "2027-02-29"))
    assert errors_of(folder) == [
        "acme/plan.yaml:5:10: contract.start: is not a real date: 2027-02 has 28 days (got '2027-02-29')"]


def test_date_in_another_format_shows_the_expected_one(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("2026-12-01", "2026/12/01"))
    assert errors_of(folder) == [
        "acme/plan.yaml:5:10: contract.start: must be a date YYYY-MM-DD such as 2027-03-31 (got '2026/12/01')"]


def test_broken_references_suggest_the_known_ids(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "objectives:\n  - id: obj-cost\ninitiatives:\n  - id: a\n    name: A\n"
                                           "    objective: obj-costs\n    kpis: [nps]\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:11:16: initiatives[0].objective: no objective with this id; did you mean `obj-cost`? "
        "(got 'obj-costs')",
        "acme/plan.yaml:12:12: initiatives[0].kpis[0]: no KPI with this id; the plan defines no KPIs (got 'nps')",
    ]


def test_duplicate_ids_point_at_the_second_and_name_the_first(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - id: k1\n    name: A\n  - id: k1\n    name: B\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:9:9: kpis[1].id: duplicate id; kpis[0] on line 7 already uses it (got 'k1')"]


def test_target_below_baseline_for_an_up_kpi_is_an_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - id: k\n    name: K\n    baseline: 10\n    target: 5\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:10:13: kpis[0].target: is below the baseline 10 but direction is `up`; raise the target "
        "or set `direction: down` (got '5')"]


def test_target_above_baseline_for_a_down_kpi_is_an_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - id: k\n    name: K\n    direction: down\n"
                                           "    baseline: 10\n    target: 12\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:11:13: kpis[0].target: is above the baseline 10 but direction is `down`; lower the target "
        "or set `direction: up` (got '12')"]


def test_health_weights_not_summing_to_100_show_the_sum(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "health:\n  components:\n"
                                           "    - {id: a, name: A, metric: m, weight: 50, poor: 0, good: 1}\n"
                                           "    - {id: b, name: B, metric: n, weight: 40, poor: 0, good: 1}\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:8:5: health.components: the weights must sum to 100 (got 90: 50 + 40)"]


def test_health_levels_out_of_order_are_reported(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "health:\n  levels:\n    - {name: L1, min: 0}\n"
                                           "    - {name: L2, min: 60}\n    - {name: L3, min: 40}\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:10:23: health.levels[2].min: levels must be in ascending order of `min`; the level "
        "before starts at 60 (got '40')"]


def test_unknown_enum_value_lists_the_choices(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "meetings:\n  - id: m\n    name: M\n    cadence: daily\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:9:14: meetings[0].cadence: must be one of: weekly, biweekly or monthly (got 'daily')"]


def test_bad_time_shows_the_expected_form(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "meetings:\n  - id: m\n    name: M\n    time: \"25:00\"\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:9:11: meetings[0].time: must be a 24-hour time \"HH:MM\" such as \"10:00\" (got '25:00')"]


def test_missing_required_field_is_located_at_its_section(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n  short_name: Acme\ncontract:\n  start: 2026-12-01\n")
    assert errors_of(folder) == ["acme/plan.yaml:3:3: client: `name` is required but missing"]


def test_missing_required_section_is_reported(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n  name: Acme\n")
    assert errors_of(folder) == ["acme/plan.yaml:1:1: `contract` is required but missing"]


def test_empty_required_value_says_it_is_empty(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name:"))
    assert errors_of(folder) == [
        "acme/plan.yaml:3:8: client.name: is empty; write a value or remove the line (got nothing)"]


def test_section_of_the_wrong_shape_names_the_shape_expected(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "team: a string\n")
    assert errors_of(folder) == ["acme/plan.yaml:6:7: team: must be a mapping of `key: value` lines (got 'a string')"]


def test_list_section_given_a_mapping_says_it_must_be_a_list(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  id: k\n  name: K\n")
    assert errors_of(folder) == ["acme/plan.yaml:7:3: kpis: must be a list of `- ` items (got a mapping)"]


def test_logo_leaving_the_client_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name: Acme\n  logo: ../logo.png"))
    assert errors_of(folder) == ["acme/plan.yaml:4:9: client.logo: must be a path inside the client's folder, "
                                 "relative to plan.yaml (got '../logo.png')"]


def test_absolute_logo_path_is_refused(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name: Acme\n  logo: /etc/passwd"))
    assert errors_of(folder) == ["acme/plan.yaml:4:9: client.logo: must be a path inside the client's folder, "
                                 "relative to plan.yaml (got '/etc/passwd')"]


def test_attendee_who_is_neither_role_nor_person_is_reported(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + TEAM + "meetings:\n  - id: m\n    name: M\n    attendees: [evaluater]\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:15:17: meetings[0].attendees[0]: is neither a role nor the name of someone in `team`; "
        "did you mean `evaluator`? (got 'evaluater')"]


def test_notes_with_an_unknown_milestone_and_bad_month_are_located(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE, **{"reports__2027-01.yaml": "month: 2027-01\nmilestones:\n  ms-x: done\n",
                                             "reports__2027-02.yaml": "month: 2027-13\n"})
    assert errors_of(folder) == [
        "acme/reports/2027-01.yaml:3:3: milestones.ms-x: no milestone with this id in plan.yaml (got 'ms-x')",
        "acme/reports/2027-02.yaml:1:8: month: must be a month \"YYYY-MM\" such as \"2027-02\" (got '2027-13')",
    ]


def test_kpi_parent_must_name_a_kpi_of_the_plan(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - {id: margin, name: M, kind: kgi}\n"
                                           "  - {id: load, name: L, parent: margn}\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:8:33: kpis[1].parent: no KGI or KPI with this id; did you mean `margin`? (got 'margn')"]


def test_kpi_parents_that_form_a_cycle_are_reported_once(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis:\n  - {id: a, name: A, parent: b}\n  - {id: b, name: B, parent: a}\n"
                                           "  - {id: c, name: C, parent: c}\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:7:30: kpis[0].parent: makes a cycle (a -> b -> a); a KPI cannot drive itself, directly or "
        "through others (got 'b')",
        "acme/plan.yaml:9:30: kpis[2].parent: makes a cycle (c -> c); a KPI cannot drive itself, directly or "
        "through others (got 'c')",
    ]


def test_structured_decisions_are_validated_where_they_are_written(tmp_path: Path) -> None:
    notes = ("month: 2027-01\ndecisions:\n  - 報告日のご承認\n  - decision: 横展開の範囲\n"
             "    options: [全店, 2拠点]\n    recommendation: 2拠点\n    due: 2027-02-30\n")
    folder = write_client(tmp_path, BASE, **{"reports__2027-01.yaml": notes})
    assert errors_of(folder) == [
        "acme/reports/2027-01.yaml:7:10: decisions[1].due: is not a real date: 2027-02 has 28 days (got '2027-02-30')"]
