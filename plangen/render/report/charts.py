"""Native (editable) charts of the evaluator report, KPI trends and health score by month, for the deck and the
Word document alike (`Look` carries the design, language and fonts).

Each chart's XML is written here directly, styled as it is drawn: the `c:chartSpace` python-pptx's chart
writer and chart API made before (line/bar chart templates, then series lines, markers, labels, axes and fonts
set through its objects), element for element, at a fraction of the cost, with its workbook from
`plangen.office.pptx.chartdata_xlsx`. The pieces every chart writes alike come from
`plangen.office.chartxml_parts` (fragments) and `plangen.office.pptx.chartdata_xml` (series and categories).
tests/support/report_charts_reference.py keeps the python-pptx way as the reference the tests compare with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from plangen.compute.report.health import HealthHistoryRow
from plangen.compute.report.trends import MonthlyTrend, Trend
from plangen.office import chartxml_parts as cx
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import format_date_short, format_month, format_month_short

if TYPE_CHECKING:
    from plangen.compute.report.content import ReportContent
    from plangen.design import Design
    from plangen.office.chartxml import ChartXml
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box
    from plangen.office.pptx.style import Fonts


CHART_PT = 10.0
"""Size of chart text in both documents."""


@record
class Look:
    """What chart styling needs: the design, the label language and the fonts (the same in deck and document)."""

    design: Design
    lang: str
    fonts: Fonts


def look_for(content: ReportContent) -> Look:
    """Return the chart look of a report: its design, language and fonts (the deck's and the document's)."""
    from plangen.office.pptx.style import Fonts

    design = content.design
    return Look(design, content.lang, Fonts(latin=design.font_latin, ea=design.font_ea, lang=design.lang_tag))


_HEAD = f'{cx.CHART_SPACE}<c:date1904 val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>'
_BOLD = ' b="1"'
_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
_CAT_AX = ('<c:catAx><c:axId val="50000"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
           '<c:axPos val="b"/>' + cx.TICKS + '{line}{text}<c:crossAx val="50001"/><c:crosses val="autoZero"/>'
           '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>{skip}<c:noMultiLvlLbl val="0"/></c:catAx>')
_VAL_AX = ('<c:valAx><c:axId val="50001"/><c:scaling><c:max val="{high}"/><c:min val="{low}"/></c:scaling>'
           '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines>{grid}</c:majorGridlines>{title}{number_format}'
           + cx.TICKS + '{line}{text}<c:crossAx val="50000"/><c:crosses val="autoZero"/><c:majorUnit val="{unit}"/>'
           "</c:valAx>")


def _attr(text: str) -> str:
    """Escape an XML attribute value as lxml writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def _num(value: float) -> str:
    """Return an axis value as python-pptx writes it (xsd:double)."""
    return str(float(value))


def _line_pr(colour: str) -> str:
    """Return the shape properties of a line (axis, gridlines) in `colour`."""
    return f"<c:spPr><a:ln>{cx.solid(colour)}</a:ln></c:spPr>"


def _def_rpr(look: Look, head: str = "", fill: str = "") -> str:
    """Return an a:defRPr with attributes `head` (before lang), `fill` and the look's fonts."""
    fonts = look.fonts
    return cx.def_rpr(_attr(fonts.lang), _attr(fonts.latin), _attr(fonts.ea), head, fill)


def _tx_pr(look: Look, fill: str = "", head: str = "", body: str = "") -> str:
    """Return a c:txPr: default run properties for a chart element's text."""
    return cx.tx_pr(_def_rpr(look, head, fill), body)


def _space_tx_pr(look: Look, size: float) -> str:
    """Return the chart's default text: `size`, the look's language and fonts."""
    return cx.tx_pr(_def_rpr(look, f' sz="{round(size * 100)}"'), end=cx.END_PARA)


_PLAIN_LINE = re.compile(r"[^\x00-\x08\x0b-\x1f]+")


def _rich(text: str) -> str:
    """Return the paragraphs of `text` in a c:rich, one per line, as python-pptx's text setter writes them."""
    lines = text.split("\n")
    if all(_PLAIN_LINE.fullmatch(line) for line in lines):
        from plangen.office.pptx.xml import esc

        return cx.rich("".join(f"<a:p><a:r><a:t>{esc(line)}</a:t></a:r></a:p>" for line in lines))
    from lxml import etree
    from pptx.oxml import parse_xml
    from pptx.text.text import TextFrame

    rich = parse_xml(f'<c:rich {_NS}><a:bodyPr/><a:lstStyle/><a:p/></c:rich>')
    TextFrame(rich, None).text = text  # type: ignore[arg-type]  # no part needed to set text
    out = etree.tostring(rich, encoding="unicode")
    return "<c:rich>" + out[out.index(">") + 1:]


