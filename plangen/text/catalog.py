"""The one accessor of the catalog of words: `tr(lang, key, **fields)` over every module's `WORDS`."""

from __future__ import annotations

from functools import lru_cache

from plangen.text import (
    checks,
    cli,
    common,
    help,
    kickoff,
    meetings,
    messages,
    pdf,
    portfolio,
    report,
    ringi,
    schema,
    serve,
    slips,
)

MODULES = (common, kickoff, meetings, report, portfolio, ringi, cli, slips, serve, pdf, messages, checks, help, schema)
"""The modules whose `WORDS` make up the catalog (each owns the namespaces of its keys)."""

LANGUAGES = ("ja", "en")
FALLBACK = "en"


def _merge() -> dict[str, dict[str, str]]:
    """Return every module's words merged per language (a key defined twice is a programming error)."""
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for module in MODULES:
        for lang in LANGUAGES:
            clash = out[lang].keys() & module.WORDS[lang].keys()
            if clash:
                raise KeyError(f"{module.__name__} redefines {sorted(clash)}")
            out[lang].update(module.WORDS[lang])
    return out


CATALOG = _merge()


def tr(lang: str, key: str, /, **fields: object) -> str:
    """Return the word or sentence `key` in `lang` (English for other languages), `fields` filled in."""
    text = CATALOG.get(lang, CATALOG[FALLBACK])[key]
    return text.format(**fields) if fields else text


def namespace(lang: str, prefix: str) -> dict[str, str]:
    """Return a new dict of the words under `prefix.` with the prefix removed (the `t` a meeting template sees)."""
    return dict(_namespace(lang, prefix))


@lru_cache(maxsize=16)
def _namespace(lang: str, prefix: str) -> dict[str, str]:
    """Return `namespace`, looked up once per language and prefix (kept: the catalog never changes; `namespace`
    hands out copies)."""
    table = CATALOG.get(lang, CATALOG[FALLBACK])
    return {key[len(prefix) + 1:]: text for key, text in table.items() if key.startswith(prefix + ".")}
