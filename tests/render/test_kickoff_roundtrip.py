"""LibreOffice round trip and a user's corporate template (three conversions in all)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.util import Inches

from plangen.cli import cli
from plangen.model import Client
from tests.support.deckcheck import open_deck, outside_shapes, overflowing_text, runs_without_ea, titles
from tests.support.helpers import NORTHWIND, assert_xml_parts_parse, pdf_pages, pdf_text, soffice, to_pdf
from tests.support.kickoff_fixtures import CORP_ACCENT, big_client, make_corp_template, render

needs_lo = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
@pytest.fixture(scope="module")
def lo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo")


@needs_lo
@pytest.mark.parametrize("which", ["minato", "big"])
def test_libreoffice_converts_one_page_per_slide_with_the_japanese_text(
        which: str, lo_dir: Path, minato: Client) -> None:
    client = minato if which == "minato" else big_client(lo_dir / which)
    deck = render(client, lo_dir / f"out_{which}")
    assert assert_xml_parts_parse(deck) > 20
    prs = Presentation(str(deck))
    pdf = to_pdf(deck, lo_dir / which)
    assert pdf_pages(pdf) == len(prs.slides)
    text = pdf_text(pdf).replace(" ", "")
    for part in ("プロジェクト体制", client.plan.client.name.replace(" ", ""), "社外秘"):
        assert part in text


@needs_lo
def test_corporate_template_keeps_its_layouts_and_colours(tmp_path: Path, minato: Client) -> None:
    corp = make_corp_template(tmp_path / "corp.pptx")
    deck = render(minato, tmp_path / "out", template=corp)
    prs: Any = open_deck(deck)
    assert prs.slide_width == Inches(10)  # the template's 4:3 size is kept
    layout_names = {slide.slide_layout.name for slide in prs.slides}
    corp_layouts = {layout.name for layout in Presentation(str(corp)).slide_layouts}
    assert "Corp Cover" in layout_names and layout_names <= corp_layouts
    assert "SAMPLE" not in "".join(titles(prs)) and titles(prs)[1] == "アジェンダ"
    xml = "".join(slide._element.xml for slide in prs.slides)
    assert CORP_ACCENT in xml  # headers and boxes use the template's accent
    assert outside_shapes(prs) == [] and overflowing_text(prs) == [] and runs_without_ea(prs) == 0
    pdf = to_pdf(deck, tmp_path)
    assert pdf_pages(pdf) == len(prs.slides)


def test_cli_writes_kickoff_into_out_and_prints_the_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["kickoff", str(NORTHWIND), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert str(tmp_path / "kickoff.pptx") in result.output
    assert (tmp_path / "kickoff.pptx").is_file()


def test_cli_help_shows_examples() -> None:
    result = CliRunner().invoke(cli, ["kickoff", "--help"])
    assert "--template" in result.output and "--charts" in result.output
    assert "plangen kickoff plans/minato --out build/" in result.output
