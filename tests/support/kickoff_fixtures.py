"""Decks built once per test session for the kickoff tests."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Inches

from plangen.load.client import Client, load_client
from plangen.render.kickoff import render_kickoff
from tests.support.bigplan import write_big_plan


def render(client: Client, out: Path, **kwargs: object) -> Path:
    """Render the kickoff deck of `client` into `out`; return the file."""
    result = render_kickoff(client, out, **kwargs)  # type: ignore[arg-type]
    return result.paths[0]


def big_client(folder: Path) -> Client:
    """Return the large synthetic client written under `folder`."""
    return load_client(write_big_plan(folder / "bigplan"))


CORP_ACCENT = "8B1A1A"
"""The accent colour of the corporate template."""


def make_corp_template(path: Path) -> Path:
    """Write a 4:3 corporate template: renamed layouts, a red accent, a branded band and a sample slide."""
    prs = Presentation()
    layouts = list(prs.slide_layouts)
    layouts[0].name = "Corp Cover"
    layouts[5].name = "Corp Body"
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    slot = root.find(f".//{qn('a:clrScheme')}/{qn('a:accent1')}")
    for child in list(slot):
        slot.remove(child)
    etree.SubElement(slot, qn("a:srgbClr")).set("val", CORP_ACCENT)
    theme._blob = etree.tostring(root)
    band = prs.slides.add_slide(layouts[6]).shapes.add_shape(1, 0, 0, Inches(1), Inches(1))
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor.from_string(CORP_ACCENT)
    prs.save(str(path))
    return path
