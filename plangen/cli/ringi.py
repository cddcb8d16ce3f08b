"""The `plangen ringi` command: write the renewal approval request (稟議書 draft) for one month."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.common import echo_warnings, load_checked, out_option, pdf_option, plan_argument
from plangen.cli.language import Command, PathType, current_lang
from plangen.cli.report import month_option
from plangen.text import tr


@click.command(cls=Command)
@plan_argument()
@month_option()
@out_option()
@click.option("--template", "templates", type=PathType(file_okay=False, path_type=Path), metavar="DIR",
              help=tr("en", "help.ringi.templates"))
@pdf_option()
def ringi(plan: Path, month: str, out: Path | None, templates: Path | None, pdf: bool) -> None:
    """Write the renewal approval request of PLAN (help text: `help.ringi` in the catalog)."""
    from plangen.render.ringi import render_ringi
    from plangen.write.output import client_out_dir

    client = load_checked(plan)
    result = render_ringi(client, month, client_out_dir(client.slug, out), templates=templates)
    if pdf:
        from plangen.office.pdf import with_pdfs

        result = with_pdfs(result, lang=current_lang())
    echo_warnings(result.warnings)
    for path in result.paths:
        click.echo(str(path))
