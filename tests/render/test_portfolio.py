"""`plangen portfolio`: one workbook row per client, text that stays text, a deck sorted by risk."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from plangen.build.portfolio import collect, render_portfolio
from plangen.compute.figures import health_figure, kpi_figures
from plangen.compute.portfolio import PortfolioRow, client_row, risk_rules, sort_by_risk, verdict
from plangen.load.client import load_client
from plangen.render.portfolio.xlsx import HEADERS, rule_texts
from plangen.text import tr
from tests.support.deckcheck import frame_text
from tests.support.helpers import MINATO, NORTHWIND
from tests.support.synthetic import make_clients


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with plans/ (minato, northwind, 4 synthetic, 1 broken, 1 formula-like) and its portfolio."""
    root = tmp_path_factory.mktemp("portfolio")
    plans = root / "plans"
    shutil.copytree(MINATO, plans / "minato")
    shutil.copytree(NORTHWIND, plans / "northwind")
    make_clients(plans, 4)
    broken = plans / "broken"
    broken.mkdir()
    (broken / "plan.yaml").write_text("version: 1\nclient:\n  name: 壊れた会社\ncontract:\n  start: 2026-02-30\n",
                                      encoding="utf-8")
    formula = make_clients(plans, 1, prefix="formula")[0]
    text = (formula / "plan.yaml").read_text(encoding="utf-8")
    text = text.replace("short_name: みなと衣料0001", "short_name: \"=HYPERLINK(\\\"http://x\\\",\\\"a\\\")\"")
    text = text.replace("name: 小林 誠\n", "name: \"=1+2\"\n", 1)
    (formula / "plan.yaml").write_text(text, encoding="utf-8")
    result = render_portfolio([plans], "2027-02", out_root=root / "output", jobs=1)
    assert result.failed == ["broken"]
    return root


def sheet_rows(root: Path) -> list[dict[str, object]]:
    """Return the workbook rows as header -> cell value."""
    ws = openpyxl.load_workbook(root / "output" / "portfolio-2027-02.xlsx").active
    assert ws is not None
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_the_workbook_has_one_row_per_loaded_client_sorted_by_risk(written: Path) -> None:
    rows = sheet_rows(written)
    headers = [tr("ja", key) for key in HEADERS]
    assert sorted(str(r[headers[4]]) for r in rows) == ["client-0001", "client-0002", "client-0003", "client-0004",
                                                         "formula-0001", "minato", "northwind"]
    assert [r[headers[0]] for r in rows] == list(range(1, 8))
    order = {"高": 0, "中": 1, "低": 2}
    keys = [(order[str(r[headers[1]])], -float(r[headers[6]] or 0)) for r in rows]  # type: ignore[arg-type]
    assert keys == sorted(keys)
    assert all(r[headers[2]] for r in rows)  # every row says which rule fired (or 該当なし)


def test_a_row_carries_the_clients_figures_for_the_month(written: Path) -> None:
    client = load_client(MINATO)
    health = health_figure(client.plan, client.actuals, "2027-02")
    assert health is not None and health.score is not None and health.previous_score is not None
    statuses = [f.status for f in kpi_figures(client.plan, client.actuals, "2027-02")]
    h = [tr("ja", key) for key in HEADERS]
    row = next(r for r in sheet_rows(written) if r[h[4]] == "minato")
    assert row[h[3]] == "みなと衣料"
    assert row[h[5]] == "エンタープライズ"
    assert row[h[6]] == 14400000
    assert row[h[7]] == dt.datetime(2027, 11, 30)
    assert row[h[9]] == round(health.score, 1)
    assert row[h[10]] == health.level
    assert row[h[11]] == round(round(health.score, 1) - round(health.previous_score, 1), 1)
    assert row[h[12]] == ("低下アラート" if health.alert else None)
    assert [row[h[i]] for i in range(14, 19)] == [statuses.count(s) for s in
                                                  ("achieved", "on_track", "at_risk", "off_track", "no_data")]
    assert row[h[19]] == "初回効果検証"  # ms-data and ms-weekly are done per the 2027-02 notes
    assert row[h[20]] == dt.datetime(2027, 3, 31)
    assert row[h[21]] == "小林 誠"
    assert row[h[1]] == "高" and row[h[2]] == "ヘルス低下アラート、KPI要注意・遅れ2件"


