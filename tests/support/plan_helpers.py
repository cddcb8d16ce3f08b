"""Helpers for tests of bad input: write a client folder, load it, return the messages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from plangen.errors import InputError
from plangen.load.client import load_client

BASE = """\
version: 1
client:
  name: Acme
contract:
  start: 2026-12-01
"""


def filled_in(plan: str) -> str:
    """Return a plan from `plangen new` with its example markers, names and addresses replaced, as a CSM would."""
    from plangen.load.scaffold import PLACEHOLDER_MARKERS, example_emails, example_names

    for marker in PLACEHOLDER_MARKERS:
        plan = plan.replace(marker + " ", "").replace(marker, "")
    for index, name in enumerate(sorted(example_names(), key=len, reverse=True)):
        plan = plan.replace(name, f"Person {index:02d}")
    for address in example_emails():
        plan = plan.replace(address, address.replace("@example.", "@acme."))
    return plan


def write_client(root: Path, plan: str | bytes, slug: str = "acme", **files: str | bytes) -> Path:
    """Write plans/SLUG/plan.yaml (and other files, `reports__2027-01.yaml` for reports/) and return the folder."""
    folder = root / slug
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in {"plan.yaml": plan, **files}.items():
        path = folder / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@contextmanager
def cwd(path: Path) -> Iterator[None]:
    """Run the body with `path` as the working directory (messages show paths relative to it)."""
    old = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def problems_of(folder: Path) -> list[str]:
    """Return every problem (errors and warnings) of the client at `folder`, as printed lines."""

    with cwd(folder.parent):
        try:
            client = load_client(folder.name)
        except InputError as exc:
            return [str(p) for p in exc.problems]
        return [str(p) for p in client.warnings]


def errors_of(folder: Path) -> list[str]:
    """Return the error lines (no warnings) for the client at `folder`."""
    return [line for line in problems_of(folder) if ": warning: " not in line]


def run_cli(args: list[str], root: Path | None = None) -> tuple[int, str, str]:
    """Run `plangen.cli.main(args)` in `root`; return (exit code, stdout, stderr)."""
    from plangen.cli import main

    runner = CliRunner()
    with runner.isolation() as (out, err, _both):
        if root is not None:
            with cwd(root):
                code = main(args)
        else:
            code = main(args)
    return code, out.getvalue().decode(), err.getvalue().decode()
