"""`plangen validate`: check plans and list every problem."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.cli.language import Command, current_lang
from plangen.errors import InputError, PlangenError, Problem, SomeFailed
from plangen.text import tr


def _count(problems: list[Problem], lang: str) -> str:
    """Return a summary such as `2 errors, 1 warning` (`エラー 2 件、警告 1 件`)."""
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    parts = []
    if errors:
        parts.append(tr(lang, "cli.count.error" if errors == 1 else "cli.count.errors", n=errors))
    if warnings or not errors:
        parts.append(tr(lang, "cli.count.warning" if warnings == 1 else "cli.count.warnings", n=warnings))
    return tr(lang, "cli.count.sep").join(parts)


def _expand(plans: tuple[Path, ...], lang: str) -> list[Path]:
    """Return the plans to check: a folder of client folders (such as plans/) stands for each client."""
    from plangen.load.discover import client_children, unreadable

    out: list[Path] = []
    for path in plans:
        if path.is_dir() and unreadable(path) is None and not (path / "plan.yaml").exists():
            children = client_children(path, lang)
            if not children:
                raise click.UsageError(tr(lang, "messages.no_plan_below", path=path))
            out += children
        elif not path.exists():
            raise click.UsageError(tr(lang, "messages.no_such_path", path=path))
        else:
            out.append(path)
    return out


@click.command(cls=Command)
@click.argument("plans", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help=tr("en", "help.validate.strict"))
def validate(plans: tuple[Path, ...], strict: bool) -> None:
    """Check each PLAN and print every problem found (help text: `help.validate` in the catalog)."""
    from plangen.cli.common import config
    from plangen.load.client import load_client

    lang = current_lang()
    if not plans:
        settings = config()
        if settings.path is None:
            raise click.UsageError(tr(lang, "cli.validate.no_plans"))
        plans = (settings.plans,)
    failed = 0
    paths = _expand(plans, lang)
    for path in paths:
        try:
            client = load_client(path, lang)
        except InputError as exc:
            failed += 1
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            click.echo(tr(lang, "cli.validate.problems", path=path, count=_count(exc.problems, lang)), err=True)
            continue
        except PlangenError as exc:
            raise click.UsageError(str(exc)) from None
        for problem in client.warnings:
            click.echo(str(problem), err=True)
        if strict and client.warnings:
            failed += 1
            click.echo(tr(lang, "cli.validate.strict", path=path, count=_count(client.warnings, lang)), err=True)
        else:
            click.echo(tr(lang, "cli.validate.ok", path=path, count=_count(client.warnings, lang)))
    if failed:
        key = "cli.validate.failed.one" if len(paths) == 1 else "cli.validate.failed"
        raise SomeFailed(tr(lang, key, failed=failed, total=len(paths)))
