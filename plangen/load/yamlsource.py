"""Read a YAML file into plain data (strings, lists, dicts) with a location for every node.

Scalars stay the text the CSM wrote (no YAML 1.1 typing: `NO`, `0123`, `10:30` are kept as
written); only the plain scalars `~`, `null` and empty become None. Aliases, duplicate keys,
tabs, non-UTF-8 and binary input are reported as located problems; characters that documents
cannot hold are removed with a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import field
from pathlib import Path
from typing import Any

import yaml

from plangen.errors import Problem, display_path
from plangen.load.textclean import clean_text, describe
from plangen.load.wording import make_problem
from plangen.record import record
from plangen.text import tr

PathKey = tuple[str | int, ...]
_NULLS = {"", "~", "null", "Null", "NULL"}
MAX_BYTES = 5_000_000
MAX_DEPTH = 64
# Characters PyYAML refuses to read (it accepts TAB, LF, CR, printable ASCII, NEL and the rest of Unicode),
# written as the few ranges they are rather than as the complement (compiles in 0.4 ms instead of 4.5).
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


@record(frozen=False)
class Source:
    """Plain data read from one file, with 1-based positions of keys and values."""

    path: Path
    data: Any
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    lang: str = "en"
    """The language of the messages about this file."""

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
        """Return a Problem located at the node `loc` of this file, in the message language."""
        line, col = self.locate(loc, key=key)
        return make_problem(self.lang, self.shown, line, col, where_of(loc), what, got,
                            "warning" if severity == "warning" else "error")

    def at(self, line: int | None, col: int | None, where: str, what: str, got: str | None = None,
           severity: str = "error") -> Problem:
        """Return a Problem at `line`:`col` of this file, in the message language."""
        return make_problem(self.lang, self.shown, line, col, where, what, got,
                            "warning" if severity == "warning" else "error")

    def say(self, key: str, /, **fields: object) -> str:
        """Return the catalog sentence `key` in the message language of this file."""
        return tr(self.lang, key, **fields)


def where_of(loc: PathKey) -> str:
    """Return a dotted path such as `initiatives[1].impact` for a location tuple."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """Return the 1-based line and byte column of `offset` in `raw`."""
    before = raw[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


_LEGACY = (("cp932", "Shift_JIS", "messages.origin.cp932"), ("euc_jp", "EUC-JP", "messages.origin.euc_jp"))
_WORDS = "[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]"  # compiled on first use: only files that are not UTF-8


def _japanese_encoding(raw: bytes) -> tuple[str, str] | None:
    """Return (name, catalog key of where it comes from) of the legacy Japanese encoding of `raw`, or None.

    Each candidate must decode without control or private-use characters and give Japanese text;
    the one giving the most hiragana, katakana and kanji wins (EUC-JP read as Shift_JIS is a run of
    half-width katakana, which are allowed in real Shift_JIS text but are not counted).
    """
    best: tuple[int, str, str] | None = None
    for codec, name, origin in _LEGACY:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        odd = sum(1 for ch in text if ("\ue000" <= ch <= "\uf8ff") or (ch < " " and ch not in "\t\r\n"))
        words = len(re.findall(_WORDS, text))
        if text and words and odd <= len(text) // 50 and (best is None or words > best[0]):
            best = (words, name, origin)
    return (best[1], best[2]) if best else None


def read_text(path: Path, *, lang: str = "en") -> tuple[str | None, Problem | None]:
    """Return the file's text decoded as UTF-8 (BOM allowed), or a problem (in `lang`) saying why not."""
    src = Source(path, None, lang=lang)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, src.at(None, None, "", src.say("messages.too_large", size=f"{size:,}",
                                                        limit=f"{MAX_BYTES:,}"))
        raw = path.read_bytes()
    except OSError as exc:
        return None, src.at(None, None, "", src.say("messages.cannot_read", reason=exc.strerror))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, src.at(1, 1, "", src.say("messages.utf16"))
    not_text = src.say("messages.binary")
    if b"\x00" in raw:
        line, col = _line_col(raw, raw.index(b"\x00"))
        return None, src.at(line, col, "", not_text)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        legacy = _japanese_encoding(raw)
        if legacy is not None:
            return None, src.at(line, col, "", src.say("messages.legacy_encoding", name=legacy[0],
                                                       origin=src.say(legacy[1])))
        return None, src.at(line, col, "", not_text, src.say(
            "messages.bytes", bytes=" ".join(f"{b:02X}" for b in raw[exc.start:exc.start + 4])))
    controls = len(_UNREADABLE.findall(text))
    if controls > 20 and controls * 50 > len(text):
        first = _UNREADABLE.search(text)
        assert first is not None
        before = text[: first.start()]
        return None, src.at(before.count("\n") + 1, first.start() - (before.rfind("\n") + 1) + 1, "", not_text)
    return text, None


