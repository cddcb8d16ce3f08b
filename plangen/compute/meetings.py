"""The data a meeting template sees: plain dicts, lists and strings (documented in docs/templates.md).

Without a date the document is a reusable blank: the plan's KPIs, milestones and schedule with empty
cells to fill. With a date (`--date`) it is the document of that meeting instance, pre-filled from the
latest actuals on or before the date and the latest monthly notes of that month or earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from plangen.compute.figures import benefit_figure, health_figure, kpi_figures
from plangen.compute.schedule import instance_on_or_after, meeting_dates, series_of, time_boxes, time_ranges
from plangen.design import design_for, status_fill
from plangen.model import Actuals, Client, Meeting, NextAction, Notes, Plan, month_key
from plangen.roles import meeting_has_evaluator, resolve_attendees, role_name
from plangen.text.formats import STATUS_COLOURS, format_number, format_percent
from plangen.text.labels import label
from plangen.text.meetings import (
    clock,
    date_text,
    money,
    month_text,
    nth_text,
    num,
    short_date,
    weekday_text,
    words,
)

MIN_ACTION_ROWS = 3
MIN_DECISION_ROWS = 2
MIN_NOTE_ROWS = 3
DONE_BOX = "□"

Row = dict[str, str]


@dataclass(frozen=True)
class Snapshot:
    """What is known on a date: actuals cut off at it, their latest month and the latest notes."""

    on: date
    actuals: Actuals
    month: str | None
    notes: Notes | None


def kind_of(plan: Plan, meeting: Meeting) -> str:
    """Return 'evaluator' when an evaluator or final evaluator attends, else 'weekly'."""
    return "evaluator" if meeting_has_evaluator(plan, meeting.attendees) else "weekly"


def snapshot(client: Client, on: date) -> Snapshot:
    """Return the actuals on or before `on`, their latest month and the latest notes up to that month."""
    actuals = client.actuals.until(on)
    months = actuals.months()
    notes_months = [m for m in client.notes if month_key(m) <= (on.year, on.month)]
    return Snapshot(on, actuals, months[-1] if months else None,
                    client.notes[max(notes_months, key=month_key)] if notes_months else None)


def meeting_context(client: Client, meeting: Meeting, *, on: date | None = None) -> dict[str, Any]:
    """Return the template context of `meeting`, pre-filled when `on` is given."""
    plan = client.plan
    lang = plan.language
    t = words(lang)
    snap = snapshot(client, on) if on is not None else None
    kind = kind_of(plan, meeting)
    design = design_for(plan)
    fills = {status: status_fill(status, design) for status in STATUS_COLOURS}
    ctx: dict[str, Any] = {
        "t": t,
        "lang": lang,
        "kind": kind,
        "prefilled": snap is not None,
        "client": {"name": plan.client.name, "short_name": plan.client.title, "vendor": plan.vendor.name or "",
                   "product": plan.vendor.product or ""},
        "meeting": _meeting(plan, meeting, t),
        "instance": _instance(plan, meeting, snap, t),
        "attendees": [{"name": name, "title": title or "", "role": role_name(role, lang)}
                      for name, title, role, _email in resolve_attendees(plan, meeting.attendees)],
        "agenda": agenda_rows(meeting, lang),
        "has_kpis": bool(plan.kpis),
        "has_health": bool(plan.health and plan.health.components),
        "has_milestones": bool(plan.milestones),
        "has_benefit": plan.contract.annual_fee is not None and any(k.value_per_unit for k in plan.kpis),
    }
    ctx["doc_title"] = t["doc_evaluator"] if kind == "evaluator" else t["doc_weekly"]
    ctx["subtitle"] = "　".join(p for p in (plan.client.name, ctx["instance"]["when"]) if p) if lang == "ja" \
        else " — ".join(p for p in (plan.client.name, ctx["instance"]["when"]) if p)
    ctx["kpis"] = kpi_rows(plan, snap, lang, fills)
    ctx["health"] = health_block(plan, snap, lang)
    notes = snap.notes if snap else None
    if kind == "weekly":
        ctx["review_actions"] = _pad([_action_row(a, lang, review=True) for a in open_actions(client, notes)],
                                     MIN_ACTION_ROWS, ("action", "owner", "due", "result"), done=DONE_BOX)
        ctx["new_actions"] = _pad([], MIN_ACTION_ROWS, ("action", "owner", "due"))
        lines = [{"text": f"{t['issues_prefix']}{issue}"} for issue in (notes.issues if notes else [])]
        ctx["notes"] = _pad(lines, MIN_NOTE_ROWS, ("text",))
    else:
        ctx["milestones"] = milestone_rows(plan, snap, lang, fills)
        ctx["benefit"] = benefit_block(plan, snap, lang)
        ctx["summary"] = notes.summary if notes and notes.summary else ""
        ctx["next_actions"] = _pad([_action_row(a, lang) for a in (notes.next_actions if notes else [])],
                                   MIN_ACTION_ROWS, ("action", "owner", "due"))
        ctx["decisions"] = _pad([{"decision": d, "outcome": ""} for d in (notes.decisions if notes else [])],
                                MIN_DECISION_ROWS, ("decision", "outcome"))
        for number, row in enumerate(ctx["decisions"], start=1):
            row["no"] = str(number)
    return ctx


def _meeting(plan: Plan, meeting: Meeting, t: dict[str, str]) -> dict[str, str]:
    """Return the meeting's descriptive fields as text."""
    lang = plan.language
    return {
        "id": meeting.id,
        "name": meeting.name,
        "purpose": meeting.purpose or "",
        "cadence": label(lang, f"cadence.{meeting.cadence}") if meeting.cadence else label(lang, "missing"),
        "schedule": schedule_text(meeting, lang),
        "duration": (f"{meeting.duration_minutes}{t['minutes']}" if lang == "ja"
                     else f"{meeting.duration_minutes} {t['minutes']}") if meeting.duration_minutes
        else label(lang, "missing"),
        "timezone": plan.timezone,
        "period": f"{date_text(plan.period_start, lang)} – {date_text(plan.period_end, lang)}",
    }


