"""`plangen build` and `plangen portfolio`: every document for every client, and the team's overview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from plangen.cli.common import config, kept_lines, pdf_option, stdout_is_terminal, template_option
from plangen.cli.language import Choice, Command, IntRange, PathType, current_lang
from plangen.errors import SomeFailed, display_path
from plangen.text import tr

if TYPE_CHECKING:
    from plangen.build.runner import BuildSummary, ProgressEvent, RenderOptions
    from plangen.load.config import Config


def _paths_argument() -> Any:
    """Return the PATH... argument shared by both commands."""
    return click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _jobs_option() -> Any:
    """Return the --jobs option shared by both commands."""
    return click.option("-j", "--jobs", type=IntRange(min=1), default=None, help=tr("en", "help.build.jobs"))


def _out_option() -> Any:
    """Return the --out option: the output root."""
    return click.option("--out", "out", type=PathType(file_okay=False, path_type=Path), default=None,
                        help=tr("en", "help.build.out"))


def _clients(paths: tuple[Path, ...], settings: Config) -> list[Path] | None:
    """Return the PATHs given, else the `plans` folder of plangen.toml (None: ./plans)."""
    if paths:
        return list(paths)
    return [settings.plans] if settings.path is not None else None


def _options(settings: Config, template: Path | None) -> RenderOptions:
    """Return the render options of a build: --template for every deck, else plangen.toml's per deck."""
    from plangen.build.runner import RenderOptions

    return RenderOptions(kickoff_template=template or settings.templates.kickoff,
                         report_template=template or settings.templates.report,
                         docx_templates=settings.templates.docx, charts=settings.charts)


@click.command(cls=Command)
@_paths_argument()
@_out_option()
@_jobs_option()
@template_option()
@click.option("--force", is_flag=True, help=tr("en", "help.build.force"))
@click.option("--json", "as_json", is_flag=True, help=tr("en", "help.build.as_json"))
@click.option("-v", "--verbose", is_flag=True, help=tr("en", "help.build.verbose"))
@pdf_option()
def build(paths: tuple[Path, ...], out: Path | None, jobs: int | None, template: Path | None, force: bool,
          as_json: bool, verbose: bool, pdf: bool) -> None:
    """Write every document for each client (help text: `help.build` in the catalog)."""
    from plangen.build.runner import build as run_build
    from plangen.write.lock import output_lock
    from plangen.write.workspace import refresh_workspace_schema

    lang = current_lang()
    settings = config()
    refresh_workspace_schema(settings.root)
    targets = _clients(paths, settings)
    root = out or settings.output
    workers = jobs or settings.jobs
    options = _options(settings, template)
    pdf = _pdf_possible(pdf or settings.pdf)
    interactive = stdout_is_terminal() and not as_json

    def waiting() -> None:
        click.echo(tr(lang, "cli.waiting_lock", path=display_path(root)), err=True)

    with output_lock(root, waiting):
        if interactive:
            summary = _build_with_progress(targets, root, workers, force, options, pdf, lang)
        else:
            summary = run_build(targets, out_root=root, jobs=workers, force=force, options=options, pdf=pdf,
                                messages=lang)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif interactive:
        _print_table(summary, lang)
    else:
        click.echo(_summary_line(summary, lang))
    if not as_json:
        _print_kept(summary, lang)
    _print_warnings(summary, verbose)
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


def _build_with_progress(paths: list[Path] | None, out: Path, jobs: int | None, force: bool,
                         options: RenderOptions, pdf: bool, lang: str) -> BuildSummary:
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

        return run_build(paths, out_root=out, jobs=jobs, force=force, on_progress=show, options=options, pdf=pdf,
                         messages=lang)


def _print_table(summary: BuildSummary, lang: str = "en") -> None:
    """Print the summary table: client, status, documents, warnings, errors, seconds."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=tr(lang, "cli.build.title", out=escape(display_path(Path(summary.out_root)))),
                  title_justify="left")
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
    kept = sum(len(r.kept) for r in summary.results)
    return tr(lang, "cli.build.summary", built=len(summary.built), documents=documents,
              up_to_date=len(summary.up_to_date), failed=len(summary.failed), seconds=f"{summary.seconds:.1f}",
              kept=tr(lang, "cli.build.kept_count", kept=kept) if kept else "")


def _print_kept(summary: BuildSummary, lang: str) -> None:
    """Name each document left alone because it changed since plangen wrote it, and where the new one went."""
    from plangen.write.keep import Kept

    for result in summary.results:
        for line in kept_lines((Kept(Path(old), Path(new)) for old, new in result.kept), lang):
            click.echo(line)


def _print_warnings(summary: BuildSummary, verbose: bool) -> None:
    """Print every warning with --verbose; example text left from `plangen new` always (it reaches documents)."""
    from plangen.load.checks import placeholder_sentences

    sentences = placeholder_sentences()
    for result in summary.results:
        for warning in result.warnings:
            if verbose or any(s in warning for s in sentences):
                click.echo(warning, err=True)


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
@template_option()
@click.option("--json", "as_json", is_flag=True, help=tr("en", "help.portfolio.as_json"))
@pdf_option()
def portfolio(paths: tuple[Path, ...], month: str, out: Path | None, jobs: int | None, lang: str,
              template: Path | None, as_json: bool, pdf: bool) -> None:
    """Write the team's overview of every client for a month (help text: `help.portfolio`)."""
    from plangen.build.portfolio import render_portfolio

    says = current_lang()
    settings = config()
    result = render_portfolio(_clients(paths, settings), month, out_root=out or settings.output,
                              jobs=jobs or settings.jobs, lang=lang, messages=says,
                              template=template or settings.templates.portfolio,
                              pdf=_pdf_possible(pdf or settings.pdf))
    if as_json:
        rows = [{"slug": r.slug, "name": r.name, "risk_level": r.risk_level, "risk_rules": r.risk_rules,
                 "annual_fee": r.annual_fee,
                 "score": r.score, "level": r.level, "change": r.change, "alert": r.alert, "kpis": r.kpis,
                 "renewal": r.renewal.isoformat() if r.renewal else None} for r in result.rows]
        click.echo(json.dumps({"ok": result.ok, "month": month, "files": [str(p) for p in result.paths],
                               "rows": rows, "errors": result.errors}, ensure_ascii=False, indent=2))
    else:
        for path in result.paths:
            click.echo(tr(says, "cli.portfolio.wrote", path=display_path(path)))
        click.echo(tr(says, "cli.portfolio.summary", rows=len(result.rows), failed=len(result.failed)))
    for line in [*result.warnings, *result.errors]:
        click.echo(line, err=True)
    if not result.ok:
        raise SomeFailed(tr(says, "cli.portfolio.some_failed", failed=len(result.failed)))
