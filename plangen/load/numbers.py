"""Numbers as a CSM types them: plain digits with a decimal point, anything else refused naming the character.

The plan and the actuals follow the same rule (docs/plan-format.md, "Numbers"): no thousands separators,
no decimal comma, no `%` or unit, no full-width digits, and between MIN_NUMBER and MAX_NUMBER in size (or 0), so a
number is never silently read as a different one.
"""

from __future__ import annotations

import math
import re

from plangen.text import tr

MAX_NUMBER = 1e15
MIN_NUMBER = 1e-9  # smallest size of a number other than 0: every figure computed from them stays finite
_PLAIN = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")


def parse_number(text: str, lang: str = "en") -> tuple[float | None, str | None]:
    """Return (value, None) for a plain number, or (None, why it is refused, in the message language `lang`)."""
    stripped = text.strip()
    if not _PLAIN.fullmatch(stripped):
        return None, number_problem(stripped, lang)
    value = float(stripped)
    return (None, problem) if (problem := size_problem(value, lang)) else (value, None)


def size_problem(value: float, lang: str = "en") -> str | None:
    """Return why `value` is too large or too small to compute with (in `lang`), or None."""
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        return tr(lang, "messages.n.too_large", limit=f"{MAX_NUMBER:,.0f}")
    if 0 < abs(value) < MIN_NUMBER:
        return tr(lang, "messages.n.too_small")
    return None


def number_problem(text: str, lang: str = "en") -> str:
    """Return why `text` is not a plain number (in `lang`), naming the first character that does not belong."""
    if not re.search("[0-9\uff10-\uff19]", text):
        return tr(lang, "messages.number")
    if _GROUPED.fullmatch(text):
        return tr(lang, "messages.n.thousands", n=text.replace(",", ""))
    for ch in text:
        if ch in "0123456789.+-eE":
            continue
        if ch == ",":
            return tr(lang, "messages.n.decimal_comma")
        if "\uff01" <= ch <= "\uff5e":
            return tr(lang, "messages.n.full_width", char=ch)
        if ch == "%":
            return tr(lang, "messages.n.percent")
        if ch.isspace():
            return tr(lang, "messages.n.space")
        shown = ch if ch.isprintable() else f"U+{ord(ch):04X}"
        return tr(lang, "messages.n.character", char=shown)
    return tr(lang, "messages.number")
