"""The house style of money, ratios, numbers, dates, months and statuses."""

from __future__ import annotations

from datetime import date

import pytest

from plangen.text.formats import (
    STATUS_COLOURS,
    decimals,
    format_date,
    format_date_short,
    format_money,
    format_month,
    format_percent,
    format_ratio,
    format_signed,
    format_status,
)


@pytest.mark.parametrize(("amount", "expected"), [
    (8_400_000, "840万円"), (8_399_999.99, "840万円"), (127_720_000, "1億2,772万円"), (200_000_000, "2億円"),
    (9_800, "9,800円"), (18_000_000, "1,800万円"), (0, "0円"),
])
def test_japanese_yen_in_man_and_oku(amount: float, expected: str) -> None:
    assert format_money(amount, "JPY", "ja") == expected


def test_english_money_with_symbol_and_separators() -> None:
    assert format_money(8_400_000, "JPY", "en") == "¥8,400,000"
    assert format_money(96_900, "USD", "en") == "$96,900"
    assert format_money(12_000, "CHF", "en") == "CHF 12,000"
    assert format_money(96_900, "USD", "ja") == "$96,900"


def test_missing_values_print_a_dash_never_zero() -> None:
    assert format_money(None, "JPY", "ja") == "—"
    assert format_ratio(None, "ja") == "—"
    assert format_date(None, "en") == "—"


def test_ratios_to_one_decimal() -> None:
    assert format_ratio(0.5833, "ja") == "0.6倍"
    assert format_ratio(1.25, "en") == "1.2x"


def test_dates_in_sentences_and_tables() -> None:
    day = date(2027, 2, 11)
    assert format_date(day, "ja") == "2027年2月11日"
    assert format_date_short(day, "ja") == "2027/2/11"
    assert format_date(day, "en") == format_date_short(day, "en") == "11 Feb 2027"
    assert format_date(day, "ja", weekday=True) == "2027年2月11日（木）"


def test_months() -> None:
    assert format_month("2027-02", "ja") == "2027年2月"
    assert format_month("2027-02", "en") == "Feb 2027"


def test_numbers() -> None:
    assert format_percent(0.434) == "43%"
    assert format_signed(-10.66) == "−10.7"
    assert format_signed(0.01) == "±0.0"
    assert decimals([12, 12.5, None]) == 1


def test_one_status_vocabulary_with_one_colour_each() -> None:
    assert [format_status(s, "ja") for s in ("achieved", "on_track", "at_risk", "off_track", "not_started",
                                             "no_data")] == ["達成", "順調", "要注意", "遅れ", "未開始", "データなし"]
    assert format_status("delayed", "en") == "Off track"
    assert STATUS_COLOURS["delayed"] == STATUS_COLOURS["off_track"]
    assert STATUS_COLOURS["planned"] == STATUS_COLOURS["not_started"]


def test_meeting_schedule_in_both_languages() -> None:
    from datetime import time

    from plangen.text.formats import format_schedule

    assert format_schedule("monthly", "thu", 2, time(16), time(16, 45), "ja") == "毎月 第2木曜日 16:00–16:45"
    assert format_schedule("weekly", "tue", None, time(10), time(11), "en") == "Weekly, Tue 10:00–11:00"
    assert format_schedule("monthly", "fri", 5, None, None, "en") == "Monthly, last Fri"
    assert format_schedule("weekly", None, None, None, None, "ja") == "毎週 （曜日・時刻は未定）"


def test_spreadsheet_dates_follow_the_table_style() -> None:
    from plangen.text.formats import excel_date_format

    assert excel_date_format("ja") == "yyyy/m/d"
    assert excel_date_format("en") == "d mmm yyyy"
