"""The house style of numbers, money, ratios, dates, months and status words, used by every document and the CLI.

- Money: Japanese yen in 万円 / 億円 (840万円, 1億2,772万円; below 1万円 in 円: 9,800円); every other case
  (English, or a currency other than yen) as the currency's symbol or code with thousands separators
  (¥8,400,000, $96,900, CHF 12,000).
- Ratios to one decimal with 倍 / x (0.6倍, 0.6x); percentages and KPI values with the KPI's own decimals.
- Dates: 2027年2月11日 in sentences and 2027/2/11 in tables (ja); 11 Feb 2027 in both (en).
  Months: 2027年2月 / Feb 2027. Missing values print as '—' (never 0).
- Statuses: one vocabulary (plangen.text `status.*`) with one colour each (`STATUS_COLOURS`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from plangen.text.catalog import tr

MISSING = "—"

# Status colours are always paired with a text label in documents (never colour alone).
STATUS_COLOURS = {
    "achieved": "1E7B4F",
    "on_track": "2E8B57",
    "at_risk": "D48A00",
    "off_track": "C0392B",
    "not_started": "8C8C8C",
    "no_data": "8C8C8C",
    "done": "1E7B4F",
    "delayed": "C0392B",
    "planned": "8C8C8C",
}
"""Colour of each status key; milestone keys (done, delayed, planned) share their status's colour."""

CURRENCY_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def excel_date_format(lang: str) -> str:
    """Return the spreadsheet number format of a date cell in the house style: yyyy/m/d (ja) or d mmm yyyy (en)."""
    return "yyyy/m/d" if lang == "ja" else "d mmm yyyy"


def decimals(values: Iterable[float | None], most: int = 2) -> int:
    """Return the fewest decimals (up to `most`) that show every value exactly, so one KPI's values line up."""
    present = [v for v in values if v is not None]
    for digits in range(most):
        if all(abs(round(v, digits) - v) < 1e-9 for v in present):
            return digits
    return most


def format_number(value: float | None, unit: str | None = None, digits: int | None = None) -> str:
    """Return a number with thousands separators and its unit; '—' for None (missing data is never 0)."""
    if value is None:
        return MISSING
    if digits is None:
        digits = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{digits}f}"
    if unit:
        text += unit if unit in ("%", "pt") or (len(unit) == 1 and not unit.isascii()) else f" {unit}"
    return text


def format_percent(value: float | None, digits: int = 0) -> str:
    """Return a share as a percentage (0.43 -> 43%); '—' for None."""
    return MISSING if value is None else f"{value * 100:.{digits}f}%"


def format_signed(value: float | None, digits: int = 1, suffix: str = "") -> str:
    """Return a change with its sign (+1.6, −10.7, ±0.0); '—' for None."""
    if value is None:
        return MISSING
    rounded = round(value, digits)
    if rounded == 0:
        return f"±{0:.{digits}f}{suffix}"
    sign = "+" if rounded > 0 else "−"
    return f"{sign}{abs(rounded):,.{digits}f}{suffix}"


def format_score(value: float | None) -> str:
    """Return a health score to one decimal; '—' for None."""
    return MISSING if value is None else f"{value:.1f}"


def format_ratio(value: float | None, lang: str) -> str:
    """Return a ratio to one decimal: 0.6倍 (ja) or 0.6x (en); '—' for None."""
    return MISSING if value is None else f"{value:.1f}{tr(lang, 'unit.times')}"


def format_money(value: float | None, currency: str | None, lang: str) -> str:
    """Return an amount of money in the house style (840万円, 1億2,772万円, ¥8,400,000); '—' for None."""
    if value is None:
        return MISSING
    code = (currency or "").upper()
    if lang == "ja" and code in ("JPY", "円", ""):
        return _yen_ja(round(value))
    amount = f"{abs(round(value)):,}"
    sign = "-" if round(value) < 0 else ""
    if not code:
        return f"{sign}{amount}"
    if code in CURRENCY_SYMBOLS:
        return f"{sign}{CURRENCY_SYMBOLS[code]}{amount}"
    return f"{sign}{code} {amount}"


def _yen_ja(amount: int) -> str:
    """Return whole yen as 9,800円, 840万円 or 1億2,772万円 (rounded to the nearest 万 from 1万円 up)."""
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if amount < 10_000:
        return f"{sign}{amount:,}円"
    man = round(amount / 10_000)
    oku, rest = divmod(man, 10_000)
    if not oku:
        return f"{sign}{man:,}万円"
    return f"{sign}{oku:,}億" + (f"{rest:,}万円" if rest else "円")


