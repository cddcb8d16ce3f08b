"""Kickoff deck content per section, on the shared examples and the large synthetic plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pptx.oxml.ns import qn

from plangen.load.client import Client, load_client
from tests.support.bigplan import big_plan
from tests.support.deckcheck import (
    frame_text,
    open_deck,
    outside_shapes,
    overflowing_text,
    runs_without_ea,
    slide_text,
    titles,
)
from tests.support.helpers import MINATO
from tests.support.kickoff_fixtures import big_client, render


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory, minato: Client, northwind: Client) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("kickoff")
    return {"minato": open_deck(render(minato, root / "m")), "northwind": open_deck(render(northwind, root / "n")),
            "big": open_deck(render(big_client(root), root / "b"))}


def _find(prs: Any, title_part: str) -> list[Any]:
    return [s for s, t in zip(prs.slides, titles(prs), strict=True) if title_part in t]


def test_cover_and_agenda_in_the_plan_language(decks: dict[str, Any]) -> None:
    cover = slide_text(decks["minato"].slides[0])
    for part in ("株式会社みなと衣料", "StockPilot", "株式会社ストックパイロット", "2026年12月1日", "2027年5月31日"):
        assert part in cover
    assert titles(decks["minato"])[1] == "アジェンダ"
    agenda = slide_text(decks["minato"].slides[1])
    assert "プロジェクト体制" in agenda and "リスクと対策" in agenda
    assert titles(decks["northwind"])[1] == "Agenda"


def test_structure_lists_roles_with_members_and_responsibilities(decks: dict[str, Any]) -> None:
    text = slide_text(_find(decks["minato"], "プロジェクト体制")[0])
    assert "みなと衣料：最終評価者" in text and "佐藤 一郎（代表取締役社長）" in text
    assert "契約更新の最終判断" in text  # built-in responsibility
    assert "週次定例会のファシリテーション（4月以降は推進者が主催）" in text  # the plan's addition
    org = slide_text(_find(decks["minato"], "体制図")[0])
    for name in ("最終評価者", "評価者", "推進者", "実利用者", "小林 誠", "中村 由紀", "加藤 大輔"):
        assert name in org


def test_twenty_users_fit_on_continued_org_slides(decks: dict[str, Any]) -> None:
    prs = decks["big"]
    org = slide_text(_find(prs, "体制図")[0])
    assert "20名" in org and "利用者 00" in org
    table_text = "".join(slide_text(s) for s in _find(prs, "プロジェクト体制"))
    assert all(f"利用者 {n:02d}" in table_text for n in range(20))
    assert any("（続き）" in t for t in titles(prs) if "プロジェクト体制" in t)


def test_flow_shows_phases_on_a_timeline_with_goals_and_pitfalls(decks: dict[str, Any]) -> None:
    flow = _find(decks["minato"], "ご利用開始後の流れ")[0]
    text = slide_text(flow)
    assert "1. データ連携・初期設定" in text and "POS・在庫データの日次連携を開始する" in text and "2027年1月" in text
    pitfalls = slide_text(_find(decks["minato"], "よくある失敗例")[0])
    assert "評価者が費用対効果を把握していない" in pitfalls and "月次の評価者報告会で" in pitfalls


def _body_sizes(slide: Any) -> list[float]:
    """Return the run sizes of a slide without the title and the footer."""
    out: list[float] = []
    for shape in slide.shapes:
        if shape == slide.shapes.title or (shape.top is not None and shape.top > 6_200_000):
            continue
        out += [int(r.get("sz")) / 100 for r in shape._element.iter(qn("a:rPr"))]
    return out


def test_purpose_chains_share_a_slide_when_both_read_well(decks: dict[str, Any]) -> None:
    slides = _find(decks["minato"], "導入目的と課題")
    assert len(slides) == 1  # two short objectives: one slide, two chains
    text = slide_text(slides[0])
    for part in ("事業課題", "問題", "解決策", "効果", "粗利率が3期連続で低下している",
                 "欠品による機会損失を年間8,000万円削減する"):
        assert part in text
    assert min(_body_sizes(slides[0])) >= 14
    big = _find(decks["big"], "導入目的と課題")
    assert len(big) == 3 and titles(decks["big"]).count("導入目的と課題（1/3）") == 1


def test_purpose_boxes_are_sized_to_their_text_and_centred(decks: dict[str, Any]) -> None:
    slide = _find(decks["minato"], "導入目的と課題")[0]
    boxes = [s for s in slide.shapes if s.has_text_frame and "粗利率が3期連続" in frame_text(s)]
    assert boxes and boxes[0].height < 2_200_000  # not the full height of the slide


def test_matrix_is_a_native_scatter_with_every_initiative_labelled(decks: dict[str, Any]) -> None:
    slide = _find(decks["minato"], "優先度マトリクス")[0]
    chart = next(s for s in slide.shapes if s.has_chart).chart
    series = chart.plots[0].series[0]
    labels = "\n".join(series.points[i].data_label.text_frame.text for i in range(len(series.values)))
    for name in ("値引き最適化", "追加配分の最適化", "店間移動", "期中発注の見直し"):
        assert name[:8] in labels
    assert "クイックウィン" in slide_text(slide) or "クイックウィン" in chart._chartSpace.xml
    assert slide_text(slide).index("1. 値引き最適化") < slide_text(slide).index("2. 追加配分の最適化")


def _point_labels(prs: Any, title: str) -> list[str]:
    """Return the point labels of the matrix slide whose title holds `title`."""
    series = next(s for s in _find(prs, title)[0].shapes if s.has_chart).chart.plots[0].series[0]
    labels = [series.points[i].data_label.text_frame.text for i in range(len(series.values))]
    return [label for label in labels if label]  # the series is padded for LibreOffice


def test_matrix_labels_use_the_room_they_have(decks: dict[str, Any]) -> None:
    assert _point_labels(decks["northwind"], "prioritisation matrix") == ["1. Forecast-driven shift planning"]
    assert "…" not in "".join(_point_labels(decks["minato"], "優先度マトリクス"))
    big = [line for label in _point_labels(decks["big"], "優先度マトリクス") for line in label.split("\n")]
    assert any(line.endswith("…") for line in big) and not all(line.endswith("…") for line in big)


def test_initiatives_at_one_point_share_a_readable_label(decks: dict[str, Any]) -> None:
    chart = next(s for s in _find(decks["big"], "優先度マトリクス")[0].shapes if s.has_chart).chart
    series = chart.plots[0].series[0]
    labels = [series.points[i].data_label.text_frame.text for i in range(len(series.values))]
    assert sum(label.count("\n") + 1 for label in dict.fromkeys(labels)) == 12


def test_one_slide_per_initiative_and_a_gantt(decks: dict[str, Any]) -> None:
    prs = decks["minato"]
    detail = slide_text(_find(prs, "1. 値引き最適化")[0])
    for part in ("週次の値引き判断会議", "伊藤 美咲", "2027年1月5日", "定価消化率（レディース）", "14日から7日"):
        assert part in detail
    gantt = slide_text(_find(prs, "スケジュール")[0])
    assert "4. 店間移動" in gantt and "◆ データ連携完了" in gantt


def test_kpi_definitions_split_into_two_readable_tables(decks: dict[str, Any]) -> None:
    prs = decks["minato"]
    definition, measurement = _find(prs, "評価方法：定義"), _find(prs, "評価方法：測定・評価の方法")
    assert len(definition) == 1 and len(measurement) == 1
    first = next(s for s in definition[0].shapes if s.has_table).table
    second = next(s for s in measurement[0].shapes if s.has_table).table
    assert [c.text for c in first.rows[0].cells] == ["区分", "指標", "単位", "方向", "基準値", "目標", "目標期日"]
    assert [c.text for c in second.rows[0].cells] == ["指標", "評価方法", "データソース", "集計方法", "データ担当"]
    for part in ("粗利率", "48.2", "49.7", "高いほど良い"):
        assert part in slide_text(definition[0])
    for part in ("基幹システムの月次損益（部門別）", "経営企画部", "月次で全社集計"):
        assert part in slide_text(measurement[0])
    assert min(_body_sizes(definition[0]) + _body_sizes(measurement[0])) >= 12  # readable, not 9 pt


def test_kpi_definitions_and_tree(decks: dict[str, Any]) -> None:
    prs = decks["minato"]
    tree = slide_text(_find(prs, "KPIツリー")[0])
    for part in ("導入目的", "KGI", "粗利率", "売れ筋欠品率", "店間移動"):
        assert part in tree
    assert any(s.shape_type == 9 or s._element.tag == qn("p:cxnSp") for s in _find(prs, "KPIツリー")[0].shapes)


def test_milestones_cases_meetings_and_risks(decks: dict[str, Any]) -> None:
    prs = decks["minato"]
    assert "POS・在庫データが毎朝7時までに連携" in slide_text(_find(prs, "マイルストーン")[0])
    assert "A社（婦人服チェーン・120店舗）" in slide_text(_find(prs, "他社事例")[0])
    meetings = slide_text(_find(prs, "会議体")[0])
    assert "毎月 第2木曜日 16:00–16:45" in meetings and "佐藤 一郎（最終評価者）" in meetings
    risks = slide_text(_find(prs, "リスクと対策")[0])
    assert "高" in risks and "前日データで暫定版" in risks


def test_sections_missing_from_the_plan_get_no_slides(decks: dict[str, Any]) -> None:
    names = titles(decks["northwind"])
    assert not any("Case studies" in t or "Risks" in t or "Flow after" in t for t in names)
    assert any("Project structure" in t for t in names) and any("KPI tree" in t for t in names)


@pytest.mark.parametrize("name", ["minato", "northwind", "big"])
def test_every_shape_inside_the_slide_and_every_text_fits(decks: dict[str, Any], name: str) -> None:
    prs = decks[name]
    assert outside_shapes(prs) == []
    assert overflowing_text(prs) == []
    assert runs_without_ea(prs) == 0


def test_long_tables_continue_with_the_header_repeated(decks: dict[str, Any]) -> None:
    prs = decks["big"]
    kpi_slides = _find(prs, "評価方法：測定・評価の方法")
    continued = titles(prs).count("各業務のKGI/KPI/評価方法：測定・評価の方法（続き）")
    assert len(kpi_slides) > 1 and continued == len(kpi_slides) - 1
    headers = [next(s for s in slide.shapes if s.has_table).table.cell(0, 1).text for slide in kpi_slides]
    assert set(headers) == {"評価方法"}
    names = "".join(slide_text(s) for s in kpi_slides + _find(prs, "評価方法：定義"))
    assert all(f"指標{n}：" in names for n in range(16))
    assert {min(_body_sizes(s)) for s in kpi_slides} == {10}  # continued only at the smallest size


def test_pitfalls_read_as_pairs_with_large_text(decks: dict[str, Any]) -> None:
    slide = _find(decks["minato"], "よくある失敗例")[0]
    assert not any(s.has_table for s in slide.shapes)
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert "よくある失敗" in texts and "本計画での防止策" in texts
    assert min(_body_sizes(slide)) >= 14
    assert any(t.endswith("（続き）") for t in titles(decks["big"]) if t.startswith("よくある失敗例"))


def test_initiative_slide_has_objective_band_blocks_and_facts(decks: dict[str, Any]) -> None:
    slide = _find(decks["minato"], "1. 値引き最適化")[0]
    assert not any(s.has_table for s in slide.shapes)
    texts = [frame_text(s) for s in slide.shapes if s.has_text_frame]
    for label in ("導入目的", "業務プロセス", "目的", "施策内容", "変化（どれだけ）", "施策の概要"):
        assert label in texts
    assert any("クイックウィン" in t and "5 / 2" in t for t in texts)
    assert min(_body_sizes(slide)) >= 12


def test_plan_text_is_data(tmp_path: Path) -> None:
    data = big_plan()
    data["client"]["name"] = "{{ 7*7 }} <b>社</b>"
    data["initiatives"][0]["name"] = "{{ 7*7 }} <b>太字</b>"
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "plan.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    prs = open_deck(render(load_client(folder), tmp_path / "out"))
    text = "\n".join(slide_text(s) for s in prs.slides)
    assert "{{ 7*7 }} <b>社</b>" in text and "{{ 7*7 }} <b>太字</b>" in text and "49" not in titles(prs)[0]


def test_image_charts_draw_the_matrix_as_a_picture(tmp_path: Path, northwind: Client) -> None:
    prs = open_deck(render(northwind, tmp_path, charts="image"))
    slide = _find(prs, "prioritisation matrix")[0]
    assert any(s.shape_type == 13 for s in slide.shapes) and not any(s.has_chart for s in slide.shapes)


def test_native_kickoff_never_imports_matplotlib(tmp_path: Path) -> None:
    code = ("import sys; from plangen.cli import main; "
            f"code = main(['kickoff', {str(MINATO)!r}, "
            f"'--out', {str(tmp_path)!r}]); "
            "assert code == 0, code; assert 'matplotlib' not in sys.modules, 'matplotlib imported'")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120)
    assert (tmp_path / "kickoff.pptx").is_file()
