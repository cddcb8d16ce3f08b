"""Charts: native, editable XY scatter (per-point labels, quadrants), line and bar; image fallback via matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from plangen.office import chartxml_parts as cx
from plangen.office import textfit
from plangen.office.pptx.chartdata import (
    PALETTE,
    CategoryChart,
    Scatter,
    ScatterPoint,
    group_points,
)
from plangen.office.pptx.text import Para, Style, clean

if TYPE_CHECKING:
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box

LABEL_PT = 9.0
"""Size of scatter point labels."""
PLOT_INSET = (48.0, 12.0, 10.0, 46.0)
"""Points of a scatter's box outside its plot area (left, right, top, bottom): axis titles and tick labels."""
LABEL_GAP = 6.0
"""Room kept between neighbouring point labels, and between a label and a quadrant name."""
MARKER_GAP = 7.0
"""From a point's centre to the near edge of its label."""


def _label_pt(text: str, size: float = LABEL_PT, bold: bool = False) -> float:
    """Return the width in points a one-line label needs (the bundled font plus textfit's safety margin)."""
    return textfit.text_width(text, size) * (1.1 if bold else 1.0) / (1 - textfit.SAFETY)


def cut_label(text: str, width: float, size: float = LABEL_PT) -> str:
    """Return `text` cut with '…' to fit `width` points on one line: at a space when Latin words allow."""
    if _label_pt(text, size) <= width:
        return text
    keep = len(text)
    while keep > 1 and _label_pt(text[:keep].rstrip() + "…", size) > width:
        keep -= 1
    head = text[:keep]
    space = head.rfind(" ")
    if text[keep:keep + 1].isascii() and text[keep:keep + 1].isalnum() and head[-1:].isascii() and space > 3:
        head = head[:space]  # do not cut a Latin word in two when an earlier space will do
    return head.rstrip() + "…"


def label_widths(chart: Scatter, width_pt: float, height_pt: float) -> dict[tuple[float, float], float]:
    """Return the width in points each position's label may take in a `width_pt` x `height_pt` chart."""
    return {key: width for key, (width, _) in label_layout(chart, width_pt, height_pt).items()}


def label_layout(chart: Scatter, width_pt: float, height_pt: float) -> dict[tuple[float, float], tuple[float, str]]:
    """Return (width in points, 'above' | 'below' | 'left' | 'right') of each position's label.

    Labels sit centred above their point (below near the top): each keeps inside the plot area
    (`PLOT_INSET`) and clear of the quadrant names and of the labels beside it; two labels that would
    overlap share the room between them, the shorter keeping its length when it can. A label that the plot
    edge would cut goes beside its point instead (left near the right edge) when it fits there whole, clear
    of every other label and quadrant name.
    """
    left, right, top, bottom = PLOT_INSET
    pw, ph = max(width_pt - left - right, 1.0), max(height_pt - top - bottom, 1.0)
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    top_edge = y1 - (y1 - y0) * 0.12
    line_h = LABEL_PT * textfit.LINE_SPACING
    floor = _label_pt("1. あ…")
    spots: list[tuple[float, float, float, float]] = []  # centre x, top, bottom, width wanted
    groups = group_points(chart.points)
    for point in groups:
        px, py = (point.x - x0) / (x1 - x0) * pw, (y1 - point.y) / (y1 - y0) * ph
        height = line_h * len(point.label.split("\n"))
        upper = py + MARKER_GAP if point.y >= top_edge else py - MARKER_GAP - height
        wanted = max(_label_pt(line) for line in clean(point.label).split("\n"))
        spots.append((px, upper, upper + height, min(wanted, 2 * min(px, pw - px))))
    obstacles: list[tuple[float, float, float, float]] = []  # left, right, top, bottom of the quadrant names
    if chart.quadrants is not None:
        dx, dy = pw * 0.02, ph * 0.04
        for index, name in enumerate(chart.quadrants.labels):
            wide = _label_pt(clean(name), 10, bold=True)
            cx = dx if index % 2 == 0 else pw - dx - wide
            cy = dy if index < 2 else ph - dy
            obstacles.append((cx, cx + wide, cy - 8, cy + 8))
    widths = [w for *_, w in spots]
    sides = _side_labels(groups, spots, obstacles, pw, ph, chart)
    for i, (px, upper, lower, _) in enumerate(spots):
        if i in sides:
            continue
        for o_left, o_right, o_top, o_bottom in obstacles:
            if upper < o_bottom and o_top < lower and not o_left <= px <= o_right:
                room = 2 * (px - o_right - LABEL_GAP) if px > o_right else 2 * (o_left - px - LABEL_GAP)
                widths[i] = min(widths[i], max(room, floor))
    for _ in range(len(spots)):  # shrink overlapping pairs until none is left (each pass only shrinks)
        changed = False
        for i in range(len(spots)):
            for j in range(i + 1, len(spots)):
                if i in sides or j in sides:
                    continue  # a label beside its point was placed clear of every other one
                (xi, ti, bi, _), (xj, tj, bj, _) = spots[i], spots[j]
                room = 2 * (abs(xi - xj) - LABEL_GAP)
                if not (ti < bj and tj < bi) or widths[i] + widths[j] <= room + 1e-6:
                    continue
                small, large = sorted((i, j), key=lambda k: widths[k])
                if widths[small] <= room / 2:
                    widths[large] = max(room - widths[small], floor)
                else:
                    widths[small] = widths[large] = max(room / 2, floor)
                changed = True
        if not changed:
            break
    out: dict[tuple[float, float], tuple[float, str]] = {}
    for index, (point, width) in enumerate(zip(groups, widths, strict=True)):
        if index in sides:
            out[(point.x, point.y)] = sides[index]
        else:
            out[(point.x, point.y)] = (width, "below" if point.y >= top_edge else "above")
    return out


