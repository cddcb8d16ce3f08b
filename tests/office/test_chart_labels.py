"""Category labels stay on one line: every k-th month is shown when they would not fit side by side."""

from __future__ import annotations

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn
from pptx.util import Inches

from plangen.office.pptx.charts import category_skip, thin_categories
from plangen.office.pptx.geometry import Box

MONTHS = [f"{m}月" for m in (12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)] * 2


def test_six_months_all_fit_and_two_years_of_months_are_thinned() -> None:
    assert category_skip(MONTHS[:6], 300) == 1
    assert category_skip(MONTHS, 300) > 1
    assert category_skip(MONTHS, 3000) == 1


def _axis(categories: list[str], width: float) -> object:
    """Return the category axis of a line chart over `categories` after thinning for `width` points."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    data = CategoryChartData()
    data.categories = categories
    data.add_series("s", list(range(len(categories))))
    box = Box(0, 0, Inches(4), Inches(3))
    chart = slide.shapes.add_chart(XL_CHART_TYPE.LINE, box.left, box.top, box.width, box.height, data).chart
    thin_categories(chart, categories, width)
    return chart._chartSpace.find(f".//{qn('c:catAx')}")


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