def test_a_client_without_health_or_actuals_has_empty_figures_not_zeros(written: Path) -> None:
    h = [tr("ja", key) for key in HEADERS]
    row = next(r for r in sheet_rows(written) if r[h[4]] == "northwind")
    assert row[h[9]] is None and row[h[11]] is None


def test_plan_text_starting_with_equals_is_stored_as_text_never_as_a_formula(written: Path) -> None:
    ws = openpyxl.load_workbook(written / "output" / "portfolio-2027-02.xlsx").active
    assert ws is not None
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    name = cells['=HYPERLINK("http://x","a")']
    csm = cells["=1+2"]
    assert name.data_type == "s" and csm.data_type == "s"
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_the_workbook_has_filters_and_a_frozen_header(written: Path) -> None:
    ws = openpyxl.load_workbook(written / "output" / "portfolio-2027-02.xlsx").active
    assert ws is not None
    assert ws.freeze_panes == "E2"
    assert ws.auto_filter.ref == "A1:V8"


def test_the_workbook_prints_landscape_one_page_wide_with_the_header_on_every_page(written: Path) -> None:
    ws = openpyxl.load_workbook(written / "output" / "portfolio-2027-02.xlsx").active
    assert ws is not None
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$1:$1"
    assert "ポートフォリオ 2027年2月" in (ws.oddHeader.center.text or "")


def test_the_deck_opens_with_a_summary_then_lists_clients_by_risk(written: Path) -> None:
    prs = Presentation(str(written / "output" / "portfolio-2027-02.pptx"))
    slides = list(prs.slides)
    assert slides[0].shapes.title.text == "ポートフォリオ 2027年2月"
    summary_text = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert "7" in summary_text and "計画にエラーがあり集計から除外: 1件" in summary_text
    names: list[str] = []
    for slide in slides[1:]:
        for shape in slide.shapes:
            if shape.has_table:
                names += [row.cells[3].text.replace("\x0b", "") for row in list(shape.table.rows)[1:]]
    rows = sort_by_risk(collect([written / "plans"], "2027-02", jobs=1).rows)
    assert names == [r.name for r in rows]


def _row(**changes: object) -> PortfolioRow:
    """Return a calm row (healthy, on track, renewal far away, data this month) with `changes` applied."""
    base = PortfolioRow(slug="a", name="A", language="ja", segment=None, csm="", renewal=None,
                        days_to_renewal=400, score=90.0, level="Lv4", previous_score=90.0, alert=False, fallers=[],
                        kpis={"achieved": 0, "on_track": 4, "at_risk": 0, "off_track": 0, "no_data": 0},
                        next_milestone=None, next_milestone_date=None, next_milestone_status=None,
                        milestones_at_risk=0, kgi_statuses=["on_track"], months_without_data=0, verdict="on_track")
    for key, value in changes.items():
        setattr(base, key, value)
    base.risk_rules = risk_rules(base)
    return base


def test_a_calm_client_is_low_risk_with_no_rule() -> None:
    calm = _row()
    assert (calm.risk_level, calm.risk_rules, calm.risk_rule) == ("low", [], None)


def test_support_ended_without_the_kgis_achieved_is_high() -> None:
    assert _row(support_ended=True).risk_rules == ["support_ended"]
    assert _row(support_ended=True).risk_level == "high"
    assert _row(support_ended=True, kgi_statuses=["achieved"], verdict="achieved").risk_level == "low"


