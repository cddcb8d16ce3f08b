"""Japan's holidays come from a table made by the holidays package; it must match the package installed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from plangen.compute.closed_days import JP_TABLE_YEARS, _package_holidays, jp_holidays_from_package, national_holidays


@pytest.mark.parametrize("lang", ["ja", "en", "fr"])
def test_the_japanese_holiday_table_is_what_the_holidays_package_gives(lang: str) -> None:
    """Fails after a holidays upgrade that changed Japan's holidays: run tools/make_holidays_table.py."""
    first, last = JP_TABLE_YEARS
    assert national_holidays("JP", tuple(range(first, last + 1)), lang) == jp_holidays_from_package(
        tuple(range(first, last + 1)), lang)
    for year in range(first, last):
        assert national_holidays("JP", (year, year + 1), lang) == _package_holidays("JP", (year, year + 1), lang)


def test_years_outside_the_table_and_other_countries_still_ask_the_package() -> None:
    assert national_holidays("JP", (1999, 2000), "ja") == _package_holidays("JP", (1999, 2000), "ja")
    assert national_holidays("US", (2027,), "en") == _package_holidays("US", (2027,), "en") != {}


def test_japanese_closed_days_need_no_holidays_package() -> None:
    code = ("import sys; from datetime import date; from plangen.compute.closed_days import closed_days; "
            "days = closed_days('Asia/Tokyo', date(2026, 12, 1), date(2027, 5, 31), 'ja'); "
            "assert days[date(2027, 1, 11)] == '成人の日' and days[date(2027, 5, 4)] == 'みどりの日', days; "
            "assert 'holidays' not in sys.modules, 'holidays imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
