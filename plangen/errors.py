"""The one error hierarchy of plangen; only the CLI turns these into messages and exit codes."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from plangen.record import record

Severity = Literal["error", "warning"]


@record
class Problem:
    """One located problem in an input file: `path:line:col: where: what (got X)`."""

    path: str
    line: int | None
    col: int | None
    where: str
    what: str
    got: str | None = None
    severity: Severity = "error"
    got_frame: str = " (got {got})"
    """How `got` is framed in the message language (the catalog's `messages.got`; English by default)."""
    warning_word: str = "warning"
    """The word that marks a warning in the message language (the catalog's `messages.warning`)."""

    def __str__(self) -> str:
        """Return the problem as the one-line message a CSM reads (warnings marked `warning:` after the place)."""
        loc = self.path
        if self.line is not None:
            loc += f":{self.line}:{self.col if self.col is not None else 1}"
        mark = f"{self.warning_word}: "
        what = mark + self.what if self.severity == "warning" and not self.where else self.what
        where = mark + self.where if self.severity == "warning" and self.where else self.where
        text = f"{loc}: {where}: {what}" if where else f"{loc}: {what}"
        if self.got is not None:
            text += self.got_frame.format(got=self.got)
        return text

    def sort_key(self) -> tuple[str, int, int]:
        """Return the key that orders problems by file and position."""
        return (self.path, self.line or 0, self.col or 0)


def show_got(value: object, limit: int = 60) -> str:
    """Return a short quoted rendering of an offending value for messages."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


def display_path(path: Path) -> str:
    """Return `path` relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class PlangenError(Exception):
    """Base of every error plangen raises on purpose."""

    exit_code = 1


class UsageError(PlangenError):
    """The command was called wrongly (missing folder, bad option value)."""

    exit_code = 2


class InputError(PlangenError):
    """One or more input files have problems; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))


class SomeFailed(PlangenError):
    """Some plans or clients failed and their problems are already printed; the rest were done (exit 1)."""


class RenderError(PlangenError):
    """A document could not be produced (bad template, unwritable output)."""


class TemplateError(RenderError):
    """A user template is broken or reached for something it may not use."""


class WriteError(RenderError):
    """A file could not be written: a read-only or full disk, a name too long, the path occupied."""

    def __init__(self, path: Path, exc: OSError) -> None:
        self.path = path
        self.os_error = exc
        self.cause = os_cause(exc, path)
        super().__init__(f"cannot write {display_path(path)}: {self.cause}")


_CAUSES = {
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied (the folder or file is read-only for you)",
    errno.EPERM: "permission denied (the folder or file is read-only for you)",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENAMETOOLONG: "the file name is too long for the disk",
    errno.EISDIR: "a folder of that name is in the way",
    errno.ENOTDIR: "a file is in the way where a folder is needed",
    errno.EEXIST: "a file is in the way where a folder is needed",
    errno.EBUSY: "the file is in use by another program (close it and try again)",
    errno.ETXTBSY: "the file is in use by another program (close it and try again)",
    errno.ENOENT: "the folder does not exist",
    errno.EIO: "the disk reported an input/output error",
}


def os_cause(exc: OSError, path: Path | None = None) -> str:
    """Return the cause of an OSError in the words a CSM understands; name another file it concerns."""
    cause = _CAUSES.get(exc.errno or 0) or (exc.strerror or type(exc).__name__).lower()
    other = exc.filename
    if other is not None and not str(other).endswith(".tmp") and (path is None or Path(str(other)) != path):
        cause += f": {display_path(Path(str(other)))}"
    return cause


def os_error_text(exc: OSError) -> str:
    """Return one line naming the path and the cause of an OSError that escaped a command."""
    if exc.filename is None:
        return os_cause(exc)
    return f"{display_path(Path(str(exc.filename)))}: {os_cause(exc, Path(str(exc.filename)))}"
