"""Shapes as raw XML: text boxes, flat autoshapes, connectors and tables built as one string and parsed once.

python-pptx's `add_shape`/`add_table` look the next shape id up with XPath on every call and re-walk the table
on every row-height change; building the same elements as strings is several times faster. The XML written is
what python-pptx writes (same elements, same defaults), minus the theme style (`p:style`) we removed anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as _escape

from pptx.oxml import parse_xml

from plangen.office.phrases import per_names
from plangen.office.pptx.geometry import Box, pt_to_emu

if TYPE_CHECKING:
    from plangen.office.pptx.style import Fonts, Para, Style

NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
ALIGN = {"left": "l", "center": "ctr", "right": "r"}
ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
_ATTR = {'"': "&quot;"}
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML cannot hold (dropped from text and attributes alike)."""
_WHITESPACE = str.maketrans("\t\n\r", "   ")


def esc(text: str) -> str:
    """Return `text` escaped for element content, as lxml writes it once parsed (line ends read as newlines)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _escape(text)


def attr(text: str) -> str:
    """Return `text` escaped for a double-quoted attribute, as lxml writes it once parsed (characters XML cannot
    hold dropped; tabs and line ends read as spaces)."""
    text = _BAD_XML.sub("", text)
    if "\r" in text or "\n" in text or "\t" in text:
        text = text.replace("\r\n", " ").translate(_WHITESPACE)
    return _escape(text, _ATTR)


@lru_cache(maxsize=64)
def prst(shape: Any) -> str:
    """Return the preset geometry name ('rect', 'chevron', ...) of an MSO_SHAPE member (None: rectangle)."""
    if shape is None:
        return "rect"
    from pptx.shapes.autoshape import AutoShapeType

    return str(AutoShapeType(shape).prst)


@lru_cache(maxsize=256)
def _rpr_attrs(fonts: Fonts, size: float, bold: bool | None) -> str:
    """Return the attributes of a run's properties."""
    alt = "en-US" if fonts.lang == "ja-JP" else "ja-JP"
    b = "" if bold is None else f' b="{1 if bold else 0}"'
    return f'lang="{attr(fonts.lang)}" altLang="{alt}" sz="{round(size * 100)}"{b} dirty="0"'


@lru_cache(maxsize=256)
def rpr(tag: str, fonts: Fonts, size: float, bold: bool | None, color: str | None) -> str:
    """Return a:rPr / a:endParaRPr with size, weight, colour, lang and latin + ea fonts (schema order)."""
    fill = f'<a:solidFill><a:srgbClr val="{attr(color)}"/></a:solidFill>' if color else ""
    return (f'<{tag} {_rpr_attrs(fonts, size, bold)}>{fill}<a:latin typeface="{attr(fonts.latin)}"/>'
            f'<a:ea typeface="{attr(fonts.ea)}"/></{tag}>')


@lru_cache(maxsize=64)
def _ppr(align: str, size: float, line_spacing: float) -> str:
    """Return a paragraph's properties: alignment, exact line spacing, no spacing before/after, no bullet."""
    spacing = round(size * line_spacing * 100)
    return (f'<a:pPr algn="{ALIGN.get(align, "l")}"><a:lnSpc><a:spcPts val="{spacing}"/></a:lnSpc>'
            '<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>')


def paragraphs(paras: Sequence[Para], fonts: Fonts, style: Style, bullet: str, width_pt: float | None = None) -> str:
    """Return the a:p elements of `paras` drawn in `style` (bullets prefixed with `bullet`).

    With `width_pt` (the frame's inner width), each paragraph is broken where `textfit.wrap` measured it, between
    phrases, with an a:br at each break: every renderer then wraps where we measured, never inside a word.
    """
    return _paragraphs(tuple(paras), fonts, style, bullet, width_pt)


@per_names(maxsize=4096)
def _paragraphs(paras: tuple[Para, ...], fonts: Fonts, style: Style, bullet: str, width_pt: float | None,
                /) -> str:
    """Return `paragraphs` (cached per the protected names too, with which lines are broken)."""
    ppr = _ppr(style.align, style.size, style.line_spacing)
    out: list[str] = []
    for para in paras:
        bold = style.bold if para.bold is None else para.bold
        color = para.color or style.color
        text = bullet + para.text if para.bullet else para.text
        props = rpr("a:rPr", fonts, style.size, bold, color)
        lines = _lines(text, width_pt, style.size) if text else []
        run = f"<a:br>{props}</a:br>".join(f"<a:r>{props}<a:t>{esc(line)}</a:t></a:r>" if line
                                            else f"<a:r>{props}<a:t/></a:r>" for line in lines)
        out.append(f'<a:p>{ppr}{run}{rpr("a:endParaRPr", fonts, style.size, bold, color)}</a:p>')
    return "".join(out)


