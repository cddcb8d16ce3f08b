"""`plangen meetings`: write each meeting's document (DOCX) and calendar series (ICS)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from plangen.cli.common import echo_warnings, load_checked, out_option, pdf_option, plan_argument


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
              help="Folder with your own meeting-weekly.docx / meeting-evaluator.docx (see docs/templates.md).")
@pdf_option()
def meetings(plan: Path, out: Path | None, on: date | None, templates: Path | None, pdf: bool) -> None:
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
    from plangen.write.output import client_out_dir

    client = load_checked(plan)
    result = render_meetings(client, client_out_dir(client.slug, out), on=on, templates=templates)
    if pdf:
        from plangen.office.pdf import with_pdfs

        result = with_pdfs(result)
    echo_warnings(result.warnings)
    for path in result.paths:
        click.echo(str(path))
