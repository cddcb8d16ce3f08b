"""The evaluator report as an A4 Word document, built on plangen.office.docx_kit."""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.report.content import ReportContent
from plangen.compute.report.health import alert_lines, component_table
from plangen.render.report.props import report_props
from plangen.text import tr
from plangen.text.formats import aside, format_date_short, format_month, format_score, format_status

if TYPE_CHECKING:
    from docx.document import Document
    from matplotlib.figure import Figure

    from plangen.design import Design

SUMMARY_KEY_MM = 48.0
CHART_WIDTH_MM = 165.0  # charts are drawn at the width they are shown, at report_charts.PRINT_DPI


def write_docx(content: ReportContent, target: Path) -> Path:
    """Write the report of `content` to `target` (atomically); return `target`."""
    from plangen.office import docx_kit as kit

    design = content.design
    sep = tr(content.lang, "report.footer_sep")
    doc = kit.new_document(design,
                           footer_text=sep.join((content.plan.client.title, tr(content.lang, "report.title"),
                                                 format_month(content.month, content.lang))))
    kit.add_title(doc, content.title, design, subtitle=content.subtitle)
    charts = _chart_pngs(content)
    _summary(doc, content)
    kit.page_break(doc)
    _kpi_table(doc, content)
    _trends(doc, content, charts[:len(content.trends)])
    if content.health is not None:
        _health(doc, content, charts[len(content.trends):])
    _milestones(doc, content)
    _activities(doc, content)
    return kit.save(doc, target, report_props(content))


def _summary(doc: Document, content: ReportContent) -> None:
    """Add the one-page executive summary."""
    from plangen.office import docx_kit as kit

    design, lang, summary = content.design, content.lang, content.summary
    if content.notes is None:
        kit.add_paragraph(doc, tr(lang, "report.no_notes", month=content.month), design, size=9,
                          colour=design.highlight)
    kit.add_heading(doc, tr(lang, "report.exec"), design, level=1)
    pairs: list[tuple[str, str, str | None]] = [
        (tr(lang, "report.overall"), aside(summary.overall_label, summary.overall_detail, lang), summary.overall)]
    for kgi in summary.kgis:
        status = format_status(kgi.status, lang) if kgi.status else ""
        sep = tr(lang, "punct.gap")
        pairs.append((f"{tr(lang, 'report.kgis')}: {kgi.title}", f"{kgi.value}{sep}{kgi.detail}{sep}[{status}]",
                      kgi.status))
    if summary.health is not None:
        pairs.append((summary.health.title, f"{summary.health.value}{tr(lang, 'punct.gap')}"
                      f"{summary.health.detail}", "off_track" if content.health and content.health.alert else None))
    for item in summary.benefit:
        gap = tr(lang, "punct.gap")
        text = f"{item.value}{gap}{item.detail}" if item.detail else item.value
        pairs.append((item.title, text, None))
    table = kit.add_key_value_table(doc, [(k, v) for k, v, _ in pairs], design, key_width_mm=SUMMARY_KEY_MM)
    for table_row, (_, _, fill) in zip(table.rows, pairs, strict=True):
        if fill:
            kit.shade_status_cell(table_row.cells[1], fill, design)
    if content.health is not None and content.health.alert:
        lines = alert_lines(content.health, content.plan, lang)
        kit.add_paragraph(doc, "", design, size=4)
        kit.add_paragraph(doc, lines[0], design, size=9, colour=design.status_colour("off_track"), bold=True)
        kit.add_bullets(doc, lines[1:3], design, size=9)
    kit.add_heading(doc, tr(lang, "report.csm_summary"), design, level=2)
    kit.add_paragraph(doc, summary.csm_summary or tr(lang, "doc.missing"), design)
    kit.add_heading(doc, tr(lang, "report.decisions"), design, level=2)
    if summary.decisions:
        kit.add_bullets(doc, summary.decisions, design)
    else:
        kit.add_paragraph(doc, tr(lang, "report.no_decisions") if content.notes else tr(lang, "doc.missing"), design)


