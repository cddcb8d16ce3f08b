"""The kickoff scatter as python-pptx's chart API styled it before its XML was written directly: the reference
`plangen.office.pptx.charts.add_scatter` must match."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.oxml.ns import qn

from plangen.office.chartxml_parts import CHART_SPACE, TICKS
from plangen.office.pptx.chartdata import Scatter
from plangen.office.pptx.chartdata_xml import _LEGEND, _TEXT, num_ref, series_tx
from plangen.office.pptx.charts import LABEL_PT, _picture, laid_out, scatter_series
from plangen.office.pptx.text import Para, Style, clean, write_paragraphs
from tests.support.chart_api_reference import _axis, _chart_fonts, _fill, _rgb, style_chart


def add_scatter(deck: Any, slide: Any, box: Any, chart: Scatter) -> Any:
    """Return the shape of an XY scatter in `box`: native (editable) or a picture when deck.charts == 'image'.

    With `chart.fit_labels`, labels take the room they have and are cut only where they must (`label_widths`).
    """
    chart, layout = laid_out(chart, box)
    if deck.charts == "image":
        from plangen.office.pptx.images import scatter_png

        return _picture(slide, box, scatter_png(deck, box, chart, layout))
    from pptx.enum.chart import XL_LABEL_POSITION, XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE

    grouped, padded = scatter_series(chart)
    q = chart.quadrants
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    from plangen.office.chartxml import add_to_slide
    from plangen.office.pptx.chartdata_xlsx import xy_workbook

    def style(native: Any) -> None:
        """Style the scatter: axes, point markers and labels, quadrant lines and names."""
        native.has_legend = False
        _chart_fonts(native, deck.fonts, 10)
        # each axis over its own range (python-pptx's `category_axis` is a new object on each call: the identity
        # test this used once gave both axes the y range; every plan's scatter has equal ranges)
        for axis, title, (low, high) in ((native.category_axis, chart.x_title, (x0, x1)),
                                         (native.value_axis, chart.y_title, (y0, y1))):
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
                             deck.fonts, Style(size=LABEL_PT, color=deck.design.ink, align="center"))
            if chart.fit_labels:  # measured to fit: the viewer must not wrap them again
                label.text_frame._txBody.find(qn("a:bodyPr")).set("wrap", "none")
            place = layout.get((point.x, point.y), (0.0, "below" if point.y >= top_edge else "above"))[1]
            label.position = {"below": XL_LABEL_POSITION.BELOW, "above": XL_LABEL_POSITION.ABOVE,
                              "left": XL_LABEL_POSITION.LEFT, "right": XL_LABEL_POSITION.RIGHT}[place]
        if q is not None:
            for line_series in (plot.series[1], plot.series[2]):
                line_series.marker.style = XL_MARKER_STYLE.NONE
                line_series.format.line.color.rgb = _rgb(deck.design.rule)
                line_series.format.line.width = 15875
                line_series.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
                line_series.smooth = False
            corners_series = plot.series[3]
            corners_series.marker.style = XL_MARKER_STYLE.NONE
            right, left = XL_LABEL_POSITION.RIGHT, XL_LABEL_POSITION.LEFT
            positions = (right, left, right, left)
            for index, text in enumerate(q.labels):
                label = corners_series.points[index].data_label
                write_paragraphs(label.text_frame._txBody, [Para(clean(text))], deck.fonts,
                                 Style(size=10, bold=True, color=deck.design.muted))
                label.position = positions[index]

    styled = style_chart(xy_chart_xml(padded), xy_workbook([(name, points, "General") for name, points in padded]),
                         style)
    return add_to_slide(slide, box.left, box.top, box.width, box.height, styled)


def xy_chart_xml(series: Sequence[tuple[str, Sequence[tuple[float, float]]]]) -> str:
    """Return python-pptx's chart XML of an XY scatter (markers, no lines) of `series` (name, points): the
    unstyled chart the reference styles."""
    x_id, y_id = "-2128940872", "-2129643912"
    sers = []
    row = 0  # each series: its name's row, then its points, then a blank row
    for index, (name, points) in enumerate(series):
        top, bottom = row + 2, row + 1 + len(points)
        sers.append(f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>{series_tx(f"Sheet1!$B${row + 1}", name)}'
                    '<c:spPr><a:ln w="47625"><a:noFill/></a:ln></c:spPr>'
                    f"<c:xVal>{num_ref(f'Sheet1!$A${top}:$A${bottom}', 'General', [x for x, _ in points])}</c:xVal>"
                    f"<c:yVal>{num_ref(f'Sheet1!$B${top}:$B${bottom}', 'General', [y for _, y in points])}</c:yVal>"
                    '<c:smooth val="0"/></c:ser>')
        row += len(points) + 2

    def axis(ax_id: str, cross: str, pos: str, grid: str) -> str:
        return (f'<c:valAx><c:axId val="{ax_id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
                f'<c:delete val="0"/><c:axPos val="{pos}"/>{grid}<c:numFmt formatCode="General" sourceLinked="1"/>'
                f'{TICKS}<c:crossAx val="{cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/>'
                "</c:valAx>")

    return (f'{CHART_SPACE}<c:chart><c:plotArea><c:scatterChart><c:scatterStyle val="lineMarker"/>'
            f'<c:varyColors val="0"/>{"".join(sers)}<c:axId val="{x_id}"/><c:axId val="{y_id}"/></c:scatterChart>'
            f'{axis(x_id, y_id, "b", "")}{axis(y_id, x_id, "l", "<c:majorGridlines/>")}</c:plotArea>{_LEGEND}'
            f"</c:chart>{_TEXT}")
