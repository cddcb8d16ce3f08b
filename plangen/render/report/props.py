"""The document properties of the evaluator report (deck and Word document alike)."""

from __future__ import annotations

from plangen.compute.report.content import ReportContent
from plangen.office.docprops import DocProps, plan_props
from plangen.text.report import month_title, t


def report_props(content: ReportContent) -> DocProps:
    """Return the report's properties: titled client, report and month; by the plan's CSM; in its language."""
    return plan_props(content.plan, f"{t(content.lang, 'title')} {month_title(content.month, content.lang)}")
