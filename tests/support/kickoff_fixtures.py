"""Decks built once per test session for the kickoff tests."""

from __future__ import annotations

from pathlib import Path

from plangen.load.client import Client, load_client
from plangen.render.kickoff import render_kickoff
from tests.support.bigplan import write_big_plan


def render(client: Client, out: Path, **kwargs: object) -> Path:
    """Render the kickoff deck of `client` into `out`; return the file."""
    result = render_kickoff(client, out, **kwargs)  # type: ignore[arg-type]
    return result.paths[0]


def big_client(folder: Path) -> Client:
    """Return the large synthetic client written under `folder`."""
    return load_client(write_big_plan(folder / "bigplan"))
