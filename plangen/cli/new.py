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
    """Create plans/SLUG/ with a commented plan.yaml to fill in, and the plan schema for editors.

    The workspace is the folder of plangen.toml (found upward from here), else the current
    folder; plans go to its `plans` setting (default plans/), the schema to .plangen/.

    SLUG is the client's folder name: lowercase letters, digits and - only. The plan
    validates as written and shows every section; replace the example text, delete what you
    do not need, then check it with `plangen validate plans/SLUG`.

    \b
    Examples:
      plangen new minato                 Japanese plan in plans/minato/
      plangen new northwind --lang en    English plan in plans/northwind/
    """
    from plangen.cli.common import config
    from plangen.errors import display_path
    from plangen.load.scaffold import WORKSPACE_SCHEMA, create_plan
    from plangen.write.workspace import write_workspace_schema

    settings = config()
    try:
        folder = create_plan(slug, lang, settings.root, plans=settings.plans, schema=settings.root / WORKSPACE_SCHEMA)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    schema_path = write_workspace_schema(settings.root)
    shown = display_path(folder)
    click.echo(f"created {shown}/plan.yaml and {shown}/actuals.csv")
    click.echo(f"editors complete and check the plan with {display_path(schema_path)} "
               "(the plan's first line points at it)")
    click.echo(f"next: edit {shown}/plan.yaml, then run `plangen validate {shown}`")


@click.command()
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the schema to FILE (folders are created) instead of printing it.")
def schema(out: Path | None) -> None:
    """Print the JSON Schema of plan.yaml (for editor completion and checks).

    `plangen new` keeps a copy in .plangen/plan.schema.json of the workspace, and each new plan
    starts with `# yaml-language-server: $schema=../../.plangen/plan.schema.json`, which
    editors with the YAML language server (VS Code "YAML" extension) read.

    \b
    Examples:
      plangen schema --out schemas/plan.schema.json
      plangen schema > plan.schema.json
    """
    from plangen.load.schema import schema_text

    text = schema_text()
    if out is None:
        click.echo(text, nl=False)
        return
    from plangen.errors import display_path
    from plangen.write.atomic import write_bytes_atomic

    try:
        write_bytes_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        raise click.UsageError(f"{display_path(out)}: cannot write the schema there ({exc.strerror})") from None
    click.echo(f"wrote {display_path(out)}")