class _Removals:
    """Characters taken out of the text before parsing, to fix columns and name where they were."""

    def __init__(self, text: str) -> None:
        self.found: list[tuple[int, int, int, str]] = []  # (clean index, line, original col, char)
        self.per_line: dict[int, list[int]] = {}  # line (0-based) -> clean columns of removals
        pieces: list[str] = []
        last = 0
        for removed, match in enumerate(_UNREADABLE.finditer(text)):
            pieces.append(text[last:match.start()])
            last = match.end()
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text.count("\n", 0, match.start())
            col = match.start() - line_start
            clean_col = col - len(self.per_line.get(line, []))
            self.found.append((match.start() - removed, line + 1, col + 1, match.group()))
            self.per_line.setdefault(line, []).append(clean_col)
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def position(self, mark: Any) -> tuple[int, int]:
        """Return the 1-based (line, col) in the original file of a mark in the cleaned text."""
        cols = self.per_line.get(mark.line)
        shift = bisect_right(cols, mark.column) if cols else 0
        return mark.line + 1, mark.column + 1 + shift


class _Loader(yaml.SafeLoader):
    """A composer that refuses aliases before they are expanded and bounds nesting."""

    depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose a node, refusing `*alias` references and runaway nesting."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _AliasFound(event.start_mark, event.anchor)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(self.peek_event().start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_CParser: Any
try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml
    _CParser = None


if _CParser is not None:

    class _FastLoader(yaml.composer.Composer, _CParser, yaml.constructor.SafeConstructor,
                      yaml.resolver.Resolver):
        """`_Loader` with libyaml's scanner and parser (several times faster) under the same composer.

        The nodes are the same as `_Loader`'s (plain scalars get style None here too); a file libyaml
        refuses is read again with `_Loader`, so problems are always reported in its words.
        """

        depth = 0

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

        def compose_node(self, parent: Any, index: Any) -> Any:
            """Compose a node, refusing `*alias` references and runaway nesting (as `_Loader` does)."""
            if self.check_event(yaml.AliasEvent):
                event: Any = self.peek_event()
                raise _AliasFound(event.start_mark, event.anchor)
            self.depth += 1
            if self.depth > MAX_DEPTH:
                peeked: Any = self.peek_event()
                raise _TooDeep(peeked.start_mark)
            try:
                return yaml.composer.Composer.compose_node(self, parent, index)
            finally:
                self.depth -= 1

        def compose_scalar_node(self, anchor: Any) -> Any:
            """Compose a scalar; libyaml marks plain scalars with style '' where PyYAML has None."""
            node = yaml.composer.Composer.compose_scalar_node(self, anchor)
            if node.style == "":
                node.style = None
            return node


def _compose(text: str) -> Any:
    """Return the root node of `text`: libyaml when it reads the text, else `_Loader` (which raises its errors)."""
    if _CParser is not None:
        fast = _FastLoader(text)
        try:
            return fast.get_single_node()
        except yaml.YAMLError:
            pass  # read again below, so the problem is reported as PyYAML words it
        finally:
            fast.dispose()
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


