"""`plangen kickoff`: write the kickoff deck (キックオフ資料) of one client."""

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
    template_option,
    write_keeping_edits,
)
from plangen.cli.language import Choice, Command
from plangen.text import tr


@click.command(cls=Command)
@plan_argument()
@out_option()
@template_option()
@click.option("--charts", type=Choice(["native", "image"]), default=None, help=tr("en", "help.kickoff.charts"))
@force_option()
@pdf_option()
def kickoff(plan: Path, out: Path | None, template: Path | None, charts: str | None, force: bool,
            pdf: bool) -> None:
    """Write the kickoff deck of PLAN as kickoff.pptx (help text: `help.kickoff` in the catalog)."""
    from plangen.load.config import Charts
    from plangen.render.kickoff import render_kickoff

    settings = config()
    client = load_checked(plan)
    mode: Charts = "image" if (charts or settings.charts) == "image" else "native"
    chosen = template or settings.templates.kickoff
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "kickoff", force, pdf or settings.pdf,
                        lambda: render_kickoff(client, out_dir, template=chosen, charts=mode))
