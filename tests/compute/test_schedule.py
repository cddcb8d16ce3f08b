"""Meeting dates across the support period and agenda time boxes."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from plangen.compute.schedule import (
    Series,
    meeting_dates,
    nth_weekday,
    occurrences,
    series_dates,
    series_of,
    skipped_dates,
    time_boxes,
    time_ranges,
)
from plangen.model import Client, Meeting


def _meeting(**fields: object) -> Meeting:
    return Meeting.model_validate({"id": "m", "name": "M", "time": "10:00", **fields})


def test_weekly_series_expands_to_every_tuesday_of_the_support_period(minato: Client) -> None:
    dates = series_dates(minato.plan, minato.plan.meetings[0])
    expected = [date(2026, 12, 1) + timedelta(weeks=i) for i in range(26)]
    assert dates == expected
    assert dates[-1] == date(2027, 5, 25) and all(d.weekday() == 1 for d in dates)


def test_weekly_series_skips_year_end_and_national_holidays(minato: Client) -> None:
    meeting = minato.plan.meetings[0]
    assert skipped_dates(minato.plan, meeting) == [(date(2026, 12, 29), "年末年始"), (date(2027, 2, 23), "天皇誕生日"),
                                                   (date(2027, 5, 4), "みどりの日")]
    skipped = (date(2026, 12, 29), date(2027, 2, 23), date(2027, 5, 4))
    assert meeting_dates(minato.plan, meeting) == [d for d in series_dates(minato.plan, meeting) if d not in skipped]


def test_monthly_series_falls_on_the_second_thursday_of_each_month(minato: Client) -> None:
    dates = series_dates(minato.plan, minato.plan.meetings[1])
    assert dates == [date(2026, 12, 10), date(2027, 1, 14), date(2027, 2, 11), date(2027, 3, 11),
                     date(2027, 4, 8), date(2027, 5, 13)]


def test_presidents_review_on_foundation_day_is_skipped(minato: Client) -> None:
    meeting = minato.plan.meetings[1]
    assert skipped_dates(minato.plan, meeting) == [(date(2027, 2, 11), "建国記念の日")]
    assert date(2027, 2, 11) not in meeting_dates(minato.plan, meeting)


def test_holidays_keep_meets_on_holidays_too(minato: Client) -> None:
    plan = minato.plan.model_copy(update={"holidays": "keep"})
    assert skipped_dates(plan, plan.meetings[1]) == []
    assert date(2027, 2, 11) in meeting_dates(plan, plan.meetings[1])


def test_holidays_follow_the_country_of_the_time_zone(minato: Client) -> None:
    plan = minato.plan.model_copy(update={"timezone": "America/New_York", "language": "en"})
    meeting = Meeting(id="m", name="M", cadence="weekly", weekday="fri", time="09:00")
    skipped = dict(skipped_dates(plan, meeting))
    assert skipped[date(2026, 12, 25)] == "Christmas Day"
    assert skipped[date(2027, 1, 1)] == "New Year's Day"
    assert date(2027, 2, 12) not in skipped  # not a US holiday


def test_biweekly_series_runs_every_second_week_from_the_first_matching_day() -> None:
    series = series_of(_meeting(cadence="biweekly", weekday="fri"))
    assert series is not None
    dates = occurrences(series, date(2026, 12, 1), date(2027, 1, 31))
    assert dates == [date(2026, 12, 4), date(2026, 12, 18), date(2027, 1, 1), date(2027, 1, 15), date(2027, 1, 29)]


def test_week_of_month_5_means_the_last_such_weekday_so_no_month_is_skipped() -> None:
    series = series_of(_meeting(cadence="monthly", weekday="mon", week_of_month=5))
    assert series is not None
    dates = occurrences(series, date(2027, 1, 1), date(2027, 4, 30))
    # January and March 2027 have five Mondays; February and April have four.
    assert dates == [date(2027, 1, 25), date(2027, 2, 22), date(2027, 3, 29), date(2027, 4, 26)]
    assert series.rrule()["BYDAY"] == "-1MO"


def test_monthly_series_skips_a_first_day_before_the_period_start() -> None:
    series = Series("monthly", 3, 1, time(9), 30)
    assert occurrences(series, date(2026, 12, 10), date(2027, 1, 31)) == [date(2027, 1, 7)]


def test_nth_weekday_counts_from_the_first_of_the_month() -> None:
    assert nth_weekday(2027, 3, 3, 2) == date(2027, 3, 11)
    assert nth_weekday(2027, 2, 3, 5) == date(2027, 2, 25)


def test_meeting_without_weekday_or_time_has_no_series(northwind: Client) -> None:
    evaluator = northwind.plan.meetings[1]
    assert series_of(evaluator) is None
    assert meeting_dates(northwind.plan, evaluator) == []
    assert series_of(_meeting(weekday="mon", time=None)) is None


def test_missing_cadence_means_weekly() -> None:
    series = series_of(_meeting(weekday="wed"))
    assert series is not None and series.cadence == "weekly"


@pytest.mark.parametrize(("duration", "items", "expected"), [
    (60, 4, [15, 15, 15, 15]),
    (45, 4, [15, 10, 10, 10]),
    (30, 4, [10, 10, 5, 5]),
    (7, 3, [3, 2, 2]),
    (50, 1, [50]),
    (10, 0, []),
])
def test_time_boxes_split_the_duration_in_five_minute_blocks_and_add_up(duration: int, items: int,
                                                                        expected: list[int]) -> None:
    boxes = time_boxes(duration, items)
    assert boxes == expected
    assert sum(boxes) == (duration if items else 0)


def test_time_ranges_follow_each_other_from_the_start() -> None:
    ranges = time_ranges(time(16, 0), [15, 10, 10, 10])
    assert ranges[0] == (time(16, 0), time(16, 15))
    assert ranges[-1] == (time(16, 35), time(16, 45))
    assert time_ranges(None, [30]) == [None]


def test_holidays_of_one_country_load_without_every_countrys_module() -> None:
    import subprocess
    import sys

    code = ("import sys; from datetime import date; from plangen.compute.closed_days import closed_days; "
            "days = closed_days('Asia/Tokyo', date(2027, 1, 1), date(2027, 1, 31), 'ja'); "
            "assert days[date(2027, 1, 11)] == '成人の日', days; "
            "assert 'holidays.countries' not in sys.modules, 'every country imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
