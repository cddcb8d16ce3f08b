"""`plangen kickoff`: write the kickoff deck (キックオフ資料) of one client."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.common import echo_warnings, load_checked, out_option, pdf_option, plan_argument
from plangen.cli.language import Choice, Command, PathType, current_lang
from plangen.text import tr


@click.command(cls=Command)
@plan_argument()
@out_option()
@click.option("--template", "template", type=PathType(exists=True, dir_okay=False, path_type=Path),
              help=tr("en", "help.kickoff.template"))
@click.option("--charts", type=Choice(["native", "image"]), default="native", show_default=True,
              help=tr("en", "help.kickoff.charts"))
@pdf_option()
def kickoff(plan: Path, out: Path | None, template: Path | None, charts: str, pdf: bool) -> None:
    """Write the kickoff deck of PLAN as kickoff.pptx (help text: `help.kickoff` in the catalog)."""
    from plangen.render.kickoff import render_kickoff
    from plangen.write.output import client_out_dir

    client = load_checked(plan)
    result = render_kickoff(client, client_out_dir(client.slug, out), template=template,
                            charts="image" if charts == "image" else "native")
    if pdf:
        from plangen.office.pdf import with_pdfs

        result = with_pdfs(result, lang=current_lang())
    echo_warnings(result.warnings)
    for path in result.paths:
        click.echo(str(path))
