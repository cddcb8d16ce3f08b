"""Text cleaning: characters that OOXML cannot hold are removed at load, with a warning naming where."""

from __future__ import annotations

from pathlib import Path

from plangen.load.textclean import clean_text
from tests.support.plan_helpers import BASE, cwd, problems_of, write_client


def test_clean_text_removes_controls_and_keeps_tabs_and_newlines() -> None:
    assert clean_text("a\x01b\x1bc\td\ne\ufffe") == ("abc\td\ne", ["U+0001 (control character)", "U+001B (escape)",
                                                                 "U+FFFE (non-character)"])


def test_next_line_and_unicode_line_and_paragraph_separators_become_newlines_without_a_warning() -> None:
    assert clean_text("一行目\x85二行目\u2028三行目\u2029四行目") == ("一行目\n二行目\n三行目\n四行目", [])


def test_a_unicode_line_separator_in_a_plan_value_is_measured_as_a_line_break(tmp_path: Path) -> None:
    from plangen.office import textfit

    text, _ = clean_text("成果\u2029見通し")
    assert textfit.wrap(text, 200, 10) == ["成果", "見通し"]


def test_clean_text_leaves_japanese_untouched() -> None:
    assert clean_text("成果支援計画書　Ｖ２") == ("成果支援計画書　Ｖ２", [])


def test_raw_control_character_in_a_value_is_removed_with_a_warning_at_it(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name: Ac\x1bme"))
    assert problems_of(folder)[-1] == ("acme/plan.yaml:3:11: warning: client.name: removed characters that "
                                       "documents cannot hold: U+001B (escape)")
    from plangen.load.client import load_client

    with cwd(tmp_path):
        assert load_client("acme").plan.client.name == "Acme"


def test_escaped_control_character_is_removed_with_a_warning(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", 'name: "Ac\\vme"'))
    assert problems_of(folder)[-1] == ("acme/plan.yaml:3:9: warning: client.name: removed characters that "
                                       "documents cannot hold: U+000B (vertical tab)")


def test_control_character_in_a_comment_is_named_as_outside_values(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "# note\x08\n" + BASE)
    assert problems_of(folder)[0] == ("acme/plan.yaml:1:7: warning: removed characters that documents cannot "
                                      "hold: U+0008 (backspace) (in a comment or between values)")


def test_columns_after_a_removed_character_stay_true_to_the_file(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "vendor: {name: a\x01b, product: 7}\n"
                                           "initiatives:\n  - {id: \x01x, name: X, impact: 9}\n")
    assert "acme/plan.yaml:8:31: initiatives[0].impact: must be 1-5 (got '9')" in problems_of(folder)


def test_control_character_in_actuals_is_removed_with_a_row_warning(tmp_path: Path) -> None:
    plan = BASE + "kpis:\n  - {id: nps, name: NPS, evaluation: survey, data: {source: survey}}\n"
    folder = write_client(tmp_path, plan, **{"actuals.csv": "period,metric,value,note\n2027-01,nps,30,ok\x07\n"})
    assert problems_of(folder)[0] == ("acme/actuals.csv:2:16: warning: row 2: note: removed characters that "
                                      "documents cannot hold: U+0007 (bell)")


def test_carriage_returns_become_line_feeds_without_a_warning() -> None:
    assert clean_text("a\r\nb\rc") == ("a\nb\nc", [])


def test_a_plan_value_with_a_carriage_return_renders_in_a_word_table(tmp_path: Path) -> None:
    from plangen.load.client import load_client
    from plangen.render.report import render_report

    plan = 'version: 1\nclient:\n  name: Acme\ncontract:\n  start: 2026-12-01\nkpis:\n  - id: k\n    name: "A\\rB"\n'
    client = load_client(write_client(tmp_path, plan))
    assert client.plan.kpis[0].name == "A\nB"
    assert render_report(client, "2027-01", tmp_path / "out").paths
