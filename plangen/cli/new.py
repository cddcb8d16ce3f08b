"""`plangen new` (start a client's plan) and `plangen schema` (print the JSON Schema of plan.yaml)."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.errors import UsageError


@click.command()
@click.argument("slug")
@click.option("--lang", type=click.Choice(["ja", "en"]), default="ja", show_default=True,
              help="Language of the plan's comments, example text and document labels.")
def new(slug: str, lang: str) -> None:
    """Create plans/SLUG/ in the current folder with a commented plan.yaml to fill in.

    SLUG is the client's folder name: lowercase letters, digits and - only. The plan
    validates as written and shows every section; replace the example text, delete what you
    do not need, then check it with `plangen validate plans/SLUG`.

    \b
    Examples:
      plangen new minato                 Japanese plan in plans/minato/
      plangen new northwind --lang en    English plan in plans/northwind/
    """
    from plangen.errors import display_path
    from plangen.load.scaffold import SCHEMA_PATH, create_plan

    try:
        folder = create_plan(slug, lang, Path.cwd())
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    shown = display_path(folder)
    click.echo(f"created {shown}/plan.yaml and {shown}/actuals.csv")
    if not any((parent / SCHEMA_PATH).is_file() for parent in [folder.resolve(), *folder.resolve().parents]):
        click.echo(f"tip: run `plangen schema > {SCHEMA_PATH.as_posix()}` here so that editors complete "
                   "and check the plan's fields")
    click.echo(f"next: edit {shown}/plan.yaml, then run `plangen validate {shown}`")


@click.command()
def schema() -> None:
    """Print the JSON Schema of plan.yaml (for editor completion and checks).

    Editors with the YAML language server (VS Code "YAML" extension) read the first line of
    a plan, `# yaml-language-server: $schema=../../schema/plan.schema.json`.

    \b
    Examples:
      plangen schema > schema/plan.schema.json
    """
    from plangen.load.schema import schema_text

    click.echo(schema_text(), nl=False)
