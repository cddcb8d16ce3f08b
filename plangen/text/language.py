"""Which language plangen speaks to the CSM: the message language, independent of a plan's document language."""

from __future__ import annotations

import os
from collections.abc import Mapping

from plangen.errors import UsageError
from plangen.text.catalog import LANGUAGES, tr

ENV = "PLANGEN_LANG"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
DEFAULT = "en"


def _known(value: str) -> str | None:
    """Return `ja` or `en` for a value such as `ja`, `ja_JP.UTF-8` or `EN`; None for anything else."""
    head = value.strip().lower()[:2]
    return head if head in LANGUAGES and (len(value.strip()) == 2 or value.strip()[2] in "_-.@") else None


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """Return the language of the locale: the first set of LC_ALL, LC_MESSAGES, LANG (`ja*` is Japanese)."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return "ja" if value.lower().startswith("ja") else DEFAULT
    return DEFAULT


def messages_language(explicit: str | None = None, config: str | None = None,
                      environ: Mapping[str, str] | None = None) -> str:
    """Return the message language: `explicit` (--lang) > PLANGEN_LANG > `config` (the configuration's `lang`) > locale.

    Raise UsageError when PLANGEN_LANG or the configuration names a language plangen does not speak.
    """
    env = os.environ if environ is None else environ
    if explicit:
        return explicit
    fallback = locale_language(env)
    for source, value in ((ENV, env.get(ENV, "")), ("lang", config or "")):
        if value:
            known = _known(value)
            if known is None:
                raise UsageError(tr(fallback, "cli.bad_lang", source=source, got=repr(value)))
            return known
    return fallback