def _side_labels(groups: Sequence[ScatterPoint], spots: list[tuple[float, float, float, float]],
                 obstacles: list[tuple[float, float, float, float]], pw: float, ph: float,
                 chart: Scatter) -> dict[int, tuple[float, str]]:
    """Return {index: (width, 'left' | 'right')} for labels the plot edge would cut that fit whole beside their
    point without touching another label (at its full width), another point, a divider or a quadrant name."""
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    line_h = LABEL_PT * textfit.LINE_SPACING
    boxes = [(px - w / 2, px + w / 2, top, bottom) for px, top, bottom, w in spots]
    dividers: list[tuple[float, float, float, float]] = []
    if chart.quadrants is not None:
        dx = (chart.quadrants.x_split - x0) / (x1 - x0) * pw
        dy = (y1 - chart.quadrants.y_split) / (y1 - y0) * ph
        dividers = [(dx - 1, dx + 1, 0.0, ph), (0.0, pw, dy - 1, dy + 1)]
    placed: dict[int, tuple[float, str]] = {}
    for index, point in enumerate(groups):
        full = max(_label_pt(line) for line in clean(point.label).split("\n"))
        px, py = (point.x - x0) / (x1 - x0) * pw, (y1 - point.y) / (y1 - y0) * ph
        if full <= spots[index][3] + 1e-6:
            continue  # centred, it is not cut
        height = line_h * len(point.label.split("\n"))
        side = "left" if px > pw / 2 else "right"
        left = px - MARKER_GAP - full if side == "left" else px + MARKER_GAP
        rect = (left, left + full, py - height / 2, py + height / 2)
        if rect[0] < 0 or rect[1] > pw:
            continue
        markers = [((q.x - x0) / (x1 - x0) * pw - MARKER_GAP, (q.x - x0) / (x1 - x0) * pw + MARKER_GAP,
                    (y1 - q.y) / (y1 - y0) * ph - MARKER_GAP, (y1 - q.y) / (y1 - y0) * ph + MARKER_GAP)
                   for k, q in enumerate(groups) if k != index]
        others = [b for k, b in enumerate(boxes) if k != index] + obstacles + markers + dividers
        if any(rect[0] < b[1] and b[0] < rect[1] and rect[2] < b[3] and b[2] < rect[3] for b in others):
            continue
        placed[index] = (full, side)
        boxes[index] = rect
    return placed


def fitted(chart: Scatter, box: Box) -> Scatter:
    """Return `chart` with its labels cut to `label_widths` when `chart.fit_labels`, else unchanged."""
    if not chart.fit_labels:
        return chart
    from plangen.office.pptx.geometry import emu_to_pt

    room = label_widths(chart, emu_to_pt(box.width), emu_to_pt(box.height))
    return replace(chart, points=[replace(p, label=cut_label(clean(p.label), room[(p.x, p.y)]))
                                  for p in chart.points])


