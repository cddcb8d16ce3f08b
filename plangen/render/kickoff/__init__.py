"""The kickoff deck (キックオフ資料): `render_kickoff(client, out_dir, template=None, charts="native")`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plangen.render.kickoff.render import render_kickoff

__all__ = ["render_kickoff"]


def __getattr__(name: str) -> Any:
    """Return `render_kickoff`, importing the renderer (and python-pptx) only when used."""
    if name == "render_kickoff":
        from plangen.render.kickoff.render import render_kickoff

        return render_kickoff
    raise AttributeError(name)
