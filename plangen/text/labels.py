"""Labels every document shares, in Japanese and English (content is used as written)."""

from __future__ import annotations

from datetime import date

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "status.achieved": "達成", "status.on_track": "順調", "status.at_risk": "要注意",
        "status.off_track": "遅れ", "status.no_data": "データなし",
        "milestone.done": "完了", "milestone.on_track": "順調", "milestone.at_risk": "要注意",
        "milestone.delayed": "遅延", "milestone.planned": "予定",
        "cadence.weekly": "毎週", "cadence.biweekly": "隔週", "cadence.monthly": "毎月",
        "weekday.mon": "月", "weekday.tue": "火", "weekday.wed": "水", "weekday.thu": "木",
        "weekday.fri": "金", "weekday.sat": "土", "weekday.sun": "日",
        "kind.kgi": "KGI", "kind.kpi": "KPI", "direction.up": "高いほど良い", "direction.down": "低いほど良い",
        "level.low": "低", "level.medium": "中", "level.high": "高",
        "frequency.weekly": "週次", "frequency.monthly": "月次",
        "confidential": "社外秘", "cont": "（続き）", "missing": "—", "no_data": "データなし",
        "minutes": "分",
    },
    "en": {
        "status.achieved": "Achieved", "status.on_track": "On track", "status.at_risk": "At risk",
        "status.off_track": "Off track", "status.no_data": "No data",
        "milestone.done": "Done", "milestone.on_track": "On track", "milestone.at_risk": "At risk",
        "milestone.delayed": "Delayed", "milestone.planned": "Planned",
        "cadence.weekly": "Weekly", "cadence.biweekly": "Every two weeks", "cadence.monthly": "Monthly",
        "weekday.mon": "Mon", "weekday.tue": "Tue", "weekday.wed": "Wed", "weekday.thu": "Thu",
        "weekday.fri": "Fri", "weekday.sat": "Sat", "weekday.sun": "Sun",
        "kind.kgi": "KGI", "kind.kpi": "KPI", "direction.up": "Higher is better", "direction.down": "Lower is better",
        "level.low": "Low", "level.medium": "Medium", "level.high": "High",
        "frequency.weekly": "Weekly", "frequency.monthly": "Monthly",
        "confidential": "Confidential", "cont": " (cont.)", "missing": "—", "no_data": "No data",
        "minutes": "min",
    },
}


def label(lang: str, key: str) -> str:
    """Return the shared label `key` in `lang` (the key itself when unknown)."""
    return LABELS.get(lang, LABELS["en"]).get(key, key)


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
