"""The monthly evaluator report (PPTX and DOCX); `plangen build` calls the two functions here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plangen.model import Client
    from plangen.write.output import RenderResult

PPTX_NAME = "evaluator-report.pptx"
DOCX_NAME = "evaluator-report.docx"


def latest_report_month(client: Client) -> str | None:
    """Return the latest month that has notes or actuals, or None when there is neither."""
    months = set(client.notes) | set(client.actuals.months())
    return max(months) if months else None


def report_dir(out_dir: Path, month: str) -> Path:
    """Return the folder of one month's report under a client's output folder."""
    return out_dir / "reports" / month


def render_report(client: Client, month: str, out_dir: Path, *, template: Path | None = None) -> RenderResult:
    """Write the month's evaluator report (PPTX and DOCX) under `out_dir`/reports/<month>/; return them.

    `template` is the user's .pptx for the deck (masters, layouts, colours and fonts), as for the kickoff.
    """
    from plangen.compute.report.content import build_content
    from plangen.render.report.docx_writer import write_docx
    from plangen.render.report.pptx_writer import write_pptx
    from plangen.write.output import RenderResult

    content = build_content(client, month)
    folder = report_dir(out_dir, month)
    result = RenderResult(warnings=list(content.warnings))
    result.paths.append(write_pptx(content, folder / PPTX_NAME, template=template))
    result.paths.append(write_docx(content, folder / DOCX_NAME))
    return result
