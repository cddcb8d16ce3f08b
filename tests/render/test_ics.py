"""Calendar series: parse the ICS back and expand it with dateutil."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import icalendar
from dateutil.rrule import rruleset, rrulestr

from plangen.compute.schedule import meeting_dates, skipped_dates
from plangen.model import Client, Meeting, Plan, SupportPeriod
from plangen.render.meetings import render_meetings
from plangen.render.meetings.ics import meeting_ics, meeting_uid, previous_state

TOKYO = ZoneInfo("Asia/Tokyo")
STAMP = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _event(plan: Plan, meeting: Meeting, slug: str = "minato") -> Any:
    data = meeting_ics(plan, meeting, slug, stamp=STAMP, description="目的\nアジェンダ")
    assert data is not None
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def _expand(event: Any) -> list[datetime]:
    start = event.decoded("dtstart")
    rule = event["rrule"].to_ical().decode()
    dates = rruleset()
    dates.rrule(rrulestr(rule, dtstart=start))
    for exdate in _exdates(event):
        dates.exdate(exdate)
    return list(dates)


def _exdates(event: Any) -> list[datetime]:
    found = event.get("exdate", [])
    return [d.dt for entry in (found if isinstance(found, list) else [found]) for d in entry.dts]


def test_weekly_series_expands_to_every_tuesday_at_ten_in_tokyo(minato: Client) -> None:
    event = _event(minato.plan, minato.plan.meetings[0])
    starts = _expand(event)
    skipped = {date(2026, 12, 29), date(2027, 2, 23), date(2027, 5, 4)}
    expected = [datetime(2026, 12, 1, 10, 0, tzinfo=TOKYO) + timedelta(weeks=i) for i in range(26)]
    assert starts == [s for s in expected if s.date() not in skipped]
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=60)


def test_evaluator_series_expands_to_the_second_thursday_at_sixteen(minato: Client) -> None:
    starts = _expand(_event(minato.plan, minato.plan.meetings[1]))
    assert [s.date() for s in starts] == meeting_dates(minato.plan, minato.plan.meetings[1])
    assert {(s.hour, s.minute, s.utcoffset()) for s in starts} == {(16, 0, timedelta(hours=9))}
    assert starts[-1].date() == date(2027, 5, 13)


def test_until_is_utc_and_the_time_zone_is_described(minato: Client) -> None:
    data = meeting_ics(minato.plan, minato.plan.meetings[0], "minato", stamp=STAMP)
    assert data is not None
    text = data.decode()
    assert "UNTIL=20270525T010000Z" in text
    assert "DTSTART;TZID=Asia/Tokyo:20261201T100000" in text
    cal = icalendar.Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    assert "DTSTAMP:20261120T090000Z" in text and "VERSION:2.0" in text and "PRODID:" in text


def test_uid_is_stable_per_client_and_meeting(minato: Client) -> None:
    first = _event(minato.plan, minato.plan.meetings[0])
    again = _event(minato.plan, minato.plan.meetings[0])
    assert str(first["uid"]) == str(again["uid"]) == meeting_uid("minato", "weekly") == "minato-weekly@plangen"
    assert str(_event(minato.plan, minato.plan.meetings[1])["uid"]) != str(first["uid"])


def test_attendees_with_an_email_are_listed_with_their_names(minato: Client) -> None:
    event = _event(minato.plan, minato.plan.meetings[0])
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    found = {(str(a), a.params["CN"]) for a in attendees}
    assert found == {("mailto:k.tanaka@example.jp", "田中 健"), ("mailto:m.kobayashi@example.com", "小林 誠")}
    assert str(event["organizer"]) == "mailto:m.kobayashi@example.com"


def test_summary_names_client_and_meeting(minato: Client) -> None:
    event = _event(minato.plan, minato.plan.meetings[1])
    assert str(event["summary"]) == "みなと衣料 評価者報告会"
    assert "アジェンダ" in str(event["description"])


def test_series_keeps_local_time_across_daylight_saving(minato: Client) -> None:
    plan = minato.plan.model_copy(update={"timezone": "America/New_York"})
    meeting = Meeting(id="sync", name="Sync", cadence="biweekly", weekday="mon", time="09:30", duration_minutes=30)
    event = _event(plan, meeting)
    starts = _expand(event)
    assert [s.date() for s in starts] == meeting_dates(plan, meeting)
    assert {(s.hour, s.minute) for s in starts} == {(9, 30)}
    assert {s.utcoffset() for s in starts} == {timedelta(hours=-5), timedelta(hours=-4)}  # DST starts in March
    rule: Any = event["rrule"]
    assert rule["UNTIL"][0].tzinfo is not None


def test_last_weekday_rule_expands_like_the_schedule(minato: Client) -> None:
    meeting = Meeting(id="m", name="M", cadence="monthly", weekday="fri", week_of_month=5, time="15:00")
    starts = _expand(_event(minato.plan, meeting))
    assert [s.date() for s in starts] == meeting_dates(minato.plan, meeting)
    assert len(starts) == 6


def test_meeting_without_weekday_or_time_gets_no_calendar(northwind: Client) -> None:
    assert meeting_ics(northwind.plan, northwind.plan.meetings[1], "northwind") is None


def _closed(day: date) -> bool:
    return (day.month, day.day) in ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)) or day in JP_HOLIDAYS


JP_HOLIDAYS = holidays.country_holidays("JP", years=range(2026, 2030))


def test_expanded_series_meet_on_no_japanese_holiday_nor_at_the_year_end(minato: Client) -> None:
    for meeting in minato.plan.meetings:
        starts = _expand(_event(minato.plan, meeting))
        assert starts and not [s for s in starts if _closed(s.date())]


def test_presidents_review_on_2027_02_11_is_an_exdate_at_the_series_time(minato: Client) -> None:
    event = _event(minato.plan, minato.plan.meetings[1])
    assert _exdates(event) == [datetime(2027, 2, 11, 16, 0, tzinfo=TOKYO)]
    assert date(2027, 2, 11) not in [s.date() for s in _expand(event)]
    text = meeting_ics(minato.plan, minato.plan.meetings[1], "minato", stamp=STAMP)
    assert text is not None and b"EXDATE;TZID=Asia/Tokyo:20270211T160000" in text


def test_a_years_executive_meeting_skips_labour_thanksgiving_day(minato: Client) -> None:
    plan = minato.plan.model_copy(update={"support_period": SupportPeriod(start=date(2026, 12, 1), months=12)})
    meeting = Meeting(id="exec", name="経営会議", cadence="monthly", weekday="tue", week_of_month=4, time="09:00",
                      attendees=["final_evaluator", "csm"])
    assert (date(2027, 11, 23), "勤労感謝の日") in skipped_dates(plan, meeting)
    starts = _expand(_event(plan, meeting))
    assert date(2027, 11, 23) not in [s.date() for s in starts] and starts[-1].date() == date(2027, 10, 26)
    assert not [s for s in starts if _closed(s.date())]


def test_rebuilding_an_unchanged_series_gives_the_same_bytes(minato: Client) -> None:
    meeting = minato.plan.meetings[0]
    first = meeting_ics(minato.plan, meeting, "minato", stamp=STAMP)
    later = datetime(2027, 1, 5, 8, 0, tzinfo=UTC)
    assert meeting_ics(minato.plan, meeting, "minato", stamp=later, previous=first) == first


def test_a_changed_series_raises_sequence_and_restamps(minato: Client) -> None:
    meeting = minato.plan.meetings[0]
    first = meeting_ics(minato.plan, meeting, "minato", stamp=STAMP)
    moved = meeting.model_copy(update={"time": "11:00"})
    later = datetime(2027, 1, 5, 8, 0, tzinfo=UTC)
    second = meeting_ics(minato.plan, moved, "minato", stamp=later, previous=first)
    assert second is not None and b"SEQUENCE:1\r\n" in second and b"DTSTAMP:20270105T080000Z" in second
    third = meeting_ics(minato.plan, meeting, "minato", stamp=later, previous=second)
    assert third is not None and b"SEQUENCE:2\r\n" in third
    assert previous_state(third) == (2, later)


def test_rendering_the_kit_twice_leaves_the_calendar_files_untouched(minato: Client, tmp_path: Path) -> None:
    render_meetings(minato, tmp_path)
    before = {p.name: p.read_bytes() for p in (tmp_path / "meetings").glob("*.ics")}
    render_meetings(minato, tmp_path)
    after = {p.name: p.read_bytes() for p in (tmp_path / "meetings").glob("*.ics")}
    assert before == after and len(after) == 2
    assert all(b"SEQUENCE:0\r\n" in data for data in after.values())