def test_no_actuals_for_two_months_is_high() -> None:
    assert _row(months_without_data=2).risk_rules == ["no_data"]
    assert _row(months_without_data=1).risk_level == "low"


def test_renewal_within_180_days_with_a_kgi_not_on_track_is_high() -> None:
    row = _row(days_to_renewal=150, kgi_statuses=["on_track", "at_risk"], verdict="at_risk")
    assert row.risk_rule == "renewal_kgi" and row.risk_level == "high"


def test_a_health_alert_or_the_lowest_health_level_is_high() -> None:
    assert _row(alert=True).risk_rules == ["health"]
    assert _row(lowest_level=True, level="Lv1").risk_level == "high"


def test_an_overall_verdict_off_track_is_high() -> None:
    row = _row(verdict="off_track", kgi_statuses=["off_track"], days_to_renewal=400)
    assert row.risk_rules == ["verdict"] and row.risk_level == "high"


def test_a_kpi_at_risk_is_medium() -> None:
    row = _row(kpis={"achieved": 0, "on_track": 3, "at_risk": 1, "off_track": 0, "no_data": 0})
    assert (row.risk_level, row.risk_rules) == ("medium", ["kpi_at_risk"])


def test_renewal_within_180_days_alone_is_medium() -> None:
    assert (_row(days_to_renewal=170).risk_level, _row(days_to_renewal=170).risk_rules) == ("medium", ["renewal"])
    assert _row(days_to_renewal=-5).risk_level == "low"  # renewal passed: not "within"


def test_verdict_is_the_worst_kgi_with_a_value_else_the_worst_kpi() -> None:
    assert verdict([("kgi", "on_track"), ("kpi", "off_track")]) == "on_track"
    assert verdict([("kgi", "no_data"), ("kpi", "at_risk"), ("kpi", "on_track")]) == "at_risk"
    assert verdict([("kgi", "no_data")]) == "no_data"


