"""One build at a time per output folder: an advisory lock on OUT/.plangen-build.lock (fcntl.flock)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from plangen.errors import WriteError

LOCK_NAME = ".plangen-build.lock"


@contextlib.contextmanager
def output_lock(root: Path, on_wait: Callable[[], None] = lambda: None) -> Iterator[Path]:
    """Hold the lock of output folder `root` for the body; call `on_wait` first when another build holds it.

    The lock is released by the kernel when the process ends, however it ends, so a killed build
    never leaves a stale lock behind. On systems without fcntl the body runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks of this kind
        yield root / LOCK_NAME
        return
    path = root / LOCK_NAME
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WriteError(path, exc) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield path
    finally:
        os.close(fd)
