"""The document properties of the evaluator report (deck and Word document alike)."""

from __future__ import annotations

from plangen.compute.report.content import ReportContent
from plangen.office.docprops import DocProps, plan_props
from plangen.text import tr
from plangen.text.formats import format_month


def report_props(content: ReportContent) -> DocProps:
    """Return the report's properties: titled client, report and month; by the plan's CSM; in its language."""
    return plan_props(content.plan, f"{tr(content.lang, 'report.title')} {format_month(content.month, content.lang)}")