def _data_labels(labels: dict[int, str]) -> str:
    """Return a c:dLbls holding the single-point labels `labels` ({point index: label XML}), or ''."""
    if not labels:
        return ""
    return "<c:dLbls>" + "".join(labels[i] for i in sorted(labels)) + cx.LABELS_TAIL + "</c:dLbls>"


def _cat_ax(look: Look, categories: list[str] | None) -> str:
    """Return the category axis: a light line, muted labels, thinned for `categories` on a trend chart's width."""
    from plangen.office.pptx.charts import category_thinning

    turn, skip = category_thinning(categories, TREND_WIDTH_PT) if categories else (False, 1)
    text = _tx_pr(look, cx.solid(look.design.muted), body=cx.TURNED if turn else "")
    return _CAT_AX.format(line=_line_pr(look.design.rule), text=text,
                          skip=f'<c:tickLblSkip val="{skip}"/>' if skip > 1 else "")


TREND_WIDTH_PT = 400.0
"""The narrowest a trend chart is drawn (half a wide slide); its month labels are thinned for this width."""


def month_label(month: str, lang: str, with_year: bool) -> str:
    """Return a short category label for `month` (2月 / Feb, with the year when the chart spans years)."""
    return format_month(month, lang) if with_year else format_month_short(month, lang)


def trend_chart(trend: Trend, monthly: MonthlyTrend, look: Look) -> ChartXml:
    """Return the styled native chart of a KPI trend (the same XML for the deck and the document): expected path
    (dashed, its start marked), target line (dotted), actuals (markers, the last one labelled), axes, fonts."""
    from plangen.office.chartxml import ChartXml
    from plangen.office.pptx.chartdata_xlsx import category_workbook
    from plangen.office.pptx.chartdata_xml import category_cache, series_head, series_values

    design, lang = look.design, look.lang
    with_year = len({m[:4] for m in monthly.months}) > 1 and len(monthly.months) > 12
    labels = [month_label(m, lang, with_year) for m in monthly.months]
    number_format = "#,##0.0" if (trend.y_max - trend.y_min) < 20 else "#,##0"
    # (name, values, colour, width in points, dash, markers)
    series: list[tuple[str, Sequence[float | None], str, float, str | None, bool]] = []
    if any(v is not None for v in monthly.expected):
        series.append((tr(lang, "report.series.expected"), monthly.expected, design.muted, 1.75, "dash", False))
    if trend.target is not None:
        series.append((tr(lang, "report.series.target"), [trend.target] * len(monthly.months),
                       design.status_colour("achieved"), 1.5, "sysDot", False))
    series.append((tr(lang, "report.series.actual"), monthly.actual, design.accent, 2.75, None, True))
    points: dict[int, dict[int, str]] = {i: {} for i in range(len(series))}
    labels_xml: dict[int, dict[int, str]] = {i: {} for i in range(len(series))}
    present = [i for i, v in enumerate(monthly.actual) if v is not None]
    if present:
        labels_xml[len(series) - 1][present[-1]] = (
            f'<c:dLbl><c:idx val="{present[-1]}"/><c:spPr/>{_tx_pr(look, cx.solid(design.accent), _BOLD)}'
            f'<c:dLblPos val="t"/>{cx.SHOW_VALUE}</c:dLbl>')
    if monthly.start_index is not None and series[0][2] == design.muted:
        at = monthly.start_index
        text = tr(lang, "report.path_start", date=format_date_short(trend.figure.path_start, lang))
        fill = cx.solid(design.highlight)
        points[0][at] = (f'<c:dPt><c:idx val="{at}"/><c:marker><c:symbol val="diamond"/><c:size val="9"/><c:spPr>'
                         f"{fill}<a:ln>{fill}</a:ln></c:spPr></c:marker></c:dPt>")
        labels_xml[0][at] = (f'<c:dLbl><c:idx val="{at}"/><c:tx>{_rich(text)}</c:tx>{_tx_pr(look, fill)}'
                             f'<c:dLblPos val="b"/>{cx.SHOW_VALUE}</c:dLbl>')
    cat = category_cache(labels)
    out = [_HEAD, '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>']
    for index, (name, values, colour, width, dash, marker) in enumerate(series):
        dashed = f'<a:prstDash val="{dash}"/>' if dash else ""
        fill = cx.solid(colour)
        shape = (f'<c:symbol val="circle"/><c:size val="7"/><c:spPr>{fill}<a:ln>{fill}</a:ln></c:spPr>' if marker
                 else '<c:symbol val="none"/>')
        out.append(f'{series_head(index, name)}<c:spPr><a:ln w="{round(width * 12700)}">{fill}{dashed}</a:ln>'
                   f"</c:spPr><c:marker>{shape}</c:marker>{''.join(points[index][i] for i in sorted(points[index]))}"
                   f"{_data_labels(labels_xml[index])}{cat}{series_values(index, values, number_format)}"
                   '<c:smooth val="0"/></c:ser>')
    step = trend.y_step
    decimals = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
    tick_format = "#,##0" + ("." + "0" * decimals if decimals else "")
    unit = trend.figure.kpi.unit
    title = cx.title(_rich(unit)) if unit else ""
    out.append('<c:marker val="1"/><c:smooth val="0"/><c:axId val="50000"/><c:axId val="50001"/></c:lineChart>')
    out.append(_cat_ax(look, labels))
    ticks = f'<c:numFmt formatCode="{_attr(tick_format)}" sourceLinked="0"/>'
    out.append(_VAL_AX.format(high=_num(trend.y_max), low=_num(trend.y_min), grid=_line_pr(design.rule),
                              title=title, number_format=ticks,
                              line=_line_pr(design.rule), text=_tx_pr(look, cx.solid(design.muted)), unit=_num(step)))
    out.append(f"</c:plotArea>{cx.LEGEND_BELOW}{cx.PLOT_SETTINGS}</c:chart>")
    out.append(_space_tx_pr(look, CHART_PT) + "</c:chartSpace>")
    workbook = category_workbook(labels, [(name, values, number_format) for name, values, *_ in series])
    return ChartXml("".join(out).encode("utf-8"), workbook)


