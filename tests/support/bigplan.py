"""A synthetic large plan (12 initiatives, 16 KPIs, 20 users, long texts, a 150-character URL) for stress tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

URL = "https://example.com/" + "x" * 130
"""A 150-character URL without spaces."""
LONG = "在庫の偏りと値引きの遅れを同時に解消するために、週次の判断会議の資料と運用を全面的に見直す。" * 3


def big_plan(language: str = "ja") -> dict[str, Any]:
    """Return the data of a large plan: 12 initiatives, 16 KPIs, 20 users, long texts with a 150-char URL."""
    kpis = [{"id": f"k{n}", "name": f"指標{n}：売れ筋上位品番の店舗別欠品率の改善度合い",
             "kind": "kgi" if n < 3 else "kpi",
             "unit": "%", "direction": "up", "baseline": 10, "target": 20, "target_date": "2027-05-31",
             "evaluation": f"{LONG} 詳細: {URL}",
             "data": {"source": URL, "aggregation": "月次", "owner": "情報システム部"}}
            for n in range(16)]
    initiatives = [{"id": f"i{n}", "name": f"施策{n}：追加配分と店間移動の最適化による欠品の削減",
                    "objective": f"o{n % 3}",
                    "process": "週次の追加配分", "purpose": LONG, "approach": f"{LONG} {URL}", "change": "欠品率を半減",
                    "impact": 1 + n % 5, "difficulty": 1 + (n * 2) % 5 if n < 10 else 3, "start": "2026-12-01",
                    "end": "2027-05-31", "owner": "山本 彩", "kpis": [f"k{n % 3}", f"k{3 + n}"]}
                   for n in range(12)]
    users = [{"name": f"利用者 {n:02d}", "title": "MD部 レディース課 バイヤー", "role": "user"} for n in range(20)]
    return {
        "version": 1, "language": language,
        "client": {"name": "株式会社ビッグプラン・ホールディングス", "short_name": "ビッグプラン",
                   "segment": "enterprise"},
        "vendor": {"name": "株式会社ストックパイロット", "product": "StockPilot"},
        "contract": {"start": "2026-12-01", "end": "2027-11-30"},
        "support_period": {"start": "2026-12-01", "months": 6},
        "team": {"client": [{"name": "佐藤 一郎", "title": "社長", "role": "final_evaluator"},
                            {"name": "高橋 花子", "title": "取締役", "role": "evaluator"},
                            {"name": "田中 健", "title": "部長", "role": "promoter"}, *users],
                 "vendor": [{"name": "小林 誠", "role": "csm"}, {"name": "中村 由紀", "role": "executive_sponsor"},
                            {"name": "加藤 大輔", "role": "support"}],
                 "responsibilities": {"promoter": [LONG]}},
        "flow": {"phases": [{"name": f"フェーズ{n}", "start": f"2027-0{n + 1}-01", "end": f"2027-0{n + 1}-28",
                             "goals": [LONG, URL]} for n in range(5)],
                 "pitfalls": [{"pitfall": LONG, "prevention": f"{LONG} {URL}"} for _ in range(6)]},
        "objectives": [{"id": f"o{n}", "business_issue": LONG, "problem": LONG, "solution": f"{LONG}{URL}",
                        "benefit": "期末在庫を20%削減し、粗利率を1.5pt改善する"} for n in range(3)],
        "initiatives": initiatives, "kpis": kpis,
        "milestones": [{"id": f"m{n}", "date": f"2027-0{n + 1}-20", "name": f"マイルストーン{n}", "criteria": LONG,
                        "owner": "田中 健"} for n in range(5)],
        "case_studies": [{"company": f"{n}社", "scene": LONG, "result": URL} for n in range(8)],
        "meetings": [{"id": "weekly", "name": "定例会", "cadence": "weekly", "weekday": "tue", "time": "10:00",
                      "duration_minutes": 60, "attendees": ["evaluator", "promoter", "user", "csm"], "purpose": LONG,
                      "agenda": [LONG, URL]}],
        "risks": [{"risk": LONG, "likelihood": "high", "impact": "medium", "mitigation": URL, "owner": "小林 誠"}
                  for _ in range(6)],
    }


def write_big_plan(folder: Path, language: str = "ja") -> Path:
    """Write the large plan as folder/plan.yaml (folder named like a client slug); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plan.yaml").write_text(yaml.safe_dump(big_plan(language), allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    return folder


def scale_plan(initiatives: int = 100, kpis: int = 200, months: int = 36) -> dict[str, Any]:
    """Return a plan at the scale a large account reaches: many initiatives and KPIs over a long support period."""
    data = big_plan()
    data["support_period"] = {"start": "2026-12-01", "months": months}
    data["contract"] = {"start": "2026-12-01", "end": "2029-11-30", "annual_fee": 48_000_000, "currency": "JPY"}
    data["kpis"] = [{"id": f"k{n}", "name": f"指標{n}：店舗別欠品率", "kind": "kgi" if n < 3 else "kpi", "unit": "%",
                     "baseline": 10, "target": 20 + n % 7, "target_date": "2029-05-31",
                     "evaluation": "月末時点の値で評価する", "data": {"source": "基幹システム"},
                     "value_per_unit": 100_000 + 1000 * n}
                    for n in range(kpis)]
    data["initiatives"] = [{"id": f"i{n}", "name": f"施策{n}：追加配分と店間移動の最適化", "objective": f"o{n % 3}",
                            "purpose": "欠品の削減", "impact": 1 + n % 5, "difficulty": 1 + (n * 3) % 5,
                            "start": f"{_month_after(n % (months - 1))}-01",
                            "end": f"{_month_after(n % (months - 1))}-28", "owner": "山本 彩",
                            "kpis": [f"k{n % kpis}"]}
                           for n in range(initiatives)]
    return data


def _month_after(offset: int) -> str:
    """Return the month `offset` months after 2027-01 as YYYY-MM (inside a support period from 2026-12)."""
    return f"{2027 + offset // 12}-{offset % 12 + 1:02d}"


def scale_actuals(kpis: int = 200, months: int = 36) -> str:
    """Return an actuals.csv with a monthly value of every KPI over `months` months from 2026-12."""
    lines = ["period,metric,value"]
    for m in range(months):
        year, month = 2026 + (11 + m) // 12, (11 + m) % 12 + 1
        lines += [f"{year}-{month:02d},k{n},{10 + (m * (n % 5 + 1)) % 15}" for n in range(kpis)]
    return "\n".join(lines) + "\n"


def write_scale_plan(folder: Path, initiatives: int = 100, kpis: int = 200, months: int = 36) -> Path:
    """Write the scale plan (plan.yaml and actuals.csv) into `folder`; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plan.yaml").write_text(yaml.safe_dump(scale_plan(initiatives, kpis, months), allow_unicode=True,
                                                     sort_keys=False), encoding="utf-8")
    (folder / "actuals.csv").write_text(scale_actuals(kpis, months), encoding="utf-8")
    return folder
