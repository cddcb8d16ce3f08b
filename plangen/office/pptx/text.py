"""Measured text: runs with a:latin + a:ea + lang, exact line spacing, and sizes chosen so text fits its box."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from lxml import etree
from pptx.oxml.ns import qn as _qn

from plangen.office import textfit
from plangen.office.phrases import per_names
from plangen.office.pptx.geometry import emu_to_pt, pt_to_emu
from plangen.office.pptx.style import Fonts, Para, Style

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
INSET_X = pt_to_emu(5)
"""Default left/right inset of text boxes and shapes."""
INSET_Y = pt_to_emu(3)
"""Default top/bottom inset of text boxes and shapes."""
ALIGN = {"left": "l", "center": "ctr", "right": "r"}
ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}

qn = lru_cache(maxsize=None)(_qn)
"""Return the Clark name of a prefixed tag (cached: called for every run)."""


BULLET = "• "


def clean(text: object) -> str:
    """Return `text` as a string that XML can hold (control characters dropped)."""
    return _BAD_XML.sub("", str(text))


def as_paras(text: str | Para | Sequence[str | Para]) -> list[Para]:
    """Return paragraphs from a string (split at newlines), a Para, or a list of either."""
    key = text if isinstance(text, str | Para) else tuple(text)
    try:
        return list(_as_paras(key))
    except TypeError:  # an unhashable item: not cached
        return list(_as_paras.__wrapped__(key))


@lru_cache(maxsize=8192)
def _as_paras(text: str | Para | tuple[str | Para, ...]) -> tuple[Para, ...]:
    """Return the paragraphs of `text` (cached: a table measures each cell at several sizes, then draws it)."""
    items = (text,) if isinstance(text, str | Para) else text
    out: list[Para] = []
    for item in items:
        if isinstance(item, Para):
            cleaned = clean(item.text)
            if cleaned == item.text and "\n" not in cleaned:
                out.append(item)
            else:
                out += [replace(item, text=line) for line in cleaned.split("\n")]
        else:
            out += [Para(line) for line in clean(item).split("\n")]
    return tuple(out)


def _display(para: Para) -> str:
    """Return the text as drawn, bullet included."""
    return BULLET + para.text if para.bullet else para.text


def line_count(paras: Sequence[Para], width_pt: float, size: float) -> int:
    """Return how many lines `paras` take at `size` in a frame `width_pt` wide."""
    return _line_count(tuple(paras), width_pt, size)


@per_names(maxsize=16384)
def _line_count(paras: tuple[Para, ...], width_pt: float, size: float, /) -> int:
    """Return `line_count` (cached: a text is measured at every size and width tried)."""
    return sum(len(textfit.wrap(_display(p), width_pt, size)) for p in paras)


def _sizes(style: Style) -> list[float]:
    """Return the sizes tried for `style`, largest first, in half points down to its minimum."""
    count = max(int((style.size - style.min_size) / 0.5 + 1e-9), 0)
    return [style.size - 0.5 * i for i in range(count + 1)]


def fit(paras: Sequence[Para], width_pt: float, height_pt: float, style: Style) -> tuple[list[Para], float, bool]:
    """Return (paragraphs, size, shortened): the largest size that fits, cutting text with '…' at min_size."""
    fitted, size, cut = _fit(tuple(paras), width_pt, height_pt, style)
    return list(fitted), size, cut


@per_names(maxsize=4096)
def _fit(paras: tuple[Para, ...], width_pt: float, height_pt: float, style: Style,
         /) -> tuple[tuple[Para, ...], float, bool]:
    """Return `fit` as a tuple of paragraphs (cached)."""
    sizes = _sizes(style)
    for whole in (True, False):  # first a size at which no phrase is cut inside, then any size that fits
        for size in sizes:
            if whole and not all(textfit.phrases_fit(_display(p), width_pt, size) for p in paras):
                continue
            if line_count(paras, width_pt, size) * size * style.line_spacing <= height_pt:
                return paras, size, False
    size = style.min_size
    max_lines = max(int(height_pt // (size * style.line_spacing)), 1)
    out: list[Para] = []
    for para in paras:
        lines = textfit.wrap(_display(para), width_pt, size)
        if len(lines) <= max_lines:
            out.append(para)
            max_lines -= len(lines)
            continue
        if max_lines > 0:
            kept = textfit.shorten(_display(para), width_pt, max_lines * size * style.line_spacing, size)
            out.append(replace(para, text=kept[len(BULLET):] if para.bullet else kept))
        break
    return tuple(out), size, True


def run_properties(parent: etree._Element, tag: str, fonts: Fonts, size: float, bold: bool | None,
                   color: str | None) -> etree._Element:
    """Append a:rPr / a:endParaRPr / a:defRPr with size, weight, colour, lang and latin + ea fonts."""
    rpr = etree.SubElement(parent, qn(tag))
    rpr.set("lang", fonts.lang)
    rpr.set("altLang", "en-US" if fonts.lang == "ja-JP" else "ja-JP")
    rpr.set("sz", str(round(size * 100)))
    if bold is not None:
        rpr.set("b", "1" if bold else "0")
    rpr.set("dirty", "0")
    if color:
        fill = etree.SubElement(rpr, qn("a:solidFill"))
        etree.SubElement(fill, qn("a:srgbClr")).set("val", color)
    etree.SubElement(rpr, qn("a:latin")).set("typeface", fonts.latin)
    etree.SubElement(rpr, qn("a:ea")).set("typeface", fonts.ea)
    return rpr


def write_paragraphs(tx_body: etree._Element, paras: Sequence[Para], fonts: Fonts, style: Style,
                     width_pt: float | None = None) -> None:
    """Replace the paragraphs of a txBody (a:txBody or p:txBody) with styled `paras` (broken where measured for
    `width_pt` when given)."""
    from plangen.office.pptx import xml

    for old in tx_body.findall(qn("a:p")):
        tx_body.remove(old)
    fragment = xml.parse(f"<a:txBody {xml.NSDECL}>{xml.paragraphs(paras or [Para('')], fonts, style, BULLET, width_pt)}"
                         "</a:txBody>")
    tx_body.extend(list(fragment))


def set_body(body_pr: etree._Element, anchor: str, inset_x: int = INSET_X, inset_y: int = INSET_Y) -> None:
    """Make a bodyPr wrap, never autofit, with the given insets and vertical anchor."""
    body_pr.set("wrap", "square")
    for name, value in (("lIns", inset_x), ("rIns", inset_x), ("tIns", inset_y), ("bIns", inset_y)):
        body_pr.set(name, str(value))
    body_pr.set("anchor", ANCHOR.get(anchor, "t"))
    body_pr.set("rtlCol", "0")
    for child in list(body_pr):
        if child.tag in (qn("a:spAutoFit"), qn("a:normAutofit"), qn("a:noAutofit")):
            body_pr.remove(child)
    etree.SubElement(body_pr, qn("a:noAutofit"))


def inner_size(width: int, height: int, inset_x: int = INSET_X, inset_y: int = INSET_Y) -> tuple[float, float]:
    """Return the usable width and height in points inside a frame of `width` x `height` EMU."""
    return emu_to_pt(max(width - 2 * inset_x, 0)), emu_to_pt(max(height - 2 * inset_y, 0))