def format_date(day: date | None, lang: str, *, weekday: bool = False) -> str:
    """Return a date for sentences: 2027年3月31日 (ja) or 31 Mar 2027 (en), optionally with its weekday."""
    if day is None:
        return MISSING
    if lang == "ja":
        text = f"{day.year}年{day.month}月{day.day}日"
    else:
        text = f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"
    if weekday:
        text += tr(lang, "punct.aside", text=weekday_name(day, lang))
    return text


def format_date_short(day: date | None, lang: str) -> str:
    """Return a date for table cells: 2027/3/31 (ja) or 31 Mar 2027 (en); '—' for None."""
    if day is None:
        return MISSING
    return f"{day.year}/{day.month}/{day.day}" if lang == "ja" else format_date(day, lang)


def format_month(month: str | date, lang: str) -> str:
    """Return a month (YYYY-MM or a date in it) as 2027年2月 (ja) or Feb 2027 (en)."""
    year, number = _year_month(month)
    return f"{year}年{number}月" if lang == "ja" else f"{MONTH_ABBR[number - 1]} {year}"


def format_month_short(month: str | date, lang: str) -> str:
    """Return a month without its year for axis labels: 2月 (ja) or Feb (en)."""
    _, number = _year_month(month)
    return f"{number}月" if lang == "ja" else MONTH_ABBR[number - 1]


def format_year(day: date, lang: str) -> str:
    """Return the year of `day` for axis labels: 2027年 (ja) or 2027 (en)."""
    return f"{day.year}年" if lang == "ja" else str(day.year)


def format_quarter(day: date, lang: str, *, with_year: bool) -> str:
    """Return the calendar quarter of `day` for axis labels: 2027年1Q / 2Q (ja) or Q1 2027 / Q2 (en)."""
    number = (day.month - 1) // 3 + 1
    if lang == "ja":
        return f"{day.year}年{number}Q" if with_year else f"{number}Q"
    return f"Q{number} {day.year}" if with_year else f"Q{number}"


def _year_month(month: str | date) -> tuple[int, int]:
    """Return (year, month number) of YYYY-MM text or a date."""
    if isinstance(month, date):
        return month.year, month.month
    return int(month[:4]), int(month[5:7])


def format_clock(value: time) -> str:
    """Return a time of day as HH:MM."""
    return f"{value:%H:%M}"


def format_minutes(minutes: int | None, lang: str) -> str:
    """Return a duration as 60分 (ja) or 60 min (en); '—' for None."""
    if minutes is None:
        return MISSING
    return f"{minutes}{tr(lang, 'unit.minutes')}" if lang == "ja" else f"{minutes} {tr(lang, 'unit.minutes')}"


def format_schedule(cadence: str | None, weekday: str | None, week_of_month: int | None, start: time | None,
                    end: time | None, lang: str) -> str:
    """Return a meeting's recurrence: 毎週 火曜日 10:00–11:00, 毎月 第2木曜日 16:00–16:45 (en: Weekly, Tue 10:00–11:00).

    Without a weekday the day and time are 'to be set'; `week_of_month` (5 = last) is given for monthly meetings.
    """
    head = tr(lang, f"cadence.{cadence}") if cadence else ""
    if weekday is None:
        return f"{head} {tr(lang, 'schedule.undecided')}".strip()
    day = tr(lang, "schedule.weekday", day=weekday_name(weekday, lang))
    if week_of_month:
        day = tr(lang, "schedule.monthly_day", nth=tr(lang, f"schedule.nth.{min(week_of_month, 5)}"), day=day)
    hours = "" if start is None else format_clock(start) + (f"–{format_clock(end)}" if end else "")
    rest = " ".join(part for part in (day, hours) if part)
    return tr(lang, "schedule.sep").join(part for part in (head, rest) if part)


def weekday_name(day: date | str, lang: str) -> str:
    """Return the short weekday of a date or weekday key: 火 (ja) or Tue (en)."""
    key = day if isinstance(day, str) else WEEKDAY_KEYS[day.weekday()]
    return tr(lang, f"weekday.{key}")


def format_status(status: str | None, lang: str) -> str:
    """Return the word of a status or milestone status key (順調, Off track ...); '—' for None."""
    if status is None:
        return MISSING
    return tr(lang, f"milestone.{status}" if status in ("done", "delayed", "planned") else f"status.{status}")


def join_list(items: Iterable[str], lang: str) -> str:
    """Return items joined as a run-in list: a、b (ja) or a, b (en)."""
    return tr(lang, "punct.list").join(items)


def aside(text: str, extra: str, lang: str) -> str:
    """Return `text` then `extra` in brackets: 名前（役割） (ja) or Name (role) (en); `text` alone if no extra."""
    return text + tr(lang, "punct.aside", text=extra) if extra else text


def labelled(label: str, value: str, lang: str) -> str:
    """Return 'label：value' (ja) or 'label: value' (en)."""
    return f"{label}{tr(lang, 'punct.label')}{value}"
