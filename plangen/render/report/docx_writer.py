"""The evaluator report as an A4 Word document, built on plangen.office.docx_kit, with native (editable) charts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.report.content import ReportContent
from plangen.compute.report.decisions import decision_details, decision_line
from plangen.compute.report.health import alert_lines, component_table
from plangen.compute.report.kpi_table import improvement_text
from plangen.render.report.props import report_props
from plangen.text import tr
from plangen.text.formats import (
    MISSING,
    aside,
    decimals,
    format_date_short,
    format_money,
    format_month,
    format_number,
    format_ratio,
    format_score,
    format_status,
    join_list,
)

if TYPE_CHECKING:
    from docx.document import Document

    from plangen.design import Design
    from plangen.office.chartxml import ChartXml
    from plangen.render.report.charts import ReportCharts

SUMMARY_KEY_MM = 42.0
CHART_WIDTH_MM = 165.0
TREND_HEIGHT_MM = 68.0
HEALTH_HEIGHT_MM = 70.0


def write_docx(content: ReportContent, target: Path, charts: ReportCharts | None = None) -> Path:
    """Write the report of `content` with `charts` (built here when None) to `target` (atomically); return it."""
    from plangen.office import docx_kit as kit
    from plangen.render.report.charts import look_for, report_charts

    charts = charts or report_charts(content, look_for(content))
    design = content.design
    sep = tr(content.lang, "report.footer_sep")
    doc = kit.new_document(design, footer_text=sep.join((content.plan.client.title, tr(content.lang, "report.title"),
                                                         format_month(content.month, content.lang))))
    _cover(doc, content)
    _summary(doc, content)
    if content.benefit is not None:
        kit.page_break(doc)
        _benefit_lines(doc, content)
    kit.page_break(doc)
    if content.rows:
        _kpi_table(doc, content)
        _trends(doc, content, charts)
    _initiatives(doc, content)
    if content.health is not None and charts.health is not None:
        _health(doc, content, charts.health)
    _milestones(doc, content)
    _activities(doc, content)
    return kit.save(doc, target, report_props(content))


def _summary(doc: Document, content: ReportContent) -> None:
    """Add the 2-minute first page: verdict, the CSM's words, results, outlook and what we ask."""
    from plangen.office import docx_kit as kit

    design, lang, summary = content.design, content.lang, content.summary
    for note in (content.period_note, None if content.notes else tr(lang, "report.no_notes", month=content.month)):
        if note:
            kit.add_paragraph(doc, note, design, size=9, colour=design.highlight)
    kit.add_heading(doc, tr(lang, "report.exec"), design, level=1)
    gap = tr(lang, "punct.gap")
    verdict_row = (tr(lang, "report.verdict"), f"{summary.overall_label}{gap}{summary.basis}")
    verdict = kit.add_key_value_table(doc, [verdict_row],
                                      design, key_width_mm=SUMMARY_KEY_MM)
    kit.shade_status_cell(verdict.rows[0].cells[1], summary.overall, design)
    if summary.csm_summary:
        kit.add_paragraph(doc, summary.csm_summary, design)
    kit.add_paragraph(doc, summary.leading, design, size=9.5, bold=bool(content.verdict.leading),
                      colour=design.status_colour("at_risk") if content.verdict.leading else design.muted)
    kit.add_heading(doc, tr(lang, "report.results"), design, level=2)
    pairs: list[tuple[str, str, str | None]] = []
    for kgi in summary.kgis:
        pairs.append((kgi.title, f"{kgi.value}{gap}[{format_status(kgi.status, lang)}]\n{kgi.detail}", kgi.status))
    benefit = content.benefit
    if summary.to_date is not None and benefit is not None:
        pairs.append((f"{summary.to_date.title}\n{tr(lang, 'report.fee_to_date')}",
                      f"{summary.to_date.value}\n{format_money(benefit.fee_to_date, benefit.currency, lang)}"
                      f"{gap}{summary.to_date.detail}", None))
    if summary.health is not None:
        pairs.append((summary.health.title, f"{summary.health.value}{gap}{summary.health.detail}",
                      "off_track" if summary.health.status else None))
    if pairs:
        table = kit.add_key_value_table(doc, [(k, v) for k, v, _ in pairs], design, key_width_mm=SUMMARY_KEY_MM)
        for row, (_, _, status) in zip(table.rows, pairs, strict=True):
            if status:
                kit.shade_status_cell(row.cells[1], status, design)
    else:
        kit.add_paragraph(doc, summary.overall_detail or tr(lang, "report.verdict.none"), design, colour=design.muted)
    kit.add_heading(doc, tr(lang, "report.outlook"), design, level=2)
    sep = tr(lang, "punct.label")
    lines = [f"{line.name}{sep}{line.text}" for line in summary.outlook] or [tr(lang, "report.no_kpis")]
    if benefit is not None and benefit.at_target is not None:
        amount = format_money(benefit.at_target, benefit.currency, lang)
        lines.append(tr(lang, "report.benefit.target_line", amount=amount,
                        ratio=format_ratio(benefit.ratio_at_target, lang)))
    if summary.renewal:
        lines.append(summary.renewal)
    kit.add_bullets(doc, lines, design)
    kit.add_heading(doc, tr(lang, "report.asks"), design, level=2)
    if not summary.decisions:
        kit.add_paragraph(doc, tr(lang, "report.no_decisions") if content.notes else tr(lang, "doc.missing"), design,
                          colour=design.muted)
    for decision in summary.decisions:
        kit.add_paragraph(doc, "■ " + decision.decision, design, bold=True)
        details = decision_details(decision, lang)
        if details:
            kit.add_bullets(doc, details, design, size=9.5)
    if benefit is not None:
        kit.add_paragraph(doc, tr(lang, "report.benefit.see_lines"), design, size=8.5, colour=design.muted,
                          align="right")


