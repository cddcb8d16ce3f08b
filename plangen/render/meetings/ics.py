"""A meeting's calendar series as iCalendar (RFC 5545): one VEVENT with an RRULE, in the plan's time zone.

The series starts on the first matching day of the support period and its UNTIL is the last
occurrence's start in UTC (required when DTSTART carries a TZID). A VTIMEZONE is included so Outlook
places the series right; the UID is stable per client and meeting so re-imports update the series.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from plangen.compute.schedule import local_start, meeting_dates, series_of
from plangen.model import Meeting, Plan
from plangen.roles import resolve_attendees, role_name
from plangen.text import tr
from plangen.text.formats import aside

PRODID = "-//plangen//meeting kit//EN"


def meeting_uid(slug: str, meeting_id: str) -> str:
    """Return the stable UID of a client's meeting series."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in meeting_id)
    return f"{slug}-{safe}@plangen"


def meeting_ics(plan: Plan, meeting: Meeting, slug: str, *, stamp: datetime | None = None,
                description: str = "") -> bytes | None:
    """Return the iCalendar bytes of the meeting's series, or None when it has no weekday, time or date."""
    import icalendar

    series = series_of(meeting)
    dates = meeting_dates(plan, meeting)
    if series is None or not dates:
        return None
    zone = ZoneInfo(plan.timezone)
    first = local_start(dates[0], series).replace(tzinfo=zone)
    last = local_start(dates[-1], series).replace(tzinfo=zone)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-timezone", plan.timezone)
    event = icalendar.Event()
    event.add("uid", meeting_uid(slug, meeting.id))
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0))
    event.add("sequence", 0)
    event.add("summary", f"{plan.client.title} {meeting.name}")
    event.add("dtstart", first)
    event.add("dtend", first + timedelta(minutes=series.minutes))
    rule = dict(series.rrule())
    rule["UNTIL"] = last.astimezone(UTC)
    event.add("rrule", rule)
    if description:
        event.add("description", description)
    organizer = _organizer(plan)
    if organizer is not None:
        event.add("organizer", f"mailto:{organizer[1]}", parameters={"CN": organizer[0]})
    for name, _title, _role, email in resolve_attendees(plan, meeting.attendees):
        if not email:
            continue
        event.add("attendee", f"mailto:{email}",
                  parameters={"CN": name, "ROLE": "REQ-PARTICIPANT", "CUTYPE": "INDIVIDUAL",
                              "PARTSTAT": "NEEDS-ACTION"})
    cal.add_component(event)
    _add_timezones(cal, date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    return bytes(cal.to_ical())


def _add_timezones(cal: Any, first_date: date, last_date: date) -> None:
    """Add the VTIMEZONE of every zone the calendar uses, as `Calendar.add_missing_timezones` does.

    Building a VTIMEZONE walks every offset change of the zone over the years covered, which is most of
    the time of a calendar file; the component is built once per zone and date range and shared
    (calendars here are serialised and dropped, never changed after this).
    """
    index = len(cal.timezones)
    for tzid in cal.get_missing_tzids():
        timezone = _vtimezone(tzid, first_date, last_date)
        if timezone is None:
            continue
        cal.subcomponents.insert(index, timezone)
        index += 1


@lru_cache(maxsize=64)
def _vtimezone(tzid: str, first_date: date, last_date: date) -> Any:
    """Return the VTIMEZONE component of `tzid` over the dates, or None when the zone is unknown."""
    import icalendar

    try:
        return icalendar.Timezone.from_tzid(tzid, first_date=first_date, last_date=last_date)
    except ValueError:
        return None


def _organizer(plan: Plan) -> tuple[str, str] | None:
    """Return (name, email) of the first CSM with an email, the natural organiser of the series."""
    for person in plan.team.vendor:
        if person.role == "csm" and person.email:
            return person.name, person.email
    return None


def series_description(plan: Plan, meeting: Meeting, agenda_lines: list[str]) -> str:
    """Return the event description: purpose, attendees' roles and agenda with time boxes."""
    lang = plan.language
    lines: list[str] = []
    if meeting.purpose:
        lines.append(meeting.purpose)
    if agenda_lines:
        lines += ["", tr(lang, "meetings.ics_agenda"), *agenda_lines]
    people = resolve_attendees(plan, meeting.attendees)
    if people:
        lines += ["", tr(lang, "meetings.ics_attendees")]
        lines += [f"- {aside(name, role_name(role, lang), lang)}" for name, _title, role, _email in people]
    return "\n".join(lines).strip()
