"""The `plangen report` and `plangen status` commands: load a client, compute one month, write or print it."""

from __future__ import annotations

import json
import math
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

MONTH_HELP = "Month to report, YYYY-MM (e.g. 2027-02)."


def _check_month(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Return `value` when it is a month YYYY-MM; otherwise raise a usage error."""
    from plangen.model import month_error

    problem = month_error(value)
    if problem is not None:
        raise click.BadParameter(f"{problem} (got {value!r})")
    return value


def month_option() -> Any:
    """Return the required --month option (a decorator)."""
    return click.option("--month", "month", required=True, callback=_check_month, metavar="YYYY-MM",
                        help=MONTH_HELP)


def finite(data: Any) -> Any:
    """Return `data` with every non-finite float (inf, nan) replaced by None, so the JSON is valid."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: finite(value) for key, value in data.items()}
    if isinstance(data, list):
        return [finite(value) for value in data]
    return data


@click.command()
@plan_argument()
@month_option()
@out_option()
@template_option("the report deck")
@force_option()
@pdf_option()
def report(plan: Path, month: str, out: Path | None, template: Path | None, force: bool, pdf: bool) -> None:
    """Write the monthly evaluator report (評価者報告) as PPTX and DOCX.

    Reads plan.yaml, the actuals (actuals.csv or actuals.xlsx) and the CSM's notes in
    reports/YYYY-MM.yaml. Without notes for the month the report shows the figures alone.
    Files go to output/<client>/reports/<YYYY-MM>/ (or DIR/reports/<YYYY-MM>/ with --out).

    \b
    Examples:
      plangen report plans/minato --month 2027-02
      plangen report plans/minato/plan.yaml --month 2027-02 --out build/minato
      plangen report plans/minato --month 2027-02 --template corp.pptx
    """
    from plangen.render.report import render_report

    chosen = template or config().templates.report
    client = load_checked(plan)
    out_dir = client_output(client.slug, out)
    write_keeping_edits(out_dir, "report", force, pdf or config().pdf,
                        lambda: render_report(client, month, out_dir, template=chosen))


@click.command()
@plan_argument()
@month_option()
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON (month, verdict, kpis with projection, health, benefit with realised_to_date, "
                   "fee_to_date and lines) instead of a table.")
def status(plan: Path, month: str, as_json: bool) -> None:
    """Show one month's figures: KPI progress and status, health score, cost-effectiveness.

    \b
    Examples:
      plangen status plans/minato --month 2027-02
      plangen status plans/minato --month 2027-02 --json | jq .kpis
    """
    from plangen.compute.status import status_dict

    client = load_checked(plan)
    if month not in client.notes and month not in client.actuals.months():
        echo_warnings([f"{client.slug}: no actuals or notes for {month}; every figure is missing"])
    if as_json:
        click.echo(json.dumps(finite(status_dict(client, month)), ensure_ascii=False, indent=2, allow_nan=False))
        return
    from rich.console import Console

    from plangen.cli.status import print_status

    print_status(client, month, Console(highlight=False, soft_wrap=False))
