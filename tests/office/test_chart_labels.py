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


def test_thinned_axis_gets_a_label_skip_in_schema_order() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    data = CategoryChartData()
    data.categories = MONTHS[:14]
    data.add_series("s", list(range(14)))
    box = Box(0, 0, Inches(4), Inches(3))
    chart = slide.shapes.add_chart(XL_CHART_TYPE.LINE, box.left, box.top, box.width, box.height, data).chart
    thin_categories(chart, MONTHS[:14], box)
    axis = chart._chartSpace.find(f".//{qn('c:catAx')}")
    tags = [child.tag.split("}")[1] for child in axis]
    assert axis.find(qn("c:tickLblSkip")).get("val") == str(category_skip(MONTHS[:14], 288))
    assert tags.index("tickLblSkip") > tags.index("lblOffset")
    assert "noMultiLvlLbl" not in tags or tags.index("tickLblSkip") < tags.index("noMultiLvlLbl")
