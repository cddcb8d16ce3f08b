"""The kickoff scatter's chart XML, written directly, is what python-pptx's chart API styling made."""

from __future__ import annotations

import pytest
from lxml import etree

from plangen.design import Design
from plangen.office.pptx.chartdata import Quadrants, Scatter, ScatterPoint
from plangen.office.pptx.charts import add_scatter
from plangen.office.pptx.deck import Deck
from plangen.office.pptx.geometry import Box, inch
from tests.support import scatter_reference

POINTS = [ScatterPoint(2, 5, "1. 値引き最適化"), ScatterPoint(3.18, 4, "2. 追加配分の最適化"),
          ScatterPoint(5, 4, "3. 期中発注の見直し & <b>"), ScatterPoint(4, 3.18, "4. 店間移動"),
          ScatterPoint(4, 3.18, "5. 同じ位置"), ScatterPoint(5.9, 5.9, "6. とても長いラベルで右上の角にある点の名前")]
QUADRANTS = Quadrants(3, 3, ("すぐやる", "大きな効果", "余力で", "難しい"))
CASES = {
    "kickoff": Scatter(POINTS, "難易度", "インパクト", x_range=(0, 6), y_range=(0, 6), quadrants=QUADRANTS,
                       tick_format='[<1]"";[>5]"";0', fit_labels=True),
    "plain": Scatter(POINTS[:3]),
    "ranges differ, no titles": Scatter(POINTS, x_range=(0, 10), y_range=(1, 6), major_unit=2, quadrants=QUADRANTS),
    "one point, two lines": Scatter([ScatterPoint(1, 1, "a\nb")], "x", ""),
    "many points": Scatter([ScatterPoint(i % 5 + 0.5, i // 5 + 0.5, f"{i}") for i in range(12)], "x", "y",
                           quadrants=QUADRANTS, fit_labels=True),
}


def _chart_xml(shape: object) -> bytes:
    """Return the chart part XML of a chart graphic frame."""
    return bytes(etree.tostring(shape.chart_part._element))  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(CASES))
def test_scatter_xml_matches_python_pptx_styling(name: str) -> None:
    """Markers, labels (placed and cut as measured), quadrant lines and names, axes and fonts are the same XML."""
    deck = Deck.open(Design(), "x")
    slide = deck.add_slide("t")
    box = Box(inch(0.5), inch(1.3), inch(7.5), inch(5))
    got = add_scatter(deck, slide, box, CASES[name])
    expected = scatter_reference.add_scatter(deck, slide, box, CASES[name])
    assert _chart_xml(got) == _chart_xml(expected)


def test_each_axis_spans_its_own_range() -> None:
    """The x axis runs over x_range and the y axis over y_range."""
    from pptx.oxml.ns import qn

    deck = Deck.open(Design(), "x")
    slide = deck.add_slide("t")
    frame = add_scatter(deck, slide, Box(0, 0, inch(6), inch(4)), Scatter(POINTS[:2], x_range=(0, 10), y_range=(1, 6)))
    x_axis, y_axis = frame.chart._chartSpace.iter(qn("c:valAx"))
    scaling = qn("c:scaling")
    spans = [(a.find(f"{scaling}/{qn('c:min')}").get("val"), a.find(f"{scaling}/{qn('c:max')}").get("val"))
             for a in (x_axis, y_axis)]
    assert spans == [("0.0", "10.0"), ("1.0", "6.0")]
