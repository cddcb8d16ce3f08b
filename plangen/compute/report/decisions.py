"""What the evaluator is asked to decide, as text: the decision, its options, the CSM's recommendation, the date."""

from __future__ import annotations

from plangen.model import Decision
from plangen.text import tr
from plangen.text.formats import format_date_short


def decision_details(decision: Decision, lang: str) -> list[str]:
    """Return the parts of a decision after its title: options, the CSM's recommendation, due date, owner."""
    sep = tr(lang, "punct.label")
    out = []
    if decision.options:
        out.append(tr(lang, "report.decision.options") + sep + tr(lang, "report.decision.or").join(decision.options))
    if decision.recommendation:
        out.append(tr(lang, "report.decision.recommendation") + sep + decision.recommendation)
    if decision.due:
        out.append(tr(lang, "report.decision.due") + sep + format_date_short(decision.due, lang))
    if decision.owner:
        out.append(tr(lang, "report.decision.owner") + sep + decision.owner)
    return out


def decision_line(decision: Decision, lang: str) -> str:
    """Return a decision on one line: the title, then its details in brackets."""
    details = decision_details(decision, lang)
    if not details:
        return decision.decision
    return decision.decision + tr(lang, "punct.aside", text=tr(lang, "report.decision.sep").join(details))
