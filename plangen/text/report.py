"""Labels of the evaluator report and `plangen status` in Japanese and English (plan text is used as written)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from plangen.text.labels import label

if TYPE_CHECKING:
    from plangen.model import Decision

REPORT_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "月次評価者報告", "month": "{year}年{month}月", "as_of": "{date}時点",
        "exec": "エグゼクティブサマリー", "overall": "総合評価", "kgis": "KGIの状況",
        "health": "ヘルススコア", "benefit": "費用対効果", "csm_summary": "CSMの所見",
        "decisions": "ご判断いただきたい事項", "no_decisions": "今月はありません",
        "benefit.now": "現時点の年間効果（推定）", "benefit.target": "目標達成時の年間効果（推定）",
        "benefit.fee": "年間ご利用料金", "benefit.ratio": "年間ご利用料金の{ratio}",
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
        "results": "成果", "outlook": "見通し", "asks": "お願い", "verdict": "総合評価",
        "verdict.kgi": "KGIの状況で判定", "verdict.kpi": "KGIの実績がまだないためKPIで判定",
        "verdict.none": "今月の実績はまだありません",
        "leading": "注意が必要な先行指標：{names}", "leading.none": "注意が必要な先行指標はありません",
        "to_date": "累計効果（推定）", "fee_to_date": "累計ご利用料金", "to_date.ratio": "ご利用料金の{ratio}",
        "to_date.span": "{start}〜{end}（{n}か月）",
        "proj.reaches": "{month}に目標到達の見込み（期日 {due}）",
        "proj.late": "目標到達は{month}の見込み。期日 {due} には届かない",
        "proj.not_reached": "今のペースでは{horizon}までに目標に届かない",
        "proj.none": "実績が3か月分そろうと見通しを算出します", "proj.achieved": "目標を達成済み",
        "renewal": "契約更新の判断 {date}（あと{months}か月）",
        "benefit.target_line": "目標達成時の年間効果 {amount}（年間ご利用料金の{ratio}）",
        "decision.options": "選択肢", "decision.recommendation": "CSMの推奨", "decision.due": "ご判断期限",
        "decision.owner": "ご判断者",
        "benefit.lines": "費用対効果の内訳", "col.scope": "測定範囲", "col.improvement": "改善幅",
        "col.vpu": "1単位の年間効果", "col.realised": "当月の効果", "col.amount": "年間効果（今月）",
        "col.amount_target": "年間効果（目標時）",
        "benefit.total": "合計", "benefit.company": "全社", "col.ratio": "年間ご利用料金に対する倍率",
        "benefit.formula": "年間効果＝改善幅（基準値から良い方向への差）×1単位の年間効果。"
                           "累計効果＝支援開始月から今月までの各月の年間効果÷12の合計（実績のある月のみ）。"
                           "累計ご利用料金＝年間ご利用料金×契約開始月から今月までの月数÷12。",
        "benefit.excluded": "{names}は上位指標の効果に含まれるため、二重に計上していません。",
        "benefit.see_lines": "内訳と計算式は次ページ",
        "initiatives": "改善ロードマップの進捗", "col.initiative": "施策", "col.period": "期間", "col.kpis": "対象指標",
        "col.state": "今月の状況", "ini.not_started": "未着手", "ini.running": "実施中", "ini.done": "完了",
        "ini.behind": "実施中（遅れ気味）", "ini.behind_note": "要注意のマイルストーン：{names}",
        "evaluation": "評価方法", "projection": "見通し", "no_kpis": "この計画にはKGI・KPIがまだ定義されていません",
        "before_period": "支援期間（{start}開始）より前の月です。実績は基準値として扱います。",
        "health.reason": "主な変動要因：{causes}",
    },
    "en": {
        "title": "Monthly evaluator report", "month": "{month_name} {year}", "as_of": "as of {date}",
        "exec": "Executive summary", "overall": "Overall status", "kgis": "KGIs",
        "health": "Health score", "benefit": "Cost-effectiveness", "csm_summary": "CSM summary",
        "decisions": "Decisions requested", "no_decisions": "None this month",
        "benefit.now": "Estimated annual benefit now", "benefit.target": "Estimated annual benefit at target",
        "benefit.fee": "Annual fee", "benefit.ratio": "{ratio} the annual fee",
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
        "results": "Results", "outlook": "Outlook", "asks": "What we ask of you", "verdict": "Overall",
        "verdict.kgi": "judged on the KGIs", "verdict.kpi": "judged on the KPIs (no KGI has a value yet)",
        "verdict.none": "No actuals for this month yet",
        "leading": "Leading signs to watch: {names}", "leading.none": "No leading KPI at risk",
        "to_date": "Benefit to date (est.)", "fee_to_date": "Fees to date", "to_date.ratio": "{ratio} the fees",
        "to_date.span": "{start} to {end} ({n} months)",
        "proj.reaches": "On course to reach the target in {month} (due {due})",
        "proj.late": "Target expected in {month}, after the due date {due}",
        "proj.not_reached": "At this pace the target is not reached by {horizon}",
        "proj.none": "A projection needs 3 months of values", "proj.achieved": "Target reached",
        "renewal": "Renewal decision {date} ({months} months left)",
        "benefit.target_line": "Annual benefit at target {amount} ({ratio} the annual fee)",
        "decision.options": "Options", "decision.recommendation": "CSM recommends", "decision.due": "Needed by",
        "decision.owner": "Decided by",
        "benefit.lines": "How the benefit is calculated", "col.scope": "Scope", "col.improvement": "Gain",
        "col.vpu": "Value per unit / year", "col.realised": "Realised in month", "col.amount": "Annual benefit now",
        "col.amount_target": "At target",
        "benefit.total": "Total", "benefit.company": "Company-wide", "col.ratio": "Multiple of the annual fee",
        "benefit.formula": "Annual benefit = improvement (from the baseline, in the better direction) x value per "
                           "unit. Benefit to date = the sum of each month's annual benefit / 12 from the start of "
                           "support to this month (months with values). Fees to date = annual fee x months since "
                           "the contract start / 12.",
        "benefit.excluded": "{names} not counted again: already part of a higher metric's value.",
        "benefit.see_lines": "Lines and formula on the next page",
        "initiatives": "Roadmap initiatives this month", "col.initiative": "Initiative",
        "col.period": "Period", "col.kpis": "Metrics",
        "col.state": "This month", "ini.not_started": "Not started", "ini.running": "Running", "ini.done": "Done",
        "ini.behind": "Running, behind", "ini.behind_note": "Milestone at risk: {names}",
        "evaluation": "How it is judged", "projection": "Outlook", "no_kpis": "This plan defines no KGIs or KPIs yet",
        "before_period": "This month is before the support period (starting {start}); values are baselines.",
        "health.reason": "Main causes: {causes}",
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


def decision_details(decision: Decision, lang: str) -> list[str]:
    """Return the parts of a decision after its title: options, the CSM's recommendation, due date, owner."""
    sep = "：" if lang == "ja" else ": "
    out = []
    if decision.options:
        out.append(t(lang, "decision.options") + sep + ("／" if lang == "ja" else " / ").join(decision.options))
    if decision.recommendation:
        out.append(t(lang, "decision.recommendation") + sep + decision.recommendation)
    if decision.due:
        out.append(t(lang, "decision.due") + sep + short_date(decision.due, lang))
    if decision.owner:
        out.append(t(lang, "decision.owner") + sep + decision.owner)
    return out


def decision_line(decision: Decision, lang: str) -> str:
    """Return a decision on one line: the title, then its details in brackets."""
    details = decision_details(decision, lang)
    if not details:
        return decision.decision
    return f"{decision.decision}（{'、'.join(details)}）" if lang == "ja" else \
        f"{decision.decision} ({'; '.join(details)})"


def scope_tag(scope: str | None, lang: str) -> str:
    """Return where a value is measured, to put beside it: ［先行2拠点］ (ja) or [pilot sites] (en); '' without."""
    if not scope:
        return ""
    return f"［{scope}］" if lang == "ja" else f" [{scope}]"
