"""Kickoff pages that carry a success plan's intent: outlook, health definition, asks, agreed items, covers."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from plangen.compute.outlook import expected_path, first_effect_review, measures_effect
from plangen.load.client import Client, load_client
from plangen.model import Initiative, Milestone
from plangen.render.kickoff.gantt import crowded_spans, is_deferred, rows
from plangen.render.kickoff.render import SECTIONS, build_deck
from plangen.render.report import render_report
from tests.support.deckcheck import cell_text, slide_text, titles
from tests.support.helpers import ROOT

TODAY = date(2026, 11, 20)


def _deck(client: Client) -> Any:
    return build_deck(client, today=TODAY).deck.prs


def _find(prs: Any, title: str) -> list[Any]:
    return [s for s, t in zip(prs.slides, titles(prs), strict=True) if t.startswith(title)]


def _with(client: Client, **update: object) -> Client:
    return dataclasses.replace(client, plan=client.plan.model_copy(update=update))


@pytest.fixture(scope="module")
def minato_deck(minato: Client) -> Any:
    return _deck(minato)


@pytest.fixture(scope="module")
def northwind_deck(northwind: Client) -> Any:
    return _deck(northwind)


@pytest.fixture(scope="module")
def aoba() -> Client:
    return load_client(ROOT / "plans" / "aoba-seiki")


def test_new_sections_come_in_the_issue_order_after_the_milestones() -> None:
    keys = [key for key, _, _ in SECTIONS]
    assert keys.index("milestones") < keys.index("outlook") < keys.index("value") < keys.index("health_def") \
        < keys.index("asks") < keys.index("agreed") == len(keys) - 1


def test_cover_is_addressed_to_the_legal_name_with_onchu_from_vendor_and_csm(minato_deck: Any) -> None:
    cover = slide_text(minato_deck.slides[0])
    for part in ("株式会社みなと衣料 御中", "StockPilot キックオフ資料", "2026年11月20日", "株式会社ストックパイロット",
                 "担当CSM　小林 誠", "2026年12月1日 – 2027年5月31日"):
        assert part in cover


def test_english_cover_names_the_company_alone(northwind_deck: Any) -> None:
    cover = slide_text(northwind_deck.slides[0])
    assert "Northwind Logistics Ltd." in cover and "御中" not in cover and "20 Nov 2026" in cover


def test_sides_are_labelled_with_the_company_names(minato_deck: Any) -> None:
    table = slide_text(_find(minato_deck, "プロジェクト体制")[0])
    assert "みなと衣料：最終評価者" in table and "株式会社ストックパイロット：カスタマーサクセス" in table
    assert "お客様" not in table and "ベンダー" not in table
    org = slide_text(_find(minato_deck, "プロジェクト体制：体制図")[0])
    assert "みなと衣料" in org and "株式会社ストックパイロット" in org and "お客様" not in org


def test_milestone_table_dates_are_due_dates(minato_deck: Any) -> None:
    table = next(s for s in _find(minato_deck, "マイルストーン")[0].shapes if s.has_table).table
    assert cell_text(table.cell(0, 0)) == "期日"


def test_outlook_draws_the_kgi_path_as_a_native_line_from_baseline_to_target(minato_deck: Any) -> None:
    slide = _find(minato_deck, "成果が出るまでの見通し")[0]
    chart = next(s for s in slide.shapes if s.has_chart).chart
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    path, review = chart.plots[0].series
    values = list(path.values)
    assert values[0] == pytest.approx(48.2) and values[-1] == pytest.approx(49.7)
    assert values == sorted(values)
    categories = list(chart.plots[0].categories)
    assert (categories[0], categories[-1]) == ("2026年12月", "5月")
    assert [v is not None for v in review.values].count(True) == 1  # the first effect review, one marker
    text = slide_text(slide)
    for part in ("2027年3月31日の初回効果検証から", "48.2% → 49.7%", "前年同月差で評価する"):
        assert part in text


def test_outlook_path_is_the_one_the_report_measures_against(minato: Client) -> None:
    kpi = minato.plan.kpi("gross_margin")
    assert kpi is not None
    path = expected_path(minato.plan, kpi)
    assert path.start == date(2027, 1, 5)  # the earliest start of the initiatives that list the KGI
    assert path.months[0] == "2027-01" and path.months[-1] == "2027-05"


def test_outlook_is_left_out_without_a_kgi_path(minato: Client) -> None:
    kpis = [k.model_copy(update={"target": None}) if k.kind == "kgi" else k for k in minato.plan.kpis]
    prs = _deck(_with(minato, kpis=kpis))
    assert not _find(prs, "成果が出るまでの見通し")


def test_first_effect_review_is_the_first_milestone_naming_a_kgi_or_an_effect(minato: Client) -> None:
    review = first_effect_review(minato.plan)
    assert review is not None and review.id == "ms-first-review"
    plan = minato.plan
    named = Milestone(id="x", date=date(2027, 2, 1), name="月次確認", criteria="粗利率の前月差を確認する")
    plain = Milestone(id="y", date=date(2027, 1, 1), name="データ連携完了", criteria="毎朝7時に連携")
    assert measures_effect(plan, named) and not measures_effect(plan, plain)
    earlier = plan.model_copy(update={"milestones": [*plan.milestones, named]})
    assert first_effect_review(earlier) == named


def test_outlook_without_an_effect_milestone_asks_to_decide_the_date(northwind_deck: Any) -> None:
    text = slide_text(_find(northwind_deck, "When to expect results")[0])
    assert "Today we agree when results (KGIs) are first reviewed" in text and "TBD" in text


def _table_rows(slide: Any) -> list[list[str]]:
    table = next(s for s in slide.shapes if s.has_table).table
    return [[cell_text(c) for c in r.cells] for r in table.rows]


def test_value_page_shows_lines_value_at_target_fee_ratio_and_formula(minato_deck: Any) -> None:
    slide = _find(minato_deck, "費用対効果の考え方")[0]
    rows = _table_rows(slide)
    assert rows[0] == ["指標", "測定範囲", "基準値", "目標", "改善幅（目標時）", "1単位の年間効果",
                       "年間効果（目標時）"]
    assert rows[1] == ["粗利率", "全社", "48.2%", "49.7%", "+1.5pt", "1,200万円", "1,800万円"]
    assert [r[0] for r in rows[2:]] == ["合計", "年間ご利用料金", "年間ご利用料金に対する倍率"]
    assert [r[-1] for r in rows[2:]] == ["1,800万円", "1,440万円", "1.2倍"]
    assert "年間効果＝改善幅（基準値から良い方向への差）×1単位の年間効果" in slide_text(slide)


def test_value_page_counts_a_kpi_under_a_priced_parent_once_and_names_it(minato: Client) -> None:
    kpis = [k.model_copy(update={"parent": "gross_margin", "value_per_unit": 500000.0}) if k.id == "markdown_loss"
            else k for k in minato.plan.kpis]
    slide = _find(_deck(_with(minato, kpis=kpis)), "費用対効果の考え方")[0]
    assert [r[0] for r in _table_rows(slide)[1:-3]] == ["粗利率"]
    assert "値引きロス率は上位指標の効果に含まれるため、二重に計上していません。" in slide_text(slide)


def test_value_page_says_tbd_without_a_fee_and_is_left_out_without_benefit_lines(minato: Client) -> None:
    contract = minato.plan.contract.model_copy(update={"annual_fee": None})
    slide = _find(_deck(_with(minato, contract=contract)), "費用対効果の考え方")[0]
    assert [r[-1] for r in _table_rows(slide)[-2:]] == ["要確定", "要確定"]
    unpriced = [k.model_copy(update={"value_per_unit": None}) for k in minato.plan.kpis]
    assert not _find(_deck(_with(minato, kpis=unpriced)), "費用対効果の考え方")


def test_health_definition_explains_components_levels_and_alert(minato_deck: Any) -> None:
    slide = _find(minato_deck, "ヘルススコアの定義")[0]
    text = slide_text(slide)
    table = next(s for s in slide.shapes if s.has_table).table
    assert [cell_text(c) for c in table.rows[0].cells] == ["構成要素", "配点", "0点となる値", "満点となる値"]
    assert [cell_text(c) for c in table.rows[1].cells] == ["Coverage（ID利用率）", "40", "0.3", "0.8"]
    for part in ("0〜40点未満", "80点以上", "Lv4", "前月から10点以上下がったときは", "合計したもの（0〜100点）"):
        assert part in text


def test_health_definition_is_left_out_without_health(northwind_deck: Any) -> None:
    assert not _find(northwind_deck, "Health score")


def test_asks_list_users_hours_promoter_executive_data_and_evaluator(minato_deck: Any) -> None:
    slide = _find(minato_deck, "ご協力のお願い")[0]
    table = next(s for s in slide.shapes if s.has_table).table
    rows = {cell_text(r.cells[0]): [cell_text(c) for c in r.cells] for r in list(table.rows)[1:] if r.cells[0].text}
    assert rows["実利用者の参加"][2] == "伊藤 美咲、渡辺 翔、山本 彩"
    assert "定例会（毎週 火曜日 10:00–11:00）へのご参加（月あたり約4時間）" in rows["実利用者の参加"][1]
    assert rows["推進者の役割"][2] == "田中 健" and "評価者報告会" in rows["推進者の役割"][1]
    assert rows["経営層からのメッセージ"][2] == "佐藤 一郎（代表取締役社長）"
    assert rows["評価者の月次報告会へのご出席"][2] == "佐藤 一郎、高橋 花子"
    data = [[cell_text(c) for c in r.cells] for r in list(table.rows)[1:] if "対象：" in cell_text(r.cells[1])]
    assert ["データのご提供", "基幹システムの月次損益（部門別）\n対象：粗利率", "経営企画部"] in data
    assert ["", "在庫スナップショット（日次）\n対象：売れ筋欠品率", "要確定"] in data  # the plan names no owner


def test_asks_are_left_out_without_client_people_or_kpi_data(minato: Client) -> None:
    plan = minato.plan
    bare = plan.model_copy(update={"team": plan.team.model_copy(update={"client": []}),
                                   "kpis": [k.model_copy(update={"data": k.data.model_copy(update={"source": None})})
                                            for k in plan.kpis]})
    assert not _find(_deck(dataclasses.replace(minato, plan=bare)), "ご協力のお願い")


def test_agreed_items_and_sign_off_for_evaluator_and_csm(minato_deck: Any) -> None:
    slide = _find(minato_deck, "合意事項")[0]
    assert titles(minato_deck)[-1] == "合意事項"
    text = slide_text(slide)
    for part in ("2026年12月1日 – 2027年5月31日", "粗利率：48.2% → 49.7%（2027年5月31日）", "前年同月差で評価する",
                 "定例会：毎週 火曜日 10:00–11:00", "評価者報告会：毎月 第2木曜日 16:00–16:45",
                 "2027年3月31日：初回効果検証", "上記の内容に合意します。", "みなと衣料　評価者",
                 "株式会社ストックパイロット　担当CSM", "高橋 花子", "小林 誠", "日付", "氏名", "署名"):
        assert part in text


def test_agreed_items_are_left_out_without_a_kgi(minato: Client) -> None:
    kpis = [k.model_copy(update={"kind": "kpi"}) for k in minato.plan.kpis]
    assert not _find(_deck(_with(minato, kpis=kpis)), "合意事項")


@pytest.mark.parametrize("name", ["minato", "northwind", "aoba"])
def test_no_client_facing_table_cell_is_a_dash(name: str, minato: Client, northwind: Client, aoba: Client) -> None:
    prs = _deck({"minato": minato, "northwind": northwind, "aoba": aoba}[name])
    cells = [cell_text(c).strip() for s in prs.slides for sh in s.shapes if sh.has_table
             for r in sh.table.rows for c in r.cells]
    assert "—" not in cells and "-" not in cells


def test_gantt_lists_initiatives_in_schedule_order(minato: Client) -> None:
    a = Initiative(id="a", name="A", impact=5, difficulty=1, start=date(2027, 3, 1), end=date(2027, 4, 30))
    b = Initiative(id="b", name="B", impact=1, difficulty=5, start=date(2027, 1, 1), end=date(2027, 2, 28))
    ctx = build_deck(_with(minato, initiatives=[a, b], milestones=[]), today=TODAY)
    assert [item.id for _, item in rows(ctx)] == ["b", "a"]


def test_gantt_marks_more_than_two_at_once_and_scheduled_thankless_tasks(minato: Client, minato_deck: Any) -> None:
    assert crowded_spans(minato.plan.initiatives) == [(date(2027, 4, 1), date(2027, 5, 31))]
    gantt = slide_text(_find(minato_deck, "改善ロードマップ：スケジュール")[0])
    assert "3施策以上が同時進行" in gantt
    thankless = Initiative(id="t", name="帳票の作り直し", impact=2, difficulty=5, start=date(2027, 2, 1),
                           end=date(2027, 3, 31))
    assert is_deferred(thankless) and not is_deferred(thankless.model_copy(update={"start": None, "end": None}))
    prs = _deck(_with(minato, initiatives=[*minato.plan.initiatives[:1], thankless]))
    text = slide_text(_find(prs, "改善ロードマップ：スケジュール")[0])
    assert "2. 帳票の作り直し［再検討］" in text and "3施策以上が同時進行" not in text


def test_report_cover_deck_and_document_are_addressed_with_onchu(minato: Client, tmp_path: Path) -> None:
    result = render_report(minato, "2027-02", tmp_path)
    deck = next(p for p in result.paths if p.suffix == ".pptx")
    document = next(p for p in result.paths if p.suffix == ".docx")
    cover = slide_text(Presentation(str(deck)).slides[0])
    assert "株式会社みなと衣料 御中" in cover and "株式会社ストックパイロット" in cover and "担当CSM　小林 誠" in cover
    paragraphs = [p.text for p in docx.Document(str(document)).paragraphs[:8]]
    assert paragraphs[0] == "株式会社みなと衣料 御中"
    assert "株式会社ストックパイロット" in paragraphs and "担当CSM　小林 誠" in paragraphs