def _benefit_lines(doc: Document, content: ReportContent) -> None:
    """Add the benefit's lines with totals, the ratio to the fee, to-date figures and the formula."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    benefit = content.benefit
    assert benefit is not None
    kit.add_heading(doc, tr(lang, "report.benefit.lines"), design, level=1)

    def money(value: float | None) -> str:
        return format_money(value, benefit.currency, lang)

    header = [tr(lang, f"report.{k}") for k in ("col.kpi", "col.scope", "col.baseline", "col.this", "col.improvement",
                                   "col.vpu", "col.amount", "col.target", "col.amount_target")]
    company = tr(lang, "report.benefit.company")
    def value(ln: Any, number: float | None) -> str:
        return format_number(number, ln.kpi.unit, decimals((ln.kpi.baseline, ln.kpi.target, ln.actual)))

    rows = [[ln.kpi.name, ln.kpi.scope or company, value(ln, ln.kpi.baseline),
             value(ln, ln.actual), improvement_text(ln.kpi, ln.improvement, ln.actual),
             money(ln.value_per_unit), money(ln.amount), value(ln, ln.kpi.target),
             money(ln.at_target)]
            for ln in benefit.lines]
    blank = ["", "", "", "", ""]
    rows.append([tr(lang, "report.benefit.total"), *blank, money(benefit.now), "", money(benefit.at_target)])
    rows.append([tr(lang, "report.benefit.fee"), *blank, money(benefit.annual_fee), "", money(benefit.annual_fee)])
    rows.append([tr(lang, "report.col.ratio"), "", "", "", "", "", format_ratio(benefit.ratio_now, lang), "",
                 format_ratio(benefit.ratio_at_target, lang)])
    # layout, not words: English headers need wider number columns
    widths = [30, 18, 14, 14, 15, 20, 20, 14, 20] if lang == "ja" else [24, 17, 13, 16, 14, 19, 21, 15, 21]
    align: list[Any] = ["left", "left", "right", "right", "right", "right", "right", "right", "right"]
    table = kit.add_table(doc, header, rows, design, widths_mm=widths, align=align, size=8.5)
    for row in list(table.rows)[-3:]:
        for index in (6, 8):
            kit.set_cell_text(row.cells[index], row.cells[index].text, design, bold=True, size=8.5, align="right")
    if benefit.months:
        kit.add_paragraph(doc, "", design, size=4)
        kit.add_table(doc, [tr(lang, f"report.{k}") for k in ("col.month", "col.realised", "to_date", "fee_to_date")],
                      [[format_month(m.month, lang), money(m.realised), money(m.cumulative), money(m.fee_cumulative)]
                       for m in benefit.months], design, widths_mm=[30, 30, 30, 30],
                      align=["left", "right", "right", "right"], size=8.5)
    if content.summary.to_date is not None:
        to_date = content.summary.to_date
        gap = tr(lang, "punct.gap")
        kit.add_paragraph(doc, gap.join((f"{to_date.title} {to_date.value}",
                                         f"{tr(lang, 'report.fee_to_date')} {money(benefit.fee_to_date)}",
                                         to_date.detail)), design, bold=True)
    kit.add_paragraph(doc, tr(lang, "report.benefit.formula"), design, size=8.5, colour=design.muted)
    if content.excluded:
        names = join_list(content.excluded, lang)
        kit.add_paragraph(doc, tr(lang, "report.benefit.excluded", names=names), design, size=8.5, colour=design.muted)


def _kpi_table(doc: Document, content: ReportContent) -> None:
    """Add the KPI table with status colour and label."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    kit.add_heading(doc, tr(lang, "report.kpi_table"), design, level=1)
    header = [tr(lang, f"report.{k}") for k in ("col.kpi", "col.kind", "col.baseline", "col.target", "col.target_date",
                                   "col.this", "col.last", "col.progress", "col.expected", "col.status")]
    rows = [[r.name, r.kind, r.baseline, r.target, r.target_date, r.this_month, r.last_month, r.progress,
             r.expected, r.status_label] for r in content.rows]
    # layout, not words: English headers such as "Progress" need more room
    widths = [34, 10, 15, 15, 20, 15, 15, 14, 15, 17] if lang == "ja" else [28, 11, 15, 15, 19, 15, 15, 18, 18, 16]
    align: list[Any] = ["left", "center", "right", "right", "center", "right", "right", "right", "right", "center"]
    table = kit.add_table(doc, header, rows, design, widths_mm=widths, align=align, size=8.5)
    for table_row, row in zip(list(table.rows)[1:], content.rows, strict=True):
        cell = table_row.cells[len(header) - 1]
        kit.shade_status_cell(cell, row.status, design)
        kit.set_cell_text(cell, row.status_label, design, bold=True, size=8.5, align="center",
                          colour=design.status_colour(row.status))
    kit.add_paragraph(doc, tr(lang, "report.kpi_table.note"), design, size=8, colour=design.muted)