def schedule_text(meeting: Meeting, lang: str) -> str:
    """Return the day and time: 毎週 火曜日 10:00–11:00, 毎月 第2木曜日 16:00–16:45 (or 'to be set')."""
    t = words(lang)
    series = series_of(meeting)
    cadence = label(lang, f"cadence.{meeting.cadence or 'weekly'}")
    if series is None or meeting.weekday is None:
        return f"{label(lang, f'cadence.{meeting.cadence}') if meeting.cadence else ''} {t['undecided']}".strip()
    day = weekday_text(meeting.weekday, lang)
    if series.cadence == "monthly":
        day = f"{nth_text(series.week_of_month, lang)}{day}" if lang == "ja" \
            else f"{nth_text(series.week_of_month, lang)} {day}"
    end = time_ranges(series.start_time, [series.minutes])[0]
    assert end is not None
    hours = f"{clock(end[0])}–{clock(end[1])}"
    return f"{cadence} {day} {hours}" if lang == "ja" else f"{cadence}, {day} {hours}"


def _instance(plan: Plan, meeting: Meeting, snap: Snapshot | None, t: dict[str, str]) -> dict[str, str]:
    """Return the meeting instance's date, time and data cut-off as text (blank without a date)."""
    lang = plan.language
    if snap is None:
        return {"date": "", "when": meeting_schedule_or_blank(meeting, lang), "data_as_of": "", "notes_month": "",
                "data_month": "", "basis": "",
                "date_line": "　　　　年　　月　　日（　　）" if lang == "ja" else ""}
    series = series_of(meeting)
    day = instance_on_or_after(plan, meeting, snap.on) or snap.on
    when = date_text(day, lang, weekday=True)
    if series is not None:
        box = time_ranges(series.start_time, [series.minutes])[0]
        assert box is not None
        when += f" {clock(box[0])}–{clock(box[1])}"
    data_month = month_text(snap.month, lang) if snap.month else label(lang, "no_data")
    notes_month = month_text(snap.notes.month, lang) if snap.notes else ""
    as_of = date_text(snap.on, lang)
    if lang == "ja":
        basis = f"{as_of}までの実績（最新 {data_month}）" if snap.month else f"{as_of}までの実績なし"
        basis += f"／{notes_month}の月次メモ" if notes_month else ""
    else:
        basis = f"Actuals to {as_of} (latest {data_month})" if snap.month else f"No actuals up to {as_of}"
        basis += f"; notes of {notes_month}" if notes_month else ""
    return {"date": date_text(day, lang, weekday=True), "when": when, "date_line": when, "data_as_of": as_of,
            "data_month": data_month, "notes_month": notes_month, "basis": basis}


