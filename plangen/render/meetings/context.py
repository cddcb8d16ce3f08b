"""The data a meeting template sees, formatted from `MeetingContent`: plain dicts, lists and strings.

The variables are documented in docs/templates.md; every value is text in the plan's language ('—' where
data is missing, '' where a blank document leaves a cell to fill in by hand).
"""

from __future__ import annotations

from typing import Any

from plangen.compute.meetings import AgendaItem, HealthBlock, KpiLine, MeetingContent
from plangen.compute.report.decisions import decision_line
from plangen.compute.report.kpi_table import improvement_text, scope_tag
from plangen.compute.schedule import schedule_text, series_of
from plangen.design import design_for, status_fill
from plangen.model import NextAction
from plangen.roles import role_name
from plangen.text import tr
from plangen.text.catalog import namespace
from plangen.text.formats import (
    MISSING,
    STATUS_COLOURS,
    aside,
    format_clock,
    format_date,
    format_date_short,
    format_minutes,
    format_money,
    format_month,
    format_number,
    format_percent,
    format_ratio,
    format_score,
    format_status,
    weekday_name,
)

MIN_ACTION_ROWS = 3
MIN_DECISION_ROWS = 2
MIN_NOTE_ROWS = 3
DONE_BOX = "□"

Row = dict[str, str]


def template_context(content: MeetingContent) -> dict[str, Any]:
    """Return the template context of a meeting document."""
    plan, lang = content.plan, content.lang
    t = namespace(lang, "meetings")
    t["confidential"], t["minutes"] = tr(lang, "doc.confidential"), tr(lang, "unit.minutes")
    for key in ("achieved", "on_track", "at_risk", "off_track", "not_started", "no_data"):
        t[f"status_{key}"] = tr(lang, f"status.{key}")
    design = design_for(plan)
    fills = {status: status_fill(status, design) for status in STATUS_COLOURS}
    instance = _instance(content)
    ctx: dict[str, Any] = {
        "t": t,
        "lang": lang,
        "kind": content.kind,
        "prefilled": content.snapshot is not None,
        "client": {"name": plan.client.name, "short_name": plan.client.title, "vendor": plan.vendor.name or "",
                   "product": plan.vendor.product or ""},
        "meeting": _meeting(content),
        "instance": instance,
        "attendees": [{"name": name, "title": title or "", "role": role_name(role, lang), "attendance": ""}
                      for name, title, role in content.attendees],
        "skipped": tr(lang, "punct.list").join(
            tr(lang, "meetings.skipped_day", date=format_date(day, lang), weekday=weekday_name(day, lang), why=why)
            for day, why in content.skipped),
        "next_meeting": _next_meeting(content),
        "decided": [{"no": str(n), "decision": "", "owner": "", "due": ""} for n in range(1, MIN_DECISION_ROWS + 2)],
        "agenda": [agenda_row(item, lang) for item in content.agenda],
        "has_kpis": bool(plan.kpis),
        "has_health": bool(plan.health and plan.health.components),
        "has_milestones": bool(plan.milestones),
        "has_benefit": plan.contract.annual_fee is not None and any(k.value_per_unit for k in plan.kpis),
        "doc_title": t["doc_evaluator"] if content.kind == "evaluator" else t["doc_weekly"],
        "subtitle": t["subtitle_sep"].join(p for p in (plan.client.name, instance["when"]) if p),
        "kpis": [_kpi_row(line, content, fills) for line in content.kpis],
        "health": _health(content.health, content),
    }
    ctx["next_meeting_line"] = f"{t['next_meeting']}{tr(lang, 'punct.label')}{ctx['next_meeting']}".rstrip()
    if content.kind == "weekly":
        ctx["review_actions"] = _pad([_action_row(a, lang, review=True) for a in content.review_actions],
                                     MIN_ACTION_ROWS, ("action", "owner", "due", "result"), done=DONE_BOX)
        ctx["new_actions"] = _pad([], MIN_ACTION_ROWS, ("action", "owner", "due"))
        ctx["notes"] = _pad([{"text": f"{t['issues_prefix']}{issue}"} for issue in content.issues], MIN_NOTE_ROWS,
                            ("text",))
    else:
        ctx["milestones"] = [_milestone_row(ms, status, lang, fills) for ms, status in content.milestones]
        ctx["benefit"] = _benefit(content)
        ctx["summary"] = content.summary
        ctx["next_actions"] = _pad([_action_row(a, lang) for a in content.next_actions], MIN_ACTION_ROWS,
                                   ("action", "owner", "due"))
        ctx["decisions"] = _pad([{"decision": decision_line(d, lang), "outcome": ""} for d in content.decisions],
                                MIN_DECISION_ROWS,
                                ("decision", "outcome"))
        for number, row in enumerate(ctx["decisions"], start=1):
            row["no"] = str(number)
    return ctx


