"""The kickoff category chart as python-pptx's chart API styled it before its XML was written directly: the
reference `plangen.office.pptx.charts.add_category_chart` must match."""

from __future__ import annotations

from typing import Any

from plangen.office.pptx.chartdata import PALETTE, CategoryChart
from plangen.office.pptx.charts import _picture
from plangen.office.pptx.text import clean
from tests.support.chart_api_reference import _axis_title, _chart_fonts, _fill, _rgb, style_chart, thin_categories


def add_category_chart(deck: Any, slide: Any, box: Any, chart: CategoryChart) -> Any:
    """Return the shape of a line or bar chart in `box`: native, or a picture when deck.charts == 'image'."""
    if deck.charts == "image":
        from plangen.office.pptx.images import category_png

        return _picture(slide, box, category_png(deck, box, chart))
    from pptx.enum.chart import XL_LEGEND_POSITION

    from plangen.office.chartxml import add_to_slide
    from plangen.office.pptx.chartdata_xlsx import category_workbook
    from plangen.office.pptx.chartdata_xml import category_chart_xml

    if chart.kind not in ("line", "bar", "barh"):
        raise KeyError(chart.kind)
    categories = [clean(c) for c in chart.categories]
    series_data = [(clean(series.name), list(series.values)) for series in chart.series]

    def style(native: Any) -> None:
        """Style the chart: fonts, legend, value axis title, category labels, series colours."""
        _chart_fonts(native, deck.fonts, 10)
        native.has_legend = chart.legend and len(chart.series) > 1
        if native.has_legend:
            native.legend.position = XL_LEGEND_POSITION.BOTTOM
            native.legend.include_in_layout = False
        if chart.y_title:
            _axis_title(native.value_axis, chart.y_title, deck)
        if chart.kind != "barh":
            from plangen.office.pptx.geometry import emu_to_pt

            thin_categories(native, [clean(c) for c in chart.categories], emu_to_pt(box.width))
        for index, (series, spec) in enumerate(zip(native.plots[0].series, chart.series, strict=True)):
            colour = spec.color or PALETTE[index % len(PALETTE)]
            if chart.kind == "line":
                series.format.line.color.rgb = _rgb(colour)
                series.smooth = False
                _fill(series.marker.format, colour)
                if sum(v is not None for v in spec.values) == 1:  # a single point marks an event: make it visible
                    from pptx.enum.chart import XL_MARKER_STYLE

                    series.marker.style, series.marker.size = XL_MARKER_STYLE.DIAMOND, 13
            else:
                _fill(series.format, colour)
        if chart.number_format != "General" and chart.kind == "line":
            native.value_axis.tick_labels.number_format = chart.number_format
            native.value_axis.tick_labels.number_format_is_linked = False

    xml = category_chart_xml(chart.kind, categories, series_data, chart.number_format)
    workbook = category_workbook(categories, [(name, values, chart.number_format) for name, values in series_data])
    styled = style_chart(xml, workbook, style)
    return add_to_slide(slide, box.left, box.top, box.width, box.height, styled)