def meeting_schedule_or_blank(meeting: Meeting, lang: str) -> str:
    """Return the recurring schedule text of a meeting that has one, else ''."""
    return schedule_text(meeting, lang) if series_of(meeting) else ""


def agenda_rows(meeting: Meeting, lang: str) -> list[Row]:
    """Return the agenda with time boxes that add up to the meeting's duration."""
    items = meeting.agenda
    duration = meeting.duration_minutes
    boxes = time_boxes(duration, len(items)) if duration else [0] * len(items)
    series = series_of(meeting)
    ranges = time_ranges(series.start_time if series else None, boxes)
    unit = words(lang)["minutes"]
    rows = []
    for number, (item, minutes, span) in enumerate(zip(items, boxes, ranges, strict=True), start=1):
        rows.append({"no": str(number), "item": item,
                     "minutes": (f"{minutes}{unit}" if lang == "ja" else f"{minutes} {unit}") if duration else "",
                     "time": f"{clock(span[0])}–{clock(span[1])}" if span else ""})
    return rows


def kpi_rows(plan: Plan, snap: Snapshot | None, lang: str, fills: dict[str, str]) -> list[Row]:
    """Return one row per KPI: definition always, latest actual, progress and status when pre-filled."""
    missing = label(lang, "missing")
    latest = _latest_figures(plan, snap) if snap else {}
    rows = []
    for kpi in plan.kpis:
        row: Row = {
            "id": kpi.id, "kind": label(lang, f"kind.{kpi.kind}"), "name": kpi.name, "unit": kpi.unit or "",
            "baseline": num(kpi.baseline, kpi.unit),
            "target": num(kpi.target, kpi.unit),
            "target_date": date_text(kpi.target_date, lang) if kpi.target_date else "",
            "target_date_short": short_date(kpi.target_date, lang) if kpi.target_date else "",
            "actual": "", "period": "", "progress": "", "status": "", "status_key": "", "fill": "FFFFFF",
        }
        if snap is not None:
            found = latest.get(kpi.id)
            if found is None:
                row.update(actual=missing, period=missing, progress=missing,
                           status=label(lang, "status.no_data"), status_key="no_data",
                           fill=fills.get("no_data", "FFFFFF"))
            else:
                figure, period = found
                row.update(actual=num(figure.actual, kpi.unit), period=period,
                           progress=format_percent(figure.progress), status=label(lang, f"status.{figure.status}"),
                           status_key=figure.status, fill=fills.get(figure.status, "FFFFFF"))
        rows.append(row)
    return rows


def _latest_figures(plan: Plan, snap: Snapshot) -> dict[str, tuple[Any, str]]:
    """Return KPI id -> (its figure for its latest month with a value, that period as text)."""
    lang = plan.language
    out: dict[str, tuple[Any, str]] = {}
    cache: dict[str, dict[str, Any]] = {}
    for kpi in plan.kpis:
        months = snap.actuals.monthly(kpi.id)
        if not months:
            continue
        month = max(months, key=month_key)
        if month not in cache:
            cache[month] = {f.kpi.id: f for f in kpi_figures(plan, snap.actuals, month)}
        days = [r.day for r in snap.actuals.rows if r.metric == kpi.id and r.month == month and r.day]
        period = date_text(max(days), lang) if days and not any(
            r.day is None for r in snap.actuals.rows if r.metric == kpi.id and r.month == month) \
            else month_text(month, lang)
        out[kpi.id] = (cache[month][kpi.id], period)
    return out


