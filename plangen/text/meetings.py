"""Words of the meeting documents in Japanese and English, and the formats they use."""

from __future__ import annotations

from datetime import date, time

from plangen.model import WEEKDAYS
from plangen.text.formats import format_number
from plangen.text.labels import label

TEXT: dict[str, dict[str, str]] = {
    "ja": {
        "doc_weekly": "定例会資料", "doc_evaluator": "評価者報告会資料",
        "overview": "会議の概要", "purpose": "目的", "cadence": "頻度", "schedule": "日時",
        "duration": "所要時間", "period": "支援期間", "meeting_date": "開催日", "data_as_of": "データ基準日",
        "attendees": "参加者", "name": "氏名", "title": "役職", "role": "役割",
        "agenda": "アジェンダ", "no": "#", "item": "議題", "time": "時間", "minutes": "分", "total": "合計",
        "reporting": "報告フォーマット",
        "kpi_progress": "KPIの進捗", "kpi": "KPI", "target": "目標", "latest": "最新実績", "as_of": "時点",
        "status": "状況", "kgi_kpi_results": "KGI/KPIの成果", "kind": "区分", "metric": "指標",
        "baseline": "基準値", "actual": "実績", "progress": "進捗率",
        "review": "先週のアクションの振り返り", "action": "アクション", "owner": "担当", "result": "結果",
        "done": "完了", "due": "期限", "this_week": "今週のアクション",
        "health": "ヘルススコア", "score": "スコア", "level": "レベル", "previous": "前月",
        "component": "構成要素", "value": "実績値", "points": "得点", "weight": "配点",
        "alert": "アラート", "components_title": "構成要素別の得点",
        "alert_on": "前月から{drop}pt以上低下", "alert_off": "なし",
        "milestones": "マイルストーンの進捗", "milestone": "マイルストーン", "date": "期日",
        "criteria": "完了基準",
        "benefit": "費用対効果", "benefit_now": "推定年間効果（現在）", "benefit_target": "推定年間効果（目標達成時）",
        "annual_fee": "年間費用", "ratio": "費用に対する効果", "times": "倍",
        "next_actions": "来月のアクション", "decisions": "ご判断いただきたい事項", "decision": "事項",
        "outcome": "結論",
        "summary": "今月のサマリー", "notes": "メモ", "issues_prefix": "課題：",
        "item_col": "項目", "amount": "金額",
        "end": "以上", "undecided": "（曜日・時刻は未定）", "last": "最終",
        "nth": "第{n}", "weekday_suffix": "曜日",
        "year_end": "年末年始", "skipped": "祝日等で休会する日", "skipped_none": "なし",
        "attendance": "出欠", "decided": "決定事項", "next_meeting": "次回",
    },
    "en": {
        "doc_weekly": "Weekly meeting", "doc_evaluator": "Evaluator review",
        "overview": "Overview", "purpose": "Purpose", "cadence": "Cadence", "schedule": "Day and time",
        "duration": "Duration", "period": "Support period", "meeting_date": "Meeting date",
        "data_as_of": "Data as of",
        "attendees": "Attendees", "name": "Name", "title": "Title", "role": "Role",
        "agenda": "Agenda", "no": "#", "item": "Item", "time": "Time", "minutes": "min", "total": "Total",
        "reporting": "Reporting format",
        "kpi_progress": "KPI progress", "kpi": "KPI", "target": "Target", "latest": "Latest actual",
        "as_of": "Period", "status": "Status", "kgi_kpi_results": "KGI/KPI results", "kind": "Type",
        "metric": "Metric", "baseline": "Baseline", "actual": "Actual", "progress": "Progress",
        "review": "Review of last week's actions", "action": "Action", "owner": "Owner", "result": "Result",
        "done": "Done", "due": "Due", "this_week": "This week's actions",
        "health": "Health score", "score": "Score", "level": "Level", "previous": "Previous month",
        "component": "Component", "value": "Value", "points": "Points", "weight": "Weight",
        "alert": "Alert", "components_title": "Points by component",
        "alert_on": "Fell by {drop} pt or more", "alert_off": "None",
        "milestones": "Milestones", "milestone": "Milestone", "date": "Date", "criteria": "Criteria",
        "benefit": "Cost-effectiveness", "benefit_now": "Estimated annual benefit (now)",
        "benefit_target": "Estimated annual benefit (at target)", "annual_fee": "Annual fee",
        "ratio": "Benefit / fee", "times": "x",
        "next_actions": "Next month's actions", "decisions": "Decisions requested", "decision": "Decision",
        "outcome": "Outcome",
        "summary": "Summary of the month", "notes": "Notes", "issues_prefix": "Issue: ",
        "item_col": "Item", "amount": "Amount",
        "end": "End", "undecided": "(day and time to be set)", "last": "last",
        "nth": "{n}", "weekday_suffix": "",
        "year_end": "Year-end holidays", "skipped": "No meeting on (holidays)", "skipped_none": "None",
        "attendance": "Present", "decided": "Decisions", "next_meeting": "Next meeting",
    },
}

ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}


