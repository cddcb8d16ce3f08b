"""Incremental builds: a small manifest per client says which inputs made which documents.

The manifest lives at output/<slug>/.plangen-build.json. A client is up to date when the
manifest's build stamp (plangen version, document kinds, template digest, options) matches this
build, every input file has the recorded size and mtime (or, when only the mtime moved, the
recorded SHA-256), and every recorded document still exists with its recorded size. Checking needs
only `os.stat` and, rarely, hashing a few small files: no YAML parsing, no pptx/docx imports.

The manifest's `files` record the SHA-256 of every document any command wrote into the folder
(plangen.write.keep): `build`, `kickoff`, `meetings` and `report` leave a document that no longer
matches untouched and write the new one beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from plangen.record import record
from plangen.write.atomic import remove_stale_temp_files as remove_temp_files
from plangen.write.atomic import write_bytes_atomic
from plangen.write.keep import Guard, file_sha256, guarding

MANIFEST_NAME = ".plangen-build.json"
MANIFEST_FORMAT = 2
FileRecord = dict[str, Any]


@record
class BuildStamp:
    """What every client of one build shares: plangen's version, the document kinds, the templates."""

    version: str
    kinds: tuple[str, ...]
    templates: str
    options: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Return the stamp as stored in a manifest."""
        return {"version": self.version, "kinds": list(self.kinds), "templates": self.templates,
                "options": self.options}


def _skip(name: str) -> bool:
    """Return True for files that are never inputs: hidden files, editor and Office lock files."""
    return name.startswith((".", "~")) or name.endswith(("~", ".tmp", ".swp")) or name == "__pycache__"


def input_files(folder: Path) -> list[Path]:
    """Return every input file of a client folder (plan, actuals, notes, logo, ...), sorted."""
    found: list[Path] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if _skip(entry.name):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            elif entry.is_file():
                found.append(Path(entry.path))
    return sorted(found)


def file_record(path: Path, *, with_hash: bool = True) -> FileRecord:
    """Return {size, mtime_ns[, sha256]} of a file."""
    st = path.stat()
    record: FileRecord = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
    if with_hash:
        record["sha256"] = file_sha256(path)
    return record


def fingerprint_inputs(folder: Path) -> dict[str, FileRecord]:
    """Return relative path -> record (size, mtime, hash) of every input file of `folder`."""
    return {p.relative_to(folder).as_posix(): file_record(p) for p in input_files(folder)}


def templates_digest(folders: Iterable[Path]) -> str:
    """Return one SHA-256 over the names and contents of every file in the template folders (or files)."""
    digest = hashlib.sha256()
    for root in folders:
        if root.is_file():
            digest.update(f"{root.resolve()}\0{file_sha256(root)}\n".encode())
            continue
        if not root.is_dir():
            continue
        for path in input_files(root):
            digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


def manifest_path(out_dir: Path) -> Path:
    """Return the manifest file of a client's output folder."""
    return out_dir / MANIFEST_NAME


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """Return the client's manifest (an older format brought up to date), or None when missing or unreadable."""
    try:
        data = json.loads(manifest_path(out_dir).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    if data.get("format") == 1:  # plangen 0.1 recorded sizes only; a document of that size counts as its own
        outputs = data.get("outputs", {})
        data["files"] = {rel: {"size": size, "by": "build"} for rel, size in outputs.items()}
        data["format"] = MANIFEST_FORMAT
    return data if data.get("format") == MANIFEST_FORMAT else None


def manifest_files(manifest: Mapping[str, Any] | None) -> dict[str, FileRecord]:
    """Return the recorded documents (relative path -> sha256, size, writer) of a manifest."""
    files = manifest.get("files") if manifest else None
    return dict(files) if isinstance(files, dict) else {}


def _save(out_dir: Path, data: Mapping[str, Any]) -> Path:
    """Write the manifest `data` atomically; return its path."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return write_bytes_atomic(manifest_path(out_dir), text.encode("utf-8"))


def write_manifest(out_dir: Path, stamp: BuildStamp, source: Path, inputs: Mapping[str, FileRecord],
                   outputs: Iterable[Path], warnings: Iterable[str],
                   files: Mapping[str, FileRecord] | None = None) -> Path:
    """Write the manifest of a finished client build (atomically); return its path."""
    docs: dict[str, int] = {}
    for path in outputs:
        docs[path.resolve().relative_to(out_dir.resolve()).as_posix()] = path.stat().st_size
    data = {
        "format": MANIFEST_FORMAT,
        **stamp.as_dict(),
        "source": str(source),
        "inputs": dict(inputs),
        "outputs": docs,
        "warnings": list(warnings),
        "files": dict(files) if files is not None else manifest_files(read_manifest(out_dir)),
    }
    return _save(out_dir, data)


def forget_manifest(out_dir: Path) -> dict[str, FileRecord]:
    """Drop the record of the last build, so an interrupted build is never taken as finished; return the files.

    The SHA-256 of every document written is kept: it tells plangen's own documents from the CSM's edits.
    """
    files = manifest_files(read_manifest(out_dir))
    if files:
        _save(out_dir, {"format": MANIFEST_FORMAT, "files": files})
    else:
        manifest_path(out_dir).unlink(missing_ok=True)
    return files


def record_files(out_dir: Path, files: Mapping[str, FileRecord]) -> None:
    """Store `files` in the client's manifest, keeping the rest of it."""
    data = read_manifest(out_dir) or {"format": MANIFEST_FORMAT}
    data["files"] = dict(files)
    _save(out_dir, data)


@contextlib.contextmanager
def keeping_edits(out_dir: Path, by: str, *, force: bool = False, same_writer_only: bool = False) -> Iterator[Guard]:
    """Write documents into `out_dir` without replacing one changed since plangen wrote it (unless `force`).

    Each document written is recorded in the folder's manifest at once; `guard.kept` lists what was left alone.
    """
    guard = Guard(out_dir, manifest_files(read_manifest(out_dir)), by=by, force=force,
                  same_writer_only=same_writer_only, on_record=lambda files: record_files(out_dir, files))
    with guarding(guard):
        yield guard


def stale_reason(folder: Path, out_dir: Path, stamp: BuildStamp, manifest: Mapping[str, Any] | None) -> str | None:
    """Return why the client must be rebuilt, or None when its documents are up to date."""
    if manifest is None or "version" not in manifest:
        return "not built yet"
    if manifest.get("version") != stamp.version:
        return "plangen version changed"
    if tuple(manifest.get("kinds", ())) != stamp.kinds:
        return "document kinds changed"
    if manifest.get("templates") != stamp.templates:
        return "templates changed"
    if manifest.get("options", "") != stamp.options:
        return "build options changed"
    if manifest.get("source") != str(folder):
        return "client folder moved"
    recorded: Mapping[str, FileRecord] = manifest.get("inputs", {})
    current = input_files(folder)
    if len(current) != len(recorded):
        return "input files added or removed"
    for path in current:
        rel = path.relative_to(folder).as_posix()
        old = recorded.get(rel)
        if old is None:
            return f"new input {rel}"
        try:
            st = path.stat()
        except OSError:
            return f"cannot read {rel}"
        if st.st_size != old.get("size"):
            return f"{rel} changed"
        if st.st_mtime_ns != old.get("mtime_ns") and file_sha256(path) != old.get("sha256"):
            return f"{rel} changed"
    outputs: Mapping[str, int] = manifest.get("outputs", {})
    for rel, size in outputs.items():
        try:
            if (out_dir / rel).stat().st_size != size:
                return f"{rel} was modified"
        except OSError:
            return f"{rel} is missing"
    return None


def remove_stale_temp_files(out_dir: Path) -> int:
    """Delete temporary files that killed runs left in `out_dir` (recursively); return how many."""
    if not out_dir.is_dir():
        return 0
    return remove_temp_files(out_dir, recursive=True)
