"""Typing slips of Japanese input are reported at the slip itself, named, with advice that fixes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.load.yamlsource import load_yaml
from tests.support.plan_helpers import errors_of, write_client

PLAN = """\
version: 1
language: ja
client:
  name: 株式会社みなと衣料
  industry: アパレル小売
  segment: enterprise
contract:
  start: 2026-12-01
  end: 2027-11-30
team:
  client:
    - name: 佐藤 一郎
      role: final_evaluator
"""


def with_line(number: int, text: str, plan: str = PLAN) -> str:
    """Return `plan` with its line `number` (1-based) replaced by `text`."""
    lines = plan.splitlines()
    lines[number - 1] = text
    return "\n".join(lines) + "\n"


def first_error(tmp_path: Path, plan: str) -> str:
    """Return the first error of a client whose plan is `plan`."""
    return errors_of(write_client(tmp_path, plan))[0]


def test_fullwidth_colon_is_named_on_its_own_line(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "  industry：アパレル小売")) == (
        "acme/plan.yaml:5:11: a full-width colon '：' is used; write a half-width colon and a space: "
        "`industry: アパレル小売`")


def test_fullwidth_space_as_indentation_is_named_at_column_one(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "\u3000industry: アパレル小売")) == (
        "acme/plan.yaml:5:1: a full-width space (U+3000) is used for indentation; indent with half-width "
        "spaces only")


def test_fullwidth_space_after_the_colon_is_named(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "  industry:\u3000アパレル小売")) == (
        "acme/plan.yaml:5:12: a full-width space (U+3000) follows the colon; use a half-width space: "
        "`industry: アパレル小売`")


def test_missing_colon_is_reported_where_the_colon_belongs(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "  industry アパレル小売")) == (
        "acme/plan.yaml:5:11: the key `industry` has no colon ':' after it; write `industry: アパレル小売`")


def test_missing_space_after_colon_points_at_the_colon(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "  industry:アパレル小売")) == (
        "acme/plan.yaml:5:11: a space is missing after the colon ':'; write `industry: アパレル小売`")


def test_line_indented_one_space_too_far_says_which_column(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "   industry: アパレル小売")) == (
        "acme/plan.yaml:5:3: this line is indented 1 space(s) deeper than line 4; start it in column 3, "
        "like line 4")


def test_over_indentation_advice_when_followed_reads_cleanly(tmp_path: Path) -> None:
    # Following the advice (start in column 3) gives the original plan, which has no errors.
    followed = with_line(5, "  " + "   industry: アパレル小売".lstrip())
    assert followed == PLAN
    assert errors_of(write_client(tmp_path, followed)) == []


def test_unbalanced_quote_is_reported_where_it_opens_not_at_the_end(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, '  industry: "アパレル小売')) == (
        "acme/plan.yaml:5:13: the quote \" opened here is never closed; end the value with \" too: "
        "`industry: \"アパレル小売\"`")


def test_value_starting_with_a_bracket_says_to_quote_the_whole_value(tmp_path: Path) -> None:
    assert first_error(tmp_path, with_line(5, "  industry: [重要] 配車の見直し")) == (
        "acme/plan.yaml:5:13: the value starts with '[', so it is read as a list; put the whole value in "
        "double quotes: `industry: \"[重要] 配車の見直し\"`")


@pytest.mark.parametrize("slip", [
    "  industry：アパレル小売", "\u3000industry: アパレル小売", "  industry:\u3000アパレル小売",
    "  industry アパレル小売", "  industry:アパレル小売", "   industry: アパレル小売",
    '  industry: "アパレル小売', "  industry: [重要] 配車",
])
def test_every_slip_leaves_the_rest_of_the_file_readable(tmp_path: Path, slip: str) -> None:
    src = load_yaml(write_client(tmp_path, with_line(5, slip)) / "plan.yaml")
    assert len(src.problems) == 1
    assert src.data["contract"]["end"] == "2027-11-30"
    assert src.data["team"]["client"][0]["role"] == "final_evaluator"


def test_slips_and_content_errors_are_reported_in_one_run(tmp_path: Path) -> None:
    plan = with_line(5, "  industry：アパレル小売", with_line(13, "      role: boss", with_line(9, "  end:2027-11-30")))
    errors = errors_of(write_client(tmp_path, plan))
    assert errors[0] == ("acme/plan.yaml:5:11: a full-width colon '：' is used; write a half-width colon and a "
                         "space: `industry: アパレル小売`")
    assert errors[1] == "acme/plan.yaml:9:6: a space is missing after the colon ':'; write `end: 2027-11-30`"
    assert errors[2].startswith("acme/plan.yaml:13:13: team.client[0].role:")


def test_slips_are_named_in_japanese_when_asked(tmp_path: Path) -> None:
    path = write_client(tmp_path, with_line(5, "  industry：アパレル小売")) / "plan.yaml"
    assert [p.what for p in load_yaml(path, lang="ja").problems] == [
        "全角コロン「：」が使われています。半角のコロンと半角スペースにしてください: `industry: アパレル小売`"]


def test_full_width_characters_inside_a_value_are_not_slips(tmp_path: Path) -> None:
    plan = with_line(5, "  industry: 小売：アパレル（郊外\u3000SC）")
    assert errors_of(write_client(tmp_path, plan)) == []


def test_an_error_that_is_no_slip_keeps_its_own_message(tmp_path: Path) -> None:
    plan = with_line(5, "  industry: [アパレル小売")
    assert first_error(tmp_path, plan) == "acme/plan.yaml:6:10: a `[` opened on line 5 is not closed with `]`"


def test_unbalanced_quote_closed_by_a_later_quote_is_still_found_where_it_opens(tmp_path: Path) -> None:
    example = Path(__file__).parents[1] / "fixtures" / "examples" / "minato" / "plan.yaml"
    lines = example.read_text(encoding="utf-8").splitlines()
    assert lines[7] == "  industry: アパレル小売（郊外型SC中心 86店舗）"
    lines[7] = '  industry: "アパレル小売（郊外型SC中心 86店舗）'
    path = tmp_path / "plan.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [str(p) for p in load_yaml(path).problems] == [
        f"{path}:8:13: the quote \" opened here is never closed; end the value with \" too: "
        "`industry: \"アパレル小売（郊外型SC中心 86店舗）\"`"]


def test_two_slips_on_neighbouring_lines_and_a_quote_are_all_reported_in_one_run(tmp_path: Path) -> None:
    plan = with_line(5, "  industry：アパレル小売", with_line(6, "   segment: enterprise",
                                                      with_line(4, '  name: "株式会社みなと衣料')))
    assert errors_of(write_client(tmp_path, plan)) == [
        "acme/plan.yaml:4:9: the quote \" opened here is never closed; end the value with \" too: "
        "`name: \"株式会社みなと衣料\"`",
        "acme/plan.yaml:5:11: a full-width colon '：' is used; write a half-width colon and a space: "
        "`industry: アパレル小売`",
        "acme/plan.yaml:6:3: this line is indented 1 space(s) deeper than line 5; start it in column 3, like line 5"]
