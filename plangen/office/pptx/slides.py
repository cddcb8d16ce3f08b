"""New slides from a per-layout prototype: python-pptx's add_slide once per layout, then one parse per slide.

python-pptx clones every layout placeholder shape by shape (the deck then removes all but the title) and looks the
slide id up with XPath: about 1.5 ms a slide. The prototype is the slide as python-pptx made it, title cleared,
serialised once with two slots (the title's paragraphs, the shapes drawn at once); a new slide is that text with
the slots filled, parsed once, in a part related exactly as python-pptx relates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from plangen.office.pptx import xml
from plangen.office.pptx.geometry import Box

_TITLE_SLOT = "<!--plangen:title-->"
_SHAPES_SLOT = "<!--plangen:shapes-->"


@dataclass(frozen=True)
class Prototype:
    """A layout's new slide as text around two slots, its first free shape id and its title's box."""

    head: str
    middle: str
    tail: str
    next_id: int
    title_box: Box

    def markup(self, title: str, shapes: str) -> str:
        """Return the slide's XML with the title's paragraphs and the shapes (without namespace declarations)."""
        return self.head + title + self.middle + shapes + self.tail


def prototype(slide_element: Any, title_index: int, next_id: int, title_box: Box,
              prepare_body: Any) -> Prototype | None:
    """Return the prototype of a copy of a slide just made by python-pptx, placeholders but the title removed
    (None when the title has no text body); `prepare_body(bodyPr)` sets the title's body as writing it would."""
    element = slide_element
    tree = element.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
    tx_body = tree[title_index].find(qn("p:txBody"))
    body_pr = None if tx_body is None else tx_body.find(qn("a:bodyPr"))
    if tx_body is None or body_pr is None:
        return None
    prepare_body(body_pr)
    for old in tx_body.findall(qn("a:p")):
        tx_body.remove(old)
    tx_body.append(etree.Comment(_TITLE_SLOT[4:-3]))
    slot = etree.Comment(_SHAPES_SLOT[4:-3])
    if len(tree) and tree[-1].tag == qn("p:extLst"):
        tree[-1].addprevious(slot)
    else:
        tree.append(slot)
    text = etree.tostring(element, encoding="unicode")
    head, rest = text.split(_TITLE_SLOT)
    middle, tail = rest.split(_SHAPES_SLOT)
    return Prototype(head, middle, tail, next_id, title_box)


def add(prs: Any, layout: Any, markup: str) -> Any:
    """Return a new slide holding `markup`, related to `layout` and listed last, as python-pptx's add_slide does."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.packuri import PackURI
    from pptx.parts.slide import SlidePart

    part = prs.part
    id_list = prs.slides._sldIdLst
    partname = PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml")
    slide_part = SlidePart(partname, CT.PML_SLIDE, part.package, xml.parse(markup))
    slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    rid = part._rels._add_relationship(RT.SLIDE, slide_part)  # a new part: no existing relationship to reuse
    last = int(id_list[-1].get("id")) if len(id_list) else 255  # ids only grow: the last is the largest
    entry = etree.SubElement(id_list, qn("p:sldId"))  # what add_sldId writes, without its XPath for the id
    entry.set("id", str(max(last, 255) + 1))
    entry.set(qn("r:id"), rid)
    return slide_part.slide
