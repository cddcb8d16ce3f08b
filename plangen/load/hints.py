"""Did-you-mean hints for fixed words (roles, weekdays, cadences ...), accepting the words documents print."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from plangen.text.catalog import CATALOG

# Namespaces of the catalog whose keys end in a value a plan may write (`role.promoter` -> `promoter`).
_ENUMS = ("role", "weekday", "cadence", "direction", "kind", "segment", "level", "milestone", "frequency", "status")
_ALIAS = "messages.alias."
_SUFFIX = re.compile(r"(曜日|曜)$")


def _fold(word: str) -> str:
    """Return `word` as compared: trimmed, case-folded, full-width letters narrowed, 曜日 dropped."""
    text = word.strip().casefold()
    text = text.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    return _SUFFIX.sub("", text) if len(text) > 2 else text


@cache
def _reverse() -> dict[str, tuple[str, ...]]:
    """Return each word of the catalog (both languages, and the `messages.alias.*` words) -> the values it names."""
    out: dict[str, list[str]] = {}
    for words in CATALOG.values():
        for key, word in words.items():
            name = key[len(_ALIAS):] if key.startswith(_ALIAS) else key
            namespace, _, value = name.partition(".")
            if namespace in _ENUMS and value and "." not in value and "{" not in word:
                out.setdefault(_fold(word), []).append(value)
    return {word: tuple(dict.fromkeys(values)) for word, values in out.items()}


def closest(word: str, choices: Iterable[str]) -> list[str]:
    """Return the choice most like `word` in a list, or []; difflib loads on first use (only mistakes need it)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1)


def enum_hint(value: object, choices: list[str]) -> str | None:
    """Return the value of `choices` that `value` most likely means (`推進者` -> `promoter`), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    folded = _fold(value)
    by_fold = {_fold(choice): choice for choice in choices}
    if folded in by_fold:
        return by_fold[folded]
    for meant in _reverse().get(folded, ()):
        if meant in choices:
            return meant
    close = closest(folded, list(by_fold))
    return by_fold[close[0]] if close else None
