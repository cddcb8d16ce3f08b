"""Text measurement with the bundled Japanese font: widths, line wrapping (kinsoku basics) and fit checks.

Widths come from IPAexGothic advances (PIL.ImageFont), cached per character and scaled linearly with the
size. `wrap` breaks only between phrases (`plangen.office.phrases`: BudouX phrases with numbers, dates,
katakana words and names kept whole), cuts a phrase longer than a whole line between its atoms, and keeps a
safety margin (`SAFETY`, 12%) for the fonts a viewer actually has (Meiryo, Yu Gothic, ...).

    >>> wrap("売れ筋上位200品番の欠品率を半減", width_pt=60, pt=10)
    ['売れ筋上位', '200品番の', '欠品率を', '半減']
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from plangen.office.phrases import atoms, is_wide, per_names, phrases

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

SAFETY = 0.12
"""Share of the width kept free for fonts wider than the bundled one."""
LINE_SPACING = 1.2
"""Line height as a multiple of the font size (the kit writes it as exact spacing on every paragraph)."""
_REF = 200  # reference size in pixels (advances.REF); advances are measured once at this size and scaled

NO_START = set("、。，．,.・：；:;？！?!ー－）)]｝}〕〉》」』】〙〗〟’”ゝゞヽヾ々〻"
               "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ％%")
"""Characters a line must not start with (kinsoku)."""
NO_END = set("（([｛{〔〈《「『【〘〖〝‘“")
"""Characters a line must not end with (kinsoku)."""


@lru_cache(maxsize=1)
def font_path() -> str:
    """Return the bundled IPAexGothic file (found without importing matplotlib)."""
    from plangen.resources import bundled_font

    return str(bundled_font())


@lru_cache(maxsize=16)
def font(size: int = _REF) -> FreeTypeFont:
    """Return the bundled font at `size` pixels (cached per size)."""
    from PIL import ImageFont

    return ImageFont.truetype(font_path(), size)


@lru_cache(maxsize=8192)
def _advance(char: str) -> float:
    """Return the advance of `char` in em (1.0 = the font size)."""
    if char == "\t":
        return 2.0
    from plangen.office.advances import units

    held = units(char)  # the generated table, else PIL (the same number: 64ths of a pixel at _REF)
    width = (float(font().getlength(char)) if held is None else held / 64) / _REF
    if width == 0.0 and not char.isspace() and ord(char) > 0x2000:
        return 1.0  # a glyph the font lacks: assume a full-width box
    return width


AUTOSPACE = 0.25
_LATIN = re.compile("[0-9A-Za-z]")
"""Space in em that Word and LibreOffice add where Japanese meets Latin letters or digits (2026 年 12 月)."""


@lru_cache(maxsize=65536)
def _em(text: str) -> float:
    """Return the width of `text` in em, with the automatic space between Japanese and Latin or digits
    (cached: words and characters recur at every size tried)."""
    width = sum(map(_advance, text))
    if text.isascii() or not _LATIN.search(text):  # autospace needs a Latin letter or digit beside Japanese
        return width
    for before, after in itertools.pairwise(text):
        if (before.isascii() and before.isalnum() and is_wide(after) and after not in NO_START) or (
                is_wide(before) and before not in NO_END and after.isascii() and after.isalnum()):
            width += AUTOSPACE
    return width


def text_width(text: str, pt: float) -> float:
    """Return the width of one line of `text` at `pt` points, in points (no safety margin)."""
    return _em(text) * pt


@per_names(maxsize=4096)
def _hard_break(word: str, width: float, pt: float, /) -> tuple[str, ...]:
    """Return `word` cut into pieces no wider than `width`: between its atoms (numbers, katakana words and names
    whole), and inside an atom only when the atom alone is wider than `width`."""
    pieces: list[str] = []
    current: list[str] = []
    used = 0.0
    for atom in atoms(word):
        for part in [atom] if text_width(atom, pt) <= width else list(atom):
            step = text_width(part, pt)
            if current and used + step > width:
                carry: list[str] = []
                while len(current) > 1 and (current[-1][-1] in NO_END or (carry or [part])[0][0] in NO_START):
                    carry.insert(0, current.pop())  # kinsoku: push a part over to the next line
                pieces.append("".join(current))
                current, used = carry, text_width("".join(carry), pt)
            current.append(part)
            used += step
    if current:
        pieces.append("".join(current))
    return tuple(pieces)


def _on_atom_edge(phrase: str, cut: int, width: float, pt: float) -> bool:
    """Return True when cutting `phrase` at `cut` keeps whole every atom (number, katakana word, name) that a
    line of `width` could hold (an atom longer than a line, such as a URL, is cut anyway)."""
    position = 0
    for atom in atoms(phrase):
        if position == cut:
            return True
        position += len(atom)
        if position > cut:
            return text_width(atom, pt) > width
    return position == cut


@per_names(maxsize=16384)
def longest_phrase(text: str, pt: float, /) -> float:
    """Return the width in points of the widest unbreakable phrase of `text` at `pt` points (cached)."""
    widest = 0.0
    for paragraph in str(text).split("\n"):
        for token in phrases(paragraph):
            widest = max(widest, text_width(token.strip(), pt))
    return widest


def phrases_fit(text: str, width_pt: float, pt: float, margin: float = SAFETY) -> bool:
    """Return True when every phrase of `text` fits one line of `width_pt` (no phrase has to be cut)."""
    limit = max(width_pt * (1.0 - margin), pt)
    return widest_line(text, pt) <= limit or longest_phrase(text, pt) <= limit


@lru_cache(maxsize=16384)
def widest_line(text: str, pt: float) -> float:
    """Return the width in points of the widest line of `text` unbroken: never less than its widest phrase (a
    phrase is part of a line and widths only add up), so a text whose lines fit needs no phrases cut."""
    return max(text_width(line, pt) for line in str(text).split("\n"))


WHOLE = 1 - 1e-9
"""A line at most this share of the width is kept whole without cutting it into phrases (its phrases' widths,
rounded one by one, cannot add up to more than the width)."""


@per_names(maxsize=16384)
def _wrap_line(line: str, width: float, pt: float, /) -> tuple[str, ...]:
    """Return one paragraph (no newlines) broken into lines no wider than `width` points, protected names whole."""
    if text_width(line, pt) <= width * WHOLE:  # every phrase fits after the ones before it: one line
        return (line.rstrip(" "),)
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in phrases(line):
        size = text_width(token, pt)
        current = lines[-1]
        if used + size <= width or (not current and size <= width):
            current.append(token)
            used += size
            continue
        if token == " ":
            lines.append([])
            used = 0.0
            continue
        if size > width:  # an over-long word or URL: fill the rest of this line, then whole lines
            used = _place_long(lines, token, used, width, pt)
            continue
        carry: list[str] = []
        while (carry or [token])[0][0] in NO_START and len(current) > 1:
            carry.insert(0, current.pop())  # keep the punctuation with the character before it
        if text_width("".join(carry) + token, pt) > width:
            current += carry  # cannot carry that much: accept the break
            carry = []
        while current and current[-1] and current[-1][-1] in NO_END:
            last = current[-1]
            head = last.rstrip("".join(NO_END))
            if head:  # 49.7%（ : the number stays, the opening bracket goes with what it opens
                current[-1] = head
                carry.insert(0, last[len(head):])
                break
            if len(current) == 1:
                break
            carry.insert(0, current.pop())
        while current and current[-1] == " ":
            current.pop()
        lines.append(carry)
        used = text_width("".join(carry), pt)
        if used + size <= width:
            lines[-1].append(token)
            used += size
        else:  # the phrase carried over with an opening bracket no longer fits: cut the token after it
            used = _place_long(lines, token, used, width, pt)
    return tuple("".join(tokens).rstrip(" ") for tokens in lines)


def _place_long(lines: list[list[str]], token: str, used: float, width: float, pt: float) -> float:
    """Place a token that does not fit the rest of the last line: whole atoms on the rest of that line, the
    remainder on whole lines of its own; return the width used on the last line."""
    current = lines[-1]
    rest = token
    if width - used >= _advance(token[0]) * pt:
        head = _hard_break(token, width - used, pt)[0]
        if _on_atom_edge(token, len(head), width, pt):  # fill the line only with whole atoms
            current.append(head)
            rest = token[len(head):]
    pieces = _hard_break(rest, width, pt) if rest else ()
    lines += [[piece] for piece in pieces]
    return text_width(pieces[-1], pt) if pieces else used + text_width(token, pt)


def wrap(text: str, width_pt: float, pt: float, margin: float = SAFETY) -> list[str]:
    """Return `text` broken into lines that fit `width_pt` at `pt` points, keeping `margin` of the width free."""
    width = max(width_pt * (1.0 - margin), pt)
    out: list[str] = []
    for paragraph in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        out += _wrap_line(paragraph, width, pt) if paragraph else [""]
    return out


def split_lines(text: str, lines: list[str]) -> list[str]:
    """Return `text` cut where `wrap` broke it into `lines`, each piece keeping the spaces it ended with, so that
    the pieces joined give `text` back (a renderer hangs a trailing space; readers of the file see the text)."""
    out: list[str] = []
    position = 0
    for line in lines:
        start = position
        needle = line.lstrip(" ")  # spaces a line of `wrap` starts with were kept by the line before
        found = text.find(needle, position) if needle else -1
        position = found + len(needle) if found >= 0 else position
        while position < len(text) and text[position] == " ":
            position += 1
        out.append(text[start:position])
    if position < len(text):
        out[-1] += text[position:]
    return out


def text_height(lines: int, pt: float, line_spacing: float = LINE_SPACING) -> float:
    """Return the height in points of `lines` lines at `pt` points."""
    return lines * pt * line_spacing


def fits(text: str, width_pt: float, height_pt: float, pt: float, line_spacing: float = LINE_SPACING) -> bool:
    """Return True when `text` wrapped to `width_pt` fits `height_pt` at `pt` points (margin included)."""
    return text_height(len(wrap(text, width_pt, pt)), pt, line_spacing) <= height_pt


def fit_size(text: str, width_pt: float, height_pt: float, max_pt: float, min_pt: float,
             line_spacing: float = LINE_SPACING, step: float = 0.5) -> float | None:
    """Return the largest size from `max_pt` down to `min_pt` at which `text` fits, or None."""
    pt = max_pt
    while pt >= min_pt - 1e-9:
        if fits(text, width_pt, height_pt, pt, line_spacing):
            return pt
        pt -= step
    return None


def shorten(text: str, width_pt: float, height_pt: float, pt: float, line_spacing: float = LINE_SPACING) -> str:
    """Return `text` cut with '…' so that it fits the box at `pt` points (unchanged when it fits)."""
    max_lines = max(int(height_pt // (pt * line_spacing)), 1)
    lines = wrap(text, width_pt, pt)
    if len(lines) <= max_lines:
        return text
    kept = lines[:max_lines]
    last = kept[-1]
    width = width_pt * (1.0 - SAFETY)
    while last and text_width(last + "…", pt) > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return "\n".join(kept)


def widen_columns(needs: list[float], widths: list[float]) -> list[float]:
    """Return `widths` changed so that each column is at least its need (the widest phrase it holds), the room
    taken from columns wider than their own need in proportion to their slack; the total stays the same."""
    total = sum(widths)
    fair = 1.5 * total / max(len(widths), 1)
    needs = [min(n, max(w, fair)) for n, w in zip(needs, widths, strict=True)]  # a long URL cannot take it all
    out = [max(w, n) for w, n in zip(widths, needs, strict=True)]
    excess = sum(out) - total
    if excess <= 0:
        return out
    slack = [max(o - n, 0.0) for o, n in zip(out, needs, strict=True)]
    room = sum(slack)
    if room >= excess:
        return [o - excess * s / room for o, s in zip(out, slack, strict=True)]
    scale = total / sum(needs)  # not enough room for every need: share the width in proportion to the needs
    return [n * scale for n in needs]