def _next_meeting(content: MeetingContent) -> str:
    """Return the date and time of the next meeting of the series, or a blank form line to fill in."""
    if content.next_day is None or content.span is None:
        return tr(content.lang, "meetings.next_blank")
    start, end = content.span
    return f"{format_date(content.next_day, content.lang, weekday=True)} {format_clock(start)}–{format_clock(end)}"


def _meeting(content: MeetingContent) -> dict[str, str]:
    """Return the meeting's descriptive fields as text."""
    plan, meeting, lang = content.plan, content.meeting, content.lang
    return {
        "id": meeting.id,
        "name": meeting.name,
        "purpose": meeting.purpose or "",
        "cadence": tr(lang, f"cadence.{meeting.cadence}") if meeting.cadence else MISSING,
        "schedule": schedule_text(meeting, lang),
        "duration": format_minutes(meeting.duration_minutes, lang),
        "timezone": plan.timezone,
        "period": tr(lang, "punct.range", start=format_date(plan.period_start, lang),
                     end=format_date(plan.period_end, lang)),
    }


def _instance(content: MeetingContent) -> dict[str, str]:
    """Return the meeting instance's date, time and data cut-off as text (blank without a date)."""
    lang, snap, meeting = content.lang, content.snapshot, content.meeting
    if snap is None or content.day is None:
        return {"date": "", "when": schedule_text(meeting, lang) if series_of(meeting) else "", "data_as_of": "",
                "notes_month": "", "data_month": "", "basis": "", "date_line": tr(lang, "meetings.date_line")}
    when = format_date(content.day, lang, weekday=True)
    if content.span is not None:
        when += f" {format_clock(content.span[0])}–{format_clock(content.span[1])}"
    data_month = format_month(snap.month, lang) if snap.month else tr(lang, "status.no_data")
    notes_month = format_month(snap.notes.month, lang) if snap.notes else ""
    as_of = format_date(snap.on, lang)
    basis = tr(lang, "meetings.basis", as_of=as_of, month=data_month) if snap.month \
        else tr(lang, "meetings.basis_none", as_of=as_of)
    if notes_month:
        basis += tr(lang, "meetings.basis_notes", month=notes_month)
    return {"date": format_date(content.day, lang, weekday=True), "when": when, "date_line": when,
            "data_as_of": as_of, "data_month": data_month, "notes_month": notes_month, "basis": basis}


def agenda_row(item: AgendaItem, lang: str) -> Row:
    """Return an agenda item as a table row: number, item, minutes and clock times."""
    return {"no": str(item.number), "item": item.item,
            "minutes": format_minutes(item.minutes, lang) if item.minutes is not None else "",
            "time": f"{format_clock(item.span[0])}–{format_clock(item.span[1])}" if item.span else ""}


def agenda_line(item: AgendaItem, lang: str) -> str:
    """Return an agenda item as one line of a calendar entry: 10:00–10:15 進捗確認（15分）."""
    row = agenda_row(item, lang)
    text = f"{row['time']} {row['item']}" if row["time"] else row["item"]
    return aside(text, row["minutes"], lang)


def _kpi_row(line: KpiLine, content: MeetingContent, fills: dict[str, str]) -> Row:
    """Return a KPI row: definition always, latest actual, progress and status when pre-filled."""
    kpi, lang = line.kpi, content.lang
    row: Row = {
        "id": kpi.id, "kind": tr(lang, f"kind.{kpi.kind}"), "name": kpi.name + scope_tag(kpi.scope, lang),
        "unit": kpi.unit or "",
        "baseline": format_number(kpi.baseline, kpi.unit, line.digits),
        "target": format_number(kpi.target, kpi.unit, line.digits),
        "target_date": format_date(kpi.target_date, lang) if kpi.target_date else "",
        "target_date_short": format_date_short(kpi.target_date, lang) if kpi.target_date else "",
        "actual": "", "period": "", "progress": "", "status": "", "status_key": "", "fill": "FFFFFF",
    }
    if content.snapshot is None:
        return row
    figure = line.figure
    if figure is None:
        row.update(actual=MISSING, period=MISSING, progress=MISSING, status=format_status("no_data", lang),
                   status_key="no_data", fill=fills.get("no_data", "FFFFFF"))
    else:
        period = format_date(line.day, lang) if line.day else format_month(line.month or "", lang)
        row.update(actual=format_number(figure.actual, kpi.unit, line.digits), period=period,
                   progress=format_percent(figure.progress), status=format_status(figure.status, lang),
                   status_key=figure.status, fill=fills.get(figure.status, "FFFFFF"))
    return row


