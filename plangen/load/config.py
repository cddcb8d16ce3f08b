"""`plangen.toml`: the workspace's settings, found upward from the current folder like pyproject.toml.

Every setting is optional; command-line options win over it. Paths are relative to the file's folder.
Problems are collected all at once and located as `plangen.toml:line:col: key: what (got X)`.
"""

from __future__ import annotations

import re
from dataclasses import field
from pathlib import Path
from typing import Any, Literal

from plangen.errors import InputError, Problem, display_path, show_got
from plangen.load.hints import closest
from plangen.load.wording import make_problem
from plangen.record import record
from plangen.text import tr

CONFIG_NAME = "plangen.toml"
Charts = Literal["native", "image"]
DECK_KINDS = ("kickoff", "report", "portfolio")
KEYS = ("plans", "output", "lang", "charts", "jobs", "pdf", "templates")
TEMPLATE_KEYS = (*DECK_KINDS, "docx")
LANGS = ("ja", "en")
CHARTS = ("native", "image")


@record
class Templates:
    """The user's templates: a PPTX per deck kind and a folder of DOCX meeting templates (None: bundled)."""

    kickoff: Path | None = None
    report: Path | None = None
    portfolio: Path | None = None
    docx: Path | None = None


@record
class Config:
    """The settings of a workspace; `path` is None when no plangen.toml was found (then every default holds)."""

    root: Path
    path: Path | None = None
    plans: Path = Path("plans")
    output: Path = Path("output")
    lang: str | None = None
    charts: Charts = "native"
    jobs: int | None = None
    pdf: bool = False
    templates: Templates = field(default_factory=Templates)


