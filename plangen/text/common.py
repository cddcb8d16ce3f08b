"""Words every document shares: status vocabulary, cadences, weekdays, levels, units and page furniture."""

from __future__ import annotations

SUPPORT_PERIOD = {"ja": "成果支援期間", "en": "Success-support period"}
CRITERIA = {"ja": "完了基準", "en": "Completion criteria"}
DUE = {"ja": "期日", "en": "Due"}
"""Concepts several documents name: each document's key refers to these so the word is the same everywhere."""

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "status.achieved": "達成", "status.on_track": "順調", "status.at_risk": "要注意", "status.off_track": "遅れ",
        "status.not_started": "未開始", "status.no_data": "データなし", "milestone.done": "達成",
        "milestone.on_track": "順調", "milestone.at_risk": "要注意", "milestone.delayed": "遅れ",
        "milestone.planned": "未開始", "cadence.weekly": "毎週", "cadence.biweekly": "隔週",
        "cadence.monthly": "毎月", "weekday.mon": "月", "weekday.tue": "火", "weekday.wed": "水", "weekday.thu": "木",
        "weekday.fri": "金", "weekday.sat": "土", "weekday.sun": "日", "kind.kgi": "KGI", "kind.kpi": "KPI",
        "direction.up": "高いほど良い", "direction.down": "低いほど良い", "level.low": "低", "level.medium": "中",
        "level.high": "高", "frequency.weekly": "週次", "frequency.monthly": "月次",
        "segment.enterprise": "エンタープライズ", "segment.mid-market": "ミッドマーケット", "segment.smb": "SMB",
        "doc.confidential": "社外秘", "doc.cont": "（続き）", "doc.missing": "—", "doc.none": "なし",
        "doc.support_period": SUPPORT_PERIOD['ja'], "doc.criteria": CRITERIA['ja'], "doc.due": DUE['ja'],
        "unit.minutes": "分", "unit.times": "倍", "unit.pt": "pt", "punct.list": "、", "punct.label": "：",
        "punct.aside": "（{text}）", "punct.gap": "　", "punct.range": "{start} – {end}", "schedule.nth.1": "第1",
        "schedule.nth.2": "第2", "schedule.nth.3": "第3", "schedule.nth.4": "第4", "schedule.nth.5": "最終",
        "schedule.weekday": "{day}曜日", "schedule.monthly_day": "{nth}{day}",
        "schedule.undecided": "（曜日・時刻は未定）",
        "doc.language_tag": "ja-JP", "role.final_evaluator": "最終評価者", "role.evaluator": "評価者",
        "role.promoter": "推進者", "role.user": "実利用者", "role.other": "その他", "role.csm": "カスタマーサクセス",
        "role.executive_sponsor": "エグゼクティブスポンサー", "role.sales": "営業", "role.support": "サポート",
        "role.duties.final_evaluator": "導入目的とKGIの承認\n契約更新の最終判断",
        "role.duties.evaluator": "利用状況と成果（KGI/KPI）の評価\n月次報告会での方針決定\n契約更新の判断",
        "role.duties.promoter": "社内の推進と関係部署の調整\n実利用者の声の集約\n定例会・報告会の運営",
        "role.duties.user": "日々の業務での活用\nKPIデータの記録と共有\n改善点のフィードバック",
        "role.duties.other": "プロジェクトへの協力",
        "role.duties.csm": "成果支援計画の作成と進捗管理\nKPIの可視化と評価者への定期報告\n活用の定着支援",
        "role.duties.executive_sponsor": "経営層同士の関係構築\n重要課題のエスカレーション対応",
        "role.duties.sales": "契約・更新の窓口\n追加提案",
        "role.duties.support": "技術的な問い合わせ対応\nデータ連携・設定の支援",
        "schedule.sep": " ",
    },
    "en": {
        "status.achieved": "Achieved", "status.on_track": "On track", "status.at_risk": "At risk",
        "status.off_track": "Off track", "status.not_started": "Not started", "status.no_data": "No data",
        "milestone.done": "Achieved", "milestone.on_track": "On track", "milestone.at_risk": "At risk",
        "milestone.delayed": "Off track", "milestone.planned": "Not started", "cadence.weekly": "Weekly",
        "cadence.biweekly": "Every two weeks", "cadence.monthly": "Monthly", "weekday.mon": "Mon",
        "weekday.tue": "Tue", "weekday.wed": "Wed", "weekday.thu": "Thu", "weekday.fri": "Fri", "weekday.sat": "Sat",
        "weekday.sun": "Sun", "kind.kgi": "KGI", "kind.kpi": "KPI", "direction.up": "Higher is better",
        "direction.down": "Lower is better", "level.low": "Low", "level.medium": "Medium", "level.high": "High",
        "frequency.weekly": "Weekly", "frequency.monthly": "Monthly", "segment.enterprise": "Enterprise",
        "segment.mid-market": "Mid-market", "segment.smb": "SMB", "doc.confidential": "Confidential",
        "doc.cont": " (cont.)", "doc.missing": "—", "doc.none": "None", "doc.support_period": SUPPORT_PERIOD['en'],
        "doc.criteria": CRITERIA['en'], "doc.due": DUE['en'], "unit.minutes": "min", "unit.times": "x",
        "unit.pt": " pt", "punct.list": ", ", "punct.label": ": ", "punct.aside": " ({text})", "punct.gap": "  ",
        "punct.range": "{start} – {end}", "schedule.nth.1": "1st", "schedule.nth.2": "2nd", "schedule.nth.3": "3rd",
        "schedule.nth.4": "4th", "schedule.nth.5": "last", "schedule.weekday": "{day}",
        "schedule.monthly_day": "{nth} {day}",
        "schedule.undecided": "(day and time to be set)", "doc.language_tag": "en-US",
        "role.final_evaluator": "Final evaluator", "role.evaluator": "Evaluator", "role.promoter": "Promoter",
        "role.user": "User", "role.other": "Other", "role.csm": "Customer success",
        "role.executive_sponsor": "Executive sponsor", "role.sales": "Sales", "role.support": "Support",
        "role.duties.final_evaluator": "Approves the objectives and KGIs\nTakes the final renewal decision",
        "role.duties.evaluator": "Evaluates use and results (KGI/KPI)\n"
                                 "Sets direction in the monthly review\n"
                                 "Decides on renewal",
        "role.duties.promoter": "Drives the project internally and aligns departments\n"
                                "Gathers users' feedback\n"
                                "Runs the weekly and monthly meetings",
        "role.duties.user": "Uses the product in daily work\nRecords and shares KPI data\nFeeds back improvements",
        "role.duties.other": "Supports the project",
        "role.duties.csm": "Owns the success plan and tracks progress\n"
                           "Makes KPIs visible and reports to evaluators\n"
                           "Drives adoption",
        "role.duties.executive_sponsor": "Builds executive-level relationships\nHandles escalations",
        "role.duties.sales": "Contract and renewal contact\nExpansion proposals",
        "role.duties.support": "Answers technical questions\nSupports data integration and setup",
        "schedule.sep": ", ",
    },
}