def _kpi_table(doc: Document, content: ReportContent) -> None:
    """Add the KPI table with status colour and label."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    kit.add_heading(doc, tr(lang, "report.kpi_table"), design, level=1)
    header = [tr(lang, f"report.{k}") for k in ("col.kpi", "col.kind", "col.baseline", "col.target", "col.target_date",
                                   "col.this", "col.last", "col.progress", "col.expected", "col.status")]
    rows = [[r.name, r.kind, r.baseline, r.target, r.target_date, r.this_month, r.last_month, r.progress,
             r.expected, r.status_label] for r in content.rows]
    # English headers ("Progress", "Expected") need wider columns than Japanese ones: layout, not words
    widths = [34, 10, 15, 15, 20, 15, 15, 14, 15, 17] if lang == "ja" else [28, 11, 15, 15, 19, 15, 15, 18, 18, 16]
    align: list[Any] = ["left", "center", "right", "right", "center", "right", "right", "right", "right", "center"]
    table = kit.add_table(doc, header, rows, design, widths_mm=widths, align=align, size=8.5)
    for table_row, row in zip(list(table.rows)[1:], content.rows, strict=True):
        cell = table_row.cells[len(header) - 1]
        kit.shade_status_cell(cell, row.status, design)
        kit.set_cell_text(cell, row.status_label, design, bold=True, size=8.5, align="center",
                          colour=design.status_colour(row.status))
    kit.add_paragraph(doc, tr(lang, "report.kpi_table.note"), design, size=8, colour=design.muted)


def _chart_pngs(content: ReportContent) -> list[Future[bytes]]:
    """Return the PNG (future) of each KPI trend, then of the health score when the plan has one (matplotlib)."""
    from plangen.render.report.images import encode_pngs_later, health_figure, kpi_trend_figure

    design = content.design
    charts: list[Callable[[], Figure]] = [
        partial(kpi_trend_figure, trend, design, width_mm=CHART_WIDTH_MM, shown_mm=CHART_WIDTH_MM)
        for trend in content.trends]
    if content.health is not None and content.plan.health is not None:
        levels = [(lv.name, lv.min) for lv in content.plan.health.levels]
        charts.append(partial(health_figure, content.health_history, levels, design, width_mm=CHART_WIDTH_MM,
                              shown_mm=CHART_WIDTH_MM))
    return encode_pngs_later(charts)


def _trends(doc: Document, content: ReportContent, pngs: list[Future[bytes]]) -> None:
    """Add one trend chart per KPI (matplotlib images, one PNG per trend)."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    for index, (trend, png) in enumerate(zip(content.trends, pngs, strict=True)):
        kpi = trend.figure.kpi
        status = format_status(trend.figure.status, lang)
        heading = tr(lang, "report.trend_title", name=kpi.name)
        if index == 0:
            kit.add_heading(doc, tr(lang, "report.trend_heading"), design, level=1)
        kit.add_heading(doc, aside(heading, status, lang), design, level=3)
        kit.add_picture(doc, io.BytesIO(png.result()), design, width_mm=CHART_WIDTH_MM)