def find_config(start: Path | None = None) -> Path | None:
    """Return the nearest plangen.toml in `start` (default: the current folder) or a folder above it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None, lang: str = "en") -> Config:
    """Return the workspace's settings (defaults when there is no plangen.toml); raise InputError on problems (in
    the message language `lang`)."""
    path = find_config(start)
    if path is None:
        root = (start or Path.cwd()).resolve()
        return Config(root, None, root / "plans", root / "output")
    return parse_config(path, lang)


def parse_config(path: Path, lang: str = "en") -> Config:
    """Return the settings in the plangen.toml at `path`; raise InputError listing every problem (in `lang`)."""
    import tomllib

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        what = tr(lang, "messages.config.unreadable", error=exc)
        raise InputError([make_problem(lang, shown, None, None, "", what)]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, col, what = _decode_error(str(exc))
        raise InputError([make_problem(lang, shown, line, col, "", tr(lang, "messages.config.not_toml",
                                                                     what=what))]) from None
    return _Reader(path, shown, text, lang).read(data)


def _decode_error(message: str) -> tuple[int | None, int | None, str]:
    """Return (line, column, message) from a tomllib error such as `Invalid value (at line 3, column 8)`."""
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if found is None:
        return None, None, message
    return int(found[1]), int(found[2]), message[: found.start()]


def key_positions(text: str) -> dict[str, tuple[int, int, int]]:
    """Return dotted key -> (line, column of the key, column of its value) for each `key = value` of a TOML text."""
    positions: dict[str, tuple[int, int, int]] = {}
    table = ""
    key_part = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
    dotted = key_part + r"(?:\s*\.\s*" + key_part + r")*"
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*(" + dotted + r")\s*\]", line)
        if header:
            table = _dotted(header[1])
            positions.setdefault(table, (number, header.start(1) + 1, header.start(1) + 1))
            continue
        assign = re.match(r"(\s*)(" + dotted + r")\s*=\s*", line)
        if assign:
            key = _dotted(assign[2])
            full = f"{table}.{key}" if table else key
            positions.setdefault(full, (number, assign.start(2) + 1, assign.end() + 1))
            positions.setdefault(full.split(".")[0], (number, assign.start(2) + 1, assign.start(2) + 1))
    return positions


def _dotted(raw: str) -> str:
    """Return a TOML key such as `templates . "kickoff"` as `templates.kickoff`."""
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


class _Reader:
    """Reads the parsed TOML into a Config, collecting every problem with its place in the file."""

    def __init__(self, path: Path, shown: str, text: str, lang: str) -> None:
        self.lang = lang
        self.root = path.parent.resolve()
        self.path = path
        self.shown = shown
        self.positions = key_positions(text)
        self.problems: list[Problem] = []

    def problem(self, key: str, what: str, value: Any = ..., *, at_key: bool = False) -> None:
        """Record a problem at the value of `key` (or at the key itself), located in the file when found."""
        found = self.positions.get(key)
        line, col = (found[0], found[1] if at_key else found[2]) if found else (None, None)
        self.problems.append(make_problem(self.lang, self.shown, line, col, key, what,
                                          None if value is ... else show_got(value)))

    def read(self, data: dict[str, Any]) -> Config:
        """Return the Config of `data`; raise InputError when anything is wrong."""
        self._unknown(data, KEYS, "")
        plans = self._folder(data, "plans", must_exist=False) or self.root / "plans"
        output = self._folder(data, "output", must_exist=False) or self.root / "output"
        lang = self._choice(data, "lang", LANGS)
        charts = self._choice(data, "charts", CHARTS) or "native"
        jobs = self._jobs(data)
        pdf = self._flag(data, "pdf")
        templates = self._templates(data.get("templates"))
        if self.problems:
            raise InputError(self.problems)
        return Config(self.root, self.path, plans, output, lang, "image" if charts == "image" else "native",
                      jobs, pdf, templates)

    def _unknown(self, data: dict[str, Any], known: tuple[str, ...], prefix: str) -> None:
        """Record every key of `data` that is not in `known`, suggesting the nearest known key."""
        for key in data:
            if key not in known:
                close = closest(key, known)
                what = (tr(self.lang, "messages.config.unknown_key_close", close=close[0]) if close
                        else tr(self.lang, "messages.config.unknown_key", known=", ".join(known)))
                self.problem(prefix + key, what, key, at_key=True)

    def _path(self, data: dict[str, Any], key: str, where: str) -> Path | None:
        """Return the path under `key` resolved against the file's folder, or None (absent or not a string)."""
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(where, tr(self.lang, "messages.config.path"), value)
            return None
        return (self.root / Path(value).expanduser()).resolve()

    def _folder(self, data: dict[str, Any], key: str, *, must_exist: bool, where: str | None = None) -> Path | None:
        """Return the folder under `key`; record a problem when it is a file (or missing with `must_exist`)."""
        place = where or key
        path = self._path(data, key, place)
        if path is None:
            return None
        if path.is_file() or (must_exist and not path.is_dir()):
            key_of = "messages.config.existing_folder" if must_exist else "messages.config.folder"
            self.problem(place, tr(self.lang, key_of), data[key])
        return path

    def _choice(self, data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
        """Return the value under `key` when it is one of `allowed`; else record a problem."""
        value = data.get(key)
        if value is None:
            return None
        if value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            self.problem(key, tr(self.lang, "messages.config.one_of", allowed=choices), value)
            return None
        return str(value)

    def _jobs(self, data: dict[str, Any]) -> int | None:
        """Return `jobs` when it is a whole number of at least 1; else record a problem."""
        value = data.get("jobs")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.problem("jobs", tr(self.lang, "messages.config.jobs"), value)
            return None
        return value

    def _flag(self, data: dict[str, Any], key: str) -> bool:
        """Return the true/false under `key` (default false); record a problem for anything else."""
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problem(key, tr(self.lang, "messages.config.flag"), value)
            return False
        return value

    def _templates(self, data: Any) -> Templates:
        """Return the [templates] table: existing .pptx files per deck kind and a DOCX folder."""
        if data is None:
            return Templates()
        if not isinstance(data, dict):
            self.problem("templates", tr(self.lang, "messages.config.templates"), data)
            return Templates()
        self._unknown(data, TEMPLATE_KEYS, "templates.")
        decks: dict[str, Path | None] = {}
        for kind in DECK_KINDS:
            where = f"templates.{kind}"
            path = self._path(data, kind, where)
            if path is not None and path.suffix.lower() != ".pptx":
                self.problem(where, tr(self.lang, "messages.config.pptx"), data[kind])
                path = None
            elif path is not None and not path.is_file():
                self.problem(where, tr(self.lang, "messages.config.no_file", path=display_path(path)), data[kind])
                path = None
            decks[kind] = path
        docx = self._folder(data, "docx", must_exist=True, where="templates.docx")
        return Templates(decks["kickoff"], decks["report"], decks["portfolio"],
                         docx if docx is not None and docx.is_dir() else None)
