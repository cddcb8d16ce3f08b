"""Evaluator report files: written by `plangen report`, reopen, XML parses, LibreOffice renders them."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pptx
import pytest

from plangen.cli import main
from plangen.compute.report.content import build_content
from plangen.model import Client
from plangen.render.report import render_report
from plangen.render.report.pptx_writer import build_deck
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
def minato_pdfs(minato_files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """Return the text of both minato files converted to PDF by LibreOffice."""
    work = tmp_path_factory.mktemp("pdf")
    return squash(pdf_text(to_pdf(minato_files[0], work))), squash(pdf_text(to_pdf(minato_files[1], work)))


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


def test_report_docx_has_a_chart_image_per_kpi_and_the_health_chart(minato_files: tuple[Path, Path]) -> None:
    document = docx.Document(str(minato_files[1]))
    assert len(document.inline_shapes) == 5 + 1


@needs_office
def test_libreoffice_renders_the_deck_with_japanese_text(minato_pdfs: tuple[str, str]) -> None:
    text = minato_pdfs[0]
    for expected in ("月次評価者報告", "エグゼクティブサマリー", "要注意", "粗利率", "アラート", "データ連携完了",
                     "840万円", "3月の初回効果検証"):
        assert squash(expected) in text


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
                                    "decisions": ["ご判断ください。" * 30] * 6})
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
