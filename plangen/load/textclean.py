"""Removal of characters that cannot live in OOXML, done once when input is loaded."""

from __future__ import annotations

import re

from plangen.text import tr

# XML 1.0 allows TAB, LF, CR and U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF.
# Vertical tab and form feed are C0 too; they would become odd breaks in Word/PowerPoint.
# DEL and the C1 controls are allowed by XML but invisible garbage in a document: removed too.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_NAMES = {
    "\x00": "nul", "\x07": "bell", "\x08": "backspace", "\x0b": "vertical_tab", "\x0c": "form_feed",
    "\x1b": "escape", "\x7f": "delete",
}
"""Catalog keys (`messages.char.*`) of the characters that have a name."""


_LINE_END = re.compile("\r\n?|[\x85\u2028\u2029]")
"""CRLF, CR, next line, line separator and paragraph separator: line ends read as LF (the documents' line
breaking and text measurement know LF only)."""


def clean_text(text: str, lang: str = "en") -> tuple[str, list[str]]:
    """Return `text` without XML-invalid control characters and with CR/CRLF, NEL, LS and PS line ends as LF, and
    the code points removed (U+001B ...) named in `lang`; a line end is not reported as removed."""
    text = _LINE_END.sub("\n", text)
    removed = _INVALID.findall(text)
    if not removed:
        return text, []
    return _INVALID.sub("", text), [describe(ch, lang) for ch in removed]


def describe(char: str, lang: str = "en") -> str:
    """Return a code point as messages in `lang` show it, such as `U+001B (escape)`."""
    name = _NAMES.get(char) or ("control" if ord(char) < 0xA0 else "non_character")
    return f"U+{ord(char):04X}" + tr(lang, "punct.aside", text=tr(lang, f"messages.char.{name}"))
