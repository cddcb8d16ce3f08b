"""The calendar writer gives the very bytes the icalendar package gives for the same series, zones and texts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from plangen.compute.schedule import local_start, meeting_dates, series_of, skipped_dates
from plangen.model import Client, ClientPerson, Meeting, Plan, Team, VendorPerson
from plangen.render.meetings import icalwrite
from plangen.render.meetings.ics import PRODID, _organizer, _series_ics, meeting_uid
from plangen.roles import resolve_attendees

STAMP = datetime(2026, 11, 20, 9, 0, 7, 123, tzinfo=UTC)
ZONES = ["Asia/Tokyo", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata",
         "America/Sao_Paulo", "Pacific/Chatham", "Europe/Dublin", "Africa/Casablanca", "America/St_Johns", "UTC",
         "Etc/UTC", "Africa/Abidjan", "Etc/GMT-9", "Asia/Kathmandu", "Antarctica/Troll"]
TEXTS = ["", "plain", "a,b;c\\d", "line\nbreak\r\nand\rreturn", "\\N not a break", "quote \" and ' and ’",
         "colon: here", "caret ^ and ^n", "tab\tend", "絵文字😀" * 30, "x" * 73 + "\\;" + "y" * 80,
         "あ" * 24 + "\\" + "い" * 40, "^" * 100, "名前 空白", "a'b", 'He said "hi"', "semi;colon", "comma,name"]


def icalendar_series(plan: Plan, meeting: Meeting, slug: str, sequence: int, stamp: datetime,
                     description: str) -> bytes | None:
    """Return the calendar file as plangen wrote it with the icalendar package (the reference)."""
    series = series_of(meeting)
    dates = meeting_dates(plan, meeting)
    if series is None or not dates:
        return None
    zone = ZoneInfo(plan.timezone)
    first = local_start(dates[0], series).replace(tzinfo=zone)
    last = local_start(dates[-1], series).replace(tzinfo=zone)
    cal = icalendar.Calendar()
    for key, value in (("prodid", PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                       ("x-wr-timezone", plan.timezone)):
        cal.add(key, value)
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
        if email:
            event.add("attendee", f"mailto:{email}", parameters={"CN": name, "ROLE": "REQ-PARTICIPANT",
                                                                  "CUTYPE": "INDIVIDUAL", "PARTSTAT": "NEEDS-ACTION"})
    cal.add_component(event)
    index = len(cal.timezones)
    for tzid in cal.get_missing_tzids():
        cal.subcomponents.insert(index, icalendar.Timezone.from_tzid(
            tzid, first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 2, 1, 1)))
    return bytes(cal.to_ical())


def _meetings() -> list[Meeting]:
    return [Meeting(id="weekly", name="定例会", weekday="tue", time="10:00", attendees=["promoter", "csm"]),
            Meeting(id="bi", name="Sync", cadence="biweekly", weekday="mon", time="09:30", duration_minutes=30,
                    attendees=["user"]),
            Meeting(id="last", name="Review", cadence="monthly", weekday="fri", week_of_month=5, time="01:30",
                    attendees=["final_evaluator", "csm"]),
            Meeting(id="second", name="報告会", cadence="monthly", weekday="thu", week_of_month=2, time="16:00")]


@pytest.mark.parametrize("zone", ZONES)
def test_series_bytes_match_icalendar_in_every_kind_of_zone(minato: Client, zone: str) -> None:
    for holidays in ("skip", "keep"):
        plan = minato.plan.model_copy(update={"timezone": zone, "holidays": holidays})
        for meeting in [*plan.meetings, *_meetings()]:
            for sequence in (0, 3):
                args = (plan, meeting, "minato", sequence, STAMP, "目的\nアジェンダ")
                assert _series_ics(*args) == icalendar_series(*args), (zone, meeting.id)


@pytest.mark.parametrize("words", TEXTS)
def test_awkward_names_and_texts_are_escaped_quoted_and_folded_like_icalendar(minato: Client, words: str) -> None:
    team = Team(client=[ClientPerson(name=words or "x", role="promoter", email="p@example.jp"),
                        ClientPerson(name=f"{words} 2", role="user", email="u@example.jp")],
                vendor=[VendorPerson(name=f"CSM {words}", role="csm", email="c@example.com")])
    plan = minato.plan.model_copy(update={"team": team,
                                          "client": minato.plan.client.model_copy(update={"short_name": words})})
    meeting = Meeting(id=f"id {words}", name=words or "x", weekday="wed", time="23:45",
                      attendees=["promoter", "user", "csm"])
    for description in (words, words * 3, f"{words}\n- {words}"):
        args = (plan, meeting, "slug", 1, STAMP, description)
        assert _series_ics(*args) == icalendar_series(*args)


def test_a_line_break_in_an_address_is_refused_as_icalendar_refuses_it() -> None:
    with pytest.raises(ValueError, match="CR or LF"):
        icalwrite.address("mailto:a\nb@example.com")


def test_the_utc_zones_are_icalendars() -> None:
    from icalendar.timezone.tzid import tzid_from_tzinfo

    utc_like = set()
    for zone in icalwrite.UTC_ZONES:
        assert tzid_from_tzinfo(ZoneInfo(zone)) == "UTC"
    for key in sorted(__import__("zoneinfo").available_timezones()):
        if tzid_from_tzinfo(ZoneInfo(key)) == "UTC":
            utc_like.add(key)
    assert utc_like <= icalwrite.UTC_ZONES
