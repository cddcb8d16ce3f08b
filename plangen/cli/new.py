"""`plangen new` (start a client's plan) and `plangen schema` (print the JSON Schema of plan.yaml)."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.language import Choice, Command, current_lang
from plangen.errors import UsageError
from plangen.text import tr


@click.command(cls=Command)
@click.argument("slug")
@click.option("--lang", type=Choice(["ja", "en"]), default="ja", show_default=True,
              help=tr("en", "help.new.lang"))
def new(slug: str, lang: str) -> None:
    """Create plans/SLUG/ with a commented plan.yaml (help text: `help.new` in the catalog)."""
    from plangen.errors import display_path
    from plangen.load.scaffold import SCHEMA_PATH, create_plan

    says = current_lang()
    try:
        folder = create_plan(slug, lang, Path.cwd(), messages=says)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    shown = display_path(folder)
    click.echo(tr(says, "cli.new.created", path=shown))
    if not any((parent / SCHEMA_PATH).is_file() for parent in [folder.resolve(), *folder.resolve().parents]):
        click.echo(tr(says, "cli.new.tip", schema=SCHEMA_PATH.as_posix()))
    click.echo(tr(says, "cli.new.next", path=shown))


@click.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of plan.yaml (help text: `help.schema` in the catalog)."""
    from plangen.load.schema import schema_text

    click.echo(schema_text(current_lang()), nl=False)
