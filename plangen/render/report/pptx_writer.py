"""The evaluator report as a 16:9 deck on the shared kit (plangen.office.pptx): same design system as the kickoff."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plangen.compute.report.content import ReportContent
from plangen.compute.report.health import alert_lines, component_table
from plangen.render.report.props import report_props
from plangen.text import tr
from plangen.text.formats import aside, format_date_short, format_signed, format_status, join_list
from plangen.write.atomic import write_atomic

if TYPE_CHECKING:
    from plangen.compute.report.summary import Headline
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box


def write_pptx(content: ReportContent, target: Path, *, template: Path | None = None) -> Path:
    """Write the deck of `content` (on the user's `template` .pptx if given) atomically; return the path."""
    deck = build_deck(content, template=template)
    return write_atomic(target, lambda tmp: deck.save(tmp))


def build_deck(content: ReportContent, *, template: Path | None = None) -> Deck:
    """Return the evaluator-report deck of `content`, not yet saved."""
    from plangen.office.pptx.deck import Deck

    deck = Deck.open(content.design, content.plan.client.title, template=template,
                     style=content.plan.style if template is not None else None)
    deck.properties = report_props(content)
    _cover(deck, content)
    _summary(deck, content)
    _kpi_table(deck, content)
    _trends(deck, content)
    if content.health is not None:
        _health(deck, content)
    if content.milestones:
        _milestones(deck, content)
    _activities(deck, content)
    return deck


def _style(**kwargs: Any) -> Any:
    """Return a kit text Style."""
    from plangen.office.pptx.text import Style

    return Style(**kwargs)


def _cover(deck: Deck, content: ReportContent) -> None:
    """Add the cover: report title, month and vendor."""
    from plangen.office.pptx.geometry import Box

    slide = deck.add_slide(content.title, cover=True)
    title = slide.shapes.title
    top = int(title.top + title.height) + 91440 if title is not None else round(deck.height * 0.45)
    box = Box(int(title.left) if title is not None else deck.margin, top,
              int(title.width) if title is not None else deck.width - 2 * deck.margin, 731520)
    deck.text(slide, box, content.subtitle, _style(size=18, min_size=12, color=deck.design.muted))
    if content.notes is None:
        note = Box(box.left, box.bottom + 91440, box.width, 457200)
        deck.text(slide, note, tr(content.lang, "report.no_notes", month=content.month),
                  _style(size=12, min_size=9, color=deck.design.highlight))


def _chip(deck: Deck, slide: Any, box: Box, status: str, text: str | None = None) -> None:
    """Draw a status chip: the status colour with its label in white (colour never alone)."""
    deck.text(slide, box, text or format_status(status, deck.lang),
              _style(size=12, min_size=9, bold=True, color="FFFFFF", align="center", anchor="middle"),
              fill=deck.design.status_colour(status))


def _summary(deck: Deck, content: ReportContent) -> None:
    """Add the one-slide executive summary."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.text import Para

    design, lang, summary = deck.design, content.lang, content.summary
    slide = deck.add_slide(tr(lang, "report.exec"))
    gap = inch(0.2)
    left, right = deck.content.columns([0.56, 0.44], gap=inch(0.3))
    muted = _style(size=11, min_size=9, color=design.muted, anchor="middle")
    # overall status band
    band, rest = left.take_top(inch(0.6), gap)
    head, chip, detail = band.columns([0.3, 0.2, 0.5], gap=inch(0.1))
    deck.text(slide, head, tr(lang, "report.overall"), _style(size=14, min_size=10, bold=True, color=design.accent,
                                                      anchor="middle"))
    _chip(deck, slide, chip, summary.overall, summary.overall_label)
    deck.text(slide, detail, summary.overall_detail, muted)
    # KGIs, health, benefit blocks share the rest of the left column
    blocks: list[tuple[str, list[Headline]]] = []
    if summary.kgis:
        blocks.append((tr(lang, "report.kgis"), summary.kgis))
    if summary.health is not None:
        blocks.append((tr(lang, "report.health"), [summary.health]))
    weights = [0.45 + 0.55 * len(items) for _, items in blocks] + ([1.35] if summary.benefit else [])
    areas = rest.rows(weights, gap=gap) if weights else []
    for (title, items), area in zip(blocks, areas, strict=False):
        _headline_block(deck, slide, area, title, items, content)
    if summary.benefit:
        _benefit_block(deck, slide, areas[-1], summary.benefit, tr(lang, "report.benefit"))
    # right column: the CSM's words and the decisions requested
    words, asks = right.rows([0.58, 0.42], gap=gap)
    title_box, text_box = words.take_top(inch(0.4))
    deck.text(slide, title_box, tr(lang, "report.csm_summary"),
              _style(size=14, min_size=10, bold=True, color=design.accent))
    csm = summary.csm_summary or (tr(lang, "report.no_notes", month=content.month) if content.notes is None else "—")
    deck.text(slide, text_box, csm, _style(size=13, min_size=9), fill=design.panel, inset_x=inch(0.15),
              inset_y=inch(0.12))
    title_box, list_box = asks.take_top(inch(0.4))
    deck.text(slide, title_box, tr(lang, "report.decisions"),
              _style(size=14, min_size=10, bold=True, color=design.accent))
    asked = [Para(d, bullet=True) for d in summary.decisions] or [
        Para(tr(lang, "report.no_decisions") if content.notes else "—", color=design.muted)]
    deck.text(slide, list_box, asked, _style(size=13, min_size=9), line=design.highlight, inset_x=inch(0.15),
              inset_y=inch(0.12))


def _headline_block(deck: Deck, slide: Any, area: Box, title: str, items: list[Headline],
                    content: ReportContent) -> None:
    """Draw a titled block of headline rows: name, value, detail and status chip."""
    from plangen.office.pptx.geometry import inch

    design = deck.design
    title_box, body = area.take_top(inch(0.36))
    deck.text(slide, title_box, title, _style(size=14, min_size=10, bold=True, color=design.accent))
    rows = body.rows(len(items), gap=inch(0.08))
    for item, row in zip(items, rows, strict=True):
        deck.rect(slide, row, fill=design.panel)
        inner = row.inset(inch(0.1), inch(0.04))
        has_chip = item.status is not None
        name = item.title if item.title != title else ""
        weights = [0.22, 0.2] if name else [0.34]
        weights += [1.0 - sum(weights) - (0.17 if has_chip else 0), *([0.17] if has_chip else [])]
        cols = inner.columns(weights, gap=inch(0.08))
        if name:
            deck.text(slide, cols[0], name, _style(size=12, min_size=9, bold=True, anchor="middle"))
            cols = cols[1:]
        value_box, detail_box = cols[0], cols[1]
        deck.text(slide, value_box, item.value, _style(size=18, min_size=10, bold=True, color=design.accent,
                                                       anchor="middle"))
        detail = item.detail
        if content.health is not None and item.title == tr(content.lang, "report.health") and content.health.alert:
            pt = tr(content.lang, "unit.pt")
            causes = join_list((f"{c.name} {format_signed(c.change)}{pt}" for c in content.health.fallers[:2]),
                               content.lang)
            detail += ("\n" if detail else "") + tr(content.lang, "report.causes", causes=causes)
        deck.text(slide, detail_box, detail, _style(size=10.5, min_size=9, color=design.muted, anchor="middle"))
        if has_chip and item.status:
            chip_text = None
            if content.health is not None and item.title == tr(content.lang, "report.health"):
                chip_text = tr(content.lang, "report.alert_chip")
            _chip(deck, slide, cols[-1].inset(0, max((cols[-1].height - inch(0.42)) // 2, 0)), item.status, chip_text)


def _benefit_block(deck: Deck, slide: Any, area: Box, items: list[Headline], title: str) -> None:
    """Draw the cost-effectiveness cards: benefit now, at target, and the annual fee."""
    from plangen.office.pptx.geometry import inch

    design = deck.design
    title_box, body = area.take_top(inch(0.36))
    deck.text(slide, title_box, title, _style(size=14, min_size=10, bold=True, color=design.accent))
    for item, card in zip(items, body.columns(len(items), gap=inch(0.12)), strict=True):
        deck.rect(slide, card, fill=design.panel)
        name, value, detail = card.inset(inch(0.1), inch(0.05)).rows([0.3, 0.42, 0.28])
        deck.text(slide, name, item.title, _style(size=10.5, min_size=9, color=design.muted))
        deck.text(slide, value, item.value, _style(size=16, min_size=9, bold=True, color=design.accent,
                                                   anchor="middle"))
        deck.text(slide, detail, item.detail, _style(size=10.5, min_size=9, color=design.ink))


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


def _trends(deck: Deck, content: ReportContent) -> None:
    """Add the KPI trend charts, two per slide."""
    from plangen.compute.report.trends import monthly_trend
    from plangen.office.pptx.geometry import inch
    from plangen.render.report.pptx_charts import add_trend_chart

    lang, design = content.lang, deck.design
    title = tr(lang, "report.trends")
    for first in range(0, len(content.trends), 2):
        slide = deck.add_slide(title)
        pair = content.trends[first:first + 2]
        for trend, area in zip(pair, deck.content.columns(2, gap=inch(0.35)), strict=False):
            head, chart_box = area.take_top(inch(0.45), inch(0.05))
            name_box, chip_box = head.columns([0.78, 0.22], gap=inch(0.1))
            deck.text(slide, name_box, trend.figure.kpi.name,
                      _style(size=15, min_size=10, bold=True, color=design.accent, anchor="middle"))
            _chip(deck, slide, chip_box, trend.figure.status)
            add_trend_chart(deck, slide, chart_box, trend, monthly_trend(content.plan, trend))


def _health(deck: Deck, content: ReportContent) -> None:
    """Add the health slide: score by month, this month's points per component, the alert and its causes."""
    from plangen.office.pptx.geometry import inch
    from plangen.office.pptx.table import Cell, Column
    from plangen.render.report.pptx_charts import add_health_chart

    lang, design, plan = content.lang, deck.design, content.plan
    health = content.health
    assert health is not None
    slide = deck.add_slide(tr(lang, "report.health"))
    left, right = deck.content.columns([0.45, 0.55], gap=inch(0.35))
    head, chart_box = left.take_top(inch(0.4), inch(0.05))
    deck.text(slide, head, tr(lang, "report.health.trend"),
              _style(size=14, min_size=10, bold=True, color=design.accent))
    add_health_chart(deck, slide, chart_box, content.health_history)
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
    _titled_list(deck, last, area, tr(lang, "report.decisions"), notes.decisions, tr(lang, "report.no_decisions"),
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