def _health(block: HealthBlock | None, content: MeetingContent) -> dict[str, Any]:
    """Return the health score, level and components (blank without a date, '—' when not measurable)."""
    out: dict[str, Any] = {"month": "", "score": "", "level": "", "previous": "", "alert": "", "components": []}
    if block is None:
        return out
    lang, blank = content.lang, content.snapshot is None
    for comp in block.components:
        out["components"].append({
            "name": comp.name, "weight": format_number(comp.weight),
            "value": "" if blank else format_number(comp.value),
            "points": "" if blank else format_number(comp.points, digits=1),
        })
    if blank:
        return out
    figure = block.figure
    if figure is None:
        out.update(month=MISSING, score=MISSING, level=MISSING, previous=MISSING, alert=MISSING)
        return out
    previous = figure.previous_score
    out.update(
        month=format_month(figure.month, lang),
        score=format_score(figure.score),
        level=figure.level or MISSING,
        previous=aside(format_score(previous), figure.previous_level or MISSING, lang) if previous is not None
        else MISSING,
        alert=tr(lang, "meetings.alert_on", drop=format_number(block.alert_drop)) if figure.alert
        else tr(lang, "meetings.alert_off"),
    )
    return out


def _milestone_row(ms: Any, status: str | None, lang: str, fills: dict[str, str]) -> Row:
    """Return a milestone as a table row with its status word and cell colour."""
    return {"id": ms.id, "name": ms.name, "date": format_date(ms.date, lang),
            "date_short": format_date_short(ms.date, lang), "criteria": ms.criteria or "", "owner": ms.owner or "",
            "status": format_status(status, lang) if status else "", "status_key": status or "",
            "fill": fills.get(status, "FFFFFF") if status else "FFFFFF"}


def _benefit(content: MeetingContent) -> dict[str, str]:
    """Return cost-effectiveness now and at target against the annual fee (now blank without a date)."""
    b, lang, blank = content.benefit, content.lang, content.snapshot is None

    def ratio(value: float | None) -> str:
        return format_ratio(value / b.fee if value is not None and b.fee else None, lang)

    def lines(target: bool) -> str:
        """Return the benefit lines under an amount, one a line: KPI［scope］ improvement × value per unit."""
        out = []
        for line in b.lines:
            improvement = line.target_improvement if target else line.improvement
            if improvement is not None:
                out.append(f"\n{line.kpi.name}{scope_tag(line.scope, lang)} {improvement_text(line.kpi, improvement)}"
                           f" × {format_money(line.value_per_unit, b.currency, lang)}")
        return "".join(out)

    return {
        "now": "" if blank else format_money(b.now, b.currency, lang) + lines(False),
        "at_target": format_money(b.at_target, b.currency, lang) + lines(True),
        "fee": format_money(b.fee, b.currency, lang),
        "ratio_now": "" if blank else ratio(b.now),
        "ratio_target": ratio(b.at_target),
    }


def _action_row(action: NextAction, lang: str, *, review: bool = False) -> Row:
    """Return an action as a table row (with empty result and done box for a review)."""
    row = {"action": action.action, "owner": action.owner or "",
           "due": format_date_short(action.due, lang) if action.due else ""}
    if review:
        row.update(result="", done=DONE_BOX)
    return row


def _pad(rows: list[Row], minimum: int, keys: tuple[str, ...], **fixed: str) -> list[Row]:
    """Return `rows` followed by blank rows (with `fixed` values) up to `minimum` rows."""
    out = list(rows)
    while len(out) < minimum:
        out.append({**dict.fromkeys(keys, ""), **fixed})
    return out
