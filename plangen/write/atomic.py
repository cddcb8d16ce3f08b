"""Atomic output: write to a temporary file beside the target, then rename over it.

Temporary files are named `.<target>.<pid>.<random>.tmp`, so a run removes those a killed run left
(whatever command it was) without touching the ones another running process is writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from plangen.errors import RenderError, WriteError, display_path
from plangen.text.said import Said


class OutsideOutput(RenderError, ValueError):
    """A path made from plan text or a client name would leave the output folder."""


_TEMP = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, on failure it is removed.

    Any OSError (read-only or full disk, a name too long, a folder in the way) becomes a WriteError
    naming `target` and the cause.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise WriteError(target, exc) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise WriteError(target, exc) from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    """Remove a temporary file, ignoring a disk that refuses even that."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Return True when a process with `pid` is running (this one included)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temp_files(folder: Path, *, recursive: bool = False) -> int:
    """Delete temporary files left in `folder` by processes that are gone, whatever command they ran.

    Return how many were removed; files of running processes are left to them.
    """
    removed = 0
    try:
        found = list(folder.rglob(".*.tmp") if recursive else folder.glob(".*.tmp"))
    except OSError:
        return 0
    for path in found:
        match = _TEMP.match(path.name)
        if match is not None and _alive(int(match.group(1))):
            continue  # a name without a process id is from an older plangen: its process is long gone
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


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
        raise OutsideOutput(Said("messages.render.outside_output", path=f"{display_path(root)}/{'/'.join(parts)}",
                                 root=display_path(root)))
    return path
