"""`plangen build` and `plangen portfolio`: every document for every client, and the team's overview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from plangen.cli.common import config, kept_lines, pdf_option, stdout_is_terminal, template_option
from plangen.errors import SomeFailed, display_path

if TYPE_CHECKING:
    from plangen.build.runner import BuildSummary, ProgressEvent, RenderOptions
    from plangen.load.config import Config

STATUS_TEXT = {"built": "built", "up_to_date": "up to date", "failed": "FAILED"}


def _paths_argument() -> Any:
    """Return the PATH... argument shared by both commands."""
    return click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _jobs_option() -> Any:
    """Return the --jobs option shared by both commands."""
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                        help="Clients built at the same time (default: number of cores).")


def _out_option() -> Any:
    """Return the --out option: the output root."""
    return click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Output root; each client's documents go to OUT/<client>/ (default: output/, or "
                             "the `output` setting of plangen.toml).")


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


@click.command()
@_paths_argument()
@_out_option()
@_jobs_option()
@template_option("the kickoff and report decks")
@click.option("--force", is_flag=True, help="Rebuild clients whose inputs did not change, and replace documents "
                                            "changed since plangen wrote them.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON (for scripts and CI).")
@click.option("-v", "--verbose", is_flag=True, help="Also list every warning.")
@pdf_option()
def build(paths: tuple[Path, ...], out: Path | None, jobs: int | None, template: Path | None, force: bool,
          as_json: bool, verbose: bool, pdf: bool) -> None:
    """Write every document (kickoff deck, meeting kit, latest evaluator report) for each client.

    \b
    PATH is a client folder, its plan.yaml, or a folder of clients (default: every folder in plans/).
    Clients whose inputs, templates and plangen version are unchanged are skipped (see --force).
    A document changed since plangen wrote it (edited by hand, or made by another command) is
    kept; the new version is written beside it, such as kickoff.2027-03-02.pptx (see --force).
    A client with errors fails alone: its errors are listed at the end and the exit status is 1.
    Settings come from plangen.toml (found upward from here); options given here win.

    \b
    Examples:
      plangen build                       every client in plans/, into output/<client>/
      plangen build plans/minato --force  rebuild one client
      plangen build --template corp.pptx  decks on your corporate template
      plangen build --jobs 2 --json       for CI: JSON summary on stdout
    """
    from plangen.build.runner import build as run_build
    from plangen.write.lock import output_lock
    from plangen.write.workspace import refresh_workspace_schema

    settings = config()
    refresh_workspace_schema(settings.root)
    targets = _clients(paths, settings)
    root = out or settings.output
    workers = jobs or settings.jobs
    options = _options(settings, template)
    pdf = _pdf_possible(pdf or settings.pdf)
    interactive = stdout_is_terminal() and not as_json

    def waiting() -> None:
        click.echo(f"another plangen build is writing to {display_path(root)}; waiting for it to finish", err=True)

    with output_lock(root, waiting):
        if interactive:
            summary = _build_with_progress(targets, root, workers, force, options, pdf)
        else:
            summary = run_build(targets, out_root=root, jobs=workers, force=force, options=options, pdf=pdf)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif interactive:
        _print_table(summary)
    else:
        click.echo(_summary_line(summary))
    if not as_json:
        _print_kept(summary)
    _print_warnings(summary, verbose)
    _print_errors(summary)
    if not summary.ok:
        raise SomeFailed(f"{len(summary.failed)} of {len(summary.results)} client(s) failed; "
                            "their errors are listed above, every other client was written")


def _pdf_possible(pdf: bool) -> bool:
    """Return `pdf`, after saying how to install LibreOffice when PDFs are asked for and it is missing."""
    from plangen.office.pdf import OfficeMissing, find_soffice

    if pdf and find_soffice() is None:
        click.echo(f"warning: {OfficeMissing()}", err=True)
        return False
    return pdf


def _build_with_progress(paths: list[Path] | None, out: Path, jobs: int | None, force: bool,
                         options: RenderOptions, pdf: bool) -> BuildSummary:
    """Run the build with a rich progress bar naming the clients in hand; return the summary."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from plangen.build.runner import build as run_build

    console = Console(stderr=True)
    with Progress(TextColumn("[bold]build[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}", markup=False), console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def show(event: ProgressEvent) -> None:
            """Move the bar and name the clients in hand."""
            progress.update(task, total=event.total, completed=event.done,
                            description=", ".join(event.running[:4]) + (" …" if len(event.running) > 4 else ""))
            if event.result is not None and event.result.failed:
                progress.console.print(f"[red]failed[/] {escape(event.slug)}")

        return run_build(paths, out_root=out, jobs=jobs, force=force, on_progress=show, options=options, pdf=pdf)


def _print_table(summary: BuildSummary) -> None:
    """Print the summary table: client, status, documents, warnings, errors, seconds."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"plangen build → {escape(display_path(Path(summary.out_root)))}", title_justify="left")
    for name, justify in (("client", "left"), ("status", "left"), ("documents", "right"),
                          ("warnings", "right"), ("errors", "right"), ("seconds", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    style = {"built": "green", "up_to_date": "dim", "failed": "bold red"}
    for r in summary.results:
        table.add_row(escape(r.slug), f"[{style[r.status]}]{STATUS_TEXT[r.status]}[/]",
                      str(len(r.documents)) if r.status == "built" else "-", str(len(r.warnings)),
                      str(len(r.errors)), f"{r.seconds:.2f}")
    console = Console()
    console.print(table)
    console.print(escape(_summary_line(summary)))


def _summary_line(summary: BuildSummary) -> str:
    """Return the one-line summary printed at the end."""
    documents = sum(len(r.documents) for r in summary.built)
    kept = sum(len(r.kept) for r in summary.results)
    return (f"{len(summary.built)} built ({documents} documents), {len(summary.up_to_date)} up to date, "
            f"{len(summary.failed)} failed" + (f", {kept} changed document(s) kept" if kept else "")
            + f" in {summary.seconds:.1f} s")


def _print_kept(summary: BuildSummary) -> None:
    """Name each document left alone because it changed since plangen wrote it, and where the new one went."""
    from plangen.write.keep import Kept

    for result in summary.results:
        for line in kept_lines(Kept(Path(old), Path(new)) for old, new in result.kept):
            click.echo(line)


def _print_warnings(summary: BuildSummary, verbose: bool) -> None:
    """Print every warning with --verbose; example text left from `plangen new` always (it reaches documents)."""
    from plangen.load.checks import PLACEHOLDER_NOTE

    for result in summary.results:
        for warning in result.warnings:
            if verbose or PLACEHOLDER_NOTE in warning:
                click.echo(warning, err=True)


def _print_errors(summary: BuildSummary) -> None:
    """List every error of every failed client on stderr, one `path:line:col: where: what` per line."""
    for line in summary.errors():
        click.echo(line, err=True)


@click.command()
@_paths_argument()
@click.option("--month", required=True, metavar="YYYY-MM", help="Month of the figures, such as 2027-02.")
@_out_option()
@_jobs_option()
@click.option("--lang", type=click.Choice(["ja", "en"]), default="ja", show_default=True,
              help="Language of headers and labels.")
@template_option("the deck")
@click.option("--json", "as_json", is_flag=True, help="Print the rows and errors as JSON.")
@pdf_option()
def portfolio(paths: tuple[Path, ...], month: str, out: Path | None, jobs: int | None, lang: str,
              template: Path | None, as_json: bool, pdf: bool) -> None:
    """Write the team's overview of every client for a month: OUT/portfolio-YYYY-MM.xlsx and .pptx.

    \b
    One row per client (risk and the rule that set it, annual fee, segment, renewal, health
    score, level and change, alert, KPIs by status, next milestone, CSM), sorted by risk then
    annual fee; the deck opens with a summary slide.
    A client whose plan has errors is left out and listed; the exit status is then 1.

    \b
    Examples:
      plangen portfolio --month 2027-02
      plangen portfolio --month 2027-02 --template corp.pptx
    """
    from plangen.build.portfolio import render_portfolio

    settings = config()
    result = render_portfolio(_clients(paths, settings), month, out_root=out or settings.output,
                              jobs=jobs or settings.jobs, lang=lang,
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
            click.echo(f"wrote {display_path(path)}")
        click.echo(f"{len(result.rows)} client(s), {len(result.failed)} failed")
    for line in [*result.warnings, *result.errors]:
        click.echo(line, err=True)
    if not result.ok:
        raise SomeFailed(f"{len(result.failed)} client(s) left out of the portfolio; their errors are "
                            "listed above")
