"""The unstyled chart XML written without python-pptx's chart-data objects is the tree its chart writer makes."""

from __future__ import annotations

import pytest
from lxml import etree

from plangen.office.pptx.chartdata_xml import category_chart_xml
from tests.support.scatter_reference import xy_chart_xml


def _tree(xml: str) -> bytes:
    """Return `xml` read with python-pptx's parser and written again."""
    from pptx.oxml import parse_xml

    return bytes(etree.tostring(parse_xml(xml.encode("utf-8"))))


@pytest.mark.parametrize("kind", ["line", "bar", "barh"])
@pytest.mark.parametrize(("categories", "series", "number_format"), [
    (["12月", "1月", "2027年2月"], [("見通し", [1.5, 2, None])], "0.0"),
    (["a&b", "<c>", " d ", ""], [("s&<1>", [1, None, 3.25, 4]), ("t", [None, None, None, 1e-7])], "#,##0"),
    (["x"], [("one", [5])], "General"),
])
def test_category_chart_xml_is_python_pptx_tree(kind: str, categories: list, series: list, number_format: str) -> None:
    """Line, column and bar charts over text categories read as python-pptx's chart writer writes them."""
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    for name, values in series:
        data.add_series(name, values)
    chart_type = {"line": XL_CHART_TYPE.LINE_MARKERS, "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
                  "barh": XL_CHART_TYPE.BAR_CLUSTERED}[kind]
    assert _tree(category_chart_xml(kind, categories, series, number_format)) == _tree(
        ChartXmlWriter(chart_type, data).xml)


def test_xy_chart_xml_is_python_pptx_tree() -> None:
    """An XY scatter of several series reads as python-pptx's chart writer writes it."""
    from pptx.chart.data import XyChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    columns = [("points", [(2, 5), (3.18, 4.0), (5, 4)]), ("x & y", [(3, 0.5), (3, 5.5), (3, 5.5)]),
               ("quadrants", [(0.6, 5.3), (5.4, 5.3), (0.6, 0.7)])]
    data = XyChartData()
    for name, points in columns:
        series = data.add_series(name)
        for x, y in points:
            series.add_data_point(x, y)
    assert _tree(xy_chart_xml(columns)) == _tree(ChartXmlWriter(XL_CHART_TYPE.XY_SCATTER, data).xml)


def test_no_categories_is_refused_as_python_pptx_does() -> None:
    """A category chart needs categories."""
    with pytest.raises(ValueError):
        category_chart_xml("line", [], [("s", [])])
