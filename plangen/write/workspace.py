"""Files plangen keeps in a user's workspace: the plan schema that editors read (.plangen/plan.schema.json)."""

from __future__ import annotations

from pathlib import Path

from plangen.load.scaffold import WORKSPACE_SCHEMA
from plangen.write.atomic import write_bytes_atomic


def write_workspace_schema(root: Path) -> Path:
    """Write plangen's plan schema to ROOT/.plangen/plan.schema.json unless it is current; return its path.

    The copy is compared with the schema shipped with the running plangen, so a new version refreshes it.
    """
    from plangen.resources import schema_file

    target = root / WORKSPACE_SCHEMA
    shipped = schema_file().read_bytes()
    try:
        current: bytes | None = target.read_bytes()
    except OSError:
        current = None
    if current != shipped:
        write_bytes_atomic(target, shipped)
    return target


def refresh_workspace_schema(root: Path) -> bool:
    """Refresh ROOT/.plangen/plan.schema.json when the workspace has one; return True when it was rewritten."""
    target = root / WORKSPACE_SCHEMA
    if not target.is_file():
        return False
    old = target.read_bytes()
    return write_workspace_schema(root).read_bytes() != old
