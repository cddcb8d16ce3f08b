"""PDF conversion: parallel runs with their own LibreOffice profiles, and one warm LibreOffice for previews."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from plangen.model import Client
from plangen.office.pdf import WarmOffice, pdf_page_count, pdf_page_png, python_with_uno, to_pdf
from plangen.render.meetings import render_meetings
from tests.support.helpers import pdf_text, soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def test_two_conversions_at_once_both_succeed_with_their_own_profiles(minato: Client, tmp_path: Path) -> None:
    result = render_meetings(minato, tmp_path)
    documents = sorted(p for p in result.paths if p.suffix == ".docx")
    assert len(documents) == 2
    with ThreadPoolExecutor(2) as pool:
        pdfs = [pdf for batch in pool.map(lambda doc: to_pdf([doc]), documents) for pdf in batch]
    assert [p.name for p in pdfs] == ["evaluator.pdf", "weekly.pdf"]
    assert all("みなと衣料" in "".join(pdf_text(p).split()) for p in pdfs)


@pytest.mark.skipif(python_with_uno() is None, reason="no Python with LibreOffice's uno module (python3-uno)")
def test_warm_office_converts_through_unoserver_and_stops_with_close(minato: Client, tmp_path: Path) -> None:
    weekly = next(p for p in render_meetings(minato, tmp_path).paths if p.name == "weekly.docx")
    office = WarmOffice()
    try:
        assert office.start() == "warm"
        process = office.process
        assert process is not None
        pdf = office.convert(weekly, tmp_path / "preview.pdf")
        pages = pdf_page_count(pdf)
        assert pages >= 1
        image = pdf_page_png(pdf, 1, tmp_path / "page-1.png", size=800)
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        office.close()
    assert process.poll() is not None
    assert live_members(process.pid) == []  # nothing of the group is left: unoserver, launcher, office


def live_members(group: int) -> list[int]:
    """Return the processes of process group `group` that are running (zombies waiting to be reaped are not)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found
