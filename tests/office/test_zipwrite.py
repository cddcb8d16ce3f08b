"""The fast zip writer: same parts as the libraries write, XML deflated, compressed parts stored, installed once."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from plangen.office import zipwrite


def _parts(path: Path) -> dict[str, zipfile.ZipInfo]:
    """Return the zip members of a file by name."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: info for info in archive.infolist()}


def test_a_deck_saved_fast_has_the_parts_python_pptx_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "売上の推移"
    data = CategoryChartData()
    data.categories = ["1月", "2月"]
    data.add_series("実績", (1.0, 2.0))
    slide.shapes.add_chart(XL_CHART_TYPE.LINE, Inches(1), Inches(1), Inches(4), Inches(3), data)
    path = zipwrite.save(prs, tmp_path / "deck.pptx")
    parts = _parts(path)
    from pptx.opc import serialized

    monkeypatch.setattr(serialized._ZipPkgWriter, "write", zipwrite._ORIGINAL[serialized._ZipPkgWriter])
    own = io.BytesIO()
    prs.save(own)  # python-pptx's own writer
    with zipfile.ZipFile(own) as theirs, zipfile.ZipFile(path) as ours:
        assert sorted(theirs.namelist()) == sorted(parts)
        assert all(theirs.read(name) == ours.read(name) for name in parts)
    assert Presentation(str(path)).slides[0].shapes.title.text == "売上の推移"
    xml = [info for name, info in parts.items() if name.endswith(".xml")]
    assert xml and all(info.compress_type == zipfile.ZIP_DEFLATED for info in xml)
    embedded = [info for name, info in parts.items() if name.endswith(".xlsx")]
    assert embedded and all(info.compress_type == zipfile.ZIP_STORED for info in embedded)


def test_a_word_document_saved_fast_reads_back_the_same(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("成果支援期間")
    path = zipwrite.save(doc, tmp_path / "doc.docx")
    assert [p.text for p in Document(str(path)).paragraphs] == ["成果支援期間"]
    assert _parts(path)["word/document.xml"].compress_type == zipfile.ZIP_DEFLATED


def test_the_writer_is_installed_once_and_keeps_the_libraries_own() -> None:
    from docx.opc import phys_pkg
    from pptx.opc import serialized

    zipwrite.install()
    zipwrite.install()
    assert phys_pkg._ZipPkgWriter.write is zipwrite._write
    assert serialized._ZipPkgWriter.write is zipwrite._write
    assert len(zipwrite._ORIGINAL) == 2 and zipwrite._write not in zipwrite._ORIGINAL.values()


def test_saving_a_deck_does_not_import_python_docx(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from pptx import Presentation; from plangen.office import zipwrite; "
            f"zipwrite.save(Presentation(), Path({str(tmp_path / 'deck.pptx')!r})); print('docx' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert (tmp_path / "deck.pptx").is_file()
