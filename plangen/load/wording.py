"""Problems in the message language: the frame of `(got X)` and `warning:`, and values shown as a CSM reads them."""

from __future__ import annotations

import ast

from plangen.errors import Problem, Severity
from plangen.text import tr

_SHAPES = {"nothing": "messages.got.nothing", "a list": "messages.got.list", "a mapping": "messages.got.mapping"}


def shown_got(lang: str, got: str | None) -> str | None:
    """Return `got` (as errors.show_got renders it) in `lang`: shape words translated, Japanese without quotes."""
    if got is None:
        return None
    if got in _SHAPES:
        return tr(lang, _SHAPES[got])
    if lang == "en":  # English keeps Python's quotes, which set off spaces at the ends of a value
        return got
    if len(got) >= 2 and got[0] == got[-1] and got[0] in "'\"":
        try:
            value = ast.literal_eval(got)
        except (ValueError, SyntaxError):
            return got
        if isinstance(value, str):
            return value if value.strip() else tr(lang, "messages.got.nothing")
    return got


def make_problem(lang: str, path: str, line: int | None, col: int | None, where: str, what: str,
                 got: str | None = None, severity: Severity = "error") -> Problem:
    """Return a Problem whose frame words (`(got X)`, `warning:`) and value are in the message language `lang`."""
    return Problem(path, line, col, where, what, shown_got(lang, got), severity,
                   tr(lang, "messages.got"), tr(lang, "messages.warning"))


def join(lang: str, items: list[str]) -> str:
    """Return `items` joined as a list in `lang` (`a, b` / `a、b`)."""
    return tr(lang, "messages.list_sep").join(items)
