"""Collect the portfolio: load every client (in a process pool for many) and write its workbook and deck."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from plangen.compute.portfolio import Portfolio, PortfolioRow, client_row, sort_by_risk
from plangen.errors import InputError, PlangenError, UsageError, display_path
from plangen.text import tr

Loaded = tuple[PortfolioRow | None, list[str], list[str]]



def load_row(folder: Path, month: str, messages: str = "en") -> Loaded:
    """Return (row, [], example-text warnings) for the client in `folder`, or (None, its error lines, []), in
    `messages`."""
    from plangen.load.checks import is_placeholder_warning
    from plangen.load.client import load_client

    try:
        client = load_client(folder, messages)
    except InputError as exc:
        return None, [str(p) for p in exc.problems if p.severity == "error"], []
    except PlangenError as exc:
        return None, [f"{display_path(folder)}: {exc}"], []
    placeholders = [str(p) for p in client.warnings if is_placeholder_warning(p)]
    try:
        return client_row(client, month), [], placeholders
    except Exception as exc:  # a bug for one client must not hide the others
        return None, [tr(messages, "cli.build.internal", path=display_path(folder),
                         error=f"{type(exc).__name__}: {exc}")], []


def _load_row_job(args: tuple[Path, str, str]) -> Loaded:
    """Return load_row(*args) (the pool's picklable entry point)."""
    return load_row(*args)


def collect(paths: Iterable[Path | str] | None, month: str, *, jobs: int | None = None,
            messages: str = "en") -> Portfolio:
    """Return the portfolio of the clients in `paths` (default ./plans/*) for `month` (problems in `messages`)."""
    from plangen.load.discover import find_clients
    from plangen.load.validation import validator_sentence
    from plangen.model import month_error

    problem = month_error(month)
    if problem is not None:
        why = validator_sentence(messages, problem)
        raise UsageError(tr(messages, "cli.month_option", problem=why, got=repr(month)))
    folders = find_clients(paths, messages)
    work = [(folder, month, messages) for folder in folders]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work) // 20 or 1))
    if workers == 1:
        loaded = [_load_row_job(item) for item in work]
    else:
        from plangen.build.runner import process_pool

        with process_pool(workers) as pool:
            loaded = list(pool.map(_load_row_job, work, chunksize=max(1, len(work) // (workers * 8))))
    rows: list[PortfolioRow] = []
    portfolio = Portfolio(month, rows)
    for folder, (row, errors, warnings) in zip(folders, loaded, strict=True):
        portfolio.warnings += warnings
        if row is None:
            portfolio.failed.append(folder.name)
            portfolio.errors += errors
        else:
            rows.append(row)
    portfolio.rows = sort_by_risk(rows)
    return portfolio


def render_portfolio(paths: Sequence[Path | str] | None, month: str, *, out_root: Path | str | None = None,
                     jobs: int | None = None, lang: str = "ja", deck: bool = True,
                     template: Path | None = None, pdf: bool = False, messages: str = "en") -> Portfolio:
    """Write output/portfolio-<month>.xlsx (and .pptx when `deck`, on `template` if given, and its PDF when `pdf`).

    Return the portfolio with the paths written; `messages` is the language of the problems reported for
    clients that cannot load.
    """
    root = Path(out_root) if out_root is not None else Path("output")
    portfolio = collect(paths, month, jobs=jobs, messages=messages)
    from plangen.render.portfolio.pptx import portfolio_props, write_pptx
    from plangen.render.portfolio.xlsx import write_xlsx

    props = portfolio_props(portfolio, lang)
    portfolio.paths.append(write_xlsx(portfolio, root / f"portfolio-{month}.xlsx", lang, props))
    if deck:
        portfolio.paths.append(write_pptx(portfolio, root / f"portfolio-{month}.pptx", lang, template=template))
    if pdf:
        from plangen.office.pdf import convertible, to_pdf

        portfolio.paths += to_pdf(convertible(portfolio.paths), lang=messages)
    return portfolio
