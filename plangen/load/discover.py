"""Find client folders: folders, plan.yaml files, or folders of client folders (default ./plans/*)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from plangen.errors import UsageError, display_path
from plangen.text import tr


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
            children = sorted(p.parent.resolve() for p in path.glob("*/plan.yaml"))
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
