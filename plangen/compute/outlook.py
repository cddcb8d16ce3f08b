"""What the kickoff deck agrees on: each KGI's expected path and the first effect review (初回効果検証).

The expected path of a KGI is the one the evaluator report measures against (plan-format.md, "Figures
in evaluator reports"): from the earliest start of the initiatives that list it (else the support period's
start) to its `target_date`, expected(M) = baseline + progress(M) x (target - baseline), month by month.

A milestone *measures an effect* when its name or completion criteria names a KGI (its name, with any
parenthesised part dropped, or its id) or uses an effect word (効果, 成果, 前年同期比, 前年比, effect,
impact, results, ROI, value). The first such milestone by date is the first effect review: until then the
plan reports adoption (KPIs, health), not results, which is the expectation the evaluator agrees to.
"""

from __future__ import annotations

import re
from datetime import date

from plangen.compute.figures import expected_on, month_last_day, next_month, path_start
from plangen.model import Kpi, Milestone, Plan, month_key
from plangen.record import record

EFFECT_WORDS = ("効果", "成果", "前年同期比", "前年比", "effect", "impact", "results", "roi", "value")
"""Words that make a milestone an effect review (matched case-insensitively in its name and criteria)."""
_PAREN = re.compile(r"[（(].*?[）)]")


@record
class ExpectedPath:
    """A KGI's expected value at the end of each month from its path start to its target date."""

    kpi: Kpi
    start: date
    months: list[str]
    values: list[float]


def has_path(kpi: Kpi) -> bool:
    """Return True for a KGI with baseline, target and target date (what a path needs)."""
    return kpi.kind == "kgi" and kpi.baseline is not None and kpi.target is not None and kpi.target_date is not None


def expected_path(plan: Plan, kpi: Kpi) -> ExpectedPath:
    """Return the KGI's expected value at the end of every month from its path start to its target date."""
    assert kpi.baseline is not None and kpi.target is not None and kpi.target_date is not None
    start = path_start(plan, kpi)
    months: list[str] = []
    month = f"{start:%Y-%m}"
    last = (kpi.target_date.year, kpi.target_date.month)
    while month_key(month) <= last:
        months.append(month)
        month = next_month(month)
    span = kpi.target - kpi.baseline
    values = [kpi.baseline + expected_on(plan, kpi, min(month_last_day(m), kpi.target_date)) * span for m in months]
    return ExpectedPath(kpi, start, months, values)


def expected_paths(plan: Plan) -> list[ExpectedPath]:
    """Return the expected path of every KGI that has one, in plan order."""
    return [expected_path(plan, k) for k in plan.kpis if has_path(k)]


def measures_effect(plan: Plan, milestone: Milestone) -> bool:
    """Return True when the milestone names a KGI or uses an effect word (see the module docstring)."""
    text = f"{milestone.name} {milestone.criteria or ''}".lower()
    if any(word in text for word in EFFECT_WORDS):
        return True
    for kpi in plan.kpis:
        if kpi.kind != "kgi":
            continue
        short = _PAREN.sub("", kpi.name).strip().lower()
        if (short and short in text) or kpi.id.lower() in text.split():
            return True
    return False


def first_effect_review(plan: Plan) -> Milestone | None:
    """Return the earliest milestone that measures an effect, or None."""
    return next((m for m in sorted(plan.milestones, key=lambda m: m.date) if measures_effect(plan, m)), None)
