"""The evaluator report as a 16:9 deck on the shared kit (plangen.office.pptx): same design system as the kickoff."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.report.content import ReportContent
from plangen.compute.report.decisions import decision_details, decision_line
from plangen.compute.report.health import alert_lines, component_table
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
    format_status,
    join_list,
)
from plangen.write.atomic import write_atomic

if TYPE_CHECKING:
    from plangen.compute.report.summary import Headline
    from plangen.office.chartxml import ChartXml
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box
    from plangen.render.report.charts import ReportCharts


def write_pptx(content: ReportContent, target: Path, charts: ReportCharts | None = None, *,
               template: Path | None = None) -> Path:
    """Write the deck of `content` (on the user's `template` .pptx if given) atomically; return the path."""
    deck = build_deck(content, charts, template=template)
    return write_atomic(target, lambda tmp: deck.save(tmp))


def build_deck(content: ReportContent, charts: ReportCharts | None = None, *,
               template: Path | None = None) -> Deck:
    """Return the evaluator-report deck of `content` with `charts` (built here when None), not yet saved."""
    from plangen.office.pptx.deck import Deck
    from plangen.render.report.charts import look_for, report_charts

    charts = charts or report_charts(content, look_for(content))
    deck = Deck.open(content.design, content.plan.client.title, template=template,
                     style=content.plan.style if template is not None else None)
    deck.properties = report_props(content)
    _cover(deck, content)
    _summary(deck, content)
    if content.benefit is not None:
        _benefit_lines(deck, content)
    if content.rows:
        _kpi_table(deck, content)
        _trends(deck, content, charts)
    if content.initiatives:
        _initiatives(deck, content)
    if content.health is not None and charts.health is not None:
        _health(deck, content, charts.health)
    if content.milestones:
        _milestones(deck, content)
    _activities(deck, content)
    return deck


def _style(**kwargs: Any) -> Any:
    """Return a kit text Style."""
    from plangen.office.pptx.text import Style

    return Style(**kwargs)


BOLD_WIDTH = 1.12
"""How much wider bold figures set than the regular advances the fitter measures (Segoe UI / Meiryo bold)."""


def _figure_size(text: str, box: Box, largest: float, smallest: float = 9.0) -> float:
    """Return the largest size at which the bold figure `text` stays on one line of `box` (a figure never wraps)."""
    from plangen.office import textfit
    from plangen.office.pptx.geometry import emu_to_pt
    from plangen.office.pptx.text import INSET_X

    room = emu_to_pt(box.width - 2 * INSET_X) * (1 - textfit.SAFETY)
    size = largest
    while size > smallest and textfit.text_width(text, size) * BOLD_WIDTH > room:
        size -= 0.5
    return size


def _cover(deck: Deck, content: ReportContent) -> None:
    """Add the cover as a Japanese business document: addressee (legal name + 御中) above the title, the month
    under it, and the date, vendor and CSM bottom right."""
    from datetime import date

    from plangen.office.pptx.geometry import Box
    from plangen.office.pptx.text import Para
    from plangen.text.address import addressee, sender_lines

    slide = deck.add_slide(content.title, cover=True)
    title = slide.shapes.title
    left = int(title.left) if title is not None else deck.margin
    to_top = max((int(title.top) if title is not None else round(deck.height * 0.3)) - 1143000, 457200)
    deck.text(slide, Box(left, to_top, deck.width - left - deck.margin, 640080), addressee(content.plan),
              _style(size=22, min_size=12, bold=True, color=deck.design.ink, anchor="bottom"))
    sender = [Para(line, bold=line == content.plan.vendor.name) for line in sender_lines(content.plan, date.today())]
    deck.text(slide, Box(deck.width - deck.margin - 4206240, deck.height - 411480 - 1280160, 4206240, 1280160),
              sender, _style(size=14, min_size=9, color=deck.design.ink, align="right", anchor="bottom"))
    top = int(title.top + title.height) + 91440 if title is not None else round(deck.height * 0.45)
    box = Box(int(title.left) if title is not None else deck.margin, top,
              int(title.width) if title is not None else deck.width - 2 * deck.margin, 731520)
    deck.text(slide, box, content.subtitle, _style(size=18, min_size=12, color=deck.design.muted))
    notes = [n for n in (content.period_note, None if content.notes else tr(content.lang, "report.no_notes",
                                                                            month=content.month)) if n]
    if notes:
        note = Box(box.left, box.bottom + 91440, box.width, 457200 * len(notes))
        deck.text(slide, note, notes, _style(size=12, min_size=9, color=deck.design.highlight))


def _chip(deck: Deck, slide: Any, box: Box, status: str, text: str | None = None) -> None:
    """Draw a status chip: the status colour with its label in white (colour never alone)."""
    deck.text(slide, box, text or format_status(status, deck.lang),
              _style(size=12, min_size=9, bold=True, color="FFFFFF", align="center", anchor="middle"),
              fill=deck.design.status_colour(status))


def _summary(deck: Deck, content: ReportContent) -> None:
    """Add the 2-minute first page: verdict and the CSM's words; results, outlook and asks in three columns."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.text import Para

    design, lang, summary = deck.design, content.lang, content.summary
    slide = deck.add_slide(tr(lang, "report.exec"))
    box = deck.content
    foot_h = inch(0.3) if summary.to_date or summary.benefit else 0
    if foot_h:
        box = replace(box, height=box.height - foot_h)
    band, rest = box.take_top(inch(1.05), inch(0.18))
    # verdict band: the chip with what it was judged on, then the CSM's words and the leading signs
    verdict_box, words_box = band.columns([0.2, 0.8], gap=inch(0.2))
    head, chip_box, basis = verdict_box.rows([0.3, 0.42, 0.28], gap=inch(0.02))
    deck.text(slide, head, tr(lang, "report.verdict"), _style(size=11, min_size=9, bold=True, color=design.muted))
    _chip(deck, slide, chip_box, summary.overall, summary.overall_label)
    deck.text(slide, basis, summary.basis, _style(size=9, min_size=9, color=design.muted))
    csm = summary.csm_summary or (tr(lang, "report.no_notes", month=content.month) if content.notes is None else "")
    paras = [Para(csm)] if csm else []
    if content.period_note:
        paras.insert(0, Para(content.period_note, color=design.highlight))
    warn = content.verdict.leading
    paras.append(Para(summary.leading, bold=bool(warn), color=design.status_colour("at_risk") if warn else
                      design.muted))
    deck.text(slide, words_box, paras, _style(size=13, min_size=9, anchor="middle"), fill=design.panel,
              inset_x=inch(0.15), inset_y=inch(0.08))
    results, outlook, asks = rest.columns([0.38, 0.32, 0.30], gap=inch(0.25))
    _results(deck, slide, results, content)
    _outlook(deck, slide, outlook, content)
    _asks(deck, slide, asks, content)
    if foot_h:
        note = replace(deck.content, top=box.bottom + inch(0.04), height=foot_h - inch(0.04))
        deck.text(slide, note, tr(lang, "report.benefit.see_lines"), _style(size=9, min_size=9, color=design.muted,
                                                                    align="right"))


def _column_title(deck: Deck, slide: Any, area: Box, title: str) -> Box:
    """Draw a column heading with an accent rule under it; return the area below."""
    from plangen.office.pptx.geometry import inch

    head, body = area.take_top(inch(0.36), inch(0.1))
    deck.text(slide, head, title, _style(size=15, min_size=10, bold=True, color=deck.design.accent, anchor="bottom"))
    deck.line(slide, head.left, head.bottom, head.right, head.bottom, color=deck.design.accent, width_pt=1.5)
    return body


def _results(deck: Deck, slide: Any, area: Box, content: ReportContent) -> None:
    """Draw 成果: the KGIs against their targets, benefit to date against fees to date, the health score."""
    from plangen.office.pptx.geometry import inch

    lang, summary = content.lang, content.summary
    body = _column_title(deck, slide, area, tr(lang, "report.results"))
    blocks: list[tuple[float, Any]] = []
    kgis = summary.kgis[:3]
    for item in kgis:
        blocks.append((1.0, lambda box, item=item: _headline_row(deck, slide, box, item)))
    if not kgis:
        counts = summary.overall_detail or tr(lang, "report.verdict.none")
        blocks.append((0.7, lambda box: deck.text(slide, box, [counts], _style(size=12, min_size=9, anchor="middle"),
                                                  fill=deck.design.panel)))
    if summary.to_date is not None:
        blocks.append((1.5, lambda box: _to_date_card(deck, slide, box, content)))
    if summary.health is not None:
        health = summary.health
        chip = tr(lang, "report.alert_chip") if health.status else None
        blocks.append((1.5, lambda box: _headline_row(deck, slide, box, health, chip_text=chip)))
    weights = [w for w, _ in blocks]
    for (_, draw), box in zip(blocks, body.rows(weights, gap=inch(0.1)), strict=True):
        draw(box)


def _headline_row(deck: Deck, slide: Any, row: Box, item: Headline, chip_text: str | None = None) -> None:
    """Draw one headline on a panel: name and large value on top, the detail under them, a status chip right."""
    from plangen.office.pptx.geometry import inch

    design = deck.design
    deck.rect(slide, row, fill=design.panel)
    inner = row.inset(inch(0.1), inch(0.05))
    has_chip = item.status is not None
    main, chip = inner.columns([0.77, 0.23], gap=inch(0.08)) if has_chip else (inner, None)
    top, detail = main.take_top(min(inch(0.4), main.height // 2))
    share = min(0.65, max(0.35, _width(item.title) / (_width(item.title) + 1.6 * _width(item.value))))
    name, value = top.columns([share, 1 - share], gap=inch(0.08))
    deck.text(slide, name, item.title, _style(size=11, min_size=9, bold=True, anchor="middle"))
    size = _figure_size(item.value, value, 16)
    deck.text(slide, value, item.value, _style(size=size, min_size=9, bold=True, color=design.accent,
                                               anchor="middle", align="right"))
    deck.text(slide, detail, item.detail, _style(size=9.5, min_size=9, color=design.muted, anchor="top"))
    if chip is not None and item.status:
        _chip(deck, slide, chip.inset(0, max((chip.height - inch(0.4)) // 2, 0)), item.status, chip_text)


def _width(text: str) -> float:
    """Return a rough width of `text` in Latin characters (a Japanese character counts two)."""
    return float(sum(1 if ch.isascii() else 2 for ch in text)) or 1.0


def _to_date_card(deck: Deck, slide: Any, box: Box, content: ReportContent) -> None:
    """Draw benefit to date beside fees to date, with the ratio and the months counted."""
    from plangen.office.pptx.geometry import inch

    design, lang, summary = deck.design, content.lang, content.summary
    benefit = content.benefit
    assert summary.to_date is not None and benefit is not None
    deck.rect(slide, box, line=design.accent, line_pt=1.25)
    inner = box.inset(inch(0.12), inch(0.06))
    figures, detail = inner.rows([0.7, 0.3])
    for (title, value, colour), cell in zip(
            ((summary.to_date.title, summary.to_date.value, design.accent),
             (tr(lang, "report.fee_to_date"), format_money(benefit.fee_to_date, benefit.currency, lang), design.ink)),
            figures.columns(2, gap=inch(0.1)), strict=True):
        head, number = cell.rows([0.38, 0.62])
        deck.text(slide, head, title, _style(size=10, min_size=9, color=design.muted, anchor="bottom"))
        size = _figure_size(value, number, 20, 10)
        deck.text(slide, number, value, _style(size=size, min_size=min(size, 10), bold=True, color=colour,
                                               anchor="middle"))
    deck.text(slide, detail, summary.to_date.detail, _style(size=9.5, min_size=9, color=design.ink))


def _outlook(deck: Deck, slide: Any, area: Box, content: ReportContent) -> None:
    """Draw 見通し: where each KGI (and KPIs at risk) is heading, the benefit at target and the renewal date."""
    from plangen.office.pptx.geometry import Box, inch
    from plangen.office.pptx.text import Para

    design, lang, summary = deck.design, content.lang, content.summary
    body = _column_title(deck, slide, area, tr(lang, "report.outlook"))
    tones = {"ok": design.status_colour("on_track"), "late": design.status_colour("at_risk"), "none": design.muted}
    benefit = content.benefit
    extra: list[Para] = []
    if benefit is not None and benefit.at_target is not None:
        amount = format_money(benefit.at_target, benefit.currency, lang)
        extra.append(Para(tr(lang, "report.benefit.target_line", amount=amount,
                             ratio=format_ratio(benefit.ratio_at_target, lang))))
    if summary.renewal:
        extra.append(Para(summary.renewal, bold=True))
    main = body
    if extra:
        main, foot = body.rows([0.7, 0.3], gap=inch(0.12))
        deck.text(slide, foot, extra, _style(size=11, min_size=9, anchor="middle"), fill=design.panel,
                  inset_x=inch(0.12), inset_y=inch(0.06))
    items = summary.outlook[:4]
    if not items:
        deck.text(slide, main, tr(lang, "report.no_kpis"), _style(size=12, min_size=9, color=design.muted))
        return
    for line, row in zip(items, main.rows(len(items), gap=inch(0.08)), strict=True):
        bar = Box(row.left, row.top + inch(0.04), inch(0.06), row.height - inch(0.08))
        deck.rect(slide, bar, fill=tones[line.tone])
        text = Box(row.left + inch(0.14), row.top, row.width - inch(0.14), row.height)
        deck.text(slide, text, [Para(line.name, bold=True), Para(line.text, color=tones[line.tone]
                                                                 if line.tone != "ok" else design.ink)],
                  _style(size=11.5, min_size=9, anchor="middle"))


def _asks(deck: Deck, slide: Any, area: Box, content: ReportContent) -> None:
    """Draw お願い: each decision with its options, the CSM's recommendation and the date it is needed by."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.text import Para

    design, lang = deck.design, content.lang
    body = _column_title(deck, slide, area, tr(lang, "report.asks"))
    paras: list[Para] = []
    for decision in content.summary.decisions:
        paras.append(Para(decision.decision, bold=True, bullet=True))
        paras += [Para(tr(lang, "punct.gap") + part, color=design.ink)
                  for part in decision_details(decision, lang)]
    if not paras:
        paras = [Para(tr(lang, "report.no_decisions") if content.notes else "—", color=design.muted)]
    deck.text(slide, body, paras, _style(size=12, min_size=9), line=design.highlight, inset_x=inch(0.14),
              inset_y=inch(0.1))


def _benefit_lines(deck: Deck, content: ReportContent) -> None:
    """Add the benefit's arithmetic: its lines with totals and the ratio to the fee, then month by month to date."""
    from plangen.compute.report.kpi_table import improvement_text
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.table import Cell, Column

    lang, design = content.lang, deck.design
    benefit = content.benefit
    assert benefit is not None
    money = partial(format_money, currency=benefit.currency, lang=lang)
    title = tr(lang, "report.benefit.lines")
    slide = deck.add_slide(title)
    top, bottom = deck.content.rows([0.55, 0.45], gap=inch(0.25))
    wide = 1.0 if lang == "ja" else 1.2  # layout, not words: English headers need wider columns
    spec = (("col.kpi", 2.5, "left"), ("col.scope", 1.3 * wide, "left"), ("col.baseline", 0.85, "right"),
            ("col.this", 0.85 * wide, "right"), ("col.improvement", 0.95 * wide * wide, "right"),
            ("col.vpu", 1.25, "right"), ("col.amount", 1.45, "right"), ("col.target", 0.85, "right"),
            ("col.amount_target", 1.45, "right"))
    columns = [Column(tr(lang, f"report.{key}"), weight, align) for key, weight, align in spec]
    rows: list[list[Any]] = []
    company = tr(lang, "report.benefit.company")
    for line in benefit.lines:
        kpi = line.kpi
        digits = decimals((kpi.baseline, kpi.target, line.actual))
        rows.append([kpi.name, kpi.scope or company, format_number(kpi.baseline, kpi.unit, digits),
                     format_number(line.actual, kpi.unit, digits), improvement_text(kpi, line.improvement, line.actual),
                     money(line.value_per_unit), money(line.amount), format_number(kpi.target, kpi.unit, digits),
                     money(line.at_target)])
    muted, accent = design.muted, design.accent
    blank = ["", "", "", "", ""]
    rows.append([Cell(tr(lang, "report.benefit.total"), bold=True), *blank, Cell(money(benefit.now), bold=True),
                 "", Cell(money(benefit.at_target), bold=True)])
    fee = money(benefit.annual_fee)
    rows.append([Cell(tr(lang, "report.benefit.fee"), color=muted), *blank, Cell(fee, color=muted), "",
                 Cell(fee, color=muted)])
    rows.append([Cell(tr(lang, "report.col.ratio"), color=muted), *blank,
                 Cell(format_ratio(benefit.ratio_now, lang), bold=True, color=accent), "",
                 Cell(format_ratio(benefit.ratio_at_target, lang), bold=True, color=accent)])
    deck.table(title, columns, rows, style=_style(size=12, min_size=10), sizes=(12, 11, 10), first_slide=slide,
               first_box=top)
    left, right = bottom.columns([0.5, 0.5], gap=inch(0.3))
    month_cols = [Column(tr(lang, "report.col.month"), 1.2),
                  *(Column(tr(lang, f"report.{key}"), 1.3, "right")
                    for key in ("col.realised", "to_date", "fee_to_date"))]
    month_rows = [[format_month(m.month, lang), money(m.realised), money(m.cumulative), money(m.fee_cumulative)]
                  for m in benefit.months[-6:]]
    if month_rows:
        deck.table(title, month_cols, month_rows, style=_style(size=11, min_size=9), sizes=(11, 10, 9),
                   box=replace(deck.content, width=left.width), first_slide=slide, first_box=left)
    paras = [tr(lang, "report.benefit.formula")]
    if content.excluded:
        paras.append(tr(lang, "report.benefit.excluded", names=join_list(content.excluded, lang)))
    deck.text(slide, right if month_rows else bottom, paras, _style(size=11, min_size=9, color=design.ink),
              fill=design.panel, inset_x=inch(0.15), inset_y=inch(0.1))


def _kpi_table(deck: Deck, content: ReportContent) -> None:
    """Add the KPI table: figures, progress against expected, status with colour and label."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.table import Cell, Column

    lang, design = content.lang, deck.design
    wide = 1.0 if lang == "ja" else 1.25  # layout, not words: English headers such as "Progress" need more room
    columns = [Column(tr(lang, "report.col.kpi"), 2.6), Column(tr(lang, "report.col.kind"), 0.7, "center"),
               Column(tr(lang, "report.col.baseline"), 1.0, "right"),
               Column(tr(lang, "report.col.target"), 1.0, "right"),
               Column(tr(lang, "report.col.target_date"), 1.25, "center"),
               Column(tr(lang, "report.col.this"), 1.0, "right"), Column(tr(lang, "report.col.last"), 1.0, "right"),
               Column(tr(lang, "report.col.progress"), 0.95 * wide, "right"),
               Column(tr(lang, "report.col.expected"), 0.95 * wide, "right"),
               Column(tr(lang, "report.col.status"), 1.05 * wide, "center")]
    rows = [[r.name, r.kind, r.baseline, r.target, r.target_date, r.this_month, r.last_month, r.progress, r.expected,
             Cell(r.status_label, fill=design.status_colour(r.status), color="FFFFFF", bold=True)]
            for r in content.rows]
    note_h = inch(0.55)
    box = deck.content
    table_box = replace(box, height=box.height - note_h)
    slides = deck.table(tr(lang, "report.kpi_table"), columns, rows, style=_style(size=14, min_size=14), box=table_box)
    note = replace(box, top=box.bottom - note_h + inch(0.1), height=note_h - inch(0.1))
    deck.text(slides[-1], note, tr(lang, "report.kpi_table.note"), _style(size=10, min_size=9, color=design.muted))


def _trends(deck: Deck, content: ReportContent, charts: ReportCharts) -> None:
    """Add the KPI trend charts, two per slide, each with how it is judged and where its trend leads."""
    from plangen.compute.report.summary import projection_text
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.text import Para
    from plangen.render.report.charts import add_trend_chart

    lang, design = content.lang, deck.design
    title = tr(lang, "report.trends")
    sep = tr(lang, "punct.label")
    tones = {"ok": design.status_colour("on_track"), "late": design.status_colour("at_risk"), "none": design.muted}
    for first in range(0, len(content.trends), 2):
        slide = deck.add_slide(title)
        pair = list(zip(content.trends, charts.trends, strict=True))[first:first + 2]
        for (trend, chart), area in zip(pair, deck.content.columns(2, gap=inch(0.35)), strict=False):
            fig = trend.figure
            head, rest = area.take_top(inch(0.45), inch(0.05))
            chart_box, notes_box = rest.rows([0.8, 0.2], gap=inch(0.06))
            name_box, chip_box = head.columns([0.74, 0.26], gap=inch(0.1))
            deck.text(slide, name_box, content.rows[content.figures.index(fig)].name,
                      _style(size=15, min_size=10, bold=True, color=design.accent, anchor="middle"))
            _chip(deck, slide, chip_box, fig.status)
            add_trend_chart(deck, slide, chart_box, chart, bool(trend.actual))
            outlook, tone = projection_text(fig, content.projections[fig.kpi.id], lang)
            paras = [Para(tr(lang, "report.projection") + sep + outlook, bold=True, color=tones[tone]),
                     Para(tr(lang, "report.evaluation") + sep + (fig.kpi.evaluation or "—"), color=design.ink)]
            deck.text(slide, notes_box, paras, _style(size=10.5, min_size=9), fill=design.panel,
                      inset_x=inch(0.1), inset_y=inch(0.05))


def _initiatives(deck: Deck, content: ReportContent) -> None:
    """Add the roadmap's initiatives with their state this month (behind schedule when a milestone is at risk)."""
    from plangen.office.pptx.table import Cell, Column

    lang, design = content.lang, deck.design
    names = {k.id: k.name for k in content.plan.kpis}
    fills = {"not_started": None, "running": design.status_colour("on_track"), "done": design.status_colour("achieved"),
             "behind": design.status_colour("at_risk")}
    columns = [Column(tr(lang, "report.col.initiative"), 2.6), Column(tr(lang, "report.col.period"), 2.0, "center"),
               Column(tr(lang, "report.col.owner"), 1.1), Column(tr(lang, "report.col.kpis"), 2.6),
               Column(tr(lang, "report.col.state"), 1.6, "center")]
    rows: list[list[Any]] = []
    sep = tr(lang, "punct.list")
    for row in content.initiatives:
        ini = row.initiative
        period = tr(lang, "punct.range", start=format_date_short(ini.start, lang),
                    end=format_date_short(ini.end, lang)) if ini.start or ini.end else MISSING
        state = tr(lang, f"report.ini.{row.key}")
        behind = tr(lang, "report.ini.behind_note", names=sep.join(row.behind))
        text: Any = [state, behind] if row.key == "behind" else state
        fill = fills[row.key]
        rows.append([ini.name, period, ini.owner or "—", sep.join(names.get(k, k) for k in ini.kpis) or "—",
                     Cell(text, fill=fill, color="FFFFFF", bold=True) if fill else Cell(text, color=design.muted)])
    deck.table(tr(lang, "report.initiatives"), columns, rows, style=_style(size=13, min_size=11), sizes=(13, 12, 11))


def _health(deck: Deck, content: ReportContent, chart: ChartXml) -> None:
    """Add the health slide: score by month, this month's points per component, the alert and its causes."""
    from plangen.office.chartxml import add_to_slide
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.table import Cell, Column

    lang, design, plan = content.lang, deck.design, content.plan
    health = content.health
    assert health is not None
    slide = deck.add_slide(tr(lang, "report.health"))
    left, right = deck.content.columns([0.45, 0.55], gap=inch(0.35))
    head, chart_box = left.take_top(inch(0.4), inch(0.05))
    deck.text(slide, head, tr(lang, "report.health.trend"),
              _style(size=14, min_size=10, bold=True, color=design.accent))
    add_to_slide(slide, chart_box.left, chart_box.top, chart_box.width, chart_box.height, chart)
    head, rest = right.take_top(inch(0.4), inch(0.05))
    deck.text(slide, head, tr(lang, "report.health.components"),
              _style(size=14, min_size=10, bold=True, color=design.accent))
    lines = alert_lines(health, plan, lang)
    alert_h = inch(0.45 + 0.33 * min(len(lines) - 1, 4)) if lines else 0
    table_box = replace(rest, height=rest.height - alert_h - (inch(0.15) if lines else 0))
    columns = [Column(tr(lang, "report.col.component"), 2.7), Column(tr(lang, "report.col.value"), 0.9, "right"),
               Column(tr(lang, "report.col.weight"), 0.95, "right"),
               Column(tr(lang, "report.col.points"), 0.9, "right"), Column(tr(lang, "report.col.change"), 1.0, "right")]
    fallers = {c.name for c in health.fallers}
    rows: list[list[Any]] = []
    for cells in component_table(health, plan, lang):
        if cells[0] in fallers:
            colour = design.status_colour("off_track")
            rows.append([Cell(cells[0], bold=True), *cells[1:4], Cell(cells[4], color=colour, bold=True)])
        else:
            rows.append(cells)
    deck.table(tr(lang, "report.health"), columns, rows, style=_style(size=12, min_size=12), box=table_box,
               first_slide=slide, first_box=table_box)
    if lines:
        from plangen.office.pptx.geometry import Box
        from plangen.office.pptx.text import Para

        box = Box(rest.left, rest.bottom - alert_h, rest.width, alert_h)
        paras = [Para(lines[0], bold=True, color=design.status_colour("off_track")),
                 *(Para(line, bullet=True) for line in lines[1:5])]
        deck.text(slide, box, paras, _style(size=12, min_size=9), line=design.status_colour("off_track"),
                  inset_x=inch(0.12), inset_y=inch(0.06))


def _milestones(deck: Deck, content: ReportContent) -> None:
    """Add the milestone table with status from the notes, or from dates."""
    from plangen.office.pptx.table import Cell, Column

    lang, design = content.lang, deck.design
    columns = [Column(tr(lang, "report.col.date"), 1.0), Column(tr(lang, "report.col.name"), 2.0),
               Column(tr(lang, "report.col.criteria"), 3.6), Column(tr(lang, "report.col.owner"), 1.1),
               Column(tr(lang, "report.col.status"), 1.3, "center")]
    rows: list[list[Any]] = []
    for row in content.milestones:
        ms = row.milestone
        text = format_status(row.status, lang) + ("" if row.from_notes else tr(lang, "report.ms.source.dates"))
        status = Cell(text) if row.status == "planned" else Cell(text, fill=design.status_colour(row.status),
                                                                   color="FFFFFF", bold=True)
        rows.append([format_date_short(ms.date, lang), ms.name, ms.criteria or "—", ms.owner or "—", status])
    deck.table(tr(lang, "report.milestones"), columns, rows, style=_style(size=13, min_size=13))


def _activities(deck: Deck, content: ReportContent) -> None:
    """Add the CSM's activities: highlights, done, issues; then next actions and decisions."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.table import Column
    from plangen.office.pptx.text import Para

    lang, design, notes = content.lang, deck.design, content.notes
    if notes is None:
        slide = deck.add_slide(tr(lang, "report.activities"))
        deck.text(slide, deck.content, tr(lang, "report.no_notes", month=content.month),
                  _style(size=16, min_size=10, color=design.muted))
        return
    slide = deck.add_slide(tr(lang, "report.activities"))
    left, right = deck.content.columns([0.5, 0.5], gap=inch(0.35))
    _titled_list(deck, slide, left, tr(lang, "report.highlights"), notes.highlights, tr(lang, "doc.none"))
    upper, lower = right.rows([0.55, 0.45], gap=inch(0.2))
    done: list[Any] = []
    for item in notes.done:
        done.append(Para(aside(item.action, item.owner or "", lang), bullet=True))
        if item.result:
            done.append(Para(f"　→ {item.result}", color=design.muted))
    _titled_list(deck, slide, upper, tr(lang, "report.done"), done, tr(lang, "doc.none"))
    _titled_list(deck, slide, lower, tr(lang, "report.issues"), notes.issues, tr(lang, "doc.none"))
    columns = [Column(tr(lang, "report.col.action"), 4.0), Column(tr(lang, "report.col.owner"), 1.2),
               Column(tr(lang, "report.col.due"), 1.1)]
    rows = [[a.action, a.owner or "—", format_date_short(a.due, lang)] for a in notes.next_actions]
    title = tr(lang, "report.next_actions")
    if rows:
        slides = deck.table(title, columns, rows, style=_style(size=13, min_size=13),
                            box=replace(deck.content, height=round(deck.content.height * 0.55)))
        last = slides[-1]
    else:
        last = deck.add_slide(title)
        deck.text(last, replace(deck.content, height=inch(0.5)), tr(lang, "doc.none"),
                  _style(size=13, color=design.muted))
    area = replace(deck.content, top=deck.content.top + round(deck.content.height * 0.6),
                   height=round(deck.content.height * 0.4))
    decisions = [decision_line(d, lang) for d in notes.decisions]
    _titled_list(deck, last, area, tr(lang, "report.decisions"), decisions, tr(lang, "report.no_decisions"),
                 outline=design.highlight)


def _titled_list(deck: Deck, slide: Any, area: Box, title: str, items: list[Any], empty: str,
                 outline: str | None = None) -> None:
    """Draw a heading and a bulleted list below it (a muted word when the list is empty)."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.text import Para

    design = deck.design
    head, body = area.take_top(inch(0.4), inch(0.05))
    deck.text(slide, head, title, _style(size=14, min_size=10, bold=True, color=design.accent))
    paras = [item if isinstance(item, Para) else Para(str(item), bullet=True) for item in items]
    if not paras:
        paras = [Para(empty, color=design.muted)]
    if outline:
        deck.text(slide, body, paras, _style(size=13, min_size=9), line=outline, inset_x=inch(0.12),
                  inset_y=inch(0.08))
    else:
        deck.text(slide, body, paras, _style(size=13, min_size=9), fill=design.panel, inset_x=inch(0.12),
                  inset_y=inch(0.08))