def scatter_series(chart: Scatter) -> tuple[list[ScatterPoint], list[tuple[str, list[tuple[float, float]]]]]:
    """Return the scatter's points grouped by position and its series (points, then the quadrant lines and the
    quadrant names' anchors), every series padded to the same length."""
    grouped = group_points(chart.points)
    q = chart.quadrants
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    columns: list[tuple[str, list[tuple[float, float]]]] = [("points", [(p.x, p.y) for p in grouped])]
    if q is not None:
        dx, dy = (x1 - x0) * 0.02, (y1 - y0) * 0.04
        columns += [("x", [(q.x_split, y0), (q.x_split, y1)]), ("y", [(x0, q.y_split), (x1, q.y_split)]),
                    ("quadrants", [(x0 + dx, y1 - dy), (x1 - dx, y1 - dy), (x0 + dx, y0 + dy), (x1 - dx, y0 + dy)])]
    longest = max(len(values) for _, values in columns)
    # LibreOffice drops series when a later one has more points than the first: pad with the last point
    padded = [(name, values + [values[-1]] * (longest - len(values)) if values else []) for name, values in columns]
    return grouped, padded


def laid_out(chart: Scatter, box: Box) -> tuple[Scatter, dict[tuple[float, float], tuple[float, str]]]:
    """Return `chart` fitted to `box` and, with `chart.fit_labels`, where each point's label goes (else {})."""
    chart = fitted(chart, box)
    if not chart.fit_labels:
        return chart, {}
    from plangen.office.pptx.geometry import emu_to_pt

    return chart, label_layout(chart, emu_to_pt(box.width), emu_to_pt(box.height))


def add_scatter(deck: Deck, slide: Any, box: Box, chart: Scatter) -> Any:
    """Return the shape of an XY scatter in `box`: native (editable) or a picture when deck.charts == 'image'.

    With `chart.fit_labels`, labels take the room they have and are cut only where they must (`label_widths`).
    """
    chart, layout = laid_out(chart, box)
    if deck.charts == "image":
        from plangen.office.pptx.images import scatter_png

        return _picture(slide, box, scatter_png(deck, box, chart, layout))
    from plangen.office.chartxml import ChartXml, add_to_slide
    from plangen.office.pptx.chartdata_xlsx import xy_workbook

    grouped, padded = scatter_series(chart)
    xml = _scatter_xml(deck, chart, grouped, padded, layout)
    styled = ChartXml(xml.encode("utf-8"), xy_workbook([(name, points, "General") for name, points in padded]))
    return add_to_slide(slide, box.left, box.top, box.width, box.height, styled)


_POSITION = {"below": "b", "above": "t", "left": "l", "right": "r"}


def _rich(paras: list[Para], deck: Deck, style: Style, body: str = "") -> str:
    """Return a c:rich of `paras` written in `style` with the deck's fonts (as `write_paragraphs` writes them)."""
    from plangen.office.pptx import xml
    from plangen.office.pptx.text import BULLET

    return cx.rich(xml.paragraphs(paras or [Para("")], deck.fonts, style, BULLET), body)


