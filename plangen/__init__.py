"""plangen: turn a customer-success plan into kickoff decks, meeting kits and evaluator reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Client", "InputError", "PlangenError", "Problem", "__version__", "build", "load_client"]

if TYPE_CHECKING:
    from plangen.build.runner import build
    from plangen.errors import InputError, PlangenError, Problem
    from plangen.load.client import Client, load_client

_LAZY = {
    "build": "plangen.build.runner",
    "Client": "plangen.load.client",
    "load_client": "plangen.load.client",
    "InputError": "plangen.errors",
    "PlangenError": "plangen.errors",
    "Problem": "plangen.errors",
}


def __getattr__(name: str) -> Any:
    """Return a public name, importing its module only when first used (keeps the CLI fast)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
