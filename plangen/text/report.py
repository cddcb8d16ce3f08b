"""Labels of the evaluator report and `plangen status` in Japanese and English (plan text is used as written)."""

from __future__ import annotations

from datetime import date

from plangen.text.labels import label

REPORT_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "月次評価者報告", "month": "{year}年{month}月", "as_of": "{date}時点",
        "exec": "エグゼクティブサマリー", "overall": "総合評価", "kgis": "KGIの状況",
        "health": "ヘルススコア", "benefit": "費用対効果", "csm_summary": "CSMの所見",
        "decisions": "ご判断いただきたい事項", "no_decisions": "今月はありません",
        "benefit.now": "現時点の年間効果（推定）", "benefit.target": "目標達成時の年間効果（推定）",
        "benefit.fee": "年間ご利用料金", "benefit.ratio": "料金の{ratio}倍",
        "kpi_table": "KGI・KPIの進捗", "col.kpi": "指標", "col.kind": "区分", "col.baseline": "基準値",
        "col.target": "目標", "col.this": "今月", "col.last": "前月", "col.progress": "進捗率",
        "col.expected": "期待進捗", "col.status": "状況", "col.target_date": "目標期日",
        "kpi_table.note": "進捗率＝（今月−基準値）÷（目標−基準値）。期待進捗は開始日から目標期日までの経過日数の割合。"
                          "状況は期待進捗との差で判定（−10pt以内: 順調、−25pt以内: 要注意）。",
        "trend": "推移", "series.actual": "実績", "series.expected": "期待線", "series.target": "目標",
        "path_start": "開始 {date}", "chart.no_data": "実績データがまだありません",
        "health.trend": "ヘルススコアの推移", "health.components": "今月の構成要素別の得点",
        "col.component": "構成要素", "col.value": "指標値", "col.points": "得点", "col.weight": "配点",
        "col.change": "前月比", "col.month": "月", "col.score": "スコア", "col.level": "レベル",
        "health.alert": "アラート：スコアが前月から{drop}pt低下しました（基準 {limit}pt）。低下の主な要因：",
        "health.change": "前月比 {change}", "health.prev": "前月 {score}（{level}）",
        "health.incomplete": "構成要素のデータが揃っていないため、スコアを算出していません",
        "milestones": "マイルストーン", "col.date": "期日", "col.name": "名称", "col.criteria": "完了条件",
        "col.owner": "担当", "col.due": "期限", "col.action": "内容", "col.result": "結果",
        "ms.source.dates": "（期日から判定）",
        "highlights": "今月のハイライト", "done": "今月の実施事項", "issues": "課題",
        "next_actions": "来月のアクション", "activities": "活動報告",
        "no_notes": "この月の所見（reports/{month}.yaml）はまだありません。数値のみを掲載しています。",
        "none": "なし", "confidential": "社外秘", "page": "{n}",
        "status.heading": "{month} の状況", "kgi_line": "{name}：{value}（目標 {target}）",
        "unit.times": "倍", "pt": "pt",
    },
    "en": {
        "title": "Monthly evaluator report", "month": "{month_name} {year}", "as_of": "as of {date}",
        "exec": "Executive summary", "overall": "Overall status", "kgis": "KGIs",
        "health": "Health score", "benefit": "Cost-effectiveness", "csm_summary": "CSM summary",
        "decisions": "Decisions requested", "no_decisions": "None this month",
        "benefit.now": "Estimated annual benefit now", "benefit.target": "Estimated annual benefit at target",
        "benefit.fee": "Annual fee", "benefit.ratio": "{ratio}× the fee",
        "kpi_table": "KGI and KPI progress", "col.kpi": "Metric", "col.kind": "Type", "col.baseline": "Base",
        "col.target": "Target", "col.this": "This month", "col.last": "Last month", "col.progress": "Progress",
        "col.expected": "Expected", "col.status": "Status", "col.target_date": "Due",
        "kpi_table.note": "Progress = (this month - baseline) / (target - baseline). Expected progress is the share "
                          "of days elapsed from the path start to the target date. Status compares the two "
                          "(within 10 pt: on track, within 25 pt: at risk).",
        "trend": "trend", "series.actual": "Actual", "series.expected": "Expected path", "series.target": "Target",
        "path_start": "Start {date}", "chart.no_data": "No actuals yet",
        "health.trend": "Health score by month", "health.components": "This month's points by component",
        "col.component": "Component", "col.value": "Value", "col.points": "Points", "col.weight": "Weight",
        "col.change": "Change", "col.month": "Month", "col.score": "Score", "col.level": "Level",
        "health.alert": "Alert: the score fell {drop} pt since last month (threshold {limit} pt). Main causes:",
        "health.change": "{change} vs last month", "health.prev": "Last month {score} ({level})",
        "health.incomplete": "Not every component has data, so no score was computed",
        "milestones": "Milestones", "col.date": "Due", "col.name": "Milestone", "col.criteria": "Criteria",
        "col.owner": "Owner", "col.due": "Due", "col.action": "Action", "col.result": "Result",
        "ms.source.dates": " (from dates)",
        "highlights": "Highlights", "done": "Done this month", "issues": "Issues",
        "next_actions": "Next actions", "activities": "Activities",
        "no_notes": "No notes for this month yet (reports/{month}.yaml); the figures are shown alone.",
        "none": "None", "confidential": "Confidential", "page": "{n}",
        "status.heading": "Status for {month}", "kgi_line": "{name}: {value} (target {target})",
        "unit.times": "×", "pt": " pt",
    },
}

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


def t(lang: str, key: str, **values: object) -> str:
    """Return the report label `key` in `lang` with `values` filled in (shared labels as fallback)."""
    table = REPORT_LABELS.get(lang, REPORT_LABELS["en"])
    text = table[key] if key in table else label(lang, key)
    return text.format(**values) if values else text


def month_title(month: str, lang: str) -> str:
    """Return a month as 2027年2月 (ja) or February 2027 (en)."""
    year, mon = int(month[:4]), int(month[5:7])
    return t(lang, "month", year=year, month=mon, month_name=MONTH_NAMES[mon - 1])


def format_money(value: float | None, currency: str | None, lang: str) -> str:
    """Return an amount of money: ¥8,400,000 / 840万円 style kept simple: 8,400,000 JPY; '—' for None."""
    if value is None:
        return "—"
    amount = f"{round(value):,}"
    if currency in (None, ""):
        return amount
    if currency == "JPY" and lang == "ja":
        return f"{amount}円"
    symbols = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}
    return f"{symbols[currency]}{amount}" if currency in symbols else f"{amount} {currency}"


def format_signed(value: float | None, digits: int = 1, suffix: str = "") -> str:
    """Return a change with its sign (+1.6, −10.7); '—' for None."""
    if value is None:
        return "—"
    rounded = round(value, digits)
    if rounded == 0:
        return f"±{0:.{digits}f}{suffix}"
    sign = "+" if rounded > 0 else "−"
    return f"{sign}{abs(rounded):,.{digits}f}{suffix}"


def short_date(value: date | None, lang: str) -> str:
    """Return a date for table cells: 2027/5/31 (ja) or 31 May 2027 (en); '—' for None."""
    from plangen.text.formats import format_date

    if value is None:
        return "—"
    if lang == "ja":
        return f"{value.year}/{value.month}/{value.day}"
    return format_date(value, lang)
