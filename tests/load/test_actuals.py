"""Actuals: every bad row is reported with its row number; workbook date cells become periods."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from plangen.load.actuals import load_actuals
from tests.support.plan_helpers import BASE, problems_of, write_client

PLAN = BASE + "kpis:\n  - {id: nps, name: NPS, evaluation: survey, data: {source: survey}}\n"


def test_unknown_metric_is_a_warning_on_its_row(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": "period,metric,value\n2027-01,nsp,30\n"})
    assert ("acme/actuals.csv:2:9: warning: row 2: metric: is neither a KPI id nor a health metric of the plan; "
            "the value is ignored (got 'nsp')") in problems_of(folder)


def test_non_numeric_value_is_an_error_on_its_row(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": "period,metric,value\n2027-01,nps,thirty\n"})
    assert "acme/actuals.csv:2:13: row 2: value: must be a number (got 'thirty')" in problems_of(folder)


def test_duplicate_period_and_metric_names_the_first_row(tmp_path: Path) -> None:
    csv = "period,metric,value\n2027-01,nps,30\n2027-02,nps,31\n2027-01,nps,32\n"
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": csv})
    assert "acme/actuals.csv:4:1: row 4: a second value for nps in 2027-01; the first is on row 2 (got '32')" \
        in problems_of(folder)


def test_bad_period_is_an_error_on_its_row(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": "period,metric,value\n2027/01,nps,30\n"})
    assert ("acme/actuals.csv:2:1: row 2: period: must be a month YYYY-MM (or a date YYYY-MM-DD for weekly "
            "values) (got '2027/01')") in problems_of(folder)


def test_missing_header_is_reported_on_row_1(tmp_path: Path) -> None:
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": "2027-01,nps,30\n"})
    assert ("acme/actuals.csv:1:1: header: the first row must name the columns period,metric,value (and "
            "optionally note) (got '2027-01,nps,30')") in problems_of(folder)


def test_weekly_dates_resolve_to_the_last_value_of_the_month(tmp_path: Path) -> None:
    path = tmp_path / "actuals.csv"
    path.write_text("period,metric,value\n2027-01-08,nps,30\n2027-01-29,nps,33\n2027-01-15,nps,31\n", "utf-8")
    actuals, problems = load_actuals(path, {"nps"})
    assert problems == []
    assert actuals.monthly("nps") == {"2027-01": 33.0}


def test_xlsx_date_cells_on_the_first_are_months_and_others_are_days(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["metric", "period", "value"])
    sheet.append(["nps", datetime(2027, 1, 1), 30])
    sheet.append(["nps", date(2027, 2, 12), 31.0])
    sheet.append(["nps", "2027-03", "x"])
    path = tmp_path / "actuals.xlsx"
    book.save(path)
    actuals, problems = load_actuals(path, {"nps"})
    assert [(r.month, r.day, r.value) for r in actuals.rows] == [("2027-01", None, 30.0),
                                                                  ("2027-02", date(2027, 2, 12), 31.0)]
    assert [str(p) for p in problems] == [f"{path}:4:3: row 4: value: must be a number (got 'x')"]


def test_shift_jis_csv_is_reported_like_a_plan(tmp_path: Path) -> None:
    csv = "period,metric,value,note\n2027-01,nps,30,年末\n".encode("cp932")
    folder = write_client(tmp_path, PLAN, **{"actuals.csv": csv})
    assert problems_of(folder)[0].startswith("acme/actuals.csv:2:16: the file is not UTF-8: it looks like Shift_JIS")
