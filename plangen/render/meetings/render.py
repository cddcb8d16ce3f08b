"""Write the meeting kit: one DOCX (from a user-editable template) and one ICS per meeting of the plan."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from plangen.compute.meetings import agenda_items, kind_of, meeting_content
from plangen.compute.schedule import meeting_dates, series_of
from plangen.errors import TemplateError, display_path
from plangen.model import Client, Meeting
from plangen.render.meetings.context import agenda_line, template_context
from plangen.render.meetings.ics import meeting_ics, series_description
from plangen.resources import templates_dir
from plangen.text.said import Said
from plangen.write.atomic import safe_child, write_atomic, write_bytes_atomic
from plangen.write.output import RenderResult

TEMPLATE_NAMES = {"weekly": "meeting-weekly.docx", "evaluator": "meeting-evaluator.docx"}


def template_for(kind: str, templates: Path | None) -> Path:
    """Return the template for a meeting kind: the user's copy in `templates` if present, else the bundled one."""
    name = TEMPLATE_NAMES[kind]
    if templates is not None:
        if not templates.is_dir():
            raise TemplateError(Said("messages.render.no_templates", path=display_path(templates)))
        candidate = templates / name
        if candidate.is_file():
            return candidate
    return templates_dir() / name


def render_meetings(client: Client, out_dir: Path, *, on: date | None = None, templates: Path | None = None,
                    stamp: datetime | None = None) -> RenderResult:
    """Write out_dir/meetings/<id>.docx and <id>.ics for each meeting; return the files and warnings."""
    result = RenderResult()
    folder = out_dir / "meetings"
    for meeting in client.plan.meetings:
        result.extend(render_meeting(client, meeting, folder, on=on, templates=templates, stamp=stamp))
    return result


def render_meeting(client: Client, meeting: Meeting, folder: Path, *, on: date | None = None,
                   templates: Path | None = None, stamp: datetime | None = None) -> RenderResult:
    """Write one meeting's document and calendar series into `folder`; return them and any warnings."""
    from plangen.office import zipwrite
    from plangen.office.docprops import apply_core, plan_props
    from plangen.office.plan_docx import render_plan_docx

    result = RenderResult()
    plan = client.plan
    try:
        docx_path = safe_child(folder, f"{meeting.id}.docx")
        ics_path = safe_child(folder, f"{meeting.id}.ics")
    except ValueError:
        result.warnings.append(Said("messages.render.bad_meeting_id", id=repr(meeting.id)))
        return result
    if "/" in meeting.id or "\\" in meeting.id or meeting.id.startswith("."):
        result.warnings.append(Said("messages.render.bad_meeting_id", id=repr(meeting.id)))
        return result
    context = template_context(meeting_content(client, meeting, on=on))
    doc = render_plan_docx(template_for(kind_of(plan, meeting), templates), context, plan)
    apply_core(doc.core_properties, plan_props(plan, meeting.name, subject=context["doc_title"]))
    result.paths.append(write_atomic(docx_path, lambda tmp: zipwrite.save(doc, tmp)))
    if on is not None and series_of(meeting) is not None and not any(d >= on for d in meeting_dates(plan, meeting)):
        result.warnings.append(Said("messages.render.no_meeting_after", id=meeting.id, date=on.isoformat()))
    agenda = [agenda_line(item, plan.language) for item in agenda_items(meeting)]
    previous = _read_previous(ics_path)
    ics = meeting_ics(plan, meeting, client.slug, stamp=stamp,
                      description=series_description(plan, meeting, agenda), previous=previous)
    if ics is None:
        missing = [name for name, value in (("weekday", meeting.weekday), ("time", meeting.time)) if value is None]
        why = (Said("messages.render.no_ics.missing2", a=missing[0], b=missing[1]) if len(missing) == 2 else
               Said("messages.render.no_ics.missing", fields=missing[0]) if missing else
               Said("messages.render.no_ics.outside"))
        result.warnings.append(Said("messages.render.no_ics", id=meeting.id, why=why))
        ics_path.unlink(missing_ok=True)
    elif ics == previous:
        result.paths.append(ics_path)  # unchanged series: the file (and its mtime) stays as it was
    else:
        result.paths.append(write_bytes_atomic(ics_path, ics))
    return result


def _read_previous(path: Path) -> bytes | None:
    """Return the bytes of the calendar file written last time, or None when there is none."""
    try:
        return path.read_bytes()
    except OSError:
        return None
