"""What every command shares: loading clients, printing problems, turning errors into exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from plangen.cli.language import PathType, Settings, current_lang, error_text
from plangen.errors import InputError, PlangenError, Problem
from plangen.text import tr
from plangen.text.said import error_in_language, in_language

if TYPE_CHECKING:
    from plangen.load.config import Config
    from plangen.write.keep import Kept
    from plangen.write.output import RenderResult


def run(group: click.Group, argv: list[str]) -> int:
    """Invoke `group` with `argv`; return the exit code (0 ok, 1 bad input, 2 usage), speaking the run's language."""
    settings = Settings()

    def lang() -> str:
        return settings.lang or current_lang()

    try:
        returned = group.main(args=argv, prog_name="plangen", standalone_mode=False, obj=settings)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo(tr(lang(), "cli.interrupted"), err=True)
        return 130
    except click.ClickException as exc:
        click.echo(error_text(exc, lang()), err=True)
        return 2
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except InputError as exc:
        print_problems(exc.problems)
        errors = sum(p.severity == "error" for p in exc.problems)
        click.echo(tr(lang(), "cli.input_errors", errors=errors), err=True)
        return exc.exit_code
    except PlangenError as exc:
        click.echo(tr(lang(), "cli.error", message=error_in_language(exc, lang())), err=True)
        return exc.exit_code
    except OSError as exc:
        click.echo(tr(lang(), "cli.error", message=error_in_language(exc, lang())), err=True)
        return 1
    except RecursionError:
        click.echo(tr(lang(), "cli.too_deep"), err=True)
        return 1
    except Exception as exc:  # a bug in plangen: one line, never a traceback (PLANGEN_DEBUG=1 shows it)
        if os.environ.get("PLANGEN_DEBUG"):
            raise
        click.echo(internal_error_text(exc, lang()), err=True)
        return 1
    # In non-standalone mode click returns the code of `ctx.exit(code)` / `Exit(code)`.
    return returned if isinstance(returned, int) else 0


def internal_error_text(exc: BaseException, lang: str = "en") -> str:
    """Return the one line shown for a bug in plangen (in `lang`): what and where, and how to see more."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = tr(lang, "cli.at", place=f"{Path(frames[-1].filename).name}:{frames[-1].lineno}") if frames else ""
    return tr(lang, "cli.internal", error=f"{type(exc).__name__}: {str(exc)[:200]}", where=where)


def print_problems(problems: Iterable[Problem]) -> None:
    """Print problems to stderr, one per line."""
    for problem in problems:
        click.echo(str(problem), err=True)


def echo_warnings(warnings: Iterable[str]) -> None:
    """Print renderer warnings to stderr, marked in the message language."""
    for warning in warnings:
        click.echo(tr(current_lang(), "cli.warning", message=in_language(warning, current_lang())), err=True)


def load_checked(path: Path, strict: bool = False) -> Any:
    """Return the loaded client at `path`, printing its warnings; raise InputError on problems (run's language)."""
    from plangen.load.client import load_client

    client = load_client(path, current_lang())
    print_problems(client.warnings)
    if strict and client.warnings:
        raise InputError([*client.warnings])
    return client


def config() -> Config:
    """Return the workspace's settings: plangen.toml found upward from the current folder, else defaults."""
    from plangen.cli.language import current_lang
    from plangen.load.config import load_config

    return load_config(lang=current_lang())


def client_output(slug: str, out: Path | None) -> Path:
    """Return the folder for a client's documents: `out` if given, else <output setting>/<slug>/."""
    from plangen.write.atomic import safe_child

    return out if out is not None else safe_child(config().output, slug)


def write_keeping_edits(out_dir: Path, by: str, force: bool, pdf: bool, render: Callable[[], RenderResult]) -> None:
    """Run `render` (and make PDFs when `pdf`) so that no document changed since plangen wrote it is replaced.

    Print what was written, and each document left alone with where its new version went.
    """
    from plangen.build.incremental import keeping_edits
    from plangen.cli.language import current_lang

    lang = current_lang()
    with keeping_edits(out_dir, by, force=force) as guard:
        result = render()
    if pdf:
        from plangen.office.pdf import with_pdfs

        result = with_pdfs(result, lang=lang)
    echo_warnings(result.warnings)
    for path in result.paths:
        click.echo(str(path))
    for line in kept_lines(guard.kept, lang):
        click.echo(line)


def kept_lines(kept: Iterable[Kept], lang: str) -> list[str]:
    """Return one line per document left alone because it changed since plangen wrote it, in `lang`."""
    from plangen.errors import display_path

    return [tr(lang, "cli.kept", original=display_path(k.original), written=display_path(k.written))
            for k in kept]


def force_option() -> Any:
    """Return the --force option of the document commands."""
    return click.option("--force", is_flag=True, help=tr("en", "help.common.force"))


def plan_argument(**kwargs: Any) -> Any:
    """Return the click argument for a client folder or plan.yaml."""
    return click.argument("plan", type=PathType(exists=True, path_type=Path), **kwargs)


def out_option() -> Any:
    """Return the --out option shared by the document commands."""
    return click.option("--out", "out", type=PathType(file_okay=False, path_type=Path),
                        help=tr("en", "help.kickoff.out"))


def template_option() -> Any:
    """Return the --template option (a .pptx whose masters, layouts, colours and fonts the deck uses)."""
    return click.option("--template", "template", type=PathType(exists=True, dir_okay=False, path_type=Path),
                        help=tr("en", "help.common.template"))


def stdout_is_terminal() -> bool:
    """Return True when standard output is an interactive terminal."""
    return sys.stdout.isatty()


def pdf_option() -> Any:
    """Return the --pdf flag shared by the document commands (`pdf = true` in plangen.toml should set its default)."""
    return click.option("--pdf", "pdf", is_flag=True, default=False,
                        help=tr("en", "help.common.pdf"))
