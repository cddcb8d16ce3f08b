"""Find the typing slips behind a YAML syntax error: the line and column of the slip itself, named, and fixed.

PyYAML reports most slips of Japanese typing on a later line (a full-width colon on the next line, an
unclosed quote dozens of lines on). Here every line up to the error is checked for the slips a CSM
makes; a candidate counts only when fixing it in a copy of the text moves the parser's first error
further on (or removes it), so a value that merely looks odd is never blamed. Fixed slips are
collected one after the other, and the fixed text is returned so the rest of the file can be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from plangen.record import record
from plangen.text.catalog import tr

# (0-based line, 0-based column) of a parser's first error in a text, or None when it parses.
ErrorAt = Callable[[str], "tuple[int, int] | None"]

_KEY = r"[A-Za-z_][A-Za-z0-9_\-]*"
_FW_SPACE = "\u3000"
_FW_COLON = "\uff1a"
MAX_SLIPS = 20
MAX_TRIES = 60  # candidates tried per error, nearest to the error first
MAX_PAIRED = 6  # the nearest candidates also tried two at a time (two slips on neighbouring lines)


@record
class Slip:
    """One typing slip: where it is (0-based line and column), what to say, and the line once fixed."""

    line: int
    col: int
    what: str
    fixed_line: str


@record
class _Line:
    """A line split into indentation, list dashes and the rest."""

    text: str
    indent: str  # leading spaces (half- or full-width)
    dashes: str  # "- " prefixes after the indentation
    body: str

    @property
    def head(self) -> str:
        """Return the indentation and dashes (everything before the key)."""
        return self.indent + self.dashes

    @property
    def key_col(self) -> int:
        """Return the 0-based column where the key (or value) of the line starts."""
        return len(self.head)


def _split(text: str) -> _Line:
    """Return `text` split into indentation, list dashes and body."""
    indent = re.match(f"[ {_FW_SPACE}]*", text)
    assert indent is not None
    rest = text[indent.end():]
    dashes = re.match(r"(?:-[ ]+)*", rest)
    assert dashes is not None
    return _Line(text, indent.group(), dashes.group(), rest[dashes.end():])


def _shown(text: str, limit: int = 48) -> str:
    """Return a fixed line as advice shows it: without indentation, shortened when long."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _closing_quote(value: str) -> int | None:
    """Return the index of the quote closing the quoted `value`, or None when it is never closed."""
    quote = value[0]
    i = 1
    while i < len(value):
        ch = value[i]
        if quote == '"' and ch == "\\":
            i += 2
            continue
        if ch == quote:
            if quote == "'" and value[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def _closing_bracket(value: str) -> int | None:
    """Return the index of the bracket closing the one `value` starts with, or None."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _candidates(lines: list[str], number: int, lang: str) -> Iterator[Slip]:
    """Yield the slips line `number` might hold, each with the line fixed."""
    line = _split(lines[number])
    if not line.body or line.body.startswith("#"):
        return
    if _FW_SPACE in line.indent:
        fixed = line.indent.replace(_FW_SPACE, "  ") + line.dashes + line.body
        yield Slip(number, line.indent.index(_FW_SPACE), tr(lang, "slips.fullwidth_space_indent"), fixed)
    head, body, col = line.head.replace(_FW_SPACE, "  "), line.body, line.key_col
    match = re.match(rf"({_KEY})[ {_FW_SPACE}]*{_FW_COLON}[ {_FW_SPACE}]*(.*)$", body)
    if match:
        fixed = head + match.group(1) + (": " + match.group(2) if match.group(2) else ":")
        yield Slip(number, col + body.index(_FW_COLON), tr(lang, "slips.fullwidth_colon", fixed=_shown(fixed)),
                   fixed)
    match = re.match(rf"({_KEY}):{_FW_SPACE}+(.*)$", body)
    if match:
        fixed = head + match.group(1) + ": " + match.group(2)
        yield Slip(number, col + match.end(1) + 1,
                   tr(lang, "slips.fullwidth_space_after_colon", fixed=_shown(fixed)), fixed)
    match = re.match(rf"({_KEY}):([^\s{_FW_SPACE}].*)$", body)
    if match:
        fixed = head + match.group(1) + ": " + match.group(2)
        yield Slip(number, col + match.end(1), tr(lang, "slips.no_space_after_colon", fixed=_shown(fixed)),
                   fixed)
    match = re.match(rf"({_KEY})(?:[ {_FW_SPACE}]+([^:{_FW_COLON}#]+))?$", body.rstrip())
    if match and ":" not in body and not line.dashes:
        fixed = head + match.group(1) + (": " + match.group(2) if match.group(2) else ":")
        yield Slip(number, col + match.end(1),
                   tr(lang, "slips.missing_colon", name=match.group(1), fixed=_shown(fixed)), fixed)
    yield from _value_slips(line, number, lang)
    over = _over_indent(lines, number, lang)
    if over is not None:
        yield over


def _value_slips(line: _Line, number: int, lang: str) -> Iterator[Slip]:
    """Yield an unclosed quote or a value read as a list because it starts with `[` or `{`."""
    match = re.match(rf"((?:{_KEY}):[ ]+)?(.*)$", line.body)
    assert match is not None
    lead, value = match.group(1) or "", match.group(2).rstrip()
    head = line.head.replace(_FW_SPACE, "  ") + lead
    col = line.key_col + len(lead)
    if value[:1] in ("'", '"') and _closing_quote(value) is None:
        fixed = head + value + value[0]
        yield Slip(number, col, tr(lang, "slips.unclosed_quote", quote=value[0], fixed=_shown(fixed)), fixed)
    if value[:1] in ("[", "{"):
        end = _closing_bracket(value)
        after = value[end + 1:].strip() if end is not None else ""  # unclosed: the parser's own words say it
        if after and not after.startswith("#"):
            quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
            fixed = head + quoted
            yield Slip(number, col, tr(lang, "slips.bracket_value", bracket=value[0], fixed=_shown(fixed)), fixed)


def _over_indent(lines: list[str], number: int, lang: str) -> Slip | None:
    """Return the slip when line `number` is indented deeper than the key/value line above it."""
    line = _split(lines[number])
    if _FW_SPACE in line.indent:
        return None
    above = number - 1
    while above >= 0 and (not lines[above].strip() or lines[above].lstrip().startswith("#")):
        above -= 1
    if above < 0:
        return None
    prev = _split(lines[above])
    if _FW_SPACE in prev.indent:
        return None
    opener = re.match(rf"{_KEY}:[ ]*(?:[|>][-+0-9]*)?[ ]*(?:#.*)?$", prev.body)
    if opener or not prev.body or prev.body.startswith("#"):
        return None  # a key opening a block: deeper lines belong to it
    extra = len(line.indent) - prev.key_col
    if extra <= 0:
        return None
    fixed = " " * prev.key_col + line.dashes + line.body
    return Slip(number, prev.key_col, tr(lang, "slips.over_indent", line=above + 1, extra=extra,
                                           col=prev.key_col + 1), fixed)


def find_slips(text: str, error: tuple[int, int], error_at: ErrorAt, lang: str = "en") -> tuple[list[Slip], str]:
    """Return the slips behind the syntax error at `error` (one after the other), and the text with them fixed.

    `error_at` parses a text and returns the position of its first syntax error (None when it parses).
    The slips are empty when none explains the error; the text is then returned unchanged.
    """
    lines = text.split("\n")
    slips: list[Slip] = []
    current: tuple[int, int] | None = error
    while current is not None and len(slips) < MAX_SLIPS:
        found = _first_confirmed(lines, current, error_at, lang)
        if found is None:
            break
        confirmed, current = found
        for slip in confirmed:
            slips.append(slip)
            lines[slip.line] = slip.fixed_line
    return sorted(slips, key=lambda s: (s.line, s.col)), "\n".join(lines)


def _fixed(lines: list[str], slips: tuple[Slip, ...]) -> str:
    """Return the text of `lines` with the lines of `slips` fixed."""
    trial = list(lines)
    for slip in slips:
        trial[slip.line] = slip.fixed_line
    return "\n".join(trial)


def _first_confirmed(lines: list[str], error: tuple[int, int], error_at: ErrorAt,
                     lang: str) -> tuple[list[Slip], tuple[int, int] | None] | None:
    """Return the nearest slip (or two on different lines) whose fix moves the first error further on, with that error.

    Two slips on neighbouring lines (a full-width colon above an over-indented line) each keep
    the error where it is when fixed alone, so the nearest few are also tried in pairs.
    """
    tried: list[Slip] = []
    for number in range(min(error[0], len(lines) - 1), -1, -1):
        for slip in _candidates(lines, number, lang):
            tried.append(slip)
            after = error_at(_fixed(lines, (slip,)))
            if after is None or after > error:
                return [slip], after
            if len(tried) >= MAX_TRIES:
                break
        if len(tried) >= MAX_TRIES:
            break
    nearest = tried[:MAX_PAIRED]
    for i, first in enumerate(nearest):
        for second in nearest[i + 1:]:
            if second.line == first.line:
                continue
            after = error_at(_fixed(lines, (first, second)))
            if after is None or after > error:
                return [second, first], after
    return None
