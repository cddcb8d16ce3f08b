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