def health_block(plan: Plan, snap: Snapshot | None, lang: str) -> dict[str, Any]:
    """Return the health score, level and components (blank without a date, '—' when not measurable)."""
    t = words(lang)
    block: dict[str, Any] = {"month": "", "score": "", "level": "", "previous": "", "alert": "",
                             "components": []}
    if plan.health is None:
        return block
    figure = health_figure(plan, snap.actuals, snap.month) if snap and snap.month else None
    missing = label(lang, "missing")
    by_id = {c.id: c for c in figure.components} if figure else {}
    for comp in plan.health.components:
        found = by_id.get(comp.id)
        block["components"].append({
            "name": comp.name, "weight": num(comp.weight),
            "value": num(found.value) if found else ("" if snap is None else missing),
            "points": format_number(found.points, digits=1) if found else ("" if snap is None else missing),
        })
    if snap is None:
        return block
    if figure is None:
        block.update(month=missing, score=missing, level=missing, previous=missing, alert=missing)
        return block
    previous = figure.previous_score
    block.update(
        month=month_text(figure.month, lang),
        score=format_number(figure.score, digits=1),
        level=figure.level or missing,
        previous=f"{format_number(previous, digits=1)}（{figure.previous_level or missing}）" if lang == "ja"
        and previous is not None else (f"{format_number(previous, digits=1)} ({figure.previous_level or missing})"
                                       if previous is not None else missing),
        alert=t["alert_on"].format(drop=num(plan.health.alert_drop)) if figure.alert else t["alert_off"],
    )
    return block


def milestone_rows(plan: Plan, snap: Snapshot | None, lang: str, fills: dict[str, str]) -> list[Row]:
    """Return one row per milestone; the status comes from the latest notes when pre-filled."""
    rows = []
    for ms in plan.milestones:
        status: str | None = snap.notes.milestones.get(ms.id) if snap and snap.notes else None
        if status is None and snap is not None and ms.date > snap.on:
            status = "planned"
        rows.append({"id": ms.id, "name": ms.name, "date": date_text(ms.date, lang),
                     "date_short": short_date(ms.date, lang), "criteria": ms.criteria or "",
                     "owner": ms.owner or "", "status": label(lang, f"milestone.{status}") if status else "",
                     "status_key": status or "", "fill": fills.get(status, "FFFFFF") if status else "FFFFFF"})
    return rows


def benefit_block(plan: Plan, snap: Snapshot | None, lang: str) -> dict[str, str]:
    """Return cost-effectiveness now and at target against the annual fee (now blank without a date)."""
    currency = plan.contract.currency
    fee = plan.contract.annual_fee
    at_target_fig = benefit_figure(plan, snap.actuals if snap else Actuals(), snap.month if snap and snap.month
                                   else f"{plan.period_start:%Y-%m}")
    at_target = at_target_fig.at_target if at_target_fig else None
    now = None
    if snap is not None and snap.month is not None:
        figure = benefit_figure(plan, snap.actuals, snap.month)
        now = figure.now if figure else None
    t = words(lang)

    def ratio(value: float | None) -> str:
        if value is None or not fee:
            return label(lang, "missing")
        return f"{value / fee:.1f}{t['times']}"

    return {
        "now": money(now, currency, lang) if snap is not None else "",
        "at_target": money(at_target, currency, lang),
        "fee": money(fee, currency, lang),
        "ratio_now": ratio(now) if snap is not None else "",
        "ratio_target": ratio(at_target),
    }


def open_actions(client: Client, notes: Notes | None) -> list[NextAction]:
    """Return the notes' next actions not reported done in those notes or any later ones."""
    if notes is None:
        return []
    done = {item.action.strip() for month, later in client.notes.items() if month_key(month) >= month_key(notes.month)
            for item in later.done}
    return [a for a in notes.next_actions if a.action.strip() not in done]


def _action_row(action: NextAction, lang: str, *, review: bool = False) -> Row:
    """Return an action as a table row (with empty result and done box for a review)."""
    row = {"action": action.action, "owner": action.owner or "",
           "due": short_date(action.due, lang) if action.due else ""}
    if review:
        row.update(result="", done=DONE_BOX)
    return row


def _pad(rows: list[Row], minimum: int, keys: tuple[str, ...], **fixed: str) -> list[Row]:
    """Return `rows` followed by blank rows (with `fixed` values) up to `minimum` rows."""
    out = list(rows)
    while len(out) < minimum:
        out.append({**dict.fromkeys(keys, ""), **fixed})
    return out


def all_dates(plan: Plan, meeting: Meeting) -> list[date]:
    """Return the meeting's dates in the support period (for warnings about --date)."""
    return meeting_dates(plan, meeting)
