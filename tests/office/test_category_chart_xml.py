"""The kickoff's line and bar charts, written as finished XML, are what python-pptx's chart API styling made."""

from __future__ import annotations

import pytest
from lxml import etree

from plangen.design import Design
from plangen.office.pptx.chartdata import CategoryChart, Series
from plangen.office.pptx.charts import add_category_chart
from plangen.office.pptx.deck import Deck
from plangen.office.pptx.geometry import Box, inch
from tests.support import category_reference

MONTHS = [f"{m}月" for m in (12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)] * 2
CASES = {
    "path and review": CategoryChart(["2027年5月", "6月", "7月", "8月", "9月"],
                                     [Series("見通し", [68, 69.2, 70.5, 71.8, 73.0], color="2E6B4F"),
                                      Series("初回効果検証", [None, None, None, None, 73.0], color="c55a11")],
                                     y_title="%", number_format="0.0"),
    "path alone, long": CategoryChart(MONTHS, [Series("見通し", list(range(24)))], y_title="件", number_format="#,##0"),
    "a year of months": CategoryChart(MONTHS[:12], [Series("a", [1] * 12), Series("b & <c>", [2] * 12)]),
    "no legend": CategoryChart(["a", "b"], [Series("s", [1, 2]), Series("t", [2, 1])], legend=False),
    "columns": CategoryChart(["a", "b", "c"], [Series("s", [1, None, 3]), Series("t", [3, 2, 1])], y_title="円",
                             kind="bar", number_format="0.0"),
    "many columns": CategoryChart(MONTHS, [Series("s", list(range(24)))], kind="bar"),
    "bars": CategoryChart(["長いカテゴリ名", "b"], [Series("s", [1, 2])], kind="barh"),
    "bars, two series": CategoryChart(["a", "b"], [Series("s", [1, 2]), Series("t", [1, 2])], kind="barh"),
}


def _chart_xml(shape: object) -> bytes:
    """Return the chart part XML of a chart graphic frame."""
    return bytes(etree.tostring(shape.chart_part._element))  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(CASES))
def test_category_chart_xml_matches_python_pptx_styling(name: str) -> None:
    """Fonts, legend, axis title and format, turned and thinned labels and series colours are the same XML."""
    deck = Deck.open(Design(), "x")
    slide = deck.add_slide("t")
    box = Box(inch(0.5), inch(1.3), inch(4), inch(3))
    got = add_category_chart(deck, slide, box, CASES[name])
    expected = category_reference.add_category_chart(deck, slide, box, CASES[name])
    assert _chart_xml(got) == _chart_xml(expected)
