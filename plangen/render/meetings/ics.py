"""A meeting's calendar series as iCalendar (RFC 5545): one VEVENT with an RRULE, in the plan's time zone.

The series starts on the first matching day of the support period and its UNTIL is the last
occurrence's start in UTC (required when DTSTART carries a TZID). A VTIMEZONE is included so Outlook
places the series right; the UID is stable per client and meeting so re-imports update the series.
Dates skipped for holidays (`holidays: skip`) are EXDATEs in the zone and at the time of DTSTART.

SEQUENCE and DTSTAMP: the state of a series is the calendar file plangen wrote last time, read back from
the output folder. Rebuilding an unchanged series gives the same bytes (same SEQUENCE, same DTSTAMP), so
builds are reproducible and calendar clients see no change; a changed series (time, dates, attendees,
agenda...) gets SEQUENCE + 1 and a new DTSTAMP. The file itself is the state, so there is no second file
to drift from it; deleting the output folder starts the series again at SEQUENCE 0.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from plangen.compute.schedule import local_start, meeting_dates, series_of, skipped_dates
from plangen.model import Meeting, Plan
from plangen.roles import resolve_attendees, role_name
from plangen.text import tr
from plangen.text.formats import aside

PRODID = "-//plangen//meeting kit//EN"
_SEQUENCE = re.compile(rb"^SEQUENCE:(\d+)\r?$", re.MULTILINE)
_DTSTAMP = re.compile(rb"^DTSTAMP:(\d{8}T\d{6}Z)\r?$", re.MULTILINE)


def meeting_uid(slug: str, meeting_id: str) -> str:
    """Return the stable UID of a client's meeting series."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in meeting_id)
    return f"{slug}-{safe}@plangen"


def meeting_ics(plan: Plan, meeting: Meeting, slug: str, *, stamp: datetime | None = None,
                description: str = "", previous: bytes | None = None) -> bytes | None:
    """Return the iCalendar bytes of the meeting's series, or None when it has no weekday, time or date.

    `previous` is the series' calendar file as written last time: while the event is the same, its bytes come
    back unchanged (same SEQUENCE and DTSTAMP); when the event changed, SEQUENCE goes up by one and DTSTAMP
    is `stamp` (default now), so calendar clients update the invitation instead of adding a second one.
    """
    prior = previous_state(previous)
    if prior is not None:
        same = _series_ics(plan, meeting, slug, prior[0], prior[1], description)
        if same is None or same == previous:
            return same
    sequence = prior[0] + 1 if prior is not None else 0
    return _series_ics(plan, meeting, slug, sequence, (stamp or datetime.now(UTC)).astimezone(UTC), description)


def previous_state(previous: bytes | None) -> tuple[int, datetime] | None:
    """Return (SEQUENCE, DTSTAMP) of a calendar file plangen wrote before, or None when there is none."""
    if not previous:
        return None
    sequence = _SEQUENCE.search(previous)
    stamp = _DTSTAMP.search(previous)
    if sequence is None or stamp is None:
        return None
    return int(sequence.group(1)), datetime.strptime(stamp.group(1).decode(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def _series_ics(plan: Plan, meeting: Meeting, slug: str, sequence: int, stamp: datetime,
                description: str) -> bytes | None:
    """Return the calendar file of the series with the given SEQUENCE and DTSTAMP (None without dates)."""
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
    event.add("dtstamp", stamp.replace(microsecond=0))
    event.add("sequence", sequence)
    event.add("summary", f"{plan.client.title} {meeting.name}")
    event.add("dtstart", first)
    event.add("dtend", first + timedelta(minutes=series.minutes))
    rule = dict(series.rrule())
    rule["UNTIL"] = last.astimezone(UTC)
    event.add("rrule", rule)
    skipped = [local_start(day, series).replace(tzinfo=zone) for day, _ in skipped_dates(plan, meeting)
               if dates[0] < day < dates[-1]]
    if skipped:
        event.add("exdate", skipped)
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
