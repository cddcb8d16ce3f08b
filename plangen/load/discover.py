"""Find client folders: folders, plan.yaml files, or folders of client folders (default ./plans/*)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from plangen.errors import UsageError, display_path
from plangen.text import tr

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # a client's folder name, which becomes its output folder


def find_clients(paths: Iterable[Path | str] | None = None, lang: str = "en") -> list[Path]:
    """Return the client folders named by `paths` (folders, plan.yaml files, or folders of clients).

    With no paths, every client folder under ./plans/. Raise UsageError (in `lang`) when a path holds no plan.
    """
    given = [Path(p) for p in paths] if paths else [Path("plans")]
    folders: list[Path] = []
    for path in given:
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            folders.append(path.parent.resolve())
        elif (path / "plan.yaml").is_file():
            folders.append(path.resolve())
        elif path.is_dir():
            children = [p.resolve() for p in client_children(path, lang)]
            if not children:
                raise UsageError(tr(lang, "messages.no_plan_below", path=display_path(path)))
            folders += children
        else:
            hint = tr(lang, "messages.create_hint") if not paths else ""
            raise UsageError(tr(lang, "messages.no_such_path", path=display_path(path)) + hint)
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def client_children(path: Path, lang: str = "en") -> list[Path]:
    """Return the sub-folders of `path` holding a plan.yaml, and those that cannot be read (they fail loudly later)."""
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        why = tr(lang, "messages.unreadable_here", reason=exc.strerror)
        raise UsageError(f"{display_path(path)}: {why}") from None
    out: list[Path] = []
    for child in entries:
        if child.name.startswith(".") or not child.is_dir():
            continue
        if unreadable(child) is not None or (child / "plan.yaml").is_file():
            out.append(child)
    return out


def unreadable(path: Path) -> str | None:
    """Return why the folder's entries cannot be listed (such as Permission denied), or None when they can."""
    try:
        with os.scandir(path):
            return None
    except OSError as exc:
        return exc.strerror or type(exc).__name__
