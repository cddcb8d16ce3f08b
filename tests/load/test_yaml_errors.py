"""YAML-level bad input: every class is reported at its line and column, and never as a traceback."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from plangen.load.yamlsource import load_yaml
from tests.support.plan_helpers import BASE, errors_of, problems_of, write_client


def test_yaml_syntax_error_names_the_unclosed_bracket(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n  name: [Acme\ncontract:\n  start: 2026-12-01\n")
    assert errors_of(folder) == ["acme/plan.yaml:4:9: a `[` opened on line 3 is not closed with `]`"]


def test_colon_inside_a_value_says_to_quote_it(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "vendor:\n  name: Note: the vendor\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:7:13: a `:` inside a value; put the value in quotes (\"...\") "
        "or add a space after the key's `:`"]


def test_tab_indentation_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n\tname: Acme\ncontract:\n  start: 2026-12-01\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:3:1: a tab is used for indentation or after `:`; YAML needs spaces here, "
        "so use spaces only"]


def test_duplicate_key_points_at_the_second_and_names_the_first_line(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n  name: Acme\n  name: Beta\ncontract:\n"
                                    "  start: 2026-12-01\n")
    assert "acme/plan.yaml:4:3: client.name: duplicate key; it is already set on line 3 (got 'name')" \
        in errors_of(folder)


def test_alias_is_rejected_where_it_is_used(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient: &c\n  name: Acme\nvendor: *c\ncontract:\n"
                                    "  start: 2026-12-01\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:4:9: aliases (*name) are not supported; write the value out in full (got '*c')"]


def test_alias_bomb_fails_fast_with_bounded_memory(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 30)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tracemalloc.start()
    began = time.perf_counter()
    src = load_yaml(path)
    elapsed = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [str(p) for p in src.problems] == [
        f"{path}:2:10: aliases (*name) are not supported; write the value out in full (got '*a0')"]
    assert elapsed < 0.5
    assert peak < 5_000_000


def test_deep_nesting_is_refused_instead_of_recursing(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "a: " + "[" * 500 + "]" * 500 + "\n")
    assert errors_of(folder) == ["acme/plan.yaml:1:67: the data is nested more than 64 levels deep; a plan never is"]


def test_yaml_11_words_and_numbers_stay_the_text_the_csm_wrote(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("a: NO\nb: on\nc: 0123\nd: 10:30\ne: 1.10\nf: 2026-12-01\ng: ~\nh:\n", encoding="utf-8")
    assert load_yaml(path).data == {"a": "NO", "b": "on", "c": "0123", "d": "10:30", "e": "1.10",
                                    "f": "2026-12-01", "g": None, "h": None}


def test_yaml_11_values_reach_the_plan_unchanged(tmp_path: Path) -> None:
    from tests.support.plan_helpers import cwd

    write_client(tmp_path, "version: 1\nclient:\n  name: NO\n  short_name: on\n  industry: 0123\n"
                                    "contract:\n  start: 2026-12-01\nmeetings:\n  - id: m\n    name: M\n"
                                    "    time: 10:30\n")
    from plangen.load.client import load_client

    with cwd(tmp_path):
        plan = load_client("acme").plan
    assert (plan.client.name, plan.client.short_name, plan.client.industry) == ("NO", "on", "0123")
    assert plan.meetings[0].time == "10:30"


def test_yaml_11_word_in_a_number_field_is_a_located_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "meetings:\n  - id: m\n    name: M\n    duration_minutes: yes\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:9:23: meetings[0].duration_minutes: must be a whole number; YAML words such as "
        "yes/no/on/off are text here, not numbers (got 'yes')"]


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "# only a comment\n\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:1:1: the file is empty; it must contain a mapping of keys such as `version:` and `client:`"]


def test_top_level_list_is_an_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "- version: 1\n")
    assert errors_of(folder) == [
        "acme/plan.yaml:1:1: the file must be a mapping of keys such as `version:` and `client:`, "
        "not a list or a single value (got a list)"]


def test_shift_jis_file_is_named_in_words_with_the_fix(tmp_path: Path) -> None:
    text = "version: 1\nclient:\n  name: 株式会社みなと\ncontract:\n  start: 2026-12-01\n"
    folder = write_client(tmp_path, text.encode("cp932"))
    assert errors_of(folder) == [
        "acme/plan.yaml:3:9: the file is not UTF-8: it looks like Shift_JIS (the encoding of Excel and Notepad "
        "on older Japanese Windows); save it again as UTF-8 (メモ帳: 名前を付けて保存 → 文字コード UTF-8)"]


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    folder = write_client(tmp_path, ("\ufeff" + BASE).encode("utf-8"))
    assert errors_of(folder) == []


def test_utf16_file_says_to_save_as_utf8(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.encode("utf-16"))
    assert errors_of(folder) == [
        "acme/plan.yaml:1:1: the file is saved as UTF-16 (\"Unicode\"); save it again as UTF-8 "
        "(メモ帳: 名前を付けて保存 → 文字コード UTF-8)"]


def test_binary_garbage_is_not_text(tmp_path: Path) -> None:
    folder = write_client(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert errors_of(folder) == [
        "acme/plan.yaml:3:1: this is not a text file (it contains binary data); a plan must be UTF-8 text "
        "written in a text editor"]


def test_random_high_bytes_are_binary_not_shift_jis(tmp_path: Path) -> None:
    folder = write_client(tmp_path, bytes(range(0x80, 0x100)) * 4)
    assert errors_of(folder) == [
        "acme/plan.yaml:1:1: this is not a text file (it contains binary data); a plan must be UTF-8 text "
        "written in a text editor (got bytes 80 81 82 83)"]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 2\nclient:\n  name: A\n  nmae: B\ncontract:\n  start: 2026-13-01\n")
    assert problems_of(folder) == [
        "acme/plan.yaml:1:10: version: must be 1 (the only format version so far) (got '2')",
        "acme/plan.yaml:4:3: client.nmae: unknown key; did you mean `name`? (got 'nmae')",
        "acme/plan.yaml:6:10: contract.start: is not a real date: there is no month 13 (got '2026-13-01')",
    ]
