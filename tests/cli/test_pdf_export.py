"""`--pdf`: each deck and Word document also as PDF beside it, fonts embedded, Japanese text present."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.build.runner import build
from plangen.cli import main
from tests.support.helpers import MINATO, pdf_fonts, pdf_text, soffice

needs_office = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    """Return (font name, emb column) of every font `pdffonts` lists for `pdf`."""
    rows = pdf_fonts(pdf).splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


@needs_office
def test_kickoff_pdf_is_written_beside_the_deck_with_fonts_embedded(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kickoff", str(MINATO), "--out", str(tmp_path), "--pdf"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(tmp_path / "kickoff.pptx"), str(tmp_path / "kickoff.pdf")]
    fonts = embedded_fonts(tmp_path / "kickoff.pdf")
    assert fonts and all(emb == "yes" for _, emb in fonts)
    assert any("CJK" in name for name, _ in fonts)
    text = "".join(pdf_text(tmp_path / "kickoff.pdf").split())
    assert "みなと衣料" in text and "キックオフ" in text


@needs_office
def test_build_with_pdf_writes_a_pdf_for_every_word_document_and_records_it(tmp_path: Path) -> None:
    kinds = {"meetings": "plangen.build.runner:render_meetings_kind"}
    summary = build([MINATO], out_root=tmp_path, kinds=kinds, pdf=True, jobs=1)
    assert summary.ok, summary.errors()
    names = sorted(Path(p).name for p in summary.results[0].documents)
    assert names == ["evaluator.docx", "evaluator.ics", "evaluator.pdf", "weekly.docx", "weekly.ics", "weekly.pdf"]
    assert "定例会" in "".join(pdf_text(tmp_path / "minato" / "meetings" / "weekly.pdf").split())
    again = build([MINATO], out_root=tmp_path, kinds=kinds, pdf=False, jobs=1)
    assert again.results[0].reason == "document kinds changed"


def test_without_libreoffice_the_office_files_are_written_and_the_message_says_how_to_install(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["meetings", str(MINATO), "--out", str(tmp_path), "--pdf"]) == 0
    captured = capsys.readouterr()
    assert "warning: PDF export needs LibreOffice; the Office files were written. Install it with sudo apt-get " \
           "install libreoffice-impress libreoffice-writer" in captured.err
    assert (tmp_path / "meetings" / "weekly.docx").is_file()
    assert not list(tmp_path.rglob("*.pdf"))


def test_portfolio_without_libreoffice_still_writes_workbook_and_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["portfolio", str(MINATO), "--month", "2027-02", "--out", str(tmp_path), "--pdf"]) == 0
    assert "PDF export needs LibreOffice" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["portfolio-2027-02.pptx", "portfolio-2027-02.xlsx"]
