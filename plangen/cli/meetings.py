"""`plangen meetings`: write each meeting's document (DOCX) and calendar series (ICS)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from plangen.cli.common import (
    client_output,
    config,
    force_option,
    load_checked,
    out_option,
    pdf_option,
    plan_argument,
    write_keeping_edits,
)


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Return `value` as a date when it is YYYY-MM-DD; otherwise raise a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"must be a date YYYY-MM-DD such as 2027-03-02 (got {value!r})") from None


@click.command()
@plan_argument()
@out_option()
@click.option("--date", "on", callback=_check_date, metavar="YYYY-MM-DD",
              help="Write the documents of the meetings on or after this date, pre-filled from the actuals "
                   "up to it and the latest monthly notes.")
@click.option("--templates", "templates", type=click.Path(file_okay=False, path_type=Path),
              help="Folder with your own meeting-weekly.docx / meeting-evaluator.docx (see docs/templates.md; "
                   "default: templates.docx in plangen.toml).")
@force_option()
@pdf_option()
def meetings(plan: Path, out: Path | None, on: date | None, templates: Path | None, force: bool,
             pdf: bool) -> None:
    """Write the meeting kit: a document and a calendar series for each meeting of the plan.

    For each meeting: <id>.docx (purpose, schedule, attendees, agenda with time boxes and the
    reporting tables; blank rows to fill in) and <id>.ics (the recurring series across the support
    period, importable into Google Calendar and Outlook). Meetings an evaluator attends use the
    evaluator layout. Files go to output/<client>/meetings/ (or DIR/meetings/ with --out).

    \b
    Examples:
      plangen meetings plans/minato
      plangen meetings plans/minato --date 2027-03-02
      plangen meetings plans/minato --templates my-templates --out build/minato
    """
    from plangen.render.meetings import render_meetings

    folder = templates or config().templates.docx
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "meetings", force, pdf or config().pdf,
                        lambda: render_meetings(client, out_dir, on=on, templates=folder))
