"""Extreme and hostile input ends in located errors: dates out of the window, odd numbers, broken CSV and workbooks."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.support.helpers import MINATO
from tests.support.plan_helpers import BASE, errors_of, problems_of, run_cli, write_client

KPI = """\
kpis:
  - id: sales
    name: Sales
    baseline: 10
    target: 20
    target_date: {day}
"""


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "0999-05-01", "2101-01-01", "1999-12-31"])
def test_a_target_date_outside_the_window_is_a_located_error(tmp_path: Path, day: str) -> None:
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day=day)))
    assert errors == [f"acme/plan.yaml:11:18: kpis[0].target_date: must lie between 2000-01-01 and 2100-12-31 "
                      f"(got '{day}')"]


def test_a_date_more_than_ten_years_from_the_contract_is_a_located_error(tmp_path: Path) -> None:
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2040-03-31")))
    assert errors == ["acme/plan.yaml:11:18: kpis[0].target_date: is more than 10 years from contract.start "
                      "2026-12-01; is the year a typing slip? (got '2040-03-31')"]


def test_a_contract_start_in_year_zero_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    errors = errors_of(write_client(tmp_path, BASE.replace("2026-12-01", "0000-01-01")))
    assert errors == ["acme/plan.yaml:5:10: contract.start: must lie between 2000-01-01 and 2100-12-31 "
                      "(got '0000-01-01')"]


@pytest.mark.parametrize("period", ["9999-12", "0000-01", "0999-01", "9999-12-31"])
def test_an_actuals_period_outside_the_window_is_a_located_error(tmp_path: Path, period: str) -> None:
    csv = f"period,metric,value\n2027-01,sales,12\n{period},sales,13\n"
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv}))
    assert len(errors) == 1
    assert errors[0].startswith("acme/actuals.csv:3:1: row 3: period: must lie between 2000-01")


def test_an_actuals_period_far_from_the_contract_is_a_located_error(tmp_path: Path) -> None:
    csv = "period,metric,value\n2045-01,sales,12\n"
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv}))
    assert errors == ["acme/actuals.csv:2:1: row 2: period: is more than 10 years from contract.start 2026-12-01; "
                      "is the year a typing slip? (got '2045-01')"]


def test_notes_for_month_9999_12_are_a_located_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE, **{"reports__9999-12.yaml": "month: 9999-12\n"})
    assert errors_of(folder) == ["acme/reports/9999-12.yaml:1:8: month: must lie between 2000-01 and 2100-12 "
                                 "(got '9999-12')"]


@pytest.mark.parametrize("month", ["9999-12", "0000-01", "1999-12"])
def test_report_and_status_refuse_a_month_outside_the_window(month: str) -> None:
    for command in ("status", "report"):
        code, _, err = run_cli([command, str(MINATO), "--month", month])
        assert code == 2
        assert "must lie between 2000-01 and 2100-12" in err
        assert "Traceback" not in err


NUMBERS = [
    ('"42,5"', "has a decimal comma `,`; write a decimal point, such as 42.5"),
    ('"1,093"', "has a thousands separator `,`; write the number without it, such as 1093"),
    ("４２", "has the full-width character `４`; write numbers in half-width (半角) digits"),
    ("12%", "has a `%` sign; write the number only (the KPI's `unit` says it is a percentage)"),
    ("3件", "has the character `件`, which is not part of a number; write the number only (a unit belongs in "
     "the KPI's `unit`)"),
    ("12kg", "has the character `k`, which is not part of a number; write the number only (a unit belongs in "
     "the KPI's `unit`)"),
    ("1e308", "is too large; numbers are at most 1,000,000,000,000,000 in size"),
    ("nan", "must be a number"),
]


@pytest.mark.parametrize(("raw", "what"), NUMBERS)
def test_an_actuals_value_in_a_foreign_number_format_is_refused_naming_the_character(
        tmp_path: Path, raw: str, what: str) -> None:
    csv = f"period,metric,value\n2027-01,sales,{raw}\n"
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv}))
    col = 16 if raw.startswith('"') else 15
    assert errors == [f"acme/actuals.csv:2:{col}: row 2: value: {what} (got {raw.strip(chr(34))!r})"]


@pytest.mark.parametrize(("raw", "what"), [('"42,5"', "decimal comma `,`"), ('"1,093"', "without commas"),
                                          ("４２", "full-width character `４`"), ("12%", "the number only")])
def test_the_plan_refuses_the_same_number_formats_as_the_actuals(tmp_path: Path, raw: str, what: str) -> None:
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30").replace("target: 20",
                                                                                       f"target: {raw}")))
    assert len(errors) == 1 and what in errors[0], errors


def test_a_plan_number_near_1e308_is_refused(tmp_path: Path) -> None:
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30").replace("target: 20",
                                                                                       "target: 1e308")))
    assert errors == ["acme/plan.yaml:10:13: kpis[0].target: is too large; numbers are at most "
                      "1,000,000,000,000,000 in size (got '1e+308')"]


def test_an_unquoted_thousands_separator_is_an_error_not_the_number_1(tmp_path: Path) -> None:
    csv = "period,metric,value,note\n2027-01,sales,1,093\n2027-02,sales,1,093,up\n"
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv}))
    assert errors == [
        "acme/actuals.csv:2:15: row 2: value: looks like a number with a thousands separator split at its comma; "
        "write 1093 without the comma (or quote it) (got '1,093')",
        "acme/actuals.csv:3:21: row 3: has 5 fields but the header names 4; a value with a comma in it (such as "
        "1,093) must be quoted or written without the comma (got '2027-02,sales,1,093,up')",
    ]


def test_a_field_longer_than_the_csv_limit_is_a_located_error(tmp_path: Path) -> None:
    csv = 'period,metric,value,note\n2027-01,sales,12,"stray quote\n' + "2027-02,sales,13,x\n" * 8000
    errors = errors_of(write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv}))
    assert errors == ["acme/actuals.csv:2:1: row 2: a field is longer than 131,072 characters: a quote `\"` on "
                      "this row or below opens a field that is never closed; remove the stray quote"]


def test_csv_with_cr_only_line_ends_is_read(tmp_path: Path) -> None:
    csv = "period,metric,value\r2027-01,sales,12\r2027-02,sales,13\r"
    folder = write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv})
    assert errors_of(folder) == []
    from tests.support.plan_helpers import cwd

    with cwd(tmp_path):
        from plangen.load.client import load_client

        assert [r.value for r in load_client("acme").actuals.rows] == [12.0, 13.0]


def _workbook(path: Path, hidden_first: bool) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "old"
    first.append(["period", "metric", "value"])
    first.append(["2027-01", "sales", 999])
    second = book.create_sheet("actuals")
    second.append(["period", "metric", "value"])
    second.append(["2027-01", "sales", 12])
    if hidden_first:
        first.sheet_state = "hidden"
        book.active = 1
    book.save(path)


def test_a_hidden_first_sheet_is_skipped_for_the_first_visible_one(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + KPI.format(day="2027-06-30"))
    _workbook(folder / "actuals.xlsx", hidden_first=True)
    from plangen.load.client import load_client

    assert [r.value for r in load_client(folder).actuals.rows] == [12.0]


@pytest.mark.parametrize(("content", "what"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "the workbook is password-protected (encrypted) or an old "
     ".xls file; save it in Excel as .xlsx without a password"),
    (b"just some text", "this is not an .xlsx workbook (an .xlsx is a zip archive; the file may be truncated or "
     "renamed); open it in Excel and save it as .xlsx"),
])
def test_an_unopenable_workbook_is_named_for_what_it_is(tmp_path: Path, content: bytes, what: str) -> None:
    folder = write_client(tmp_path, BASE, **{"actuals.xlsx": content})
    assert errors_of(folder) == [f"acme/actuals.xlsx: {what}"]


def test_a_truncated_workbook_is_called_damaged(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + KPI.format(day="2027-06-30"))
    _workbook(folder / "actuals.xlsx", hidden_first=False)
    data = (folder / "actuals.xlsx").read_bytes()
    (folder / "actuals.xlsx").write_bytes(data[: len(data) // 2])
    errors = errors_of(folder)
    assert len(errors) == 1 and "empty" not in errors[0]
    assert errors[0].startswith("acme/actuals.xlsx: ")


def test_a_workbook_whose_first_sheet_is_empty_names_the_sheet(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE)
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Sheet1"
    book.save(folder / "actuals.xlsx")
    assert errors_of(folder) == ["acme/actuals.xlsx:1:1: the sheet 'Sheet1' (the first visible sheet, which is "
                                 "the one read) is empty; put the actuals there, starting with the header "
                                 "period,metric,value"]


def test_notes_saved_as_both_yaml_and_yml_are_an_error_naming_both(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE, **{"reports__2027-02.yaml": "month: 2027-02\nsummary: a\n",
                                             "reports__2027-02.yml": "month: 2027-02\nsummary: b\n"})
    assert errors_of(folder) == ["acme/reports: 2027-02.yaml and 2027-02.yml both hold the notes for 2027-02; "
                                 "keep one of them"]


@pytest.mark.parametrize("name", ["actuals.csv", "reports__2027-02.yaml", "plan.yaml"])
def test_a_link_leading_outside_the_client_folder_is_refused_without_echoing_it(tmp_path: Path, name: str) -> None:
    secret = tmp_path / "plans" / "secret.txt"
    folder = write_client(tmp_path / "plans", BASE)
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    link = folder / name.replace("__", "/")
    link.parent.mkdir(exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(secret)
    errors = errors_of(folder)
    shown = "acme/" + name.replace("__", "/")
    assert errors == [f"{shown}: is a link to a file outside the client folder; plangen reads only files inside "
                      "it (copy the file into the folder instead)"]
    assert "root:x" not in "".join(problems_of(folder))


def test_an_unreadable_client_folder_fails_validate_build_and_portfolio(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(MINATO, plans / "minato")
    locked = plans / "locked"
    shutil.copytree(MINATO, locked)
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    for args in (["validate", "plans"], ["build", "--jobs", "1"], ["portfolio", "--month", "2027-02"]):
        code, _, err = run_cli(args, tmp_path)
        assert code == 1, (args, err)
        assert "plans/locked: cannot read this client folder: Permission denied" in err
        assert "Traceback" not in err
    assert (tmp_path / "output" / "minato" / "kickoff.pptx").is_file()


def test_the_date_window_is_what_the_docs_say() -> None:
    from plangen.model import DATE_MAX, DATE_MIN

    docs = (Path(__file__).resolve().parents[2] / "docs" / "plan-format.md").read_text(encoding="utf-8")
    assert date(2000, 1, 1) == DATE_MIN and date(2100, 12, 31) == DATE_MAX
    assert "2000-01-01" in docs and "2100-12-31" in docs


def test_a_client_name_of_millions_of_characters_is_a_located_error(tmp_path: Path) -> None:
    errors = errors_of(write_client(tmp_path, BASE.replace("name: Acme", "name: " + "a" * 4_000_000)))
    assert errors == ["acme/plan.yaml:3:9: client.name: is too long (4,000,000 characters); at most 200 for a name "
                      "or title (got '" + "a" * 59 + "…')"]


def test_a_meeting_id_too_long_for_a_file_name_is_a_located_error(tmp_path: Path) -> None:
    plan = BASE + "meetings:\n  - id: " + "m" * 240 + "\n    name: Weekly\n"
    errors = errors_of(write_client(tmp_path, plan))
    assert errors == ["acme/plan.yaml:7:9: meetings[0].id: is too long (240 characters); at most 64 for an id (it "
                      "becomes part of file names) (got '" + "m" * 59 + "…')"]


def test_a_notes_text_too_long_is_a_located_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE, **{"reports__2027-02.yaml": "month: 2027-02\nsummary: " + "x" * 3000})
    assert errors_of(folder) == ["acme/reports/2027-02.yaml:2:10: summary: is too long (3,000 characters); at most "
                                 "2,000 for a text (got '" + "x" * 59 + "…')"]


def _png(path: Path, size: tuple[int, int] = (240, 80)) -> None:
    from PIL import Image

    Image.new("RGB", size, (30, 90, 160)).save(path)


@pytest.mark.parametrize(("content", "what"), [
    (b"this is text, not a picture", "is not an image Pillow can open (is it a renamed or damaged file?)"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "is not an image Pillow can open (is it a renamed or damaged file?)"),
])
def test_a_logo_that_is_not_an_image_is_a_located_error(tmp_path: Path, content: bytes, what: str) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name: Acme\n  logo: logo.png"),
                          **{"logo.png": content})
    assert errors_of(folder) == [f"acme/plan.yaml:4:9: client.logo: {what} (got 'logo.png')"]


def test_a_logo_too_large_is_a_located_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("name: Acme", "name: Acme\n  logo: logo.png"))
    _png(folder / "logo.png", (5000, 100))
    assert errors_of(folder) == ["acme/plan.yaml:4:9: client.logo: is too large for a logo (5000x100 pixels; at most "
                                 "4000 on either side) (got 'logo.png')"]


def test_a_valid_logo_appears_on_the_kickoff_cover(tmp_path: Path) -> None:
    from pptx import Presentation

    from plangen.load.client import load_client
    from plangen.render.kickoff import render_kickoff

    folder = tmp_path / "minato"
    shutil.copytree(MINATO, folder)
    _png(folder / "logo.png")
    plan = folder / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("  segment: enterprise\n",
                                                             "  segment: enterprise\n  logo: logo.png\n"),
                    encoding="utf-8")
    deck = Presentation(str(render_kickoff(load_client(folder), tmp_path / "out").paths[0]))
    cover = deck.slides[0]
    logos = [s for s in cover.shapes if s.name == "Client logo"]
    assert len(logos) == 1
    logo = logos[0]
    assert logo.width is not None and logo.height is not None
    assert abs(logo.width / logo.height - 3.0) < 0.01
    assert logo.left + logo.width <= deck.slide_width


PLAN_JA = BASE.replace("name: Acme", "name: 株式会社ｶﾌﾞｼｷｶﾞｲｼｬ みなと ﾃｽﾄ\n  industry: ｱﾊﾟﾚﾙ小売")


@pytest.mark.parametrize(("codec", "name"), [("cp932", "Shift_JIS"), ("euc_jp", "EUC-JP")])
def test_legacy_japanese_encodings_are_named_not_called_binary(tmp_path: Path, codec: str, name: str) -> None:
    folder = write_client(tmp_path, PLAN_JA.encode(codec))
    errors = errors_of(folder)
    assert len(errors) == 1
    assert errors[0].startswith(f"acme/plan.yaml:3:9: the file is not UTF-8: it looks like {name} (the encoding of ")
    assert "binary" not in errors[0]


def test_an_euc_jp_actuals_file_is_named_as_such(tmp_path: Path) -> None:
    csv = "period,metric,value,note\n2027-01,sales,12,ﾃｽﾄ入力した値です\n".encode("euc_jp")
    folder = write_client(tmp_path, BASE + KPI.format(day="2027-06-30"), **{"actuals.csv": csv})
    assert "it looks like EUC-JP" in errors_of(folder)[0]


def test_numbers_that_would_make_an_infinite_progress_are_refused(tmp_path: Path) -> None:
    plan = BASE + KPI.format(day="2027-06-30").replace("baseline: 10", "baseline: 0").replace("target: 20",
                                                                                           "target: 1e-300")
    errors = errors_of(write_client(tmp_path, plan, **{"actuals.csv": "period,metric,value\n2027-01,sales,1e-12\n"}))
    assert errors == [
        "acme/actuals.csv:2:15: row 2: value: is too small; numbers other than 0 are at least 0.000000001 in size "
        "(got '1e-12')",
        "acme/plan.yaml:10:13: kpis[0].target: is too small; numbers other than 0 are at least 0.000000001 in size "
        "(got '1e-300')"]


def test_status_json_never_prints_infinity(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from plangen.compute import status

    monkeypatch.setattr(status, "status_dict", lambda client, month: {"month": month, "kpis": {
        "x": {"progress": float("inf"), "actual": float("nan"), "expected": 0.5}}})
    code, out, _ = run_cli(["status", str(MINATO), "--month", "2027-02", "--json"])
    assert code == 0
    assert json.loads(out)["kpis"]["x"] == {"progress": None, "actual": None, "expected": 0.5}


def test_an_unreadable_reports_folder_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_client(tmp_path, BASE, **{"reports__2027-02.yaml": "month: 2027-02\n"})
    real = Path.iterdir

    def iterdir(self: Path) -> object:
        if self.name == "reports":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert errors_of(folder) == ["acme/reports: cannot read the folder: Permission denied"]


def test_an_unreadable_plans_folder_is_named_by_portfolio_and_build(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(MINATO, tmp_path / "plans" / "minato")
    real = Path.iterdir

    def iterdir(self: Path) -> object:
        if self.name == "plans":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    for args in (["portfolio", "--month", "2027-02"], ["build"], ["validate", "plans"]):
        code, _, err = run_cli(args, tmp_path)
        assert code == 2, (args, err)
        assert "plans: cannot read this folder: Permission denied" in err
        assert "Traceback" not in err


def test_a_support_period_ending_after_9999_is_a_located_error(tmp_path: Path) -> None:
    plan = BASE + "support_period:\n  start: 9999-10-01\n  months: 6\n"
    assert errors_of(write_client(tmp_path, plan)) == [
        "acme/plan.yaml:7:10: support_period.start: must lie between 2000-01-01 and 2100-12-31 (got '9999-10-01')"]


def test_a_build_with_a_client_dated_9999_fails_that_client_and_builds_the_others(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(MINATO, plans / "aaa")
    shutil.copytree(MINATO, plans / "bbb")
    with (plans / "aaa" / "actuals.csv").open("a", encoding="utf-8") as handle:
        handle.write("9999-12,gross_margin,50\n")
    code, _, err = run_cli(["build", "--jobs", "1"], tmp_path)
    assert code == 1
    assert "plans/aaa/actuals.csv:29:1: row 29: period: must lie between 2000-01 and 2100-12 (got '9999-12')" in err
    assert (tmp_path / "output" / "bbb" / "kickoff.pptx").is_file()


def test_a_list_of_more_than_500_items_is_a_located_error(tmp_path: Path) -> None:
    plan = BASE + "objectives:\n" + "".join(f"  - id: o{n}\n" for n in range(501))
    assert errors_of(write_client(tmp_path, plan)) == [
        "acme/plan.yaml:7:3: objectives: has too many items (501); at most 500 (got a list)"]
