"""`plangen serve`: see every client's documents in the browser while writing the plan."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from plangen.errors import UsageError


@click.command()
@click.argument("plans", required=False, default=Path("plans"), type=click.Path(exists=True, file_okay=False,
                                                                                  path_type=Path))
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: only this computer can open the pages).")
@click.option("--lang", type=click.Choice(["ja", "en"]), default="ja", show_default=True,
              help="Language of the pages.")
def serve(plans: Path, port: int, host: str, lang: str) -> None:
    """Show every client of PLANS (default: plans/) in the browser, rebuilt each time a file is saved.

    \b
    The index lists each client's verdict, health score, next milestone and problems; a client's
    page shows every problem located (plan.yaml:12:7), and a preview of every page of every
    document with download links. Saving a file in a client's folder rebuilds that client and the
    open page follows. Previews need LibreOffice; without it the pages show the documents' outline.

    \b
    Examples:
      plangen serve                       then open http://127.0.0.1:8000/
      plangen serve plans/minato --port 8001
    """
    _check_free(host, port)
    from plangen.serve.server import serve as run_server

    run_server(plans, host=host, port=port, lang=lang, say=lambda text: click.echo(text, err=False))


def _check_free(host: str, port: int) -> None:
    """Raise UsageError when `host`:`port` cannot be listened on (taken, or not an address of this computer)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port") from None
