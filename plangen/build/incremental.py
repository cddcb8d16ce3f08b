"""Incremental builds: a small manifest per client says which inputs made which documents.

The manifest lives at output/<slug>/.plangen-build.json. A client is up to date when the
manifest's build stamp (plangen version, document kinds, template digest) matches this build,
every input file has the recorded size and mtime (or, when only the mtime moved, the recorded
SHA-256), and every recorded document still exists with its recorded size. Checking needs only
`os.stat` and, rarely, hashing a few small files: no YAML parsing, no pptx/docx imports.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plangen.write.atomic import remove_stale_temp_files as remove_temp_files
from plangen.write.atomic import write_bytes_atomic

MANIFEST_NAME = ".plangen-build.json"
MANIFEST_FORMAT = 1
FileRecord = dict[str, Any]


@dataclass(frozen=True)
class BuildStamp:
    """What every client of one build shares: plangen's version, the document kinds, the templates."""

    version: str
    kinds: tuple[str, ...]
    templates: str

    def as_dict(self) -> dict[str, Any]:
        """Return the stamp as stored in a manifest."""
        return {"version": self.version, "kinds": list(self.kinds), "templates": self.templates}


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


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's contents."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
    """Return one SHA-256 over the names and contents of every file in the template folders."""
    digest = hashlib.sha256()
    for root in folders:
        if not root.is_dir():
            continue
        for path in input_files(root):
            digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


def manifest_path(out_dir: Path) -> Path:
    """Return the manifest file of a client's output folder."""
    return out_dir / MANIFEST_NAME


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """Return the client's manifest, or None when it is missing or unreadable."""
    try:
        data = json.loads(manifest_path(out_dir).read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else None


def write_manifest(out_dir: Path, stamp: BuildStamp, source: Path, inputs: Mapping[str, FileRecord],
                   outputs: Iterable[Path], warnings: Iterable[str]) -> Path:
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
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return write_bytes_atomic(manifest_path(out_dir), text.encode("utf-8"))


def forget_manifest(out_dir: Path) -> None:
    """Remove the client's manifest so an interrupted build is never taken as finished."""
    manifest_path(out_dir).unlink(missing_ok=True)


def stale_reason(folder: Path, out_dir: Path, stamp: BuildStamp, manifest: Mapping[str, Any] | None) -> str | None:
    """Return why the client must be rebuilt, or None when its documents are up to date."""
    if manifest is None:
        return "not built yet"
    if manifest.get("version") != stamp.version:
        return "plangen version changed"
    if tuple(manifest.get("kinds", ())) != stamp.kinds:
        return "document kinds changed"
    if manifest.get("templates") != stamp.templates:
        return "templates changed"
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
