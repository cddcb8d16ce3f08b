"""`plangen kickoff`: write the kickoff deck (キックオフ資料) of one client."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.common import echo_warnings, load_checked, out_option, pdf_option, plan_argument


@click.command()
@plan_argument()
@out_option()
@click.option("--template", "template", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own .pptx: the deck uses its masters, layouts, colours and fonts.")
@click.option("--charts", type=click.Choice(["native", "image"]), default="native", show_default=True,
              help="native: editable PowerPoint charts; image: pictures drawn with matplotlib.")
@pdf_option()
def kickoff(plan: Path, out: Path | None, template: Path | None, charts: str, pdf: bool) -> None:
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
    from plangen.render.kickoff import render_kickoff
    from plangen.write.output import client_out_dir

    client = load_checked(plan)
    result = render_kickoff(client, client_out_dir(client.slug, out), template=template,
                            charts="image" if charts == "image" else "native")
    if pdf:
        from plangen.office.pdf import with_pdfs

        result = with_pdfs(result)
    echo_warnings(result.warnings)
    for path in result.paths:
        click.echo(str(path))
