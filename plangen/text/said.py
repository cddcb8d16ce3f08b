"""Sentences said below the CLI (renderer warnings, template errors) that the CLI can say again in the CSM's language.

Renderers do not know the message language; they return a `Said`: the English sentence (a plain str to every
caller) that remembers its catalog key and fields, and `in_language` says it in Japanese or English.
"""

from __future__ import annotations

from typing import Any

from plangen.text.catalog import tr


def _remake(key: str, fields: dict[str, Any]) -> Said:
    """Return the Said of `key` and `fields` (how a Said is unpickled in another process)."""
    return Said(key, **fields)


class Said(str):
    """The English sentence of catalog `key` with `fields`, which can be said again in another language."""

    key: str
    fields: dict[str, Any]

    def __new__(cls, key: str, /, **fields: Any) -> Said:
        """Return the English sentence of `key`, remembering the key and fields."""
        said = super().__new__(cls, tr("en", key, **{name: _value(value, "en") for name, value in fields.items()}))
        said.key = key
        said.fields = fields
        return said

    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Any]]]:
        """Return how to rebuild this Said (so warnings cross process pools intact)."""
        return _remake, (self.key, self.fields)


def _value(value: object, lang: str) -> object:
    """Return a field of a Said as said in `lang`: a Said in `lang`, a list joined as a list of `lang`."""
    if isinstance(value, Said):
        return in_language(value, lang)
    if isinstance(value, list | tuple):
        return tr(lang, "messages.list_sep").join(str(_value(item, lang)) for item in value)
    return value


def in_language(text: object, lang: str) -> str:
    """Return `text` in `lang` when it is a Said (its fields too, lists joined in `lang`), else as it is."""
    if not isinstance(text, Said):
        return str(text)
    return tr(lang, text.key, **{name: _value(value, lang) for name, value in text.fields.items()})


def error_in_language(exc: BaseException, lang: str) -> str:
    """Return an exception's message in `lang` when it was raised with a Said."""
    return in_language(exc.args[0], lang) if len(exc.args) == 1 else str(exc)
