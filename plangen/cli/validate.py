"""`plangen validate`: check plans and list every problem."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.errors import InputError, PlangenError, Problem, SomeFailed


def _count(problems: list[Problem]) -> str:
    """Return a summary such as `2 errors, 1 warning`."""
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings or not errors:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


def _expand(plans: tuple[Path, ...]) -> list[Path]:
    """Return the plans to check: a folder of client folders (such as plans/) stands for each client."""
    from plangen.load.discover import client_children, unreadable

    out: list[Path] = []
    for path in plans:
        if path.is_dir() and unreadable(path) is None and not (path / "plan.yaml").exists():
            children = client_children(path)
            if not children:
                raise click.UsageError(f"{path}: no plan.yaml in this folder (nor in its subfolders)")
            out += children
        elif not path.exists():
            raise click.UsageError(f"{path}: no such client folder or plan file")
        else:
            out.append(path)
    return out


@click.command()
@click.argument("plans", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as failures (exit 1).")
def validate(plans: tuple[Path, ...], strict: bool) -> None:
    """Check each PLAN (a client folder or its plan.yaml) and print every problem found.

    Without PLANS, every client in the `plans` folder of plangen.toml (when there is one).

    The plan, its actuals (actuals.csv or actuals.xlsx) and its monthly notes (reports/*.yaml)
    are all checked. Problems go to standard error, one a line:

    \b
      path:line:col: where: what (got X)            an error: fix it
      path:line:col: warning: where: what            a plan check: why it matters
    \b
    Exit status: 0 every plan is valid, 1 a plan has errors (or warnings with
    --strict), 2 bad usage.

    \b
    Examples:
      plangen validate plans/minato
      plangen validate plans/minato/plan.yaml
      plangen validate plans                    every client folder in plans/
      plangen validate plans/* --strict         fail on warnings too (for CI)
    """
    from plangen.cli.common import config
    from plangen.load.client import load_client

    if not plans:
        settings = config()
        if settings.path is None:
            raise click.UsageError("Missing argument 'PLANS...' (or a plangen.toml naming the plans folder)")
        plans = (settings.plans,)
    failed = 0
    paths = _expand(plans)
    for path in paths:
        try:
            client = load_client(path)
        except InputError as exc:
            failed += 1
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            click.echo(f"{path}: {_count(exc.problems)}", err=True)
            continue
        except PlangenError as exc:
            raise click.UsageError(str(exc)) from None
        for problem in client.warnings:
            click.echo(str(problem), err=True)
        if strict and client.warnings:
            failed += 1
            click.echo(f"{path}: {_count(client.warnings)} (--strict fails on warnings)", err=True)
        else:
            click.echo(f"{path}: ok, {_count(client.warnings)}")
    if failed:
        raise SomeFailed(f"{failed} of {len(paths)} plan{'s' if len(paths) != 1 else ''} did not validate")
