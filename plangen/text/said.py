"""Sentences said below the CLI (renderer warnings, template errors) that the CLI can say again in the CSM's language.

Renderers do not know the message language; they return a `Said`: the English sentence (a plain str to every
caller) that remembers its catalog key and fields, and `in_language` says it in Japanese or English.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from plangen.errors import WriteError, display_path
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
    """Return an exception's message in `lang`: one raised with a Said, a WriteError or an OSError."""
    if isinstance(exc, WriteError):
        return tr(lang, "cli.write_error", path=display_path(exc.path), cause=os_cause(exc.os_error, lang, exc.path))
    if isinstance(exc, OSError):
        return os_error(exc, lang)
    return in_language(exc.args[0], lang) if len(exc.args) == 1 else str(exc)


_CAUSES = {
    errno.EROFS: "read_only", errno.EACCES: "denied", errno.EPERM: "denied", errno.ENOSPC: "full",
    errno.EDQUOT: "quota", errno.ENAMETOOLONG: "name_too_long", errno.EISDIR: "folder_in_way",
    errno.ENOTDIR: "file_in_way", errno.EEXIST: "file_in_way", errno.EBUSY: "busy", errno.ETXTBSY: "busy",
    errno.ENOENT: "no_folder", errno.EIO: "io",
}
"""Catalog keys (`cli.os.*`) of the causes of OSErrors in the words a CSM understands."""


def os_cause(exc: OSError, lang: str, path: Path | None = None) -> str:
    """Return the cause of an OSError in `lang`, naming another file it concerns."""
    key = _CAUSES.get(exc.errno or 0)
    cause = tr(lang, f"cli.os.{key}") if key else (exc.strerror or type(exc).__name__).lower()
    other = exc.filename
    if other is not None and not str(other).endswith(".tmp") and (path is None or Path(str(other)) != path):
        cause += f": {display_path(Path(str(other)))}"
    return cause


def os_error(exc: OSError, lang: str) -> str:
    """Return one line in `lang` naming the path and the cause of an OSError that escaped a command."""
    if exc.filename is None:
        return os_cause(exc, lang)
    return f"{display_path(Path(str(exc.filename)))}: {os_cause(exc, lang, Path(str(exc.filename)))}"
