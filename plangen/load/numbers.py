"""Numbers as a CSM types them: plain digits with a decimal point, anything else refused naming the character.

The plan and the actuals follow the same rule (docs/plan-format.md, "Numbers"): no thousands separators,
no decimal comma, no `%` or unit, no full-width digits, and between MIN_NUMBER and MAX_NUMBER in size (or 0), so a
number is never silently read as a different one.
"""

from __future__ import annotations

import math
import re

MAX_NUMBER = 1e15
MIN_NUMBER = 1e-9  # smallest size of a number other than 0: every figure computed from them stays finite
_PLAIN = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")


def parse_number(text: str) -> tuple[float | None, str | None]:
    """Return (value, None) for a plain number, or (None, why it is refused)."""
    stripped = text.strip()
    if not _PLAIN.fullmatch(stripped):
        return None, number_problem(stripped)
    value = float(stripped)
    return (None, problem) if (problem := size_problem(value)) else (value, None)


def size_problem(value: float) -> str | None:
    """Return why `value` is too large or too small to compute with, or None."""
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        return f"is too large; numbers are at most {MAX_NUMBER:,.0f} in size"
    if 0 < abs(value) < MIN_NUMBER:
        return "is too small; numbers other than 0 are at least 0.000000001 in size"
    return None


def number_problem(text: str) -> str:
    """Return why `text` is not a plain number, naming the first character that does not belong."""
    if not re.search("[0-9\uff10-\uff19]", text):
        return "must be a number"
    if _GROUPED.fullmatch(text):
        return f"has a thousands separator `,`; write the number without it, such as {text.replace(',', '')}"
    for ch in text:
        if ch in "0123456789.+-eE":
            continue
        if ch == ",":
            return "has a decimal comma `,`; write a decimal point, such as 42.5"
        if "\uff01" <= ch <= "\uff5e":
            return f"has the full-width character `{ch}`; write numbers in half-width (半角) digits"
        if ch == "%":
            return "has a `%` sign; write the number only (the KPI's `unit` says it is a percentage)"
        if ch.isspace():
            return "has a space inside; write the number only (the unit belongs in the KPI's `unit`)"
        shown = ch if ch.isprintable() else f"U+{ord(ch):04X}"
        return (f"has the character `{shown}`, which is not part of a number; write the number only "
                "(a unit belongs in the KPI's `unit`)")
    return "must be a number"
