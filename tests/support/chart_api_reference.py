"""python-pptx chart API styling as plangen's charts used it before their XML was written directly: shared by
the reference implementations the tests compare the direct writers with."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lxml import etree
from pptx.oxml.ns import qn

from plangen.office import textfit
from plangen.office.chartxml import ChartXml, normalise_chart_xml
from plangen.office.pptx.charts import CATEGORY_PT, category_skip
from plangen.office.pptx.text import Fonts, Para, Style, clean, write_paragraphs

if TYPE_CHECKING:
    from plangen.office.pptx.deck import Deck


def style_chart(xml: str, xlsx: bytes, style: Callable[[Any], None]) -> ChartXml:
    """Return the chart of python-pptx chart XML `xml` (`plangen.office.pptx.chartdata_xml`) and its workbook,
    styled by `style(chart)` (a python-pptx Chart on the XML, before any part exists)."""
    from pptx.chart.chart import Chart
    from pptx.oxml import parse_xml

    chart_space = parse_xml(xml.encode("utf-8"))
    normalise_chart_xml(chart_space)
    style(Chart(chart_space, None))
    return ChartXml(etree.tostring(chart_space, xml_declaration=True, encoding="UTF-8", standalone=True), xlsx)


def thin_categories(native: Any, categories: list[str], width_pt: float) -> None:
    """Keep category labels on one line in a chart `width_pt` wide (12月 never breaks into 12 / 月): when they
    would not fit side by side, turn them 45 degrees (LibreOffice then never wraps them), and show only every
    k-th one when even turned they would touch."""
    skip = category_skip(categories, width_pt)
    axis = native._chartSpace.find(f".//{qn('c:catAx')}")
    if axis is None or skip == 1:
        return
    body = axis.get_or_add_txPr().find(qn("a:bodyPr"))
    body.set("rot", "-2700000")
    body.set("vert", "horz")
    slot = max(int(width_pt * 0.85 / len(categories)), 1)
    turned = max(1, -(-int(CATEGORY_PT * textfit.LINE_SPACING * 1.5) // slot))
    if turned == 1:
        return
    element = etree.SubElement(axis, qn("c:tickLblSkip"))
    element.set("val", str(turned))
    follower = next((axis.find(qn(tag)) for tag in ("c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst")
                     if axis.find(qn(tag)) is not None), None)
    if follower is not None:
        follower.addprevious(element)


def _rgb(hex_rgb: str) -> Any:
    """Return an RGBColor."""
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_rgb)


def _fill(fmt: Any, colour: str) -> None:
    """Give a chart format a solid fill."""
    fmt.fill.solid()
    fmt.fill.fore_color.rgb = _rgb(colour)


def _chart_fonts(chart: Any, fonts: Fonts, size: float) -> None:
    """Set the chart's default text: size, colour, lang and latin + ea typefaces."""
    chart.font.size = int(size * 12700)
    chart.font.name = fonts.latin
    rpr = chart._chartSpace.find(f".//{qn('c:txPr')}//{qn('a:defRPr')}")
    if rpr is not None:
        rpr.set("lang", fonts.lang)
        latin = rpr.find(qn("a:latin"))
        ea = etree.Element(qn("a:ea"))
        ea.set("typeface", fonts.ea)
        latin.addnext(ea)


def _axis(axis: Any, title: str, low: float, high: float, unit: float, deck: Deck) -> None:
    """Fix an axis range and unit, light gridlines off, and give it a title."""
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = low, high, unit
    axis.has_major_gridlines = False
    axis.format.line.color.rgb = _rgb(deck.design.rule)
    if title:
        _axis_title(axis, title, deck)


def _axis_title(axis: Any, title: str, deck: Deck) -> None:
    """Give an axis a title written with the deck's fonts."""
    axis.has_title = True
    write_paragraphs(axis.axis_title.text_frame._txBody, [Para(clean(title))], deck.fonts,
                     Style(size=10, bold=True, color=deck.design.muted))
