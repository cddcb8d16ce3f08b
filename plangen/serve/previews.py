"""Previews of a document: page images through LibreOffice, or its outline (slide titles, headings) without it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plangen.office.pdf import WarmOffice

SCREEN = 1000  # pixels of the longest side of a page image
_RASTER = threading.Lock()  # one pdftoppm at a time: the pages of a deck are asked for together


def preview_pdf(office: WarmOffice, document: Path, out_dir: Path) -> tuple[Path, int]:
    """Return the PDF of `document` made in `out_dir` and its number of pages."""
    from plangen.office.pdf import pdf_page_count

    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = office.convert(document, out_dir / (document.stem + ".pdf"))
    return pdf, pdf_page_count(pdf)


def content_key(document: Path) -> str:
    """Return a digest of what an Office file says: its parts' checksums, leaving out save times and chart workbooks.

    Two renderings of the same plan differ in zip timestamps, core properties and the embedded
    workbooks behind charts (whose values the chart parts hold too), never in what a page shows.
    """
    import hashlib
    import zipfile

    digest = hashlib.sha256()
    with zipfile.ZipFile(document) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.filename == "docProps/core.xml" or "/embeddings/" in info.filename:
                continue
            digest.update(f"{info.filename}:{info.CRC}:{info.file_size};".encode())
    return digest.hexdigest()


def reuse_preview(pdf: Path, out_dir: Path) -> Path:
    """Return the preview `pdf` of an earlier build linked into `out_dir`, with the page images made so far."""
    import os
    import shutil

    out_dir.mkdir(parents=True, exist_ok=True)
    for source in [pdf, *pdf.parent.glob("page-*.png")]:
        target = out_dir / source.name
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    return out_dir / pdf.name


def page_image(pdf: Path, number: int) -> Path:
    """Return the PNG of page `number` of `pdf` at screen size, made beside it on first request."""
    from plangen.office.pdf import pdf_page_png

    target = pdf.with_name(f"page-{number}.png")
    with _RASTER:
        if not target.is_file():
            pdf_page_png(pdf, number, target, size=SCREEN)
    return target


def outline(document: Path) -> list[str]:
    """Return the slide titles of a deck or the headings of a Word document, in order."""
    try:
        if document.suffix == ".pptx":
            return _slide_titles(document)
        if document.suffix == ".docx":
            return _headings(document)
    except Exception:  # an outline is a courtesy; a file it cannot read just has none
        return []
    return []


def _slide_titles(deck: Path) -> list[str]:
    """Return each slide's title (or its first line of text)."""
    from pptx import Presentation

    titles = []
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        title = slide.shapes.title
        text = title.text_frame.text if title is not None and title.has_text_frame else ""
        if not text.strip():
            text = next((s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()),
                        "")
        titles.append(f"{number}. {' '.join(text.split())}")
    return titles


def _headings(document: Path) -> list[str]:
    """Return the title and headings of a Word document."""
    import docx

    out = []
    for paragraph in docx.Document(str(document)).paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if (style.startswith(("Heading", "Title")) or "見出し" in style) and paragraph.text.strip():
            out.append(" ".join(paragraph.text.split()))
    return out
