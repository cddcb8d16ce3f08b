"""The kickoff deck's own labels in Japanese and English (shared ones live in plangen.labels)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "deck": "キックオフ資料", "agenda": "アジェンダ", "client": "お客様", "product": "製品",
        "vendor": "提供", "period": "成果支援期間", "date": "作成日",
        "structure": "プロジェクト体制", "org": "体制図", "side.client": "お客様", "side.vendor": "ベンダー",
        "role": "役割", "members": "メンバー", "duties": "役割・責任", "people": "名", "more": "ほか{n}名",
        "flow": "ご利用開始後の流れ", "phase": "フェーズ", "dates": "期間", "goals": "ゴール",
        "pitfalls": "よくある失敗例", "pitfall": "よくある失敗", "prevention": "本計画での防止策",
        "purpose": "導入目的と課題", "business_issue": "事業課題", "problem": "問題", "solution": "解決策",
        "benefit": "効果",
        "roadmap": "改善ロードマップ", "matrix": "改善ロードマップ：優先度マトリクス",
        "impact": "インパクト（高いほど大）", "difficulty": "難易度（高いほど難しい）",
        "q.quick": "クイックウィン", "q.major": "大型施策", "q.fill": "小さな改善", "q.hard": "後回し候補",
        "priority": "改善ロードマップ：優先順位", "rank": "順位", "initiative": "施策", "quadrant": "区分",
        "score": "インパクト／難易度", "unscored": "未評価",
        "process": "業務プロセス", "purpose_of": "目的", "approach": "施策内容", "change": "変化（どれだけ）",
        "owner": "担当", "objective": "導入目的", "kpis": "KPI", "item": "項目", "detail": "内容",
        "gantt": "改善ロードマップ：スケジュール", "milestone": "マイルストーン",
        "kpi": "各業務のKGI/KPI/評価方法", "kpi_tree": "KPIツリー", "kind": "種別", "name": "名称",
        "unit": "単位", "direction": "方向", "baseline": "基準値", "target": "目標値", "target_date": "目標日",
        "evaluation": "評価方法", "source": "データソース", "aggregation": "集計方法", "data_owner": "データ担当",
        "tree.objectives": "導入目的", "tree.kgi": "KGI", "tree.kpi": "KPI", "tree.initiatives": "施策",
        "milestones": "マイルストーン", "criteria": "完了基準",
        "cases": "他社事例", "company": "企業", "scene": "利用シーン", "result": "成果",
        "meetings": "会議体", "meeting": "会議", "cadence": "頻度", "when": "曜日・時間", "attendees": "参加者",
        "agenda_items": "アジェンダ",
        "risks": "リスクと対策", "risk": "リスク", "likelihood": "発生可能性", "risk_impact": "影響度",
        "mitigation": "対策", "week_of_month": "第{n}",
    },
    "en": {
        "deck": "Kickoff", "agenda": "Agenda", "client": "Client", "product": "Product",
        "vendor": "Provided by", "period": "Success-support period", "date": "Date",
        "structure": "Project structure", "org": "Organisation", "side.client": "Client", "side.vendor": "Vendor",
        "role": "Role", "members": "Members", "duties": "Responsibilities", "people": " people",
        "more": "and {n} more",
        "flow": "Flow after the start of use", "phase": "Phase", "dates": "Dates", "goals": "Goals",
        "pitfalls": "Common pitfalls", "pitfall": "Common pitfall", "prevention": "How this plan prevents it",
        "purpose": "Purpose and issues", "business_issue": "Business issue", "problem": "Problem",
        "solution": "Solution", "benefit": "Benefit",
        "roadmap": "Improvement roadmap", "matrix": "Improvement roadmap: prioritisation matrix",
        "impact": "Impact (higher is bigger)", "difficulty": "Difficulty (higher is harder)",
        "q.quick": "Quick wins", "q.major": "Major projects", "q.fill": "Fill-ins", "q.hard": "Thankless tasks",
        "priority": "Improvement roadmap: priority order", "rank": "#", "initiative": "Initiative",
        "quadrant": "Quadrant", "score": "Impact / difficulty", "unscored": "Not scored",
        "process": "Business process", "purpose_of": "Purpose", "approach": "Approach", "change": "Change (how much)",
        "owner": "Owner", "objective": "Objective", "kpis": "KPIs", "item": "Item", "detail": "Detail",
        "gantt": "Improvement roadmap: schedule", "milestone": "Milestone",
        "kpi": "KGIs, KPIs and how they are evaluated", "kpi_tree": "KPI tree", "kind": "Kind", "name": "Name",
        "unit": "Unit", "direction": "Direction", "baseline": "Baseline", "target": "Target",
        "target_date": "Target date", "evaluation": "Evaluation", "source": "Data source",
        "aggregation": "Aggregation", "data_owner": "Data owner",
        "tree.objectives": "Objectives", "tree.kgi": "KGIs", "tree.kpi": "KPIs", "tree.initiatives": "Initiatives",
        "milestones": "Milestones", "criteria": "Completion criteria",
        "cases": "Case studies", "company": "Company", "scene": "Use", "result": "Result",
        "meetings": "Meeting structure", "meeting": "Meeting", "cadence": "Cadence", "when": "Day and time",
        "attendees": "Attendees", "agenda_items": "Agenda",
        "risks": "Risks", "risk": "Risk", "likelihood": "Likelihood", "risk_impact": "Impact",
        "mitigation": "Mitigation", "week_of_month": "week {n}",
    },
}


def word(lang: str, key: str) -> str:
    """Return the kickoff label `key` in `lang`."""
    return WORDS.get(lang, WORDS["en"]).get(key, key)
