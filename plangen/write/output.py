"""Where documents go, and what a renderer returns."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path

from plangen.record import record
from plangen.write.atomic import safe_child


@record(frozen=False)
class RenderResult:
    """Files a renderer wrote and the warnings it has for the CSM."""

    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def extend(self, other: RenderResult) -> RenderResult:
        """Add another result's files and warnings to this one; return self."""
        self.paths += other.paths
        self.warnings += other.warnings
        return self


def client_out_dir(slug: str, out: Path | None, root: Path | None = None) -> Path:
    """Return the folder for a client's documents: `out` if given, else output/<slug>/ under `root`."""
    if out is not None:
        return out
    base = (root or Path.cwd()) / "output"
    return safe_child(base, slug)