def _trends(doc: Document, content: ReportContent, charts: ReportCharts) -> None:
    """Add one native trend chart per KPI, with its outlook and how it is judged."""
    from docx.shared import Mm

    from plangen.compute.report.summary import projection_text
    from plangen.office import docx_kit as kit
    from plangen.office.docx_charts import add_chart

    design, lang = content.design, content.lang
    sep = tr(lang, "punct.label")
    tones = {"ok": design.status_colour("on_track"), "late": design.status_colour("at_risk"), "none": design.muted}
    for index, (trend, row, chart) in enumerate(zip(content.trends, content.rows, charts.trends, strict=True)):
        fig = trend.figure
        status = format_status(fig.status, lang)
        heading = tr(lang, "report.trend_title", name=row.name)
        if index == 0:
            kit.add_heading(doc, tr(lang, "report.trend_heading"), design, level=1)
        kit.add_heading(doc, aside(heading, status, lang), design, level=3)
        if not trend.actual:
            kit.add_paragraph(doc, tr(lang, "report.chart.no_data"), design, size=9, colour=design.muted)
        add_chart(doc, chart, Mm(CHART_WIDTH_MM), Mm(TREND_HEIGHT_MM))
        outlook, tone = projection_text(fig, content.projections[fig.kpi.id], lang)
        kit.add_paragraph(doc, tr(lang, "report.projection") + sep + outlook, design, size=9.5, bold=True,
                          colour=tones[tone])
        kit.add_paragraph(doc, tr(lang, "report.evaluation") + sep + (fig.kpi.evaluation or "—"), design, size=9.5)


