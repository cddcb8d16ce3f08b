"""Milestones, case studies, meeting structure and risks: one paginated table each."""

from __future__ import annotations

from plangen.model import Meeting
from plangen.office.pptx import Cell, Column, Para, Style
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.roles import resolve_attendees, role_name
from plangen.text.formats import aside

LEVEL_FILL = {"high": "F6D5D1", "medium": "FBEBC8", "low": "DCEFE3"}
LEVEL_RANK = {"high": 3, "medium": 2, "low": 1}
BODY = Style(size=14, min_size=10)


def milestones(ctx: Ctx) -> None:
    """Add the milestones with criteria and owners, by date."""
    rows = [[ctx.day(m.date), m.name, ctx.tbd(m.criteria), ctx.tbd(m.owner)]
            for m in sorted(ctx.plan.milestones, key=lambda m: m.date)]
    ctx.deck.table(ctx.tr("kickoff.milestones"),
                   [Column(ctx.tr("doc.due"), 1.1), Column(ctx.tr("kickoff.milestone"), 1.6),
                    Column(ctx.tr("kickoff.criteria"), 3.2), Column(ctx.tr("kickoff.owner"), 1.0)], rows, style=BODY,
                    sizes=TABLE_SIZES)


def cases(ctx: Ctx) -> None:
    """Add the other companies' use cases."""
    rows = [[c.company, ctx.text(c.scene), ctx.text(c.result)] for c in ctx.plan.case_studies]
    ctx.deck.table(ctx.tr("kickoff.cases"), [Column(ctx.tr("kickoff.company"), 1.3), Column(ctx.tr("kickoff.scene"), 2),
                                    Column(ctx.tr("kickoff.result"), 2)], rows, style=BODY, sizes=TABLE_SIZES)


def when(ctx: Ctx, meeting: Meeting) -> str:
    """Return cadence, day and time of a meeting as one line (as the meeting kit says it)."""
    from plangen.compute.schedule import schedule_text

    return schedule_text(meeting, ctx.lang)


def meetings(ctx: Ctx) -> None:
    """Add the meeting structure: cadence, day and time, attendees by name, purpose and agenda."""
    rows = []
    for meeting in ctx.plan.meetings:
        attendees = resolve_attendees(ctx.plan, meeting.attendees)
        people = [aside(name, role_name(role, ctx.lang), ctx.lang) for name, _, role, _ in attendees]
        agenda = [Para(item, bullet=True) for item in meeting.agenda] or ""
        rows.append([meeting.name, when(ctx, meeting), people or ctx.tr("kickoff.tbd"), ctx.text(meeting.purpose),
                     agenda])
    ctx.deck.table(ctx.tr("kickoff.meetings"),
                   [Column(ctx.tr("kickoff.meeting"), 1.0), Column(ctx.tr("kickoff.when"), 1.3),
                    Column(ctx.tr("kickoff.attendees"), 1.9), Column(ctx.tr("kickoff.purpose_of"), 1.7),
                    Column(ctx.tr("kickoff.agenda_items"), 2.1)], rows, style=BODY, sizes=TABLE_SIZES)


def _level(ctx: Ctx, value: str | None) -> Cell | str:
    """Return a likelihood or impact cell, coloured and labelled."""
    if value is None:
        return ""
    return Cell(ctx.tr("level." + value), fill=LEVEL_FILL[value], bold=True)


def risks(ctx: Ctx) -> None:
    """Add the risks, highest likelihood x impact first."""
    ordered = sorted(ctx.plan.risks, key=lambda r: -LEVEL_RANK.get(r.likelihood or "", 0)
                     * LEVEL_RANK.get(r.impact or "", 0))
    rows = [[r.risk, _level(ctx, r.likelihood), _level(ctx, r.impact), ctx.tbd(r.mitigation), ctx.tbd(r.owner)]
            for r in ordered]
    ctx.deck.table(ctx.tr("kickoff.risks"),
                   [Column(ctx.tr("kickoff.risk"), 2.2), Column(ctx.tr("kickoff.likelihood"), 0.8, "center"),
                    Column(ctx.tr("kickoff.risk_impact"), 0.8, "center"), Column(ctx.tr("kickoff.mitigation"), 2.6),
                    Column(ctx.tr("kickoff.owner"), 1.0)], rows, style=BODY, sizes=TABLE_SIZES)
