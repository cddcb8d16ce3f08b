"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest

from plangen.load.client import Client, load_client
from tests.support.helpers import MINATO, NORTHWIND


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test with no language in the environment, so messages are English unless a test says otherwise."""
    for name in ("PLANGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def minato() -> Client:
    """Return the shared Japanese example, loaded."""
    return load_client(MINATO)


@pytest.fixture(scope="session")
def northwind() -> Client:
    """Return the shared English example, loaded."""
    return load_client(NORTHWIND)