def _initiatives(doc: Document, content: ReportContent) -> None:
    """Add the roadmap's initiatives with their state this month."""
    from plangen.office import docx_kit as kit

    design, lang = content.design, content.lang
    if not content.initiatives:
        return
    kit.add_heading(doc, tr(lang, "report.initiatives"), design, level=1)
    names = {k.id: k.name for k in content.plan.kpis}
    sep = tr(lang, "punct.list")
    rows = []
    for row in content.initiatives:
        ini = row.initiative
        period = tr(lang, "punct.range", start=format_date_short(ini.start, lang),
                    end=format_date_short(ini.end, lang)) if ini.start or ini.end else MISSING
        state = tr(lang, f"report.ini.{row.key}")
        if row.key == "behind":
            state += "\n" + tr(lang, "report.ini.behind_note", names=sep.join(row.behind))
        rows.append([ini.name, period, ini.owner or "—", sep.join(names.get(k, k) for k in ini.kpis) or "—", state])
    header = [tr(lang, f"report.{k}") for k in ("col.initiative", "col.period", "col.owner", "col.kpis", "col.state")]
    table = kit.add_table(doc, header, rows, design, widths_mm=[40, 30, 20, 36, 44],
                          align=["left", "center", "left", "left", "center"])
    states = {"running": "on_track", "done": "achieved", "behind": "at_risk"}
    for table_row, row in zip(list(table.rows)[1:], content.initiatives, strict=True):
        if row.key in states:
            kit.shade_status_cell(table_row.cells[4], states[row.key], design)


def _health(doc: Document, content: ReportContent, chart: ChartXml) -> None:
    """Add the health score by month (a native chart and a table), this month's points per component and the alert."""
    from docx.shared import Mm

    from plangen.office import docx_kit as kit
    from plangen.office.docx_charts import add_chart

    design, lang = content.design, content.lang
    health, plan = content.health, content.plan
    assert health is not None and plan.health is not None
    kit.page_break(doc)
    kit.add_heading(doc, tr(lang, "report.health"), design, level=1)
    if content.summary.health is not None:
        kit.add_paragraph(doc, f"{content.summary.health.value}　{content.summary.health.detail}", design, bold=True)
    kit.add_heading(doc, tr(lang, "report.health.trend"), design, level=2)
    add_chart(doc, chart, Mm(CHART_WIDTH_MM), Mm(HEALTH_HEIGHT_MM))
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
    _bullets(doc, design, tr(lang, "report.decisions"), [decision_line(d, lang) for d in notes.decisions], lang,
             empty=tr(lang, "report.no_decisions"))


def _bullets(doc: Document, design: Design, title: str, items: list[str], lang: str,
             empty: str | None = None) -> None:
    """Add a level-2 heading and its bullet list (a muted 'none' when empty)."""
    from plangen.office import docx_kit as kit

    kit.add_heading(doc, title, design, level=2)
    if items:
        kit.add_bullets(doc, items, design)
    else:
        kit.add_paragraph(doc, empty or tr(lang, "doc.none"), design, colour=design.muted)


def _cover(doc: Document, content: ReportContent) -> None:
    """Add the cover lines as a Japanese business document: the addressee (legal name + 御中), the title and
    month, then the date, vendor and CSM aligned right."""
    from datetime import date

    from plangen.office import docx_kit as kit
    from plangen.text.address import addressee, sender_lines

    design = content.design
    kit.add_paragraph(doc, addressee(content.plan), design, size=14, bold=True)
    kit.add_title(doc, content.title, design, subtitle=content.subtitle)
    for line in sender_lines(content.plan, date.today()):
        kit.add_paragraph(doc, line, design, align="right", bold=line == content.plan.vendor.name or None)
