"""When meetings happen: occurrence dates across the support period and agenda time boxes (pure functions).

Rules (see docs/templates.md):

- A meeting has a calendar series only with both `weekday` and `time`; a missing `cadence` means weekly.
- weekly: every `weekday` from the first one on or after the support period's start;
  biweekly: every second week from that first day.
- monthly: the `week_of_month`-th `weekday` of each month (default 1). `week_of_month: 5` means the
  *last* such weekday of the month: the 5th where the month has one, else the 4th (RRULE BYDAY=-1XX),
  so no month is skipped.
- With `holidays: skip` (the default) the dates on a national holiday of the plan's country or from
  12-29 to 01-03 are left out (plangen.compute.closed_days); the calendar file lists them as EXDATEs.
- Agenda time boxes split the duration in 5-minute blocks as evenly as possible, earlier items
  taking the leftover blocks; when the duration is not a multiple of 5 (or too short) whole minutes
  are used the same way. The boxes always add up to the duration exactly.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import Literal

from plangen.model import WEEKDAYS, Meeting, Plan
from plangen.record import record
from plangen.text.formats import format_schedule

Cadence = Literal["weekly", "biweekly", "monthly"]
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@record
class Series:
    """A meeting's recurrence: cadence, weekday (0 = Monday), week of month and local start time."""

    cadence: Cadence
    weekday: int
    week_of_month: int
    start_time: time
    minutes: int

    def rrule(self) -> dict[str, object]:
        """Return the RRULE parts (without UNTIL) for icalendar's vRecur."""
        day = RRULE_DAYS[self.weekday]
        if self.cadence == "monthly":
            nth = -1 if self.week_of_month >= 5 else self.week_of_month
            return {"FREQ": "MONTHLY", "BYDAY": f"{nth}{day}"}
        if self.cadence == "biweekly":
            return {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": day}
        return {"FREQ": "WEEKLY", "BYDAY": day}


DEFAULT_MINUTES = 60


def series_of(meeting: Meeting) -> Series | None:
    """Return the meeting's recurrence, or None when it has no weekday or no time."""
    if meeting.weekday is None or meeting.time is None:
        return None
    hour, minute = (int(part) for part in meeting.time.split(":"))
    return Series(meeting.cadence or "weekly", WEEKDAYS.index(meeting.weekday), meeting.week_of_month or 1,
                  time(hour, minute), meeting.duration_minutes or DEFAULT_MINUTES)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """Return the `nth` (1-4, or 5 = last) `weekday` of the month."""
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    last_day = calendar.monthrange(year, month)[1]
    for _ in range(nth - 1):
        if day.day + 7 > last_day:
            break
        day += timedelta(days=7)
    return day


def occurrences(series: Series, start: date, end: date) -> list[date]:
    """Return every date of `series` from `start` through `end` (inclusive)."""
    if series.cadence == "monthly":
        out: list[date] = []
        year, month = start.year, start.month
        while date(year, month, 1) <= end:
            day = nth_weekday(year, month, series.weekday, series.week_of_month)
            if start <= day <= end:
                out.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    step = timedelta(days=14 if series.cadence == "biweekly" else 7)
    day = start + timedelta(days=(series.weekday - start.weekday()) % 7)
    out = []
    while day <= end:
        out.append(day)
        day += step
    return out


def series_dates(plan: Plan, meeting: Meeting) -> list[date]:
    """Return every date the meeting's rule gives across the support period, holidays included."""
    series = series_of(meeting)
    return occurrences(series, plan.period_start, plan.period_end) if series else []


def skipped_dates(plan: Plan, meeting: Meeting) -> list[tuple[date, str]]:
    """Return the (date, reason) of the series' dates left out under `holidays: skip` (none under keep)."""
    dates = series_dates(plan, meeting)
    if plan.holidays == "keep" or not dates:
        return []
    from plangen.compute.closed_days import closed_days

    closed = closed_days(plan.timezone, dates[0], dates[-1], plan.language)
    return [(d, closed[d]) for d in dates if d in closed]


def meeting_dates(plan: Plan, meeting: Meeting) -> list[date]:
    """Return the meeting's dates across the plan's support period, without the skipped ones."""
    skipped = {d for d, _ in skipped_dates(plan, meeting)}
    return [d for d in series_dates(plan, meeting) if d not in skipped]


def local_start(day: date, series: Series) -> datetime:
    """Return the naive local start of the meeting on `day`."""
    return datetime.combine(day, series.start_time)


def instance_on_or_after(plan: Plan, meeting: Meeting, day: date) -> date | None:
    """Return the first meeting date on or after `day` within the support period, or None."""
    return next((d for d in meeting_dates(plan, meeting) if d >= day), None)


def time_boxes(duration: int, items: int) -> list[int]:
    """Return minutes per agenda item: even 5-minute blocks (leftovers to earlier items) summing to `duration`."""
    if items <= 0:
        return []
    unit = 5 if duration % 5 == 0 and duration >= 5 * items else 1
    blocks = duration // unit
    base, extra = divmod(blocks, items)
    return [(base + (1 if index < extra else 0)) * unit for index in range(items)]


def time_ranges(start: time | None, boxes: list[int]) -> list[tuple[time, time] | None]:
    """Return each box's (start, end) clock times from `start`, or None per box when there is no start."""
    if start is None:
        return [None] * len(boxes)
    out: list[tuple[time, time] | None] = []
    moment = datetime.combine(date(2000, 1, 1), start)
    for minutes in boxes:
        end = moment + timedelta(minutes=minutes)
        out.append((moment.time(), end.time()))
        moment = end
    return out


def schedule_text(meeting: Meeting, lang: str) -> str:
    """Return the day and time: 毎週 火曜日 10:00–11:00, 毎月 第2木曜日 16:00–16:45 (or 'to be set')."""
    series = series_of(meeting)
    if series is None:
        return format_schedule(meeting.cadence, None, None, None, None, lang)
    box = time_ranges(series.start_time, [series.minutes])[0]
    return format_schedule(series.cadence, meeting.weekday, series.week_of_month if series.cadence == "monthly"
                           else None, box[0] if box else None, box[1] if box else None, lang)