def _lines(text: str, width_pt: float | None, size: float) -> list[str]:
    """Return `text` as the lines measured for a frame `width_pt` wide (one line when no width is given)."""
    if width_pt is None:
        return [text]
    from plangen.office import textfit

    return textfit.split_lines(text, textfit.wrap(text, width_pt, size))


def body_pr(anchor: str, inset_x: int, inset_y: int) -> str:
    """Return the head of a text body: a bodyPr (wraps, never autofits, insets, anchor) then an empty lstStyle.

    The schema orders a text body bodyPr, lstStyle, p...: paragraphs follow this head, never precede lstStyle.
    """
    return (f'<a:bodyPr wrap="square" lIns="{inset_x}" rIns="{inset_x}" tIns="{inset_y}" bIns="{inset_y}" '
            f'anchor="{ANCHOR.get(anchor, "t")}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>')


@lru_cache(maxsize=256)
def _solid(color: str | None) -> str:
    """Return a solid fill of `color`, or noFill."""
    return f'<a:solidFill><a:srgbClr val="{attr(color)}"/></a:solidFill>' if color else "<a:noFill/>"


def _xfrm(box: Box, tag: str = "a:xfrm", flip: str = "") -> str:
    """Return the position and size of a shape."""
    return (f'<{tag}{flip}><a:off x="{box.left}" y="{box.top}"/>'
            f'<a:ext cx="{box.width}" cy="{box.height}"/></{tag}>')


def sp(shape_id: int, box: Box, *, geometry: str = "rect", textbox: bool = False, fill: str | None = None,
       line: str | None = None, line_pt: float = 0.75, body: str = "", declare: bool = True) -> str:
    """Return a p:sp: a text box (no fill, no line) or a flat autoshape; `body` is body_pr() + paragraphs
    (`declare`: with the namespace declarations, to be parsed on its own)."""
    if textbox:
        name, nv, sppr = f"TextBox {shape_id - 1}", '<p:cNvSpPr txBox="1"/>', "<a:noFill/>"
    else:
        ln = (f'<a:ln w="{pt_to_emu(line_pt)}">{_solid(line)}</a:ln>' if line else "<a:ln><a:noFill/></a:ln>")
        name, nv, sppr = f"Shape {shape_id - 1}", "<p:cNvSpPr/>", _solid(fill) + ln
    text = f"<p:txBody>{body or body_pr('middle', 91440, 45720) + '<a:p/>'}"
    head = f"<p:sp {NSDECL}>" if declare else "<p:sp>"
    return (f'{head}<p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/>{nv}<p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{_xfrm(box)}<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{sppr}</p:spPr>'
            f"{text}</p:txBody></p:sp>")


def connector(shape_id: int, x1: int, y1: int, x2: int, y2: int, *, color: str, width_pt: float, elbow: bool,
              arrow: bool) -> str:
    """Return a p:cxnSp from (x1, y1) to (x2, y2) (flipped like python-pptx when it runs left or up)."""
    flip = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
    box = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    tail = '<a:tailEnd type="triangle"/>' if arrow else ""
    return (f'<p:cxnSp {NSDECL}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="Connector {shape_id - 1}"/>'
            f"<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>{_xfrm(box, flip=flip)}"
            f'<a:prstGeom prst="{"bentConnector3" if elbow else "line"}"><a:avLst/></a:prstGeom>'
            f'<a:ln w="{pt_to_emu(width_pt)}">{_solid(color)}{tail}</a:ln></p:spPr></p:cxnSp>')


def cell(body: str, fill: str, margin_x: int, margin_y: int, anchor: str = "top") -> str:
    """Return an a:tc with paragraphs `body`, margins, vertical anchoring (top by default) and a flat fill."""
    return (f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{body}</a:txBody>"
            f'<a:tcPr marL="{margin_x}" marR="{margin_x}" marT="{margin_y}" marB="{margin_y}" '
            f'anchor="{ANCHOR.get(anchor, "t")}">'
            f"{_solid(fill)}</a:tcPr></a:tc>")


def table(shape_id: int, box: Box, widths: Sequence[int], rows: Sequence[tuple[int, Sequence[str]]]) -> str:
    """Return a p:graphicFrame holding a table: column `widths`, rows of (height, [a:tc ...])."""
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    body = "".join(f'<a:tr h="{h}">{"".join(cells)}</a:tr>' for h, cells in rows)
    return (f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="Table {shape_id - 1}"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f'</p:nvGraphicFramePr>{_xfrm(box, "p:xfrm")}<a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            f'<a:tbl><a:tblPr firstRow="1" bandRow="0"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>'
            f"<a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")


def parse(xml: str) -> Any:
    """Return the element parsed from `xml` with python-pptx's element classes."""
    return parse_xml(xml)
