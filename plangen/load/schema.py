"""The JSON Schema of plan.yaml, as an editor sees the YAML (numbers are numbers, dates are strings)."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

# Hover help shown by editors, keyed by definition name and field.
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("Plan", "version"): "Format version; always 1.",
    ("Plan", "language"): "Language of the labels plangen writes (ja or en). Content is used as written.",
    ("Plan", "client"): "The client company. `name` is required.",
    ("Plan", "vendor"): "Your company and product.",
    ("Plan", "contract"): "Contract dates and fee. `start` is required.",
    ("Plan", "support_period"): "The success-support period (成果支援期間); default: contract start, 6 months.",
    ("Plan", "team"): "Project structure (プロジェクト体制): people on the client and vendor side.",
    ("Plan", "flow"): "What happens after the start of use (ご利用開始後の流れ): phases and pitfalls.",
    ("Plan", "objectives"): "Purpose and issues (導入目的と課題): business issue -> problem -> solution -> benefit.",
    ("Plan", "initiatives"): "Improvement roadmap (改善ロードマップ); run at most two at the same time.",
    ("Plan", "kpis"): "KGI/KPI definitions and how each is evaluated.",
    ("Plan", "milestones"): "Dated milestones with completion criteria; keep them inside the support period.",
    ("Plan", "case_studies"): "Other companies' use cases (他社事例).",
    ("Plan", "meetings"): "Meeting structure (会議体); at least one meeting should include an evaluator.",
    ("Plan", "health"): "Health score definition: weighted components (weights sum to 100) and levels.",
    ("Plan", "timezone"): "IANA time zone of meeting times; default Asia/Tokyo.",
    ("Plan", "holidays"): ("skip (default): meeting series leave out national holidays of the plan's country "
                           "(Japan for Asia/Tokyo) and 12-29..01-03; keep: meet on them too."),
    ("Plan", "risks"): "Risks with likelihood, impact, mitigation and owner.",
    ("Plan", "style"): "plangen extension: fonts and accent colour of the documents.",
    ("ClientInfo", "segment"): "Contract size: enterprise, mid-market or smb.",
    ("ClientInfo", "logo"): "Image file relative to plan.yaml, inside the client's folder.",
    ("Contract", "end"): "Renewal decision date.",
    ("Contract", "annual_fee"): "Annual fee, for the cost-effectiveness (費用対効果) figures.",
    ("SupportPeriod", "months"): "Length of the support period in months (default 6).",
    ("ClientPerson", "role"): ("final_evaluator (最終評価者), evaluator (評価者), promoter (推進者), "
                               "user (実利用者) or other."),
    ("VendorPerson", "role"): "csm, executive_sponsor, sales, support or other.",
    ("Team", "responsibilities"): "Extra responsibilities per role, added to the built-in ones.",
    ("Initiative", "objective"): "The id of an objective.",
    ("Initiative", "impact"): "Impact on the business, 1 (small) to 5 (large): prioritisation matrix axis.",
    ("Initiative", "difficulty"): "Difficulty, 1 (easy) to 5 (hard): prioritisation matrix axis.",
    ("Initiative", "kpis"): "Ids of the KPIs this initiative moves.",
    ("Kpi", "kind"): "kgi (the business goal) or kpi (a driver of it).",
    ("Kpi", "direction"): "Which way is better: up or down. The target must lie on that side of the baseline.",
    ("Kpi", "baseline"): "Value before the project.",
    ("Kpi", "target"): "Value to reach by target_date.",
    ("Kpi", "evaluation"): "How the result is judged (comparison, period, exclusions).",
    ("Kpi", "value_per_unit"): "Money gained per year for one unit of improvement, in contract.currency.",
    ("Kpi", "parent"): "The id of the KGI or KPI this one drives (draws the KPI tree; a benefit is counted once).",
    ("Kpi", "scope"): "Where the value is measured when not company-wide, e.g. 先行2拠点; shown beside the value.",
    ("Meeting", "cadence"): "weekly, biweekly or monthly.",
    ("Meeting", "weekday"): "mon .. sun; with `time`, gives the meeting a calendar series.",
    ("Meeting", "week_of_month"): "1-5, for monthly meetings: 2 with weekday thu is the second Thursday.",
    ("Meeting", "time"): "Start time \"HH:MM\" (24-hour), local to `timezone`.",
    ("Meeting", "attendees"): "Roles (evaluator, promoter, csm, ...) or names of people in `team`.",
    ("HealthComponent", "metric"): "A metric name used in actuals.csv.",
    ("HealthComponent", "weight"): "Points this component is worth; all weights sum to 100.",
    ("HealthComponent", "poor"): "Metric value worth 0 points.",
    ("HealthComponent", "good"): "Metric value worth full points (may be below `poor` when lower is better).",
    ("HealthLevel", "min"): "Score from which this level starts; levels ascend and the first starts at 0.",
    ("Health", "alert_drop"): "Raise an alert when the score falls by this many points in a month.",
    ("Style", "font_ea"): "Font for Japanese text, such as Meiryo or Yu Gothic.",
    ("Style", "font_latin"): "Font for Latin text.",
    ("Style", "accent"): "Accent colour, such as \"#1F4E79\" (quote it: # starts a comment).",
}
PATTERNS: dict[tuple[str, str], str] = {
    ("Meeting", "time"): r"^([01]\d|2[0-3]):[0-5]\d$",
    ("Style", "accent"): r"^#?[0-9A-Fa-f]{6}$",
}


def plan_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of plan.yaml."""
    from plangen.model import Plan

    schema = Plan.model_json_schema(mode="validation")
    defs: dict[str, Any] = schema.get("$defs", {})
    for (model, name), text in DESCRIPTIONS.items():
        owner = schema if model == "Plan" else defs[model]
        owner["properties"][name]["description"] = text
    for (model, name), pattern in PATTERNS.items():
        _set_pattern(defs[model]["properties"][name], pattern)
    schema["properties"]["version"] = {"const": 1, "type": "integer",
                                       "description": DESCRIPTIONS[("Plan", "version")]}
    out: dict[str, Any] = {
        "$schema": SCHEMA_URI,
        "title": "plangen plan.yaml",
        "description": "A client's success plan (成果支援計画書). Format: docs/plan-format.md",
    }
    out.update({k: v for k, v in schema.items() if k not in ("title", "description")})
    return out


def _set_pattern(prop: dict[str, Any], pattern: str) -> None:
    """Add `pattern` to the string branch of a property (which may be `anyOf` string | null)."""
    for branch in prop.get("anyOf", [prop]):
        if branch.get("type") == "string":
            branch["pattern"] = pattern


def schema_text() -> str:
    """Return the schema as JSON text: what `plangen schema` prints and plangen/resources/plan.schema.json holds."""
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
