"""One build at a time per output folder: an advisory lock (fcntl.flock) on the folder itself, so no file is left."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from plangen.errors import WriteError


@contextlib.contextmanager
def output_lock(root: Path, on_wait: Callable[[], None] = lambda: None) -> Iterator[Path]:
    """Lock output folder `root` for the body (yielding it); call `on_wait` first if another build holds it.

    The lock is released by the kernel when the process ends, however it ends, so a killed build
    never leaves a stale lock behind. On systems without fcntl the body runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks of this kind
        yield root
        return
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root, os.O_RDONLY)
    except OSError as exc:
        raise WriteError(root, exc) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield root
    finally:
        os.close(fd)
