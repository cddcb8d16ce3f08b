"""`plangen new` (start a client's plan) and `plangen schema` (print the JSON Schema of plan.yaml)."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.language import Choice, Command, PathType, current_lang
from plangen.errors import UsageError
from plangen.text import tr


@click.command(cls=Command)
@click.argument("slug")
@click.option("--lang", type=Choice(["ja", "en"]), default="ja", show_default=True,
              help=tr("en", "help.new.lang"))
def new(slug: str, lang: str) -> None:
    """Create plans/SLUG/ with a commented plan.yaml (help text: `help.new` in the catalog)."""
    from plangen.cli.common import config
    from plangen.errors import display_path
    from plangen.load.scaffold import WORKSPACE_SCHEMA, create_plan
    from plangen.write.workspace import write_workspace_schema

    says = current_lang()
    settings = config()
    try:
        folder = create_plan(slug, lang, settings.root, plans=settings.plans, schema=settings.root / WORKSPACE_SCHEMA,
                             messages=says)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    schema_path = write_workspace_schema(settings.root)
    shown = display_path(folder)
    click.echo(tr(says, "cli.new.created", path=shown))
    click.echo(tr(says, "cli.new.editor_schema", schema=display_path(schema_path)))
    click.echo(tr(says, "cli.new.next", path=shown))


@click.command(cls=Command)
@click.option("--out", "out", type=PathType(dir_okay=False, path_type=Path), metavar="FILE",
              help=tr("en", "help.schema.out"))
def schema(out: Path | None) -> None:
    """Print the JSON Schema of plan.yaml (help text: `help.schema` in the catalog)."""
    from plangen.load.schema import schema_text

    lang = current_lang()
    text = schema_text(lang)
    if out is None:
        click.echo(text, nl=False)
        return
    from plangen.errors import display_path
    from plangen.write.atomic import write_bytes_atomic

    write_bytes_atomic(out, text.encode("utf-8"))
    click.echo(tr(lang, "cli.schema.wrote", path=display_path(out)))
