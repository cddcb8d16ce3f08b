"""Rendered through LibreOffice, no protected word (a person's name, a katakana word of 4+ characters, a product or
client name, a number with its unit, a date) is split across two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.load.client import Client
from plangen.render.report import render_report
from tests.support.helpers import soffice, to_pdf
from tests.support.kickoff_fixtures import big_client, make_corp_template, render
from tests.support.linebreaks import broken_words, protected_words

needs_lo = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


@needs_lo
@pytest.mark.parametrize("which", ["minato", "northwind", "big"])
def test_kickoff_deck_breaks_lines_only_between_words(which: str, tmp_path: Path, minato: Client,
                                                      northwind: Client) -> None:
    client = {"minato": minato, "northwind": northwind}.get(which) or big_client(tmp_path)
    deck = render(client, tmp_path / "out")
    assert broken_words(to_pdf(deck, tmp_path), protected_words(client.plan), deck) == []


@needs_lo
def test_report_document_breaks_table_cells_only_between_words(tmp_path: Path, minato: Client) -> None:
    paths = render_report(minato, "2027-02", tmp_path / "out").paths
    document = next(p for p in paths if p.suffix == ".docx")
    assert broken_words(to_pdf(document, tmp_path), protected_words(minato.plan), document) == []


@needs_lo
def test_meeting_document_from_a_template_breaks_only_between_words(tmp_path: Path, northwind: Client) -> None:
    from plangen.render.meetings import render_meetings

    paths = render_meetings(northwind, tmp_path / "out").paths
    document = next(p for p in paths if p.suffix == ".docx" and "evaluator" in p.name)
    assert broken_words(to_pdf(document, tmp_path), protected_words(northwind.plan), document) == []


@needs_lo
def test_kickoff_on_a_4_3_corporate_template_breaks_only_between_words(tmp_path: Path, minato: Client) -> None:
    deck = render(minato, tmp_path / "out", template=make_corp_template(tmp_path / "corp.pptx"))
    assert broken_words(to_pdf(deck, tmp_path), protected_words(minato.plan), deck) == []


@needs_lo
@pytest.mark.parametrize("which", ["minato", "aoba-seiki"])
def test_renewal_request_breaks_only_between_words(which: str, tmp_path: Path, minato: Client) -> None:
    from plangen.load.client import load_client
    from plangen.render.ringi import render_ringi
    from tests.support.helpers import PLANS

    client = minato if which == "minato" else load_client(PLANS / which)
    document = render_ringi(client, "2027-02" if which == "minato" else "2027-06", tmp_path / "out").paths[0]
    assert broken_words(to_pdf(document, tmp_path), protected_words(client.plan), document) == []
