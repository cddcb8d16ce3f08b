"""Labels every document shares, in Japanese and English (content is used as written)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "status.achieved": "達成", "status.on_track": "順調", "status.at_risk": "要注意",
        "status.off_track": "遅れ", "status.no_data": "データなし", "status.not_started": "未着手",
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
        "status.off_track": "Off track", "status.no_data": "No data", "status.not_started": "Not started",
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