def add_trend_chart(deck: Deck, slide: Any, box: Box, chart: ChartXml, has_actuals: bool) -> Any:
    """Add a KPI trend chart to `slide` in `box`, with a note over it when there are no actuals yet."""
    from plangen.office.chartxml import add_to_slide

    frame = add_to_slide(slide, box.left, box.top, box.width, box.height, chart)
    if not has_actuals:
        from plangen.office.pptx.geometry import Box
        from plangen.office.pptx.text import Style

        note = Box(box.left + box.width // 4, box.top + box.height // 12, box.width // 2, box.height // 9)
        style = Style(size=12, min_size=9, color=deck.design.muted, align="center", anchor="middle")
        deck.text(slide, note, tr(deck.lang, "report.chart.no_data"), style, fill="FFFFFF")
    return frame


def health_chart(history: list[HealthHistoryRow], look: Look) -> ChartXml:
    """Return the styled native chart of the health score by month: light columns, this month in the accent
    colour, values labelled, a 0-100 axis (level in the category label, gaps empty)."""
    from plangen.office.chartxml import ChartXml
    from plangen.office.pptx.chartdata_xlsx import category_workbook
    from plangen.office.pptx.chartdata_xml import category_cache, series_head, series_values

    if not history:
        raise ValueError("chart data contains no categories")
    design, lang = look.design, look.lang
    categories = [f"{format_month(row.month, lang)}\n{row.level or tr(lang, 'status.no_data')}" for row in history]
    scores = [None if row.score is None else round(row.score, 1) for row in history]
    name = tr(lang, "report.col.score")
    last = (f'<c:dPt><c:idx val="{len(history) - 1}"/><c:spPr>{cx.solid(design.accent)}</c:spPr></c:dPt>')
    out = [_HEAD, '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>',
           f"{series_head(0, name)}<c:spPr>{cx.solid(design.accent_light)}<a:ln>{cx.solid(design.accent)}</a:ln>"
           f"</c:spPr>{last}{category_cache(categories)}{series_values(0, scores, '0.0')}</c:ser>",
           f'<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:dLblPos val="outEnd"/>{cx.SHOW_VALUE}'
           '<c:showLeaderLines val="1"/></c:dLbls><c:gapWidth val="80"/><c:axId val="50000"/><c:axId val="50001"/>'
           "</c:barChart>", _cat_ax(look, None),
           _VAL_AX.format(high="100.0", low="0.0", grid=_line_pr(design.panel), title="", number_format="",
                          line=_line_pr(design.rule), text=_tx_pr(look, cx.solid(design.muted)), unit="20.0"),
           '</c:plotArea><c:dispBlanksAs val="gap"/></c:chart>', _space_tx_pr(look, CHART_PT - 1), "</c:chartSpace>"]
    return ChartXml("".join(out).encode("utf-8"), category_workbook(categories, [(name, scores, "0.0")]))


@record
class ReportCharts:
    """The report's charts, built once: one per KPI trend (plan order) and the health score (None without)."""

    trends: list[ChartXml]
    health: ChartXml | None


def report_charts(content: ReportContent, look: Look) -> ReportCharts:
    """Return every chart of the report, styled once for both the deck and the document."""
    from plangen.compute.report.trends import monthly_trend

    trends = [trend_chart(trend, monthly_trend(content.plan, trend), look) for trend in content.trends]
    health = health_chart(content.health_history, look) if content.health is not None else None
    return ReportCharts(trends, health)
