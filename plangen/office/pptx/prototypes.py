"""Our template's slide prototypes, kept in a generated module (tools/make_prototypes.py) so a fresh process makes
even its first cover and content slides from text, without python-pptx's add_slide (a few ms once per process).

The generated prototypes are used only while templates/kickoff.pptx is the file they were made from (its size and
CRC are stored with them); otherwise the deck makes them through python-pptx as before.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from plangen.office.pptx.geometry import Box
from plangen.office.pptx.slides import Prototype

Row = tuple[str, str, str, int, tuple[int, int, int, int]] | None
"""A prototype as stored: head, middle, tail, next shape id, title box (None: the layout has no text title)."""


def fingerprint(data: bytes) -> str:
    """Return the size and CRC-32 of a template file's bytes."""
    return f"{len(data)}:{zlib.crc32(data):08x}"


@lru_cache(maxsize=1)
def ours() -> dict[str, Prototype | None] | None:
    """Return the generated prototypes of our template by layout part name (None when the template changed)."""
    from plangen.office.pptx import prototype_data
    from plangen.resources import templates_dir

    if fingerprint((templates_dir() / "kickoff.pptx").read_bytes()) != prototype_data.TEMPLATE:
        return None
    rows: dict[str, Row] = prototype_data.PROTOTYPES
    return {name: None if row is None else Prototype(row[0], row[1], row[2], row[3], Box(*row[4]))
            for name, row in rows.items()}
