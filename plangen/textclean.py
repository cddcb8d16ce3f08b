"""Removal of characters that cannot live in OOXML, done once when input is loaded."""

from __future__ import annotations

import re

# XML 1.0 allows TAB, LF, CR and U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF.
# Vertical tab and form feed are C0 too; they would become odd breaks in Word/PowerPoint.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return `text` without XML-invalid control characters, and the code points removed."""
    removed = _INVALID.findall(text)
    if not removed:
        return text, []
    return _INVALID.sub("", text), [f"U+{ord(ch):04X}" for ch in removed]