def _health(doc: Document, content: ReportContent, pngs: list[Future[bytes]]) -> None:
    """Add the health score by month (`pngs`: its chart), this month's points per component and the alert."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    health, plan = content.health, content.plan
    assert health is not None and plan.health is not None
    kit.page_break(doc)
    kit.add_heading(doc, tr(lang, "report.health"), design, level=1)
    if content.summary.health is not None:
        kit.add_paragraph(doc, f"{content.summary.health.value}{tr(lang, 'punct.gap')}{content.summary.health.detail}",
                          design, bold=True)
    kit.add_heading(doc, tr(lang, "report.health.trend"), design, level=2)
    kit.add_picture(doc, io.BytesIO(pngs[0].result()), design, width_mm=CHART_WIDTH_MM)
    kit.add_table(doc, [tr(lang, "report.col.month"), tr(lang, "report.col.score"), tr(lang, "report.col.level")],
                  [[format_month(row.month, lang), format_score(row.score), row.level or tr(lang, "doc.missing")]
                   for row in content.health_history], design, widths_mm=[40, 30, 30],
                  align=["left", "right", "center"])
    kit.add_heading(doc, tr(lang, "report.health.components"), design, level=2)
    kit.add_table(doc, [tr(lang, f"report.{k}") for k in ("col.component", "col.value", "col.weight", "col.points",
                                             "col.change")],
                  component_table(health, plan, lang), design, widths_mm=[74, 24, 24, 24, 24],
                  align=["left", "right", "right", "right", "right"])
    lines = alert_lines(health, plan, lang)
    if lines:
        kit.add_paragraph(doc, "", design, size=4)
        kit.add_paragraph(doc, lines[0], design, bold=True, colour=design.status_colour("off_track"))
        kit.add_bullets(doc, lines[1:], design)


def _milestones(doc: Document, content: ReportContent) -> None:
    """Add the milestone table with status from the notes or from dates."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    if not content.milestones:
        return
    kit.add_heading(doc, tr(lang, "report.milestones"), design, level=1)
    rows = []
    for row in content.milestones:
        ms = row.milestone
        status = format_status(row.status, lang) + ("" if row.from_notes else tr(lang, "report.ms.source.dates"))
        rows.append([format_date_short(ms.date, lang), ms.name, ms.criteria or "—", ms.owner or "—", status])
    table = kit.add_table(doc, [tr(lang, f"report.{k}") for k in ("col.date", "col.name", "col.criteria", "col.owner",
                                                     "col.status")],
                          rows, design, widths_mm=[24, 40, 62, 22, 22],
                          align=["left", "left", "left", "left", "center"])
    for table_row, row in zip(list(table.rows)[1:], content.milestones, strict=True):
        if row.status != "planned":
            kit.shade_status_cell(table_row.cells[4], row.status, design)


def _activities(doc: Document, content: ReportContent) -> None:
    """Add highlights, done, issues, next actions and decisions from the notes."""
    from plangen.office import docx_kit as kit

    design, lang, notes = content.design, content.lang, content.notes
    kit.add_heading(doc, tr(lang, "report.activities"), design, level=1)
    if notes is None:
        kit.add_paragraph(doc, tr(lang, "report.no_notes", month=content.month), design, colour=design.muted)
        return
    _bullets(doc, design, tr(lang, "report.highlights"), notes.highlights, lang)
    kit.add_heading(doc, tr(lang, "report.done"), design, level=2)
    if notes.done:
        kit.add_table(doc, [tr(lang, "report.col.action"), tr(lang, "report.col.owner"), tr(lang, "report.col.result")],
                      [[d.action, d.owner or "—", d.result or "—"] for d in notes.done], design,
                      widths_mm=[70, 28, 72])
    else:
        kit.add_paragraph(doc, tr(lang, "doc.none"), design, colour=design.muted)
    _bullets(doc, design, tr(lang, "report.issues"), notes.issues, lang)
    kit.add_heading(doc, tr(lang, "report.next_actions"), design, level=2)
    if notes.next_actions:
        kit.add_table(doc, [tr(lang, "report.col.action"), tr(lang, "report.col.owner"), tr(lang, "report.col.due")],
                      [[a.action, a.owner or "—", format_date_short(a.due, lang)] for a in notes.next_actions], design,
                      widths_mm=[110, 30, 30])
    else:
        kit.add_paragraph(doc, tr(lang, "doc.none"), design, colour=design.muted)
    _bullets(doc, design, tr(lang, "report.decisions"), notes.decisions, lang, empty=tr(lang, "report.no_decisions"))


def _bullets(doc: Document, design: Design, title: str, items: list[str], lang: str,
             empty: str | None = None) -> None:
    """Add a level-2 heading and its bullet list (a muted 'none' when empty)."""
    from plangen.office import docx_kit as kit

    kit.add_heading(doc, title, design, level=2)
    if items:
        kit.add_bullets(doc, items, design)
    else:
        kit.add_paragraph(doc, empty or tr(lang, "doc.none"), design, colour=design.muted)
