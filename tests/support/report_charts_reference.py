"""The report charts as python-pptx's chart API styled them before the chart XML was written directly: the
reference the direct writer (`plangen.render.report.charts`) must match byte for byte."""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from plangen.compute.report.health import HealthHistoryRow
from plangen.compute.report.trends import MonthlyTrend, Trend
from plangen.office.chartxml import ChartXml
from plangen.render.report.charts import CHART_PT, TREND_WIDTH_PT, Look, month_label
from plangen.text import tr
from plangen.text.formats import format_date_short, format_month
from tests.support.chart_api_reference import thin_categories


def make_chart(chart_type: Any, chart_data: Any, style: Any) -> ChartXml:
    """Return the chart python-pptx writes from `chart_data`, styled by `style(chart)`, with its own workbook."""
    from pptx.chart.chart import Chart
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.oxml import parse_xml

    from plangen.office.chartxml import normalise_chart_xml

    chart_space = parse_xml(ChartXmlWriter(chart_type, chart_data).xml.encode("utf-8"))
    normalise_chart_xml(chart_space)
    style(Chart(chart_space, None))
    return ChartXml(etree.tostring(chart_space, xml_declaration=True, encoding="UTF-8", standalone=True),
                    chart_data.xlsx_blob)


def chart_fonts(chart: Any, deck: Look, size: float) -> None:
    """Give every text of `chart` the deck's Latin and East Asian fonts (a:ea after a:latin) and `size`."""
    from pptx.util import Pt

    chart.font.size = Pt(size)
    chart.font.name = deck.fonts.latin
    space = chart._chartSpace
    for rpr in [*space.iter(qn("a:defRPr")), *space.iter(qn("a:rPr"))]:
        latin = rpr.find(qn("a:latin"))
        if latin is None:
            latin = etree.SubElement(rpr, qn("a:latin"))
            latin.set("typeface", deck.fonts.latin)
        if rpr.find(qn("a:ea")) is None:
            ea = etree.Element(qn("a:ea"))
            ea.set("typeface", deck.fonts.ea)
            latin.addnext(ea)
        rpr.set("lang", deck.fonts.lang)


_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')


def _line(series: Any, colour: str, width_pt: float, dash: str | None = None, marker: bool = False) -> None:
    """Style a series as a line of `colour`, optionally dashed (`dash`: a:prstDash value), with or without markers.

    Written as XML (the same elements python-pptx's line and marker API writes, at a fraction of its cost).
    """
    from pptx.oxml import parse_xml

    ser = series._element
    dashed = f'<a:prstDash val="{dash}"/>' if dash else ""
    ser._remove_spPr()
    ser._insert_spPr(parse_xml(f'<c:spPr {_NS}><a:ln w="{round(width_pt * 12700)}"><a:solidFill><a:srgbClr '
                               f'val="{colour}"/></a:solidFill>{dashed}</a:ln></c:spPr>'))
    fill = f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    shape = (f'<c:symbol val="circle"/><c:size val="7"/><c:spPr>{fill}<a:ln>{fill}</a:ln></c:spPr>' if marker
             else '<c:symbol val="none"/>')
    ser._remove_marker()
    ser._insert_marker(parse_xml(f"<c:marker {_NS}>{shape}</c:marker>"))
    series.smooth = False


def _axis_style(axis: Any, deck: Look) -> None:
    """Give an axis muted tick labels and a light line."""
    from pptx.dml.color import RGBColor

    axis.format.line.color.rgb = RGBColor.from_string(deck.design.rule)
    axis.tick_labels.font.color.rgb = RGBColor.from_string(deck.design.muted)


