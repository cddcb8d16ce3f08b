"""`plangen serve`: see every client's documents in the browser while writing the plan."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from plangen.cli.language import Choice, Command, IntRange, PathType, current_lang
from plangen.errors import UsageError
from plangen.text import tr


@click.command(cls=Command)
@click.argument("plans", required=False, default=Path("plans"), type=PathType(exists=True, file_okay=False,
                                                                                path_type=Path))
@click.option("--port", type=IntRange(1, 65535), default=8000, show_default=True, help=tr("en", "help.serve.port"))
@click.option("--host", default="127.0.0.1", show_default=True, help=tr("en", "help.serve.host"))
@click.option("--lang", type=Choice(["ja", "en"]), default=None, help=tr("en", "help.serve.lang"))
def serve(plans: Path, port: int, host: str, lang: str | None) -> None:
    """Show every client of PLANS in the browser, rebuilt on save (help text: `help.serve` in the catalog)."""
    _check_free(host, port)
    from plangen.serve.server import serve as run_server

    run_server(plans, host=host, port=port, lang=lang or current_lang(), say=lambda text: click.echo(text, err=False))


def _check_free(host: str, port: int) -> None:
    """Raise UsageError when `host`:`port` cannot be listened on (taken, or not an address of this computer)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise UsageError(tr(current_lang(), "cli.serve.port_taken", host=host, port=port,
                                reason=exc.strerror)) from None
