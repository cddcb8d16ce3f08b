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
from plangen.cli.report import month_option


@click.command()
@plan_argument()
@month_option()
@out_option()
@click.option("--template", "templates", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Folder holding your restyled ringi.docx (default: templates.docx in plangen.toml, else the "
                   "bundled template).")
@force_option()
@pdf_option()
def ringi(plan: Path, month: str, out: Path | None, templates: Path | None, force: bool, pdf: bool) -> None:
    """Write the renewal approval request (継続利用稟議書) the client's promoter submits.

    Written in the client's voice from the plan, the actuals and the month's notes: purpose, what
    was done, measured effect, cost-effectiveness with its arithmetic, next term, risks, cost and
    the decision requested. What the plan does not say is marked 【要記入】 for the promoter.
    The file goes to output/<client>/ringi/<YYYY-MM>/renewal-approval.docx.

    \b
    Examples:
      plangen ringi plans/minato --month 2027-09
      plangen ringi plans/minato --month 2027-09 --template my-templates
    """
    from plangen.render.ringi import render_ringi

    folder = templates or config().templates.docx
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "ringi", force, pdf or config().pdf,
                        lambda: render_ringi(client, month, out_dir, templates=folder))
