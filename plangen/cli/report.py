"""The `plangen report` and `plangen status` commands: load a client, compute one month, write or print it."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import click

from plangen.cli.common import (
    client_output,
    config,
    echo_warnings,
    force_option,
    load_checked,
    out_option,
    pdf_option,
    plan_argument,
    template_option,
    write_keeping_edits,
)
from plangen.cli.language import Command, current_lang
from plangen.text import tr


def _check_month(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Return `value` when it is a month YYYY-MM; otherwise raise a usage error."""
    from plangen.load.validation import validator_sentence
    from plangen.model import month_error

    problem = month_error(value)
    if problem is not None:
        lang = current_lang(ctx)
        if not re.fullmatch(r"\d{4}-\d{2}", value):
            raise click.BadParameter(tr(lang, "cli.bad_month", got=repr(value)))
        raise click.BadParameter(tr(lang, "cli.bad_value_got", problem=validator_sentence(lang, problem),
                                    got=repr(value)))
    return value


def month_option() -> Any:
    """Return the required --month option (a decorator)."""
    return click.option("--month", "month", required=True, callback=_check_month, metavar="YYYY-MM",
                        help=tr("en", "help.report.month"))


def finite(data: Any) -> Any:
    """Return `data` with every non-finite float (inf, nan) replaced by None, so the JSON is valid."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: finite(value) for key, value in data.items()}
    if isinstance(data, list):
        return [finite(value) for value in data]
    return data


@click.command(cls=Command)
@plan_argument()
@month_option()
@out_option()
@template_option()
@force_option()
@pdf_option()
def report(plan: Path, month: str, out: Path | None, template: Path | None, force: bool, pdf: bool) -> None:
    """Write the monthly evaluator report of PLAN (help text: `help.report` in the catalog)."""
    from plangen.render.report import render_report

    chosen = template or config().templates.report
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "report", force, pdf or config().pdf,
                        lambda: render_report(client, month, out_dir, template=chosen))


@click.command(cls=Command)
@plan_argument()
@month_option()
@click.option("--json", "as_json", is_flag=True, help=tr("en", "help.status.as_json"))
def status(plan: Path, month: str, as_json: bool) -> None:
    """Show one month's figures of PLAN (help text: `help.status` in the catalog)."""
    from plangen.compute.status import status_dict

    client = load_checked(plan)
    if month not in client.notes and month not in client.actuals.months():
        echo_warnings([tr(current_lang(), "cli.status.no_data", slug=client.slug, month=month)])
    if as_json:
        click.echo(json.dumps(finite(status_dict(client, month)), ensure_ascii=False, indent=2, allow_nan=False))
        return
    from rich.console import Console

    from plangen.cli.status import print_status

    print_status(client, month, Console(highlight=False, soft_wrap=False))