class _AliasFound(Exception):
    def __init__(self, mark: Any, anchor: str) -> None:
        super().__init__(anchor)
        self.mark = mark
        self.anchor = anchor


class _TooDeep(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__("too deep")
        self.mark = mark


def load_yaml(path: Path, *, lang: str = "en") -> Source:
    """Return the file at `path` as plain data; problems (in the message language `lang`) are collected on it."""
    src = Source(path, None, lang=lang)
    text, problem = read_text(path, lang=lang)
    if problem is not None:
        src.problems.append(problem)
        return src
    assert text is not None
    if all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        src.problems.append(src.at(1, 1, "", src.say("messages.empty_file")))
        return src
    removals = _Removals(text)
    try:
        node = _compose_past_slips(src, removals, lang)
        if node is None:
            return src
    except _AliasFound as exc:
        line, col = removals.position(exc.mark)
        src.problems.append(src.at(line, col, "", src.say("messages.alias"), repr("*" + exc.anchor)))
        return src
    except _TooDeep as exc:
        line, col = removals.position(exc.mark)
        src.problems.append(src.at(line, col, "", src.say("messages.too_deep", depth=MAX_DEPTH)))
        return src
    except yaml.MarkedYAMLError as exc:
        src.problems.append(_syntax_problem(src, exc, removals))
        return src
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without marks
        src.problems.append(src.at(None, None, "", src.say("messages.not_yaml", detail=exc)))
        return src
    if node is None:  # pragma: no cover - only comments, caught above
        src.problems.append(src.at(1, 1, "", src.say("messages.empty_file")))
        return src
    spans: list[tuple[int, int, PathKey, bool]] = []
    src.data = _walk(src, node, (), removals, spans)
    _report_removals(src, removals, spans)
    return src


def _compose_past_slips(src: Source, removals: _Removals, lang: str) -> Any:
    """Return the root node, reading past typing slips (each reported where it is); None when unreadable."""
    try:
        return _compose(removals.text)
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote runs on to the end of the file: look for the slip from where it opened.
        quoted = exc.context_mark is not None and "quoted scalar" in (exc.context or "")
        mark = exc.context_mark if quoted else exc.problem_mark or exc.context_mark
        if mark is None:
            raise
        from plangen.load.slips import find_slips  # only a file with a syntax error needs it

        slips, fixed = find_slips(removals.text, (mark.line, mark.column), _first_error, lang)
        if not slips:
            raise
    for slip in slips:
        line, col = removals.position(_Mark(slip.line, slip.col))
        src.problems.append(src.at(line, col, "", slip.what))
    try:
        return _compose(fixed)
    except yaml.MarkedYAMLError as exc:
        src.problems.append(_syntax_problem(src, exc, removals))
        return None


@record
class _Mark:
    """A 0-based position in the cleaned text, shaped like a PyYAML mark."""

    line: int
    column: int


def _first_error(text: str) -> tuple[int, int] | None:
    """Return the 0-based (line, column) of the first syntax error of `text`, or None when it parses."""
    try:
        _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return (mark.line, mark.column) if mark is not None else (0, 0)
    except (_AliasFound, _TooDeep):
        return None
    return None


def _report_removals(src: Source, removals: _Removals, spans: list[tuple[int, int, PathKey, bool]]) -> None:
    """Add one warning per node (or comment) from which raw characters were removed."""
    grouped: dict[tuple[PathKey | None, bool], list[tuple[int, int, str]]] = {}
    for index, line, col, char in removals.found:
        inside = [s for s in spans if s[0] <= index <= s[1]]
        best = min(inside, key=lambda s: s[1] - s[0]) if inside else None
        grouped.setdefault((best[2], best[3]) if best else (None, False), []).append((line, col, char))
    for (loc, is_key), items in grouped.items():
        line, col, _ = items[0]
        names = src.say("messages.list_sep").join(dict.fromkeys(describe(ch, src.lang) for _, _, ch in items))
        what = src.say("messages.removed_key" if is_key else "messages.removed", names=names)
        if loc is None:
            what += src.say("messages.removed_between")
        where = where_of(loc) if loc is not None else ""
        src.problems.append(src.at(line, col, where, what, severity="warning"))


def _syntax_problem(src: Source, exc: yaml.MarkedYAMLError, removals: _Removals) -> Problem:
    """Return a CSM-readable problem for a YAML scanner or parser error."""
    mark = exc.problem_mark or exc.context_mark
    line, col = removals.position(mark) if mark else (None, None)
    problem = exc.problem or "syntax error"
    context = exc.context or ""
    ctx_line = removals.position(exc.context_mark)[0] if exc.context_mark else None
    lines = removals.text.splitlines()
    bad_line = lines[mark.line] if mark and mark.line < len(lines) else ""
    indent = bad_line[: len(bad_line) - len(bad_line.lstrip())]
    if "'\\t'" in problem or "\t" in indent:
        return src.at(line, col if "'\\t'" in problem else 1, "", src.say("messages.tab"))
    if "mapping values are not allowed" in problem:
        what = src.say("messages.colon_in_value")
    elif "could not find expected ':'" in problem:
        what = src.say("messages.missing_colon")
    elif "flow sequence" in context:
        what = src.say("messages.open_bracket", line=ctx_line)
    elif "flow mapping" in context:
        what = src.say("messages.open_brace", line=ctx_line)
    elif "quoted scalar" in context:
        what = src.say("messages.open_quote", line=ctx_line)
    elif "expected <block end>" in problem:
        what = src.say("messages.indent")
    elif "cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "?"
        what = src.say("messages.bad_start", char=char)
    elif "found undefined alias" in problem or "found duplicate anchor" in problem:
        what = src.say("messages.anchors")
    elif "expected a single document" in context:
        what = src.say("messages.documents")
    else:
        what = src.say("messages.not_yaml", detail=problem)
    return src.at(line, col, "", what)


def _walk(src: Source, node: yaml.Node, loc: PathKey, removals: _Removals,
          spans: list[tuple[int, int, PathKey, bool]]) -> Any:
    """Return plain data for `node`, recording positions, spans and problems."""
    src.values[loc] = removals.position(node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        spans.append((node.start_mark.index, node.end_mark.index, loc, False))
        if node.tag == "tag:yaml.org,2002:null" or (node.style is None and node.value in _NULLS):
            return None
        value, removed = clean_text(node.value, src.lang)
        if removed:
            line, col = src.values[loc]
            names = src.say("messages.list_sep").join(dict.fromkeys(removed))
            src.problems.append(src.at(line, col, where_of(loc), src.say("messages.removed", names=names),
                                       severity="warning"))
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_walk(src, item, (*loc, i), removals, spans) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.MappingNode)
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        kline, kcol = removals.position(key_node.start_mark)
        if not isinstance(key_node, yaml.ScalarNode):
            src.problems.append(src.at(kline, kcol, where_of(loc), src.say("messages.key_not_text")))
            continue
        key, _ = clean_text(key_node.value)
        spans.append((key_node.start_mark.index, key_node.end_mark.index, (*loc, key), True))
        if key == "<<":
            src.problems.append(src.at(kline, kcol, where_of(loc), src.say("messages.merge_key")))
            continue
        if key in out:
            first = src.keys[(*loc, key)]
            src.problems.append(src.at(kline, kcol, where_of((*loc, key)),
                                       src.say("messages.duplicate_key", line=first[0]), repr(key)))
            continue
        src.keys[(*loc, key)] = (kline, kcol)
        out[key] = _walk(src, value_node, (*loc, key), removals, spans)
    return out
