"""The house style of numbers, money, ratios, dates, months and status words, used by every document and the CLI."""

from __future__ import annotations

from datetime import date

# Status colours are always paired with a text label in documents (never colour alone).
STATUS_COLOURS = {
    "achieved": "1E7B4F",
    "on_track": "2E8B57",
    "at_risk": "D48A00",
    "off_track": "C0392B",
    "no_data": "8C8C8C",
    "done": "1E7B4F",
    "delayed": "C0392B",
}


def format_date(day: date | None, lang: str) -> str:
    """Return a date as 2027年3月31日 (ja) or 31 Mar 2027 (en); '—' for None."""
    if day is None:
        return "—"
    if lang == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day:%b %Y}"


def format_percent(value: float | None) -> str:
    """Return a share as a whole percentage (0.43 -> 43%); '—' for None."""
    return "—" if value is None else f"{value * 100:.0f}%"


def format_number(value: float | None, unit: str | None = None, digits: int | None = None) -> str:
    """Return a number for display with its unit; '—' for None (missing data is never 0)."""
    if value is None:
        return "—"
    if digits is None:
        digits = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{digits}f}"
    if unit:
        text += unit if unit in ("%", "pt") or (len(unit) == 1 and not unit.isascii()) else f" {unit}"
    return text


_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}


def format_money(value: float | None, currency: str | None, lang: str) -> str:
    """Return money as executives read it: 840万円 / 1.2億円 (ja, JPY), ¥8.4M / $1,250 (en); '—' for None."""
    if value is None:
        return "—"
    sign = "−" if round(value) < 0 else ""
    amount = abs(value)
    if lang == "ja" and currency in ("JPY", None, ""):
        yen = "円" if currency == "JPY" else ""
        if amount >= 1e8:
            oku = amount / 1e8
            return f"{sign}{oku:,.{1 if oku < 100 else 0}f}億{yen}"
        if amount >= 1e4:
            return f"{sign}{amount / 1e4:,.0f}万{yen}"
        return f"{sign}{amount:,.0f}{yen}"
    symbol = _SYMBOLS.get(currency or "", "")
    suffix = f" {currency}" if currency and not symbol else ""
    for limit, letter in ((1e9, "B"), (1e6, "M")):
        if amount >= limit:
            scaled = amount / limit
            return f"{sign}{symbol}{scaled:,.{1 if scaled < 100 else 0}f}{letter}{suffix}"
    return f"{sign}{symbol}{amount:,.0f}{suffix}"


def format_ratio(value: float | None, lang: str) -> str:
    """Return a multiple such as 2.4倍 (ja) or 2.4× (en); '—' for None."""
    if value is None:
        return "—"
    return f"{value:.1f}倍" if lang == "ja" else f"{value:.1f}×"


def format_month(month: str, lang: str) -> str:
    """Return a month YYYY-MM as 2027年3月 (ja) or Mar 2027 (en)."""
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year}年{mon}月" if lang == "ja" else f"{date(year, mon, 1):%b %Y}"
