"""Faster zip writing for the Office packages python-docx and python-pptx save.

Both libraries deflate every part at zlib's default level 6. Most of a document's parts are XML
(styles.xml of a Word document alone is 350 kB) that level 3 shrinks nearly as well in half the
time, and the workbooks embedded in charts and JPEG pictures are compressed already, so deflating
them again costs time and saves nothing. `save()` -- the one place plangen saves a Word or PowerPoint
package -- installs (once per process) a zip writer in both libraries that stores such parts and deflates
the others at level 3. (PNG stays deflated: the
report's chart PNGs are written with fast compression and a second pass still saves a fifth.)
Stored and deflated members are both standard zip; Office, LibreOffice and the libraries
themselves read them as before.
"""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path
from typing import Any

XML_LEVEL = 3
# Parts that are compressed already (pictures, embedded Office files): stored, not deflated again.
STORED_SUFFIXES = (".jpg", ".jpeg", ".gif", ".xlsx", ".xlsm", ".docx", ".pptx", ".zip")

_installed: set[str] = set()


def _write(self: Any, pack_uri: Any, blob: bytes) -> None:
    """Write `blob` as the zip member of `pack_uri`: stored when already compressed, else fast deflate."""
    zipf = getattr(self, "_zipf", None)
    if not isinstance(zipf, zipfile.ZipFile):  # a library version we do not know: its own writer
        _ORIGINAL[type(self)](self, pack_uri, blob)
        return
    name = pack_uri.membername
    try:
        if name.lower().endswith(STORED_SUFFIXES):
            zipf.writestr(name, blob, compress_type=zipfile.ZIP_STORED)
        else:
            zipf.writestr(name, blob, compress_type=zipfile.ZIP_DEFLATED, compresslevel=XML_LEVEL)
    except OSError:
        abandon(zipf)
        raise


def abandon(zipf: zipfile.ZipFile) -> None:
    """Close a zip whose disk failed (full, gone) so that nothing tries to finish it again at exit.

    Without this, the library leaves the ZipFile open and its `__del__` later fails the same way,
    printing Python's "Exception ignored ... Traceback" block on the terminal.
    """
    fp, zipf.fp = zipf.fp, None
    if fp is not None:
        with contextlib.suppress(OSError):
            fp.close()


_ORIGINAL: dict[type, Any] = {}


def save(package: Any, path: Path) -> Path:
    """Save a python-docx Document or python-pptx Presentation to `path` with the fast zip writer; return it."""
    install("pptx" if type(package).__module__.startswith("pptx") else "docx")
    package.save(str(path))
    return path


def install(library: str | None = None) -> None:
    """Make python-docx and python-pptx (or only `library`, "docx" or "pptx") write packages with `_write`.

    Done once per library and process; saving a deck does not import python-docx. Libraries whose zip
    writer is not where these versions keep it are left as they are.
    """
    import importlib

    wanted = [library] if library else ["docx", "pptx"]
    for name in [name for name in wanted if name not in _installed]:
        module = importlib.import_module("docx.opc.phys_pkg" if name == "docx" else "pptx.opc.serialized")
        writer = getattr(module, "_ZipPkgWriter", None)
        if writer is not None and callable(getattr(writer, "write", None)) and writer not in _ORIGINAL:
            _ORIGINAL[writer] = writer.write
            writer.write = _write
        _installed.add(name)
