"""The roles of a success project, their names and standard responsibilities in both languages."""

from __future__ import annotations

from plangen.model import Plan

CLIENT_ROLES: tuple[str, ...] = ("final_evaluator", "evaluator", "promoter", "user", "other")
VENDOR_ROLES: tuple[str, ...] = ("csm", "executive_sponsor", "sales", "support", "other")

ROLE_NAMES: dict[str, dict[str, str]] = {
    "ja": {
        "final_evaluator": "最終評価者", "evaluator": "評価者", "promoter": "推進者", "user": "実利用者",
        "other": "その他", "csm": "カスタマーサクセス", "executive_sponsor": "エグゼクティブスポンサー",
        "sales": "営業", "support": "サポート",
    },
    "en": {
        "final_evaluator": "Final evaluator", "evaluator": "Evaluator", "promoter": "Promoter", "user": "User",
        "other": "Other", "csm": "Customer success", "executive_sponsor": "Executive sponsor",
        "sales": "Sales", "support": "Support",
    },
}

RESPONSIBILITIES: dict[str, dict[str, list[str]]] = {
    "ja": {
        "final_evaluator": ["導入目的とKGIの承認", "契約更新の最終判断"],
        "evaluator": ["利用状況と成果（KGI/KPI）の評価", "月次報告会での方針決定", "契約更新の判断"],
        "promoter": ["社内の推進と関係部署の調整", "実利用者の声の集約", "定例会・報告会の運営"],
        "user": ["日々の業務での活用", "KPIデータの記録と共有", "改善点のフィードバック"],
        "other": ["プロジェクトへの協力"],
        "csm": ["成果支援計画の作成と進捗管理", "KPIの可視化と評価者への定期報告", "活用の定着支援"],
        "executive_sponsor": ["経営層同士の関係構築", "重要課題のエスカレーション対応"],
        "sales": ["契約・更新の窓口", "追加提案"],
        "support": ["技術的な問い合わせ対応", "データ連携・設定の支援"],
    },
    "en": {
        "final_evaluator": ["Approves the objectives and KGIs", "Takes the final renewal decision"],
        "evaluator": ["Evaluates use and results (KGI/KPI)", "Sets direction in the monthly review",
                      "Decides on renewal"],
        "promoter": ["Drives the project internally and aligns departments", "Gathers users' feedback",
                     "Runs the weekly and monthly meetings"],
        "user": ["Uses the product in daily work", "Records and shares KPI data", "Feeds back improvements"],
        "other": ["Supports the project"],
        "csm": ["Owns the success plan and tracks progress", "Makes KPIs visible and reports to evaluators",
                "Drives adoption"],
        "executive_sponsor": ["Builds executive-level relationships", "Handles escalations"],
        "sales": ["Contract and renewal contact", "Expansion proposals"],
        "support": ["Answers technical questions", "Supports data integration and setup"],
    },
}

EVALUATOR_ROLES = frozenset({"final_evaluator", "evaluator"})


def role_name(role: str, lang: str) -> str:
    """Return the display name of `role` in `lang`."""
    return ROLE_NAMES[lang].get(role, role)


def responsibilities(plan: Plan, role: str) -> list[str]:
    """Return the built-in responsibilities of `role` followed by the plan's additions."""
    return [*RESPONSIBILITIES[plan.language].get(role, []), *plan.team.responsibilities.get(role, [])]


def resolve_attendees(plan: Plan, attendees: list[str]) -> list[tuple[str, str | None, str, str | None]]:
    """Return (name, title, role, email) for each attendee, expanding roles to the people holding them."""
    people = [*((p.name, p.title, p.role, p.email) for p in plan.team.client),
              *((p.name, p.title, p.role, p.email) for p in plan.team.vendor)]
    out: list[tuple[str, str | None, str, str | None]] = []
    for who in attendees:
        matched = [p for p in people if p[0] == who] or [p for p in people if p[2] == who]
        for person in matched:
            if person not in out:
                out.append(person)
    return out


def meeting_has_evaluator(plan: Plan, attendees: list[str]) -> bool:
    """Return True when an evaluator or final evaluator attends."""
    return any(role in EVALUATOR_ROLES for _, _, role, _ in resolve_attendees(plan, attendees))
