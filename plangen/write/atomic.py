"""Atomic output: write to a temporary file beside the target, then rename over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, on failure it is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, writer: Callable[[Path], object]) -> Path:
    """Call `writer(tmp)` to produce the file, then move it to `target`; return the path written.

    While a keep.Guard is active, a `target` changed since plangen wrote it is kept and the file goes beside it.
    """
    from plangen.write.keep import current_guard

    guard = current_guard()
    final = guard.place(target) if guard is not None else target
    with atomic_path(final) as tmp:
        writer(tmp)
    if guard is not None:
        guard.wrote(final)
    return final


def write_bytes_atomic(target: Path, data: bytes) -> Path:
    """Write `data` to `target` atomically; return `target`."""
    return write_atomic(target, lambda tmp: tmp.write_bytes(data))


def safe_child(root: Path, *parts: str) -> Path:
    """Return root/parts, refusing any part that would leave `root` (plan text never escapes output)."""
    path = root.joinpath(*parts).resolve()
    base = root.resolve()
    if path != base and base not in path.parents:
        raise ValueError(f"refusing to write outside {root}: {'/'.join(parts)}")
    return path
