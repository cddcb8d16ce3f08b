"""Find client folders: folders, plan.yaml files, or folders of client folders (default ./plans/*)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from plangen.errors import UsageError, display_path

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # a client's folder name, which becomes its output folder


def find_clients(paths: Iterable[Path | str] | None = None) -> list[Path]:
    """Return the client folders named by `paths` (folders, plan.yaml files, or folders of clients).

    With no paths, every client folder under ./plans/. Raise UsageError when a path holds no plan.
    """
    given = [Path(p) for p in paths] if paths else [Path("plans")]
    folders: list[Path] = []
    for path in given:
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            folders.append(path.parent.resolve())
        elif (path / "plan.yaml").is_file():
            folders.append(path.resolve())
        elif path.is_dir():
            children = sorted(p.parent.resolve() for p in path.glob("*/plan.yaml"))
            if not children:
                raise UsageError(f"{display_path(path)}: no plan.yaml in this folder or its sub-folders")
            folders += children
        else:
            hint = " (create plans/<client>/plan.yaml, or name the folders)" if not paths else ""
            raise UsageError(f"{display_path(path)}: no such client folder or plan file{hint}")
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique
