"""`plangen validate`: check plans and list every problem."""

from __future__ import annotations

from pathlib import Path

import click

from plangen.clikit import format_problem
from plangen.errors import InputError, PlangenError


@click.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as failures (exit 1).")
def validate(plans: tuple[Path, ...], strict: bool) -> None:
    """Check each PLAN (a client folder or its plan.yaml) and print every problem found.

    \b
    Problems are printed as  path:line:col: where: what (got X).
    Exit status: 0 all valid, 1 a plan has errors (or warnings with --strict), 2 bad usage.

    \b
    Examples:
      plangen validate plans/minato
      plangen validate plans/* --strict
    """
    from plangen.loader import load_client

    failed = 0
    for path in plans:
        if path.is_dir() and not (path / "plan.yaml").exists() and not any(path.glob("*/plan.yaml")):
            raise click.UsageError(f"{path}: no plan.yaml in this folder")
        try:
            client = load_client(path)
        except InputError as exc:
            failed += 1
            for problem in exc.problems:
                click.echo(format_problem(problem), err=True)
            errors = sum(p.severity == "error" for p in exc.problems)
            click.echo(f"{path}: {errors} error(s)", err=True)
            continue
        except PlangenError as exc:
            raise click.UsageError(str(exc)) from None
        for problem in client.warnings:
            click.echo(format_problem(problem), err=True)
        if strict and client.warnings:
            failed += 1
        click.echo(f"{path}: ok ({len(client.warnings)} warning(s))")
    if failed:
        raise click.exceptions.Exit(1)
