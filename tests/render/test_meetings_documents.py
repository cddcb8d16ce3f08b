"""Meeting documents read back: resolved attendees, agenda, reporting tables, pre-filled values."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

from plangen.model import Client
from plangen.render.meetings import render_meetings
from tests.support.deckcheck import docx_cell_text
from tests.support.helpers import assert_xml_parts_parse

Table = list[list[str]]


def _tables(doc: Document) -> list[Table]:
    return [[[docx_cell_text(cell) for cell in row.cells] for row in table.rows] for table in doc.tables]


def _table(doc: Document, first_header: str, index: int = 0) -> Table:
    """Return the `index`-th table whose first row starts with `first_header`."""
    return [t for t in _tables(doc) if t[0][0] == first_header][index]


def _fill(cell: Any) -> str:
    return str(cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")))


def _open(folder: Path, name: str) -> Document:
    return docx.Document(str(folder / "meetings" / f"{name}.docx"))


@pytest.fixture(scope="module")
def blank(minato: Client, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("blank")
    render_meetings(minato, out)
    return out


@pytest.fixture(scope="module")
def dated(minato: Client, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dated")
    result = render_meetings(minato, out, on=date(2027, 3, 2))
    assert result.warnings == []
    return out


@pytest.fixture(scope="module")
def english(northwind: Client, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("english")
    result = render_meetings(northwind, out)
    return out, result.warnings


def test_each_meeting_gets_a_document_and_a_calendar(minato: Client, tmp_path: Path) -> None:
    result = render_meetings(minato, tmp_path)
    names = sorted(p.name for p in result.paths)
    assert names == ["evaluator.docx", "evaluator.ics", "weekly.docx", "weekly.ics"]
    assert all(p.parent == tmp_path / "meetings" for p in result.paths)


def test_attendees_are_resolved_from_roles_to_names_titles_and_roles(blank: Path) -> None:
    weekly = _table(_open(blank, "weekly"), "氏名")
    assert weekly[1:] == [
        ["田中 健", "商品本部 MD部 部長", "推進者", ""],
        ["伊藤 美咲", "MD部 レディース課", "実利用者", ""],
        ["渡辺 翔", "MD部 メンズ課", "実利用者", ""],
        ["山本 彩", "ディストリビューション課", "実利用者", ""],
        ["小林 誠", "カスタマーサクセスマネージャー", "カスタマーサクセス", ""],
    ]
    evaluator = _table(_open(blank, "evaluator"), "氏名")
    assert [row[0] for row in evaluator[1:]] == ["佐藤 一郎", "高橋 花子", "田中 健", "小林 誠", "中村 由紀"]
    assert evaluator[1][2] == "最終評価者"


def test_agenda_time_boxes_add_up_to_the_duration(blank: Path) -> None:
    for name, duration, start, end in (("weekly", 60, "10:00", "11:00"), ("evaluator", 45, "16:00", "16:45")):
        agenda = _table(_open(blank, name), "#")
        items = agenda[1:-1]
        assert len(items) == 4
        assert sum(int(re.sub(r"\D", "", row[3])) for row in items) == duration
        assert items[0][2].startswith(start) and items[-1][2].endswith(end)
        assert agenda[-1][1:] == ["合計", "", f"{duration}分"]


def test_overview_states_purpose_cadence_day_and_time(blank: Path) -> None:
    overview = dict((row[0], row[1]) for row in _tables(_open(blank, "evaluator"))[0])
    assert overview["目的"] == "評価者に成果と費用対効果を報告し、次月の方針を決める"
    assert overview["日時"] == "毎月 第2木曜日 16:00–16:45"
    assert overview["所要時間"] == "45分"
    assert overview["成果支援期間"] == "2026年12月1日 – 2027年5月31日"
    assert "データ基準日" not in overview


def test_blank_weekly_document_leaves_rows_to_fill(blank: Path) -> None:
    doc = _open(blank, "weekly")
    kpis = _table(doc, "KPI")
    assert [row[0] for row in kpis[1:]] == ["粗利率", "定価消化率（レディース）", "値引きロス率", "売れ筋欠品率",
                                           "在庫日数"]
    assert kpis[3][1] == "9.5%"
    assert all(row[2:] == ["", "", ""] for row in kpis[1:])
    review = _table(doc, "アクション", 0)
    assert review[0] == ["アクション", "担当", "期日", "結果", "完了"]
    assert review[1:] == [["", "", "", "", "□"]] * 3
    assert _table(doc, "アクション", 1)[1:] == [["", "", ""]] * 3
    assert _table(doc, "時点")[1] == ["", "", "", "", ""]


def test_dated_weekly_document_is_prefilled_from_actuals_and_notes(dated: Path) -> None:
    doc = _open(dated, "weekly")
    assert doc.paragraphs[1].text == "株式会社みなと衣料　2027年3月2日（火） 10:00–11:00"
    kpis = {row[0]: row[1:] for row in _table(doc, "KPI")[1:]}
    assert kpis["定価消化率（レディース）"] == ["65.0%", "62.4%", "2027年2月", "順調"]
    assert kpis["値引きロス率"] == ["9.5%", "10.6%", "2027年2月", "要注意"]
    assert kpis["売れ筋欠品率"][3] == "要注意"
    review = _table(doc, "アクション", 0)
    assert review[1] == ["追加配分の本番運用を全店に拡大", "山本 彩", "2027/3/15", "", "□"]
    assert review[2] == ["初回効果検証のレポート案を作成", "田中 健", "2027/3/24", "", "□"]
    assert review[3] == ["", "", "", "", "□"]
    assert _table(doc, "時点")[1] == ["2027年2月", "56.8", "Lv2", "86.2（Lv4）", "前月から10pt以上低下"]
    notes = [row[0] for row in _tables(doc)[-2]]
    assert notes[0].startswith("課題：2月後半から実利用者のログインが減少")


def test_dated_documents_have_attendance_decisions_and_the_next_meeting(dated: Path) -> None:
    weekly, evaluator = _open(dated, "weekly"), _open(dated, "evaluator")
    assert _table(weekly, "氏名")[0] == ["氏名", "役職", "役割", "出欠"]
    assert _table(evaluator, "氏名")[0] == ["氏名", "役職", "役割", "出欠"]
    for doc in (weekly, evaluator):
        decided = _tables(doc)[-1]
        assert decided[0] == ["#", "決定事項", "担当", "期日"]
        assert [row[0] for row in decided[1:]] == ["1", "2", "3"]
    texts = [p.text for p in weekly.paragraphs]
    assert "次回：2027年3月9日（火） 10:00–11:00" in texts
    assert "次回：2027年4月8日（木） 16:00–16:45" in [p.text for p in evaluator.paragraphs]


def test_documents_list_the_dates_skipped_for_holidays(dated: Path) -> None:
    overview = {row[0]: row[1] for row in _tables(_open(dated, "evaluator"))[0]}
    assert overview["祝日等で休会する日"] == "2027年2月11日（木・建国記念の日）"
    weekly = {row[0]: row[1] for row in _tables(_open(dated, "weekly"))[0]}
    assert weekly["祝日等で休会する日"] == ("2026年12月29日（火・年末年始）、2027年2月23日（火・天皇誕生日）、"
                                       "2027年5月4日（火・みどりの日）")


def test_status_cells_are_tinted_by_status(dated: Path) -> None:
    table = _open(dated, "weekly").tables[3]
    fills = {row.cells[0].text: _fill(row.cells[4]) for row in table.rows[1:]}
    assert fills["値引きロス率"] != fills["粗利率"] != "FFFFFF"


def test_dated_evaluator_document_reports_results_health_milestones_and_cost(dated: Path) -> None:
    doc = _open(dated, "evaluator")
    assert doc.paragraphs[1].text == "株式会社みなと衣料　2027年3月11日（木） 16:00–16:45"
    kpis = {row[1]: row for row in _table(doc, "区分")[1:]}
    assert kpis["粗利率"] == ["KGI", "粗利率", "48.2%", "49.7%", "2027/5/31", "48.9%", "47%", "順調"]
    assert kpis["在庫日数"][5] == "93日"
    components = _table(doc, "構成要素")
    assert components[1] == ["Coverage（ID利用率）", "40", "0.67", "29.6"]
    milestones = {row[0]: row[4] for row in _table(doc, "マイルストーン")[1:]}
    assert milestones == {"データ連携完了": "達成", "値引き判断の週次運用開始": "達成", "初回効果検証": "順調",
                          "全カテゴリ展開・支援期間終了": "要注意"}
    # every amount carries its lines (improvement x value per unit) so the arithmetic can be checked
    assert _table(doc, "項目")[1:] == [["現時点の年間効果（推定）", "840万円\n粗利率 +0.7pt × 1,200万円", "0.6倍"],
                                      ["目標達成時の年間効果（推定）", "1,800万円\n粗利率 +1.5pt × 1,200万円", "1.2倍"],
                                      ["年間ご利用料金", "1,440万円", ""]]
    assert _table(doc, "アクション")[1][0] == "追加配分の本番運用を全店に拡大"
    decision = ("3月の初回効果検証の報告日（3/24案）のご承認（選択肢：3/24（火）に報告／3/31（火）に報告（3月末の値を"
                "含める）、CSMの推奨：3/24に報告し、3月末の値は4月の定例で追って報告、ご判断の期日：2027/3/5、"
                "ご判断者：経営企画部長）")
    assert _table(doc, "#", 1)[1:] == [["1", decision, ""], ["2", "", ""]]
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("レディースの値引き判断は週次運用が定着し") for t in texts)
    overview = dict((row[0], row[1]) for row in _tables(doc)[0])
    assert overview["データ基準日"] == "2027年3月2日までの実績（最新 2027年2月）／2027年2月の月次メモ"


def test_blank_evaluator_document_has_plan_rows_and_empty_results(blank: Path) -> None:
    doc = _open(blank, "evaluator")
    kpis = _table(doc, "区分")
    assert all(row[5:] == ["", "", ""] for row in kpis[1:])
    assert all(row[4] == "" for row in _table(doc, "マイルストーン")[1:])
    assert _table(doc, "項目")[1] == ["現時点の年間効果（推定）", "", ""]
    assert "今月のサマリー" not in [p.text for p in doc.paragraphs]


def test_documents_keep_no_template_tags_and_no_empty_paragraphs(blank: Path, dated: Path) -> None:
    for folder in (blank, dated):
        for name in ("weekly", "evaluator"):
            path = folder / "meetings" / f"{name}.docx"
            assert assert_xml_parts_parse(path) > 5
            with zipfile.ZipFile(path) as archive:
                xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/"))
            assert not re.search(r"\{\{|\}\}|\{%|%\}", xml)
            doc = docx.Document(str(path))
            assert all(p.text.strip() for p in doc.paragraphs)


def test_word_layout_is_a4_with_repeating_headers_japanese_fonts_and_page_numbers(dated: Path) -> None:
    doc = _open(dated, "evaluator")
    section: Any = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    header_rows = [t.rows[0]._tr.trPr for t in doc.tables[1:]]
    assert all(pr is not None and pr.find(qn("w:tblHeader")) is not None for pr in header_rows)
    heading = doc.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading.get(qn("w:eastAsia")) and not heading.get(qn("w:eastAsiaTheme"))
    footer = section.footer
    assert footer.paragraphs[0].text.startswith("株式会社みなと衣料　社外秘")
    assert " PAGE " in footer._element.xml


def test_english_plan_gets_english_labels_and_a_warning_for_a_meeting_without_a_slot(
        english: tuple[Path, list[str]]) -> None:
    folder, warnings = english
    weekly = _open(folder, "weekly")
    assert [p.text for p in weekly.paragraphs][:3] == [
        "Weekly check-in", "Northwind Logistics Ltd. — Weekly, Wed 09:30–10:00", "Overview"]
    assert _table(weekly, "Name")[0] == ["Name", "Title", "Role", "Present"]
    assert (folder / "meetings" / "weekly.ics").is_file()
    assert not (folder / "meetings" / "evaluator.ics").exists()
    assert (folder / "meetings" / "evaluator.docx").is_file()
    assert any("evaluator" in w and "no calendar file" in w for w in warnings)
    evaluator = _open(folder, "evaluator")
    overview = dict((row[0], row[1]) for row in _tables(evaluator)[0])
    assert overview["Day and time"] == "Monthly (day and time to be set)"
    assert _table(evaluator, "Type")[0][-1] == "Status"
    langs = {el.get(qn("w:val")) for el in evaluator.element.iter(qn("w:lang"))}
    assert langs == {"en-US"}  # English words wrap at spaces, not mid-word
