"""Meeting documents convert to PDF with LibreOffice, Japanese text intact (three conversions in all)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from plangen.model import Client
from plangen.render.meetings import render_meetings
from tests.support.helpers import pdf_fonts, pdf_pages, pdf_text, soffice, to_pdf

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def pdfs(minato: Client, northwind: Client, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return PDFs of minato's dated weekly and evaluator documents and northwind's blank weekly one."""
    work = tmp_path_factory.mktemp("pdf")
    render_meetings(minato, work / "minato", on=date(2027, 3, 2))
    render_meetings(northwind, work / "northwind")
    return {
        "weekly": to_pdf(work / "minato" / "meetings" / "weekly.docx", work / "minato"),
        "evaluator": to_pdf(work / "minato" / "meetings" / "evaluator.docx", work / "minato"),
        "english": to_pdf(work / "northwind" / "meetings" / "weekly.docx", work / "northwind"),
    }


def _flat(pdf: Path) -> str:
    return "".join(pdf_text(pdf).split())


def test_weekly_pdf_shows_the_japanese_tables_and_prefilled_values(pdfs: dict[str, Path]) -> None:
    text = _flat(pdfs["weekly"])
    for expected in ("定例会", "KPIの進捗", "定価消化率（レディース）", "62.4%", "先週のアクションの振り返り",
                     "追加配分の本番運用を全店に拡大", "ヘルススコア", "56.8", "社外秘", "以上"):
        assert expected in text
    assert 1 <= pdf_pages(pdfs["weekly"]) <= 3


def test_evaluator_pdf_shows_results_milestones_and_cost_effectiveness(pdfs: dict[str, Path]) -> None:
    text = _flat(pdfs["evaluator"])
    for expected in ("評価者報告会", "KGI/KPIの成果", "マイルストーンの進捗", "費用対効果", "840万円",
                     "ご判断いただきたい事項", "3月の初回効果検証の報告日"):
        assert expected in text
    assert 2 <= pdf_pages(pdfs["evaluator"]) <= 4
    assert "CJK" in pdf_fonts(pdfs["evaluator"]) or "Gothic" in pdf_fonts(pdfs["evaluator"])


def test_english_pdf_uses_english_labels(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["english"])
    for expected in ("Weekly check-in", "Attendees", "KPI progress", "Review of last week's actions", "Confidential"):
        assert expected in text
