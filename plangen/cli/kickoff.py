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


@click.command()
@plan_argument()
@out_option()
@template_option("the deck")
@click.option("--charts", type=click.Choice(["native", "image"]), default=None,
              help="native: editable PowerPoint charts (default); image: pictures drawn with matplotlib.")
@force_option()
@pdf_option()
def kickoff(plan: Path, out: Path | None, template: Path | None, charts: str | None, force: bool,
            pdf: bool) -> None:
    """Write the kickoff deck of PLAN (a client folder or its plan.yaml) as kickoff.pptx.

    \b
    The deck is 16:9 and in the plan's language: cover and agenda, project structure,
    flow after the start of use, purpose and issues, improvement roadmap, KGI/KPI,
    milestones, case studies, meetings and risks (only the sections the plan has).

    \b
    Examples:
      plangen kickoff plans/minato                      writes output/minato/kickoff.pptx
      plangen kickoff plans/minato --out build/         writes build/kickoff.pptx
      plangen kickoff plans/minato --template corp.pptx --charts image
    """
    from plangen.load.config import Charts
    from plangen.render.kickoff import render_kickoff

    settings = config()
    client = load_checked(plan)
    mode: Charts = "image" if (charts or settings.charts) == "image" else "native"
    chosen = template or settings.templates.kickoff
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "kickoff", force, pdf or settings.pdf,
                        lambda: render_kickoff(client, out_dir, template=chosen, charts=mode))