def trend_chart_data(trend: Trend, monthly: MonthlyTrend, look: Look) -> tuple[Any, Any, list[Any]]:
    """Return (chart type, chart data, series styles) of a KPI trend: expected path, target line, actuals."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE

    design, lang = look.design, look.lang
    with_year = len({m[:4] for m in monthly.months}) > 1 and len(monthly.months) > 12
    data = CategoryChartData(number_format="#,##0.0" if (trend.y_max - trend.y_min) < 20 else "#,##0")
    data.categories = [month_label(m, lang, with_year) for m in monthly.months]
    styles: list[tuple[str, float, Any, bool]] = []
    if any(v is not None for v in monthly.expected):
        data.add_series(tr(lang, "report.series.expected"), monthly.expected)
        styles.append((design.muted, 1.75, "dash", False))
    if trend.target is not None:
        data.add_series(tr(lang, "report.series.target"), [trend.target] * len(monthly.months))
        styles.append((design.status_colour("achieved"), 1.5, "sysDot", False))
    data.add_series(tr(lang, "report.series.actual"), monthly.actual)
    styles.append((design.accent, 2.75, None, True))
    return XL_CHART_TYPE.LINE_MARKERS, data, styles


def style_trend_chart(chart: Any, trend: Trend, monthly: MonthlyTrend, styles: list[Any], look: Look,
                      size: float = 11) -> None:
    """Style a KPI trend chart: series lines, last actual labelled, path start marked, axes, fonts."""
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_LABEL_POSITION, XL_LEGEND_POSITION

    design, lang = look.design, look.lang
    kpi = trend.figure.kpi
    chart.has_title = False
    with_year = len({m[:4] for m in monthly.months}) > 1 and len(monthly.months) > 12
    labels = [month_label(m, lang, with_year) for m in monthly.months]
    thin_categories(chart, labels, TREND_WIDTH_PT)  # 12月 stays on one line: every k-th month when crowded
    series_list = list(chart.plots[0].series)
    for series, (colour, width, dash, marker) in zip(series_list, styles, strict=True):
        _line(series, colour, width, dash, marker)
    actual = series_list[-1]
    present = [i for i, v in enumerate(monthly.actual) if v is not None]
    if present:
        label_ = actual.points[present[-1]].data_label
        label_.show_value = True
        label_.number_format = "#,##0.0" if any((v or 0) % 1 for v in monthly.actual) else "#,##0"
        label_.number_format_is_linked = False
        label_.position = XL_LABEL_POSITION.ABOVE
        label_.font.color.rgb = RGBColor.from_string(design.accent)
        label_.font.bold = True
    if monthly.start_index is not None and styles[0][0] == design.muted:
        start = trend.figure.path_start
        text = tr(lang, "report.path_start", date=format_date_short(start, lang))
        point = series_list[0].points[monthly.start_index]
        point.marker.style = _marker("DIAMOND")
        point.marker.size = 9
        point.marker.format.fill.solid()
        point.marker.format.fill.fore_color.rgb = RGBColor.from_string(design.highlight)
        point.marker.format.line.color.rgb = RGBColor.from_string(design.highlight)
        point.data_label.text_frame.text = text
        point.data_label.position = XL_LABEL_POSITION.BELOW
        point.data_label.font.color.rgb = RGBColor.from_string(design.highlight)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    y_axis = chart.value_axis
    y_axis.minimum_scale, y_axis.maximum_scale = trend.y_min, trend.y_max
    y_axis.major_unit = trend.y_step
    y_axis.has_major_gridlines = True
    y_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string(design.rule)
    step = trend.y_step
    decimals = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
    y_axis.tick_labels.number_format = "#,##0" + ("." + "0" * decimals if decimals else "")
    y_axis.tick_labels.number_format_is_linked = False
    if kpi.unit:
        y_axis.has_title = True
        y_axis.axis_title.text_frame.text = kpi.unit
    for axis in (chart.category_axis, y_axis):
        _axis_style(axis, look)
    chart_fonts(chart, look, size)


def trend_chart(trend: Trend, monthly: MonthlyTrend, look: Look) -> ChartXml:
    """Return the styled native chart of a KPI trend (the same XML for the deck and the document)."""
    chart_type, data, styles = trend_chart_data(trend, monthly, look)
    return make_chart(chart_type, data, lambda chart: style_trend_chart(chart, trend, monthly, styles, look,
                                                                        CHART_PT))


def _marker(name: str) -> Any:
    """Return the marker style `name`."""
    from pptx.enum.chart import XL_MARKER_STYLE

    return getattr(XL_MARKER_STYLE, name)


def health_chart_data(history: list[HealthHistoryRow], look: Look) -> tuple[Any, Any]:
    """Return (chart type, chart data) of the health score by month (level in the category, gaps empty)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE

    lang = look.lang
    data = CategoryChartData()
    data.categories = [f"{format_month(row.month, lang)}\n{row.level or tr(lang, 'status.no_data')}" for row in history]
    scores = [None if row.score is None else round(row.score, 1) for row in history]
    data.add_series(tr(lang, "report.col.score"), scores, number_format="0.0")
    return XL_CHART_TYPE.COLUMN_CLUSTERED, data


def style_health_chart(chart: Any, history: list[HealthHistoryRow], look: Look, size: float = 10) -> None:
    """Style the health chart: light columns, this month in the accent colour, 0-100 axis, labels, fonts."""
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_LABEL_POSITION

    design = look.design
    chart.has_title = False
    chart.has_legend = False
    plot = chart.plots[0]
    plot.gap_width = 80
    plot.has_data_labels = True
    plot.data_labels.show_value = True
    plot.data_labels.number_format = "0.0"
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    series = plot.series[0]
    series.format.fill.solid()
    series.format.fill.fore_color.rgb = RGBColor.from_string(design.accent_light)
    series.format.line.color.rgb = RGBColor.from_string(design.accent)
    if history:
        point = series.points[len(history) - 1]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = RGBColor.from_string(design.accent)
    value_axis = chart.value_axis
    value_axis.minimum_scale, value_axis.maximum_scale, value_axis.major_unit = 0, 100, 20
    value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string(design.panel)
    for axis in (chart.category_axis, value_axis):
        _axis_style(axis, look)
    chart_fonts(chart, look, size)


def health_chart(history: list[HealthHistoryRow], look: Look) -> ChartXml:
    """Return the styled native chart of the health score by month."""
    chart_type, data = health_chart_data(history, look)
    return make_chart(chart_type, data, lambda chart: style_health_chart(chart, history, look, CHART_PT - 1))
