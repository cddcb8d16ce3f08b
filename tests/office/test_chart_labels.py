"""Category labels stay on one line: every k-th month is shown when they would not fit side by side."""

from __future__ import annotations

from pptx.oxml.ns import qn
from pptx.util import Inches

from plangen.design import Design
from plangen.office.pptx.chartdata import CategoryChart, Series
from plangen.office.pptx.charts import add_category_chart, category_skip
from plangen.office.pptx.deck import Deck
from plangen.office.pptx.geometry import Box

MONTHS = [f"{m}月" for m in (12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)] * 2


def test_six_months_all_fit_and_two_years_of_months_are_thinned() -> None:
    assert category_skip(MONTHS[:6], 300) == 1
    assert category_skip(MONTHS, 300) > 1
    assert category_skip(MONTHS, 3000) == 1


def _axis(categories: list[str], width: float) -> object:
    """Return the category axis of a line chart over `categories` drawn `width` points wide."""
    deck = Deck.open(Design(), "x")
    slide = deck.add_slide("t")
    chart = CategoryChart(categories, [Series("s", list(range(len(categories))))], legend=False)
    frame = add_category_chart(deck, slide, Box(0, 0, round(width * 12700), Inches(3)), chart)
    return frame.chart._chartSpace.find(f".//{qn('c:catAx')}")


def test_crowded_labels_are_turned_and_thinned_only_when_turned_ones_would_touch() -> None:
    roomy = _axis(MONTHS[:6], 300)
    assert roomy.find(qn("c:txPr")) is None and roomy.find(qn("c:tickLblSkip")) is None
    turned = _axis(MONTHS[:12], 300)
    assert turned.find(f"{qn('c:txPr')}/{qn('a:bodyPr')}").get("rot") == "-2700000"
    assert turned.find(qn("c:tickLblSkip")) is None  # 12 turned labels fit 300 pt
    crowded = _axis(MONTHS, 250)
    tags = [child.tag.split("}")[1] for child in crowded]
    assert int(crowded.find(qn("c:tickLblSkip")).get("val")) > 1
    assert tags.index("txPr") < tags.index("crossAx") < tags.index("tickLblSkip") < tags.index("noMultiLvlLbl")
