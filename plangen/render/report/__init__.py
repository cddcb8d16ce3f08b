"""The monthly evaluator report (PPTX and DOCX); `plangen build` calls the two functions here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from plangen.text.said import Said

if TYPE_CHECKING:
    from plangen.model import Client
    from plangen.write.output import RenderResult

PPTX_NAME = "evaluator-report.pptx"
DOCX_NAME = "evaluator-report.docx"


def latest_report_month(client: Client) -> str | None:
    """Return the latest month with notes or actuals from the support period's first month on, or None.

    Values dated before the support period are baselines, not a month to report on.
    """
    from plangen.model import month_key

    start = client.plan.period_start
    months = {m for m in set(client.notes) | set(client.actuals.months()) if month_key(m) >= (start.year, start.month)}
    return max(months, key=month_key) if months else None


def no_report_note(client: Client) -> str:
    """Return why `build` wrote no evaluator report for `client` (no month at or after the support-period start)."""
    if client.notes or client.actuals.rows:
        return Said("messages.render.no_report_before", slug=client.slug, start=str(client.plan.period_start))
    return Said("messages.render.no_report_data", slug=client.slug)


def report_dir(out_dir: Path, month: str) -> Path:
    """Return the folder of one month's report under a client's output folder."""
    return out_dir / "reports" / month


def render_report(client: Client, month: str, out_dir: Path, *, template: Path | None = None) -> RenderResult:
    """Write the month's evaluator report (PPTX and DOCX) under `out_dir`/reports/<month>/; return them.

    `template` is the user's .pptx for the deck (masters, layouts, colours and fonts), as for the kickoff.
    """
    from plangen.compute.report.content import build_content
    from plangen.office.phrases import plan_words, protect
    from plangen.render.report.charts import look_for, report_charts
    from plangen.render.report.docx_writer import write_docx
    from plangen.render.report.pptx_writer import write_pptx
    from plangen.write.output import RenderResult

    content = build_content(client, month)
    charts = report_charts(content, look_for(content))  # styled once, the same XML in both documents
    folder = report_dir(out_dir, month)
    result = RenderResult(warnings=list(content.warnings))
    with protect(plan_words(client.plan)):
        result.paths.append(write_pptx(content, folder / PPTX_NAME, charts, template=template))
        result.paths.append(write_docx(content, folder / DOCX_NAME, charts))
    return result