def _scatter_xml(deck: Deck, chart: Scatter, grouped: list[ScatterPoint],
                 padded: list[tuple[str, list[tuple[float, float]]]],
                 layout: dict[tuple[float, float], tuple[float, str]]) -> str:
    """Return the finished chart XML of a scatter: the c:chartSpace python-pptx's XY template and chart API made
    (markers in the accent colour, each point labelled where `layout` puts it, dashed quadrant lines and the
    quadrant names, axes over their ranges with titles, the deck's fonts), written directly."""
    from plangen.office.pptx import xml as pxml
    from plangen.office.pptx.chartdata_xml import num_ref, series_tx

    design = deck.design
    accent, rule = design.accent.upper(), design.rule.upper()
    y0, y1 = chart.y_range
    top_edge = y1 - (y1 - y0) * 0.12
    no_line = '<c:spPr><a:ln w="47625"><a:noFill/></a:ln></c:spPr>'
    sers = []
    row = 0
    for index, (name, points) in enumerate(padded):
        name_ref, top, bottom = f"Sheet1!$B${row + 1}", row + 2, row + 1 + len(points)
        row += len(points) + 2  # the name's row, the points, a blank row
        values = (f"<c:xVal>{num_ref(f'Sheet1!$A${top}:$A${bottom}', 'General', [x for x, _ in points])}</c:xVal>"
                  f"<c:yVal>{num_ref(f'Sheet1!$B${top}:$B${bottom}', 'General', [y for _, y in points])}</c:yVal>")
        labels: list[str] = []
        if index == 0:
            shape = (f'{no_line}<c:marker><c:symbol val="circle"/><c:size val="11"/><c:spPr>{cx.solid(accent)}'
                     f'<a:ln>{cx.solid("FFFFFF")}</a:ln></c:spPr></c:marker>')
            style = Style(size=LABEL_PT, color=design.ink, align="center")
            for at, point in enumerate(grouped):
                place = layout.get((point.x, point.y), (0.0, "below" if point.y >= top_edge else "above"))[1]
                rich = _rich([Para(line) for line in clean(point.label).split("\n")], deck, style,
                             ' wrap="none"' if chart.fit_labels else "")
                labels.append(f'<c:dLbl><c:idx val="{at}"/><c:tx>{rich}</c:tx><c:dLblPos val="{_POSITION[place]}"/>'
                              f"{cx.SHOW_VALUE}</c:dLbl>")
        elif index in (1, 2):
            shape = (f'<c:spPr><a:ln w="15875">{cx.solid(rule)}<a:prstDash val="dash"/></a:ln></c:spPr>'
                     '<c:marker><c:symbol val="none"/></c:marker>')
        else:
            shape = f'{no_line}<c:marker><c:symbol val="none"/></c:marker>'
            style = Style(size=10, bold=True, color=design.muted)
            assert chart.quadrants is not None
            for at, text in enumerate(chart.quadrants.labels):
                labels.append(f'<c:dLbl><c:idx val="{at}"/><c:tx>{_rich([Para(clean(text))], deck, style)}</c:tx>'
                              f'<c:dLblPos val="{"rl"[at % 2]}"/>{cx.SHOW_VALUE}</c:dLbl>')
        dlbls = f"<c:dLbls>{''.join(labels)}{cx.LABELS_TAIL}</c:dLbls>" if labels else ""
        sers.append(f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>{series_tx(name_ref, name)}{shape}{dlbls}'
                    f'{values}<c:smooth val="0"/></c:ser>')
    tick = (f'<c:numFmt formatCode="{pxml.attr(chart.tick_format)}" sourceLinked="0"/>' if chart.tick_format
            else '<c:numFmt formatCode="General" sourceLinked="1"/>')
    title_style = Style(size=10, bold=True, color=design.muted)

    def axis(ax_id: int, cross: int, pos: str, title: str, low: float, high: float) -> str:
        titled = cx.title(_rich([Para(clean(title))], deck, title_style)) if title else ""
        return (f'<c:valAx><c:axId val="{ax_id}"/><c:scaling><c:orientation val="minMax"/><c:max val="{float(high)}"/>'
                f'<c:min val="{float(low)}"/></c:scaling><c:delete val="0"/><c:axPos val="{pos}"/>{titled}{tick}'
                f'{cx.TICKS}<c:spPr><a:ln>{cx.solid(rule)}</a:ln></c:spPr><c:crossAx val="{cross}"/>'
                '<c:crosses val="autoZero"/><c:crossBetween val="midCat"/>'
                f'<c:majorUnit val="{float(chart.major_unit)}"/></c:valAx>')

    return (f'{cx.CHART_SPACE}<c:chart><c:plotArea><c:scatterChart><c:scatterStyle val="lineMarker"/>'
            f'<c:varyColors val="0"/>{"".join(sers)}<c:axId val="50000"/><c:axId val="50001"/></c:scatterChart>'
            f'{axis(50000, 50001, "b", chart.x_title, *chart.x_range)}{axis(50001, 50000, "l", chart.y_title, y0, y1)}'
            f"</c:plotArea>{cx.PLOT_SETTINGS}</c:chart>"
            f"{_chart_text(deck)}")


