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
from zoneinfo import ZoneInfo

from plangen.compute.schedule import local_start, meeting_dates, series_of, skipped_dates
from plangen.model import Meeting, Plan
from plangen.render.meetings import icalwrite as ical
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
    """Return the calendar file of the series with the given SEQUENCE and DTSTAMP (None without dates).

    The bytes are those the icalendar package writes for the same calendar (see icalwrite).
    """
    series = series_of(meeting)
    dates = meeting_dates(plan, meeting)
    if series is None or not dates:
        return None
    zone = ZoneInfo(plan.timezone)
    first = local_start(dates[0], series).replace(tzinfo=zone)
    last = local_start(dates[-1], series).replace(tzinfo=zone)
    utc = plan.timezone in ical.UTC_ZONES
    where = "" if utc else ical.params([("TZID", plan.timezone)])

    def when(moment: datetime) -> str:
        return ical.local(moment) + ("Z" if utc else "")

    rule = series.rrule()
    parts = [("FREQ", rule["FREQ"]), ("UNTIL", ical.local(last.astimezone(UTC)) + "Z")]
    parts += [(key, rule[key]) for key in ("INTERVAL", "BYDAY") if key in rule]
    event = [f"SUMMARY:{ical.text(f'{plan.client.title} {meeting.name}')}",
             f"DTSTART{where}:{when(first)}",
             f"DTEND{where}:{when(first + timedelta(minutes=series.minutes))}",
             f"DTSTAMP:{ical.local(stamp.replace(microsecond=0).astimezone(UTC))}Z",
             f"UID:{ical.text(meeting_uid(slug, meeting.id))}",
             f"SEQUENCE:{sequence}",
             "RRULE:" + ";".join(f"{key}={value}" for key, value in parts)]
    skipped = [local_start(day, series) for day, _ in skipped_dates(plan, meeting) if dates[0] < day < dates[-1]]
    if skipped:
        event.append(f"EXDATE{where}:" + ",".join(when(moment) for moment in skipped))
    for name, _title, _role, email in resolve_attendees(plan, meeting.attendees):
        if email:
            people = [("CN", name), ("CUTYPE", "INDIVIDUAL"), ("PARTSTAT", "NEEDS-ACTION"), ("ROLE", "REQ-PARTICIPANT")]
            event.append(f"ATTENDEE{ical.params(people)}:{ical.address(f'mailto:{email}')}")
    if description:
        event.append(f"DESCRIPTION:{ical.text(description)}")
    organizer = _organizer(plan)
    if organizer is not None:
        event.append(f"ORGANIZER{ical.params([('CN', organizer[0])])}:{ical.address(f'mailto:{organizer[1]}')}")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{ical.text(PRODID)}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-TIMEZONE:{plan.timezone}"]
    if not utc:
        lines += _vtimezone(plan.timezone, date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    return ical.to_bytes([*lines, "BEGIN:VEVENT", *event, "END:VEVENT", "END:VCALENDAR"])


@lru_cache(maxsize=64)
def _vtimezone(tzid: str, first_date: date, last_date: date) -> tuple[str, ...]:
    """Return the VTIMEZONE lines of `tzid` over the dates (built once per zone and range: it walks the offsets)."""
    return tuple(ical.vtimezone(tzid, ZoneInfo(tzid), first_date, last_date))


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
