"""When to expect results (成果が出るまでの見通し): each KGI's expected path as a line, the first effect review
and the agreed evaluation method, under one sentence that sets the expectation."""

from __future__ import annotations

import math
from typing import Any

from plangen.compute.outlook import ExpectedPath, expected_paths, first_effect_review
from plangen.model import Milestone, Plan
from plangen.office.pptx import Box, CategoryChart, Para, Series, Style, add_category_chart, inch
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import labelled_rows
from plangen.text.formats import aside, decimals, format_date_short, format_month, format_month_short, format_number

PER_SLIDE = 1
"""KGIs shown on one slide: one, so that the chart and the agreed method stay readable."""


def present(plan: Plan) -> bool:
    """Return True when a KGI has baseline, target and target date (what an expected path needs)."""
    return bool(expected_paths(plan))


def month_label(month: str, first: bool, lang: str) -> str:
    """Return a month axis label: 2027年1月 on the first month and each January, else 2月 (en: Jan 2027 / Feb)."""
    return format_month(month, lang) if first or month.endswith("-01") else format_month_short(month, lang)


def number_format(path: ExpectedPath) -> str:
    """Return the value axis format: whole numbers for wide ranges, one or two decimals for narrow ones."""
    span = abs(path.values[-1] - path.values[0]) if path.values else 0
    return "#,##0" if span >= 20 else "0.0" if span >= 2 else "0.00"


def chart_for(ctx: Ctx, path: ExpectedPath, review: Milestone | None) -> CategoryChart:
    """Return the line chart of a KGI's path, from the month before it starts (the baseline) to its target
    month, with the first effect review as a single marker when it falls on the path."""
    kpi = path.kpi
    assert kpi.baseline is not None
    months = [_month_before(path.months[0]), *path.months]
    values: list[float | None] = [kpi.baseline, *path.values]
    categories = [month_label(m, i == 0, ctx.lang) for i, m in enumerate(months)]
    series = [Series(ctx.tr("kickoff.outlook.path"), values, color=ctx.deck.design.accent)]
    if review is not None and f"{review.date:%Y-%m}" in months:
        index = months.index(f"{review.date:%Y-%m}")
        marks: list[float | None] = [None] * len(months)
        marks[index] = values[index]
        series.append(Series(aside(ctx.tr("kickoff.outlook.first"), format_date_short(review.date, ctx.lang),
                                   ctx.lang), marks, color=ctx.deck.design.highlight))
    return CategoryChart(categories, series, y_title=kpi.unit or "", kind="line", number_format=number_format(path),
                         legend=True)


def _tidy(chart: Any, path: ExpectedPath) -> None:
    """Drop the automatic title (the legend names the line) and fit the value axis to the path with a margin."""
    assert path.kpi.baseline is not None
    from pptx.enum.chart import XL_LEGEND_POSITION

    chart.has_title = False
    chart.has_legend = True  # also for a path alone: the legend says the line is the plan's expectation
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    values = [path.kpi.baseline, *path.values]
    low, high = min(values), max(values)
    pad = (high - low) * 0.25 or abs(high) * 0.1 or 1
    unit = nice_unit((high - low) + 2 * pad)
    chart.value_axis.minimum_scale = math.floor((low - pad) / unit) * unit
    chart.value_axis.maximum_scale = math.ceil((high + pad) / unit) * unit
    chart.value_axis.major_unit = unit


def nice_unit(span: float, ticks: int = 5) -> float:
    """Return a round tick step (1, 2 or 5 times a power of ten) giving about `ticks` steps over `span`."""
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def _month_before(month: str) -> str:
    """Return the month before a YYYY-MM month."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def render(ctx: Ctx) -> None:
    """Add the outlook slide(s): the expectation sentence, then per KGI its path, target, review and method."""
    paths = expected_paths(ctx.plan)
    review = first_effect_review(ctx.plan)
    for start in range(0, len(paths), PER_SLIDE):
        chunk = paths[start:start + PER_SLIDE]
        slide = ctx.deck.add_slide(ctx.tr("kickoff.outlook") + (ctx.tr("doc.cont") if start else ""))
        lead, rest = ctx.deck.content.take_top(inch(0.75), gap=inch(0.2))
        _lead(ctx, slide, lead, review)
        for path, band in zip(chunk, rest.rows(len(chunk), gap=inch(0.25)), strict=False):
            _band(ctx, slide, band, path, review)


def _lead(ctx: Ctx, slide: object, box: Box, review: Milestone | None) -> None:
    """Draw the sentence that sets when results can be expected."""
    deck = ctx.deck
    if review is not None:
        when = ctx.tr("kickoff.outlook.when", date=ctx.day(review.date), name=review.name)
        text = ctx.tr("kickoff.outlook.lead", when=when)
    else:
        text = ctx.tr("kickoff.outlook.lead_tbd")
    deck.text(slide, box, text, Style(size=16, min_size=10, bold=True, color=deck.design.accent, anchor="middle"),
              fill=deck.design.accent_light, inset_x=inch(0.2))


def _band(ctx: Ctx, slide: object, band: Box, path: ExpectedPath, review: Milestone | None) -> None:
    """Draw one KGI: its path chart left, its target, first review and evaluation method right."""
    kpi = path.kpi
    chart_box, facts = band.columns([1.6, 1], gap=inch(0.3))
    frame = add_category_chart(ctx.deck, slide, chart_box, chart_for(ctx, path, review))
    if getattr(frame, "has_chart", False):
        _tidy(frame.chart, path)
    digits = decimals((kpi.baseline, kpi.target))
    target = f"{format_number(kpi.baseline, kpi.unit, digits)} → {format_number(kpi.target, kpi.unit, digits)}"
    goal = [Para(kpi.name, bold=True), Para(aside(target, ctx.day(kpi.target_date), ctx.lang))]
    first = [Para(ctx.day(review.date), bold=True), Para(review.name)] if review else ctx.tr("kickoff.tbd")
    labelled_rows(ctx.deck, slide, facts, [(ctx.tr("kickoff.outlook.goal"), goal),
                                           (ctx.tr("kickoff.outlook.first"), first),
                                           (ctx.tr("kickoff.outlook.method"), ctx.tbd(kpi.evaluation))],
                  fill=ctx.deck.design.accent, label_width=inch(1.6))
