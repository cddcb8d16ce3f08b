"""Native (editable) PowerPoint charts of the evaluator report: KPI trends and health score by month."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lxml import etree
from pptx.oxml.ns import qn

from plangen.compute.report.health import HealthHistoryRow
from plangen.compute.report.trends import MonthlyTrend, Trend
from plangen.text import tr
from plangen.text.formats import format_date_short, format_month, format_month_short

if TYPE_CHECKING:
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box



def chart_fonts(chart: Any, deck: Deck, size: float) -> None:
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


def _line(series: Any, colour: str, width_pt: float, dash: Any = None, marker: bool = False) -> None:
    """Style a scatter series as a line of `colour`, optionally dashed, with or without markers."""
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_MARKER_STYLE
    from pptx.util import Pt

    series.format.line.color.rgb = RGBColor.from_string(colour)
    series.format.line.width = Pt(width_pt)
    if dash is not None:
        series.format.line.dash_style = dash
    series.smooth = False
    if marker:
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.marker.size = 7
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = RGBColor.from_string(colour)
        series.marker.format.line.color.rgb = RGBColor.from_string(colour)
    else:
        series.marker.style = XL_MARKER_STYLE.NONE


def _axis_style(axis: Any, deck: Deck) -> None:
    """Give an axis muted tick labels and a light line."""
    from pptx.dml.color import RGBColor

    axis.format.line.color.rgb = RGBColor.from_string(deck.design.rule)
    axis.tick_labels.font.color.rgb = RGBColor.from_string(deck.design.muted)


def month_label(month: str, lang: str, with_year: bool) -> str:
    """Return a short category label for `month` (2月 / Feb, with the year when the chart spans years)."""
    return format_month(month, lang) if with_year else format_month_short(month, lang)


def add_trend_chart(deck: Deck, slide: Any, box: Box, trend: Trend, monthly: MonthlyTrend) -> Any:
    """Add a native line chart of a KPI by month: actuals, expected path, target line, path start labelled."""
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
    from pptx.enum.dml import MSO_LINE_DASH_STYLE

    design, lang = deck.design, deck.lang
    kpi = trend.figure.kpi
    with_year = len({m[:4] for m in monthly.months}) > 1 and len(monthly.months) > 12
    data = CategoryChartData(number_format="#,##0.0" if (trend.y_max - trend.y_min) < 20 else "#,##0")
    data.categories = [month_label(m, lang, with_year) for m in monthly.months]
    styles: list[tuple[str, float, Any, bool]] = []
    if any(v is not None for v in monthly.expected):
        data.add_series(tr(lang, "report.series.expected"), monthly.expected)
        styles.append((design.muted, 1.75, MSO_LINE_DASH_STYLE.DASH, False))
    if trend.target is not None:
        data.add_series(tr(lang, "report.series.target"), [trend.target] * len(monthly.months))
        styles.append((design.status_colour("achieved"), 1.5, MSO_LINE_DASH_STYLE.ROUND_DOT, False))
    data.add_series(tr(lang, "report.series.actual"), monthly.actual)
    styles.append((design.accent, 2.75, None, True))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, box.left, box.top, box.width, box.height, data)
    chart = frame.chart
    chart.has_title = False
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
        _axis_style(axis, deck)
    chart_fonts(chart, deck, 11)
    if not present:
        from plangen.office.pptx.geometry import Box
        from plangen.office.pptx.text import Style

        note = Box(box.left + box.width // 4, box.top + box.height // 12, box.width // 2, box.height // 9)
        deck.text(slide, note, tr(lang, "report.chart.no_data"),
                  Style(size=12, min_size=9, color=design.muted, align="center", anchor="middle"), fill="FFFFFF")
    return frame


def _marker(name: str) -> Any:
    """Return the marker style `name`."""
    from pptx.enum.chart import XL_MARKER_STYLE

    return getattr(XL_MARKER_STYLE, name)


def add_health_chart(deck: Deck, slide: Any, box: Box, history: list[HealthHistoryRow]) -> Any:
    """Add a native column chart of the health score by month (level in the category, missing months empty)."""
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION

    design, lang = deck.design, deck.lang
    data = CategoryChartData()
    data.categories = [f"{format_month(row.month, lang)}\n{row.level or tr(lang, 'status.no_data')}" for row in history]
    data.add_series(tr(lang, "report.col.score"),
                    [None if row.score is None else round(row.score, 1) for row in history], number_format="0.0")
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, box.left, box.top, box.width, box.height, data)
    chart = frame.chart
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
        _axis_style(axis, deck)
    chart_fonts(chart, deck, 10)
    return frame
