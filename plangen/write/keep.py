"""Never lose the CSM's work: a document changed since plangen wrote it is left alone; the new one goes beside it.

A `Guard` knows the SHA-256 of every file plangen wrote into a client's output folder (kept in the
build manifest). While a guard is active (`guarding`), `write_atomic` asks it where each document
goes: to its usual name when that file is missing or still exactly what plangen wrote, else beside
it, as `kickoff.2027-03-02.pptx` (the date of the run; `-2`, `-3` ... when that name is taken too).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import Any

from plangen.record import record

FileRecord = dict[str, Any]  # {"sha256": hex, "size": bytes, "by": the command that wrote it}


@record
class Kept:
    """A file left untouched because it changed since plangen wrote it, and where the new version went."""

    original: Path
    written: Path


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's contents."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Guard:
    """Decides where each document of one output folder goes, and records what was written there.

    `files` maps paths relative to `root` to their records. `by` names the writer ("build", "kickoff" ...);
    with `same_writer_only`, a file another command wrote counts as changed too. `force` replaces anything.
    `on_record` is called with `files` after each document is written (to keep the manifest current).
    """

    def __init__(self, root: Path, files: dict[str, FileRecord], *, by: str, force: bool = False,
                 same_writer_only: bool = False, today: date | None = None,
                 on_record: Callable[[dict[str, FileRecord]], None] | None = None) -> None:
        self.root = root.resolve()
        self.files = files
        self.by = by
        self.force = force
        self.same_writer_only = same_writer_only
        self.today = today or date.today()
        self.on_record = on_record
        self.kept: list[Kept] = []

    def _relative(self, path: Path) -> str | None:
        """Return `path` relative to the root, or None outside it and for hidden files (the manifest)."""
        try:
            rel = path.resolve().relative_to(self.root)
        except ValueError:
            return None
        return None if any(part.startswith(".") for part in rel.parts) else rel.as_posix()

    def is_ours(self, path: Path) -> bool:
        """Return True when `path` is exactly the file plangen recorded (and, if required, by the same writer)."""
        rel = self._relative(path)
        record = self.files.get(rel) if rel is not None else None
        if record is None or (self.same_writer_only and record.get("by", "build") != self.by):
            return False
        try:
            if path.stat().st_size != record.get("size"):
                return False
        except OSError:
            return False
        return "sha256" not in record or file_sha256(path) == record["sha256"]

    def place(self, target: Path) -> Path:
        """Return where to write `target`: itself, unless it exists and changed since plangen wrote it."""
        # Only a file can hold the CSM's work; anything else in the way is the writer's to report.
        if self.force or self._relative(target) is None or not target.is_file() or self.is_ours(target):
            return target
        for attempt in range(1, 1000):
            counter = "" if attempt == 1 else f"-{attempt}"
            candidate = target.with_name(f"{target.stem}.{self.today.isoformat()}{counter}{target.suffix}")
            if not candidate.exists() or self.is_ours(candidate):
                self.kept.append(Kept(target, candidate))
                return candidate
        raise FileExistsError(f"{target}: too many earlier versions beside it")

    def wrote(self, path: Path) -> None:
        """Record the SHA-256 and size of a document just written."""
        rel = self._relative(path)
        if rel is None:
            return
        self.files[rel] = {"sha256": file_sha256(path), "size": path.stat().st_size, "by": self.by}
        if self.on_record is not None:
            self.on_record(self.files)


_CURRENT: ContextVar[Guard | None] = ContextVar("plangen_keep_guard", default=None)


def current_guard() -> Guard | None:
    """Return the guard of the output being written, or None (then documents are simply replaced)."""
    return _CURRENT.get()


@contextlib.contextmanager
def guarding(guard: Guard) -> Iterator[Guard]:
    """Make `guard` decide where documents go while the body runs."""
    token = _CURRENT.set(guard)
    try:
        yield guard
    finally:
        _CURRENT.reset(token)
