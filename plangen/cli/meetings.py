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
from plangen.cli.language import Command, PathType, current_lang
from plangen.text import tr


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Return `value` as a date when it is YYYY-MM-DD; otherwise raise a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(tr(current_lang(ctx), "cli.bad_date", got=repr(value))) from None


@click.command(cls=Command)
@plan_argument()
@out_option()
@click.option("--date", "on", callback=_check_date, metavar="YYYY-MM-DD",
              help=tr("en", "help.meetings.on"))
@click.option("--templates", "templates", type=PathType(file_okay=False, path_type=Path),
              help=tr("en", "help.meetings.templates"))
@force_option()
@pdf_option()
def meetings(plan: Path, out: Path | None, on: date | None, templates: Path | None, force: bool,
             pdf: bool) -> None:
    """Write the meeting kit of PLAN (help text: `help.meetings` in the catalog)."""
    from plangen.render.meetings import render_meetings

    folder = templates or config().templates.docx
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "meetings", force, pdf or config().pdf,
                        lambda: render_meetings(client, out_dir, on=on, templates=folder))
