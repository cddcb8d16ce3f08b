"""Evaluator report files: written by `plangen report`, reopen, XML parses, LibreOffice renders them."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pptx
import pytest

from plangen.cli import main
from plangen.compute.report.content import build_content
from plangen.model import Client, Decision
from plangen.render.report import render_report
from plangen.render.report.pptx_writer import build_deck
from tests.support.deckcheck import docx_cell_text, frame_text
from tests.support.helpers import MINATO, assert_xml_parts_parse, pdf_text, soffice, to_pdf

needs_office = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def minato_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Return the minato 2027-02 report (pptx, docx) written by the CLI with --out."""
    out = tmp_path_factory.mktemp("minato")
    assert main(["report", str(MINATO), "--month", "2027-02", "--out", str(out)]) == 0
    folder = out / "reports" / "2027-02"
    return folder / "evaluator-report.pptx", folder / "evaluator-report.docx"


@pytest.fixture(scope="module")
def minato_pdf_texts(minato_files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """Return the text of both minato files converted to PDF by LibreOffice, pages separated by form feeds."""
    work = tmp_path_factory.mktemp("pdf")
    return pdf_text(to_pdf(minato_files[0], work)), pdf_text(to_pdf(minato_files[1], work))


@pytest.fixture(scope="module")
def minato_pdfs(minato_pdf_texts: tuple[str, str]) -> tuple[str, str]:
    """Return the text of both minato files converted to PDF, without whitespace."""
    return squash(minato_pdf_texts[0]), squash(minato_pdf_texts[1])


def squash(text: str) -> str:
    """Return `text` without whitespace (pdftotext puts spaces between Latin and Japanese, and breaks lines)."""
    return "".join(text.split())


def test_report_cli_writes_both_files_under_out(minato_files: tuple[Path, Path]) -> None:
    for path in minato_files:
        assert path.is_file() and path.stat().st_size > 10_000
    assert not list(minato_files[0].parent.glob(".*.tmp"))


def test_report_files_reopen_and_every_xml_part_parses(minato_files: tuple[Path, Path]) -> None:
    deck = pptx.Presentation(str(minato_files[0]))
    assert len(deck.slides) >= 8
    document = docx.Document(str(minato_files[1]))
    assert any("月次評価者報告" in p.text for p in document.paragraphs)
    for path in minato_files:
        assert assert_xml_parts_parse(path) > 10


def test_report_deck_uses_native_charts_with_east_asian_fonts(minato_files: tuple[Path, Path]) -> None:
    deck = pptx.Presentation(str(minato_files[0]))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 5 + 1  # one trend per KPI and the health score
    with zipfile.ZipFile(minato_files[0]) as archive:
        chart_xml = [archive.read(n).decode() for n in archive.namelist() if n.startswith("ppt/charts/chart")]
    assert all('<a:ea typeface="Meiryo"/>' in xml for xml in chart_xml)


def test_report_docx_holds_native_charts_and_no_pictures(minato_files: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(minato_files[1]) as archive:
        names = archive.namelist()
        body = archive.read("word/document.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        charts = sorted(n for n in names if n.startswith("word/charts/chart") and n.endswith(".xml"))
        chart_rels = [archive.read(f"word/charts/_rels/{n.rsplit('/', 1)[1]}.rels").decode() for n in charts]
        content_types = archive.read("[Content_Types].xml").decode()
    assert len(charts) == 5 + 1  # one trend per KPI and the health score
    assert not [n for n in names if n.startswith("word/media/")]
    assert body.count("<c:chart ") == 6 and "<pic:pic" not in body
    assert rels.count("relationships/chart\"") == 6
    assert all("relationships/package" in r and ".xlsx" in r for r in chart_rels)
    assert len([n for n in names if n.startswith("word/embeddings/") and n.endswith(".xlsx")]) == 6
    assert content_types.count("drawingml.chart+xml") == 6
    document = docx.Document(str(minato_files[1]))
    assert len(document.inline_shapes) == 6


def chart_shapes(path: Path, prefix: str) -> list[tuple[str, int, str]]:
    """Return (plot type, series count, first series name) of every chart part under `prefix` in `path`."""
    from lxml import etree

    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    out = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith(prefix) and name.endswith(".xml") and "_rels" not in name:
                plot = etree.fromstring(archive.read(name)).find("c:chart/c:plotArea", ns)
                kind = next(etree.QName(e).localname for e in plot if etree.QName(e).localname.endswith("Chart"))
                series = plot.findall(".//c:ser", ns)
                out.append((kind, len(series), series[0].findtext(".//c:tx//c:v", namespaces=ns)))
    return sorted(out)


def test_docx_and_deck_charts_share_the_same_chart_xml(minato_files: tuple[Path, Path]) -> None:
    deck = chart_shapes(minato_files[0], "ppt/charts/chart")
    assert deck == chart_shapes(minato_files[1], "word/charts/chart")
    assert ("barChart", 1, "スコア") in deck and ("lineChart", 3, "期待線") in deck


@needs_office
def test_libreoffice_renders_the_deck_with_japanese_text(minato_pdfs: tuple[str, str]) -> None:
    text = minato_pdfs[0]
    for expected in ("月次評価者報告", "エグゼクティブサマリー", "要注意", "粗利率", "アラート", "データ連携完了",
                     "840万円", "3月の初回効果検証"):
        assert squash(expected) in text


@needs_office
def test_no_page_of_the_word_report_is_blank_when_a_page_ends_full(minato_pdf_texts: tuple[str, str]) -> None:
    pages = minato_pdf_texts[1].split("\f")[:-1]  # pdftotext ends every page with a form feed
    footer = {"みなと衣料", "月次評価者報告", "2027", "年", "2", "月", "社外秘"}  # and the page number, as 2/8
    bodies = [[word for word in page.split() if word not in footer and not re.fullmatch(r"\d+\s*/\s*\d+", word)]
              for page in pages]
    assert len(pages) >= 5
    assert all(bodies), f"blank pages: {[n + 1 for n, body in enumerate(bodies) if not body]}"


@needs_office
def test_libreoffice_renders_the_document_with_japanese_text(minato_pdfs: tuple[str, str]) -> None:
    text = minato_pdfs[1]
    for expected in ("月次評価者報告", "総合評価", "要注意", "56.8（Lv2）", "活用度（週次運用の実施率）",
                     "マイルストーン", "来月のアクション"):
        assert squash(expected) in text


def test_no_text_is_shortened_to_fit_in_either_example(minato: Client, northwind: Client) -> None:
    for client in (minato, northwind):
        assert build_deck(build_content(client, "2027-02")).warnings == []


def test_long_notes_are_fitted_and_reported_instead_of_overflowing(minato: Client) -> None:
    notes = minato.notes["2027-02"]
    long = notes.model_copy(update={"summary": "在庫の消化が計画を下回っています。" * 40,
                                    "decisions": [Decision(decision="ご判断ください。" * 30)] * 6})
    deck = build_deck(build_content(replace(minato, notes={"2027-02": long}), "2027-02"))
    assert any("shortened" in w for w in deck.warnings)


@needs_office
def test_english_report_without_actuals_or_notes_renders(northwind: Client, tmp_path: Path) -> None:
    result = render_report(northwind, "2027-02", tmp_path)
    assert [p.name for p in result.paths] == ["evaluator-report.pptx", "evaluator-report.docx"]
    assert any("no notes for 2027-02" in w for w in result.warnings)
    for path in result.paths:
        assert_xml_parts_parse(path)
    text = squash(pdf_text(to_pdf(result.paths[0], tmp_path)))
    for expected in ("Monthly evaluator report", "No data", "Overtime hours per 1,000 orders", "—"):
        assert squash(expected) in text


@pytest.mark.parametrize("month", ["2026-10", "2027-05", "2026-11"])
def test_any_month_renders_a_report_without_a_traceback(minato: Client, month: str, tmp_path: Path) -> None:
    # before the support period, a month with no actuals at all, and the month just before the start
    result = render_report(minato, month, tmp_path)
    assert [p.name for p in result.paths] == ["evaluator-report.pptx", "evaluator-report.docx"]
    for path in result.paths:
        assert_xml_parts_parse(path)
    if month < "2026-12":
        assert any("before the support period" in w for w in result.warnings)


def test_a_plan_without_kpis_renders_a_report(minato: Client, tmp_path: Path) -> None:
    plan = minato.plan.model_copy(update={"kpis": [], "initiatives": []})
    result = render_report(replace(minato, plan=plan), "2027-02", tmp_path)
    deck = pptx.Presentation(str(result.paths[0]))
    assert len(deck.slides) >= 4
    assert any("KGI・KPIがまだ定義されていません" in frame_text(shape) for shape in deck.slides[1].shapes
               if shape.has_text_frame)


def test_actuals_dated_before_the_start_do_not_break_the_report(minato: Client, tmp_path: Path) -> None:
    from plangen.model import Actual, Actuals

    early = Actuals((*minato.actuals.rows, Actual("2025-06", None, "gross_margin", 47.0, "", 99)))
    result = render_report(replace(minato, actuals=early), "2027-02", tmp_path)
    assert len(result.paths) == 2


def test_a_kpi_scope_shows_beside_its_values_in_deck_and_document(minato: Client, tmp_path: Path) -> None:
    kpis = [k.model_copy(update={"scope": "先行2拠点"}) if k.id == "gross_margin" else k for k in minato.plan.kpis]
    client = replace(minato, plan=minato.plan.model_copy(update={"kpis": kpis}))
    deck_path, docx_path = render_report(client, "2027-02", tmp_path).paths
    deck = pptx.Presentation(str(deck_path))
    texts = [frame_text(shape) for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    cells = [cell.text.replace("\x0b", "") for slide in deck.slides for shape in slide.shapes if shape.has_table
             for row in shape.table.rows for cell in row.cells]
    assert "粗利率［先行2拠点］" in cells  # KPI table and benefit lines
    assert "先行2拠点" in cells  # the scope column of the benefit lines
    assert any(text.startswith("［先行2拠点］") for text in texts)  # beside the KGI's value on the first page
    document = docx.Document(str(docx_path))
    doc_cells = [docx_cell_text(cell) for table in document.tables for row in table.rows for cell in row.cells]
    assert "粗利率［先行2拠点］" in doc_cells and "先行2拠点" in doc_cells


def test_first_page_carries_verdict_outlook_asks_and_benefit_to_date(minato_files: tuple[Path, Path]) -> None:
    deck = pptx.Presentation(str(minato_files[0]))
    text = "".join(frame_text(shape) for shape in deck.slides[1].shapes if shape.has_text_frame)
    for expected in ("総合評価", "順調", "KGIの状況で判定", "注意が必要な先行指標：値引きロス率（要注意）", "成果",
                     "見通し", "お願い", "2027年4月に目標到達の見込み", "CSMの推奨：3/24に報告",
                     "ご判断の期日：2027/3/5",
                     "累計効果（推定）", "80万円", "累計ご利用料金", "360万円", "56.8（Lv2）", "主な変動要因",
                     "契約更新の判断 2027年11月30日（あと9か月）"):
        assert expected in text, expected
    lines = deck.slides[2]
    cells = [c.text.replace("\x0b", "") for s in lines.shapes if s.has_table for row in s.table.rows for c in row.cells]
    assert lines.shapes.title.text == "費用対効果の内訳"
    assert cells[9:18] == ["粗利率", "全社", "48.2%", "48.9%", "+0.7pt", "1,200万円", "840万円", "49.7%", "1,800万円"]
