"""Shared test helpers: example paths, LibreOffice round trips and poppler checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / "tests" / "fixtures" / "examples"
MINATO = SHARED / "minato"
NORTHWIND = SHARED / "northwind"
PLANS = ROOT / "plans"


def soffice() -> str | None:
    """Return the LibreOffice binary, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(document: Path, workdir: Path) -> Path:
    """Convert `document` to PDF with LibreOffice headless (own profile); return the PDF path."""
    binary = soffice()
    assert binary, "LibreOffice is required (apt-get install libreoffice-impress libreoffice-writer)"
    profile = workdir / f"lo_profile_{os.getpid()}_{document.stem}"
    outdir = workdir / "pdf"
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(document)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = outdir / (document.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {document}"
    return pdf


def pdf_pages(pdf: Path) -> int:
    """Return the page count of `pdf` (pdfinfo)."""
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    """Return the text of `pdf` (pdftotext, layout off)."""
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pdf_fonts(pdf: Path) -> str:
    """Return the `pdffonts` listing of `pdf`."""
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout


def assert_xml_parts_parse(document: Path) -> int:
    """Parse every XML part of an OOXML file with lxml; return how many were parsed."""
    count = 0
    with zipfile.ZipFile(document) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))
                count += 1
    return count
