"""The `plangen ringi` command: write the renewal approval request (稟議書 draft) for one month."""

from __future__ import annotations

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
from plangen.cli.language import Command, PathType
from plangen.cli.report import month_option
from plangen.text import tr


@click.command(cls=Command)
@plan_argument()
@month_option()
@out_option()
@click.option("--template", "templates", type=PathType(file_okay=False, path_type=Path), metavar="DIR",
              help=tr("en", "help.ringi.templates"))
@force_option()
@pdf_option()
def ringi(plan: Path, month: str, out: Path | None, templates: Path | None, force: bool, pdf: bool) -> None:
    """Write the renewal approval request of PLAN (help text: `help.ringi` in the catalog)."""
    from plangen.render.ringi import render_ringi

    folder = templates or config().templates.docx
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "ringi", force, pdf or config().pdf,
                        lambda: render_ringi(client, month, out_dir, templates=folder))
