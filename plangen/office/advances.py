"""Advance widths of the bundled font's characters, read from a generated table instead of measured with PIL.

Measuring a character with PIL takes about 8 us the first time in every process (hundreds of characters per
document set); the table (`advance_data`, made by advance_tool.py through tools/make_advances.py) holds the same
numbers for the whole Basic Multilingual Plane as runs of equal advance. It is used only for the font it was made
from (size and a checksum of its start); anything it lacks is measured with PIL as before.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

REF = 200
"""Pixel size at which advances are measured (textfit scales them to any size)."""
LAST = 0xFFFF
"""The last code point in the table."""


def units(char: str) -> int | None:
    """Return the advance of `char` at REF pixels in 64ths of a pixel, or None when the table does not hold it."""
    table = _table()
    code = ord(char)
    if table is None or code > LAST:
        return None
    starts, values = table
    index = bisect_right(starts, code) - 1
    value = values[index] if index >= 0 else -1
    return None if value < 0 else value


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Return the generated runs (first code points, advances) when they were made from the bundled font."""
    from plangen.office import advance_data

    if advance_data.REF != REF or font_id() != advance_data.FONT:
        return None
    return advance_data.STARTS, advance_data.UNITS


def font_id() -> str:
    """Return the bundled font's size and a checksum of its first 64 KiB."""
    path = _font()
    with path.open("rb") as file:
        head = file.read(65536)
    return f"{path.stat().st_size}:{zlib.crc32(head):08x}"


def _font() -> Path:
    """Return the bundled font's path."""
    from plangen.resources import bundled_font

    return bundled_font()