def add_category_chart(deck: Deck, slide: Any, box: Box, chart: CategoryChart) -> Any:
    """Return the shape of a line or bar chart in `box`: native, or a picture when deck.charts == 'image'.

    The chart XML is written finished: python-pptx's template with what its chart API set before (the deck's
    fonts, a legend at the bottom for several series, the value axis title and format, category labels turned
    and thinned to stay on one line, series colours, a single point drawn as a diamond).
    """
    if deck.charts == "image":
        from plangen.office.pptx.images import category_png

        return _picture(slide, box, category_png(deck, box, chart))
    from plangen.office.chartxml import ChartXml, add_to_slide
    from plangen.office.pptx.chartdata_xlsx import category_workbook
    from plangen.office.pptx.chartdata_xml import category_chart_xml
    from plangen.office.pptx.geometry import emu_to_pt
    from plangen.office.pptx.xml import attr

    if chart.kind not in ("line", "bar", "barh"):
        raise KeyError(chart.kind)
    categories = [clean(c) for c in chart.categories]
    series_data = [(clean(series.name), list(series.values)) for series in chart.series]
    styles = []
    for index, spec in enumerate(chart.series):
        fill = cx.solid((spec.color or PALETTE[index % len(PALETTE)]).upper())
        if chart.kind != "line":
            styles.append(f"<c:spPr>{fill}</c:spPr>")
            continue
        # a single point marks an event: make it visible
        diamond = '<c:symbol val="diamond"/><c:size val="13"/>' if sum(v is not None for v in spec.values) == 1 else ""
        styles.append(f"<c:spPr><a:ln>{fill}</a:ln></c:spPr><c:marker>{diamond}<c:spPr>{fill}</c:spPr></c:marker>")
    legend = ""
    if chart.legend and len(chart.series) > 1:
        legend = (cx.LEGEND_BELOW if chart.kind == "line"
                  else '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>')
    title = ""
    if chart.y_title:
        title = cx.title(_rich([Para(clean(chart.y_title))], deck, Style(size=10, bold=True, color=deck.design.muted)))
    turn, skip = category_thinning(categories, emu_to_pt(box.width)) if chart.kind != "barh" else (False, 1)
    cat_text = cx.tx_pr("<a:defRPr/>", cx.TURNED) if turn else ""
    tick_format = (f'<c:numFmt formatCode="{attr(chart.number_format)}" sourceLinked="0"/>'
                   if chart.number_format != "General" and chart.kind == "line" else "")
    xml = category_chart_xml(chart.kind, categories, series_data, chart.number_format, series_xml=styles,
                             cat_text=cat_text, cat_skip=skip if turn else 1, title=title, tick_format=tick_format,
                             legend=legend, text=_chart_text(deck), ids=("50000", "50001"))
    workbook = category_workbook(categories, [(name, values, chart.number_format) for name, values in series_data])
    return add_to_slide(slide, box.left, box.top, box.width, box.height, ChartXml(xml.encode("utf-8"), workbook))


def _chart_text(deck: Deck) -> str:
    """Return a chart's default text (c:txPr and the closing tag): 10 pt, the deck's language and fonts."""
    from plangen.office.pptx.xml import attr

    fonts = deck.fonts
    run = cx.def_rpr(attr(fonts.lang), attr(fonts.latin), attr(fonts.ea), ' sz="1000"')
    return cx.tx_pr(run, end=cx.END_PARA) + "</c:chartSpace>"


CATEGORY_PT = 10.0
"""Size of category axis labels (the chart's default text size)."""


def category_skip(categories: list[str], width_pt: float, size: float = CATEGORY_PT) -> int:
    """Return k so that every k-th category label fits its share of the axis on one line (1: all of them)."""
    if not categories:
        return 1
    widest = max(_label_pt(line, size) for c in categories for line in c.split("\n"))
    slot = width_pt * 0.85 / len(categories)  # the plot area is about 85 % of the frame
    return max(1, -(-int(widest) // max(int(slot), 1)))


def category_thinning(categories: list[str], width_pt: float) -> tuple[bool, int]:
    """Return (turn the labels 45 degrees, show every k-th one) for category labels in a chart `width_pt` wide."""
    if category_skip(categories, width_pt) == 1:
        return False, 1
    slot = max(int(width_pt * 0.85 / len(categories)), 1)
    return True, max(1, -(-int(CATEGORY_PT * textfit.LINE_SPACING * 1.5) // slot))


def _picture(slide: Any, box: Box, png: bytes) -> Any:
    """Return a picture of `png` placed in `box`."""
    import io

    return slide.shapes.add_picture(io.BytesIO(png), box.left, box.top, box.width, box.height)