def words(lang: str) -> dict[str, str]:
    """Return the document words of `lang` merged with the shared status labels."""
    out = dict(TEXT.get(lang, TEXT["en"]))
    for key in ("achieved", "on_track", "at_risk", "off_track", "no_data"):
        out[f"status_{key}"] = label(lang, f"status.{key}")
    out["confidential"] = label(lang, "confidential")
    return out


def weekday_text(weekday: str, lang: str) -> str:
    """Return a weekday as 火曜日 (ja) or Tue (en)."""
    return label(lang, f"weekday.{weekday}") + TEXT[lang if lang in TEXT else "en"]["weekday_suffix"]


def nth_text(nth: int, lang: str) -> str:
    """Return the week of month as 第2 / 最終 (ja) or 2nd / last (en)."""
    w = TEXT[lang if lang in TEXT else "en"]
    if nth >= 5:
        return w["last"]
    return w["nth"].format(n=nth) if lang == "ja" else ORDINALS[nth]


def clock(value: time) -> str:
    """Return a time as HH:MM."""
    return f"{value:%H:%M}"


def date_text(day: date | None, lang: str, *, weekday: bool = False) -> str:
    """Return a date in the document language, optionally with its weekday; '—' for None."""
    if day is None:
        return label(lang, "missing")
    from plangen.text.formats import format_date

    text = format_date(day, lang)
    if weekday:
        wd = label(lang, f"weekday.{WEEKDAYS[day.weekday()]}")
        text += f"（{wd}）" if lang == "ja" else f" ({wd})"
    return text


def short_date(day: date, lang: str) -> str:
    """Return a compact date for narrow table columns: 2027/5/31 (ja) or 2027-05-31 (en)."""
    return f"{day.year}/{day.month}/{day.day}" if lang == "ja" else day.isoformat()


def month_text(month: str, lang: str) -> str:
    """Return YYYY-MM as 2027年2月 or Feb 2027."""
    year, number = int(month[:4]), int(month[5:7])
    if lang == "ja":
        return f"{year}年{number}月"
    return f"{date(year, number, 1):%b %Y}"


def money(value: float | None, currency: str | None, lang: str) -> str:
    """Return an amount: 840万円 for yen in Japanese, else '8,400,000 JPY'; '—' for None."""
    if value is None:
        return label(lang, "missing")
    if lang == "ja" and (currency or "JPY").upper() in ("JPY", "円"):
        return f"{value / 10_000:,.0f}万円"
    return format_number(round(value), currency)


def num(value: float | None, unit: str | None = None) -> str:
    """Return a number with as few decimals as it needs (at most 2) and its unit; '—' for None."""
    if value is None:
        return format_number(None)
    digits = 0 if float(value).is_integer() else (1 if round(value, 1) == round(value, 6) else 2)
    return format_number(value, unit, digits)
