"""`plangen build` and `plangen portfolio`: every document for every client, and the team's overview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from plangen.cli.common import pdf_option, stdout_is_terminal
from plangen.cli.language import Choice, Command, IntRange, PathType, current_lang
from plangen.errors import SomeFailed
from plangen.text import tr

if TYPE_CHECKING:
    from plangen.build.runner import BuildSummary, ProgressEvent


def _paths_argument() -> Any:
    """Return the PATH... argument shared by both commands."""
    return click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _jobs_option() -> Any:
    """Return the --jobs option shared by both commands."""
    return click.option("-j", "--jobs", type=IntRange(min=1), default=None, help=tr("en", "help.build.jobs"))


def _out_option() -> Any:
    """Return the --out option: the output root."""
    return click.option("--out", "out", type=PathType(file_okay=False, path_type=Path), default=Path("output"),
                        show_default=True, help=tr("en", "help.build.out"))


@click.command(cls=Command)
@_paths_argument()
@_out_option()
@_jobs_option()
@click.option("--force", is_flag=True, help=tr("en", "help.build.force"))
@click.option("--json", "as_json", is_flag=True, help=tr("en", "help.build.as_json"))
@click.option("-v", "--verbose", is_flag=True, help=tr("en", "help.build.verbose"))
@pdf_option()
def build(paths: tuple[Path, ...], out: Path, jobs: int | None, force: bool, as_json: bool, verbose: bool,
          pdf: bool) -> None:
    """Write every document for each client (help text: `help.build` in the catalog)."""
    from plangen.build.runner import build as run_build
    from plangen.errors import display_path
    from plangen.write.lock import output_lock

    lang = current_lang()
    pdf = _pdf_possible(pdf)
    interactive = stdout_is_terminal() and not as_json

    def waiting() -> None:
        click.echo(tr(lang, "cli.waiting_lock", path=display_path(out)), err=True)

    with output_lock(out, waiting):
        if interactive:
            summary = _build_with_progress(paths, out, jobs, force, lang, pdf)
        else:
            summary = run_build(paths or None, out_root=out, jobs=jobs, force=force, messages=lang, pdf=pdf)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif interactive:
        _print_table(summary, lang)
    else:
        click.echo(_summary_line(summary, lang))
    if verbose:
        for result in summary.results:
            for warning in result.warnings:
                click.echo(warning, err=True)
    _print_errors(summary)
    if not summary.ok:
        raise SomeFailed(tr(lang, "cli.build.some_failed", failed=len(summary.failed), total=len(summary.results)))


def _pdf_possible(pdf: bool) -> bool:
    """Return `pdf`, after saying how to install LibreOffice when PDFs are asked for and it is missing."""
    from plangen.office.pdf import OfficeMissing, find_soffice

    if pdf and find_soffice() is None:
        lang = current_lang()
        click.echo(tr(lang, "cli.warning", message=OfficeMissing(lang)), err=True)
        return False
    return pdf


def _build_with_progress(paths: tuple[Path, ...], out: Path, jobs: int | None, force: bool,
                         lang: str, pdf: bool) -> BuildSummary:
    """Run the build with a rich progress bar naming the clients in hand; return the summary."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from plangen.build.runner import build as run_build

    console = Console(stderr=True)
    bar = TextColumn(f"[bold]{escape(tr(lang, 'cli.build.bar'))}[/]")
    with Progress(bar, BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}", markup=False), console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def show(event: ProgressEvent) -> None:
            """Move the bar and name the clients in hand."""
            progress.update(task, total=event.total, completed=event.done,
                            description=", ".join(event.running[:4]) + (" …" if len(event.running) > 4 else ""))
            if event.result is not None and event.result.failed:
                progress.console.print(f"[red]{escape(tr(lang, 'cli.build.failed_client'))}[/] {escape(event.slug)}")

        return run_build(paths or None, out_root=out, jobs=jobs, force=force, on_progress=show, messages=lang,
                         pdf=pdf)


def _print_table(summary: BuildSummary, lang: str = "en") -> None:
    """Print the summary table: client, status, documents, warnings, errors, seconds."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=tr(lang, "cli.build.title", out=escape(summary.out_root)), title_justify="left")
    for name, justify in (("client", "left"), ("status", "left"), ("documents", "right"),
                          ("warnings", "right"), ("errors", "right"), ("seconds", "right")):
        table.add_column(tr(lang, f"cli.build.col.{name}"), justify=justify)  # type: ignore[arg-type]
    style = {"built": "green", "up_to_date": "dim", "failed": "bold red"}
    for r in summary.results:
        table.add_row(escape(r.slug), f"[{style[r.status]}]{tr(lang, f'cli.build.status.{r.status}')}[/]",
                      str(len(r.documents)) if r.status == "built" else "-", str(len(r.warnings)),
                      str(len(r.errors)), f"{r.seconds:.2f}")
    console = Console()
    console.print(table)
    console.print(escape(_summary_line(summary, lang)))


def _summary_line(summary: BuildSummary, lang: str = "en") -> str:
    """Return the one-line summary printed at the end."""
    documents = sum(len(r.documents) for r in summary.built)
    return tr(lang, "cli.build.summary", built=len(summary.built), documents=documents,
              up_to_date=len(summary.up_to_date), failed=len(summary.failed), seconds=f"{summary.seconds:.1f}")


def _print_errors(summary: BuildSummary) -> None:
    """List every error of every failed client on stderr, one `path:line:col: where: what` per line."""
    for line in summary.errors():
        click.echo(line, err=True)


@click.command(cls=Command)
@_paths_argument()
@click.option("--month", required=True, metavar="YYYY-MM", help=tr("en", "help.portfolio.month"))
@_out_option()
@_jobs_option()
@click.option("--lang", type=Choice(["ja", "en"]), default="ja", show_default=True,
              help=tr("en", "help.portfolio.lang"))
@click.option("--json", "as_json", is_flag=True, help=tr("en", "help.portfolio.as_json"))
@pdf_option()
def portfolio(paths: tuple[Path, ...], month: str, out: Path, jobs: int | None, lang: str, as_json: bool,
              pdf: bool) -> None:
    """Write the team's overview of every client for a month (help text: `help.portfolio`)."""
    from plangen.build.portfolio import render_portfolio

    says = current_lang()
    result = render_portfolio(paths or None, month, out_root=out, jobs=jobs, lang=lang, messages=says,
                              pdf=_pdf_possible(pdf))
    if as_json:
        rows = [{"slug": r.slug, "name": r.name, "risk_level": r.risk_level, "risk_rules": r.risk_rules,
                 "annual_fee": r.annual_fee,
                 "score": r.score, "level": r.level, "change": r.change, "alert": r.alert, "kpis": r.kpis,
                 "renewal": r.renewal.isoformat() if r.renewal else None} for r in result.rows]
        click.echo(json.dumps({"ok": result.ok, "month": month, "files": [str(p) for p in result.paths],
                               "rows": rows, "errors": result.errors}, ensure_ascii=False, indent=2))
    else:
        for path in result.paths:
            click.echo(tr(says, "cli.portfolio.wrote", path=path))
        click.echo(tr(says, "cli.portfolio.summary", rows=len(result.rows), failed=len(result.failed)))
    for line in result.errors:
        click.echo(line, err=True)
    if not result.ok:
        raise SomeFailed(tr(says, "cli.portfolio.some_failed", failed=len(result.failed)))
