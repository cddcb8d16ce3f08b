"""Read a YAML file into plain data (strings, lists, dicts) with a location for every node.

Scalars stay the text the CSM wrote (no YAML 1.1 typing: `NO`, `0123`, `10:30` are kept as
written); only the plain scalars `~`, `null` and empty become None. Aliases, duplicate keys,
tabs, non-UTF-8 and binary input are reported as located problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from plangen.errors import Problem, display_path, show_got
from plangen.textclean import clean_text

PathKey = tuple[str | int, ...]
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Source:
    """Plain data read from one file, with 1-based positions of keys and values."""

    path: Path
    data: Any
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def shown(self) -> str:
        """Return the file path as messages show it."""
        return display_path(self.path)

    def locate(self, loc: PathKey, *, key: bool = False) -> tuple[int | None, int | None]:
        """Return (line, col) of the node at `loc`, falling back to its nearest ancestor."""
        probe = tuple(loc)
        while True:
            table = self.keys if key and probe in self.keys else self.values
            if probe in table:
                return table[probe]
            if not probe:
                return (1, 1) if self.values else (None, None)
            probe = probe[:-1]

    def problem(self, loc: PathKey, what: str, got: str | None = None, *, key: bool = False,
                severity: str = "error") -> Problem:
        """Return a Problem located at the node `loc` of this file."""
        line, col = self.locate(loc, key=key)
        return Problem(self.shown, line, col, where_of(loc), what, got,
                       "warning" if severity == "warning" else "error")


def where_of(loc: PathKey) -> str:
    """Return a dotted path such as `initiatives[1].impact` for a location tuple."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """Return the file's text decoded as UTF-8 (BOM allowed), or a problem saying why not."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(shown, None, None, "", f"cannot read the file: {exc.strerror}")
    if b"\x00" in raw[:4096]:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return None, Problem(shown, line, 1, "",
                             "this is not a text file (it contains binary data); "
                             "a plan must be a UTF-8 text file")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        hint = "the file is not UTF-8"
        try:
            raw.decode("cp932")
            hint += (" — it looks like Shift_JIS (saved by Excel or Notepad on Japanese Windows); "
                     "save it again as UTF-8 (メモ帳: 名前を付けて保存 → 文字コード UTF-8)")
        except UnicodeDecodeError:
            hint += "; save it again as UTF-8 text"
        return None, Problem(shown, line, col, "", hint, show_got(raw[exc.start:exc.start + 4]))


class _Loader(yaml.SafeLoader):
    """A composer that refuses aliases before they are expanded."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        """Compose a node, refusing `*alias` references."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _AliasFound(event.start_mark, event.anchor)
        return super().compose_node(parent, index)


class _AliasFound(Exception):
    def __init__(self, mark: Any, anchor: str) -> None:
        super().__init__(anchor)
        self.mark = mark
        self.anchor = anchor


def load_yaml(path: Path) -> Source:
    """Return the file at `path` as plain data; problems are collected on the result."""
    src = Source(path, None)
    text, problem = read_text(path)
    if problem is not None:
        src.problems.append(problem)
        return src
    assert text is not None
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        src.problems.append(Problem(src.shown, 1, 1, "", "the file is empty; it must contain a mapping "
                                    "of keys such as `version:` and `client:`"))
        return src
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except _AliasFound as exc:
        src.problems.append(Problem(src.shown, exc.mark.line + 1, exc.mark.column + 1, "",
                                    "aliases (*name) are not supported; write the value out in full",
                                    repr("*" + exc.anchor)))
        return src
    except yaml.MarkedYAMLError as exc:
        src.problems.append(_syntax_problem(src.shown, exc, text))
        return src
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without marks
        src.problems.append(Problem(src.shown, None, None, "", f"not valid YAML: {exc}"))
        return src
    finally:
        loader.dispose()
    src.data = _walk(src, node, ())
    return src


def _syntax_problem(shown: str, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    """Return a CSM-readable problem for a YAML scanner or parser error."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    problem = exc.problem or "syntax error"
    lines = text.splitlines()
    bad_line = lines[mark.line] if mark and mark.line < len(lines) else ""
    if "\t" in problem or "'\\t'" in problem or (bad_line[: (mark.column if mark else 0) + 1].strip(" ") == "\t"
                                                 and "\t" in bad_line):
        return Problem(shown, line, col, "", "a tab is used for indentation; indent with spaces only")
    if "\t" in bad_line[: len(bad_line) - len(bad_line.lstrip())]:
        return Problem(shown, line, 1, "", "a tab is used for indentation; indent with spaces only")
    if "mapping values are not allowed" in problem:
        what = ("a `:` inside a value; put the value in quotes (\"...\") or add a space after the key's `:`")
    elif "could not find expected ':'" in problem:
        what = "a key is missing its `:` (or a line is indented wrongly)"
    elif "expected <block end>" in problem:
        what = "the indentation does not line up with the lines above"
    elif "found undefined alias" in problem or "found duplicate anchor" in problem:
        what = "anchors and aliases (&name, *name) are not supported; write the value out in full"
    elif "expected a single document" in problem:
        what = "the file holds more than one YAML document (`---`); keep one plan per file"
    else:
        what = f"not valid YAML: {problem}"
    return Problem(shown, line, col, "", what)


def _walk(src: Source, node: yaml.Node, loc: PathKey) -> Any:
    """Return plain data for `node`, recording positions and problems."""
    src.values[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" or (node.style is None and node.value in _NULLS):
            return None
        value, removed = clean_text(node.value)
        if removed:
            line, col = src.values[loc]
            src.problems.append(Problem(src.shown, line, col, where_of(loc),
                                        "removed characters that documents cannot hold: " + ", ".join(removed),
                                        severity="warning"))
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_walk(src, item, (*loc, i)) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.MappingNode)
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            src.problems.append(Problem(src.shown, kline, kcol, where_of(loc), "a key must be plain text"))
            continue
        key = key_node.value
        if key == "<<":
            src.problems.append(Problem(src.shown, kline, kcol, where_of(loc),
                                        "merge keys (<<) are not supported; write the keys out in full"))
            continue
        if key in out:
            first = src.keys[(*loc, key)]
            src.problems.append(Problem(src.shown, kline, kcol, where_of((*loc, key)),
                                        f"duplicate key; it is already set on line {first[0]}",
                                        repr(key)))
            continue
        src.keys[(*loc, key)] = (kline, kcol)
        out[key] = _walk(src, value_node, (*loc, key))
    return out
