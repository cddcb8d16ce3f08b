"""Charts: native, editable XY scatter (per-point labels, quadrants), line and bar; image fallback via matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree
from pptx.oxml.ns import qn

from plangen.pptx_kit.text import Fonts, Para, Style, clean, write_paragraphs

if TYPE_CHECKING:
    from plangen.pptx_kit.deck import Deck
    from plangen.pptx_kit.geometry import Box

PALETTE = ("1F4E79", "C55A11", "2E8B57", "D48A00", "5B9BD5", "7F7F7F")


@dataclass(frozen=True)
class ScatterPoint:
    """A point of an XY scatter and its label."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Quadrants:
    """Lines splitting a scatter into four named areas: labels top-left, top-right, bottom-left, bottom-right."""

    x_split: float
    y_split: float
    labels: tuple[str, str, str, str]


@dataclass(frozen=True)
class Scatter:
    """An XY scatter: points, axis titles and ranges, optional quadrants."""

    points: Sequence[ScatterPoint]
    x_title: str = ""
    y_title: str = ""
    x_range: tuple[float, float] = (0.5, 5.5)
    y_range: tuple[float, float] = (0.5, 5.5)
    quadrants: Quadrants | None = None
    major_unit: float = 1.0
    tick_format: str | None = None


@dataclass(frozen=True)
class Series:
    """A named series of values (None for a gap) for line and bar charts."""

    name: str
    values: Sequence[float | None]
    color: str | None = None


@dataclass(frozen=True)
class CategoryChart:
    """A line or bar chart over categories."""

    categories: Sequence[str]
    series: Sequence[Series]
    y_title: str = ""
    kind: str = "line"  # "line" | "bar" | "barh"
    number_format: str = "General"
    legend: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def group_points(points: Sequence[ScatterPoint]) -> list[ScatterPoint]:
    """Return one point per distinct position, labels of points sharing it joined one per line."""
    grouped: dict[tuple[float, float], list[str]] = {}
    for point in points:
        grouped.setdefault((point.x, point.y), []).append(point.label)
    return [ScatterPoint(x, y, "\n".join(labels)) for (x, y), labels in grouped.items()]


def add_scatter(deck: Deck, slide: Any, box: Box, chart: Scatter) -> Any:
    """Return the shape of an XY scatter in `box`: native (editable) or a picture when deck.charts == 'image'."""
    if deck.charts == "image":
        from plangen.pptx_kit.images import scatter_png

        return _picture(slide, box, scatter_png(deck, box, chart))
    from pptx.chart.data import XyChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE

    grouped = group_points(chart.points)
    q = chart.quadrants
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    columns: list[tuple[str, list[tuple[float, float]]]] = [("points", [(p.x, p.y) for p in grouped])]
    if q is not None:
        dx, dy = (x1 - x0) * 0.02, (y1 - y0) * 0.04
        columns += [("x", [(q.x_split, y0), (q.x_split, y1)]), ("y", [(x0, q.y_split), (x1, q.y_split)]),
                    ("quadrants", [(x0 + dx, y1 - dy), (x1 - dx, y1 - dy), (x0 + dx, y0 + dy), (x1 - dx, y0 + dy)])]
    longest = max(len(values) for _, values in columns)
    data = XyChartData()
    for name, values in columns:
        series_data = data.add_series(name)
        # LibreOffice drops series when a later one has more points than the first: pad with the last point
        for x, y in values + [values[-1]] * (longest - len(values)) if values else []:
            series_data.add_data_point(x, y)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.XY_SCATTER, box.left, box.top, box.width, box.height, data)
    native = frame.chart
    native.has_legend = False
    _chart_fonts(native, deck.fonts, 10)
    for axis, title in ((native.category_axis, chart.x_title), (native.value_axis, chart.y_title)):
        low, high = (x0, x1) if title == chart.x_title and axis is native.category_axis else (y0, y1)
        _axis(axis, title, low, high, chart.major_unit, deck)
        if chart.tick_format:
            axis.tick_labels.number_format = chart.tick_format
            axis.tick_labels.number_format_is_linked = False
    plot = native.plots[0]
    series = plot.series[0]
    series.marker.style = XL_MARKER_STYLE.CIRCLE
    series.marker.size = 11
    _fill(series.marker.format, deck.design.accent)
    series.marker.format.line.color.rgb = _rgb("FFFFFF")
    top_edge = y1 - (y1 - y0) * 0.12
    for index, point in enumerate(grouped):
        label = series.points[index].data_label
        write_paragraphs(label.text_frame._txBody, [Para(line) for line in clean(point.label).split("\n")],
                         deck.fonts, Style(size=9, color=deck.design.ink, align="center"))
        label.position = XL_LABEL_POSITION.BELOW if point.y >= top_edge else XL_LABEL_POSITION.ABOVE
    if q is not None:
        for line_series in (plot.series[1], plot.series[2]):
            line_series.marker.style = XL_MARKER_STYLE.NONE
            line_series.format.line.color.rgb = _rgb(deck.design.rule)
            line_series.format.line.width = 15875
            line_series.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            line_series.smooth = False
        corners_series = plot.series[3]
        corners_series.marker.style = XL_MARKER_STYLE.NONE
        positions = (XL_LABEL_POSITION.RIGHT, XL_LABEL_POSITION.LEFT, XL_LABEL_POSITION.RIGHT, XL_LABEL_POSITION.LEFT)
        for index, text in enumerate(q.labels):
            label = corners_series.points[index].data_label
            write_paragraphs(label.text_frame._txBody, [Para(clean(text))], deck.fonts,
                             Style(size=10, bold=True, color=deck.design.muted))
            label.position = positions[index]
    return frame


def add_category_chart(deck: Deck, slide: Any, box: Box, chart: CategoryChart) -> Any:
    """Return the shape of a line or bar chart in `box`: native, or a picture when deck.charts == 'image'."""
    if deck.charts == "image":
        from plangen.pptx_kit.images import category_png

        return _picture(slide, box, category_png(deck, box, chart))
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION

    data = CategoryChartData(number_format=chart.number_format)
    data.categories = [clean(c) for c in chart.categories]
    for series in chart.series:
        data.add_series(clean(series.name), list(series.values))
    kind = {"line": XL_CHART_TYPE.LINE_MARKERS, "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
            "barh": XL_CHART_TYPE.BAR_CLUSTERED}[chart.kind]
    frame = slide.shapes.add_chart(kind, box.left, box.top, box.width, box.height, data)
    native = frame.chart
    _chart_fonts(native, deck.fonts, 10)
    native.has_legend = chart.legend and len(chart.series) > 1
    if native.has_legend:
        native.legend.position = XL_LEGEND_POSITION.BOTTOM
        native.legend.include_in_layout = False
    if chart.y_title:
        _axis_title(native.value_axis, chart.y_title, deck)
    for index, (series, spec) in enumerate(zip(native.plots[0].series, chart.series, strict=True)):
        colour = spec.color or PALETTE[index % len(PALETTE)]
        if chart.kind == "line":
            series.format.line.color.rgb = _rgb(colour)
            series.smooth = False
            _fill(series.marker.format, colour)
        else:
            _fill(series.format, colour)
    return frame


def _picture(slide: Any, box: Box, png: bytes) -> Any:
    """Return a picture of `png` placed in `box`."""
    import io

    return slide.shapes.add_picture(io.BytesIO(png), box.left, box.top, box.width, box.height)


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