def test_a_client_whose_support_ended_without_data_near_renewal_is_high_not_medium(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "minato"
    shutil.copytree(MINATO, folder)
    lines = (folder / "actuals.csv").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.startswith("period") or line[:7] <= "2027-02"]
    (folder / "actuals.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    row = client_row(load_client(folder), "2027-08")
    assert row.days_to_renewal == 91
    assert row.risk_level == "high"
    assert row.risk_rules[:3] == ["support_ended", "no_data", "renewal_kgi"]
    assert rule_texts(row, "ja")[:3] == ["成果支援期間終了（2027年5月31日）・KGI未達", "実績データなし（6か月）",
                                         "更新まで91日・KGI未達見込み"]


def test_rows_sort_by_risk_then_contract_value() -> None:
    small_high = _row(slug="small", alert=True, annual_fee=1_000_000.0)
    big_high = _row(slug="big", alert=True, annual_fee=9_000_000.0)
    big_low = _row(slug="biglow", annual_fee=90_000_000.0)
    medium = _row(slug="medium", days_to_renewal=100, annual_fee=None)
    assert [r.slug for r in sort_by_risk([big_low, medium, small_high, big_high])] == ["big", "small", "medium",
                                                                                       "biglow"]


def test_team_average_health_is_the_mean_over_clients_with_a_score() -> None:
    from plangen.compute.portfolio import Portfolio

    rows = [_row(slug="a", score=80.0), _row(slug="b", score=None), _row(slug="c", score=60.0)]
    assert Portfolio("2027-02", rows).average_health == 70.0
    assert Portfolio("2027-02", [_row(score=None)]).average_health is None


def test_cli_portfolio_writes_both_files_lists_the_broken_plan_and_exits_1(
        written: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from plangen.cli import main

    monkeypatch.chdir(written)
    code = main(["portfolio", "--month", "2027-02", "--out", "cli-out", "--json", "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1
    data = json.loads(out)
    assert sorted(Path(p).name for p in data["files"]) == ["portfolio-2027-02.pptx", "portfolio-2027-02.xlsx"]
    assert len(data["rows"]) == 7
    assert "plans/broken/plan.yaml:5:10: contract.start:" in err
    assert openpyxl.load_workbook(written / "cli-out" / "portfolio-2027-02.xlsx").active["A1"].value == "Rank"


def test_cli_portfolio_rejects_a_malformed_month(written: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from plangen.cli import main

    monkeypatch.chdir(written)
    assert main(["portfolio", "--month", "2027-2"]) == 2


def test_collect_loads_clients_in_a_process_pool_with_the_same_rows(tmp_path: Path) -> None:
    make_clients(tmp_path / "plans", 40)
    serial = collect([tmp_path / "plans"], "2027-02", jobs=1)
    pooled = collect([tmp_path / "plans"], "2027-02", jobs=2)
    assert [(r.slug, r.risk_rules) for r in pooled.rows] == [(r.slug, r.risk_rules) for r in serial.rows]


def test_the_clients_to_discuss_are_those_with_a_reason_in_risk_order() -> None:
    from plangen.render.portfolio.pptx import to_discuss

    calm = _row(slug="calm")
    alert = _row(slug="alert", alert=True, previous_score=99.0)
    renewal = _row(slug="renewal", days_to_renewal=30)
    passed = _row(slug="passed", days_to_renewal=-5)
    kpi = _row(slug="kpi", kpis={"achieved": 0, "on_track": 3, "at_risk": 1, "off_track": 0, "no_data": 0})
    rows = sort_by_risk([calm, alert, renewal, passed, kpi])
    assert [r.slug for r in to_discuss(rows)] == [r.slug for r in rows if r.slug in ("alert", "renewal", "kpi")]
    assert to_discuss([calm]) == []


def _tables(slide: object) -> list[object]:
    """Return the tables on a slide."""
    return [s.table for s in slide.shapes if s.has_table]  # type: ignore[attr-defined]


def test_the_summary_lists_the_clients_to_discuss_and_the_table_is_readable(written: Path) -> None:
    from plangen.render.portfolio.pptx import CLIENT_COLUMNS, columns_in, to_discuss
    from tests.support.deckcheck import overflowing_text

    prs = Presentation(str(written / "output" / "portfolio-2027-02.pptx"))
    slides = list(prs.slides)
    rows = collect([written / "plans"], "2027-02", jobs=1).rows
    summary = _tables(slides[0])
    assert len(summary) == 1
    listed = [r.cells[2].text for r in list(summary[0].rows)[1:]]  # type: ignore[attr-defined]
    assert listed == [r.name for r in to_discuss(rows)][:8] and listed
    table = _tables(slides[1])[0]
    headers = [cell.text.replace("\x0b", "\n") for cell in table.rows[0].cells]  # type: ignore[attr-defined]
    for header, column in zip(headers, columns_in(CLIENT_COLUMNS, "ja"), strict=True):
        lines = [p.strip() for p in header.split("\n")]
        assert lines in (["".join(column.header)], [p.strip() for p in column.header])  # never mid-word
    sizes = {int(r.get("sz")) / 100 for r in table._tbl.iter(qn("a:rPr"))}  # type: ignore[attr-defined]
    assert min(sizes) >= 10  # eleven columns (rule and annual fee added): still on the kickoff ladder
    assert overflowing_text(prs) == []


def test_the_summary_says_plainly_when_there_is_nothing_to_discuss(tmp_path: Path) -> None:
    from plangen.compute.portfolio import Portfolio
    from plangen.render.portfolio.pptx import write_pptx

    for lang in ("ja", "en"):
        path = write_pptx(Portfolio("2027-02", [_row(slug="a"), _row(slug="b", name="B")]), tmp_path / f"{lang}.pptx",
                          lang)
        summary = Presentation(str(path)).slides[0]
        assert not _tables(summary)
        assert tr(lang, "portfolio.none") in " ".join(frame_text(s) for s in summary.shapes if s.has_text_frame)
