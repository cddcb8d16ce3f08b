"""New slides from a per-layout prototype: python-pptx's add_slide once per layout, then one parse per slide.

python-pptx clones every layout placeholder shape by shape (the deck then removes all but the title) and looks the
slide id up with XPath: about 1.5 ms a slide. The prototype is the slide as python-pptx made it, title cleared,
serialised once with two slots (the title's paragraphs, the shapes drawn at once); a new slide is that text with
the slots filled, parsed once, in a part related exactly as python-pptx relates it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

from lxml import etree
from pptx.oxml.ns import qn

from plangen.office.pptx import xml
from plangen.office.pptx.geometry import Box
from plangen.record import record

_TITLE_SLOT = "<!--plangen:title-->"
_SHAPES_SLOT = "<!--plangen:shapes-->"
_EXT_LST = qn("p:extLst")


@record
class Prototype:
    """A layout's new slide as text around two slots, its first free shape id and its title's box."""

    head: str
    middle: str
    tail: str
    next_id: int
    title_box: Box

    def start(self, title: str) -> str:
        """Return the slide's XML up to where its shapes go, with the title's paragraphs."""
        return self.head + title + self.middle


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
    append_shape(tree, etree.Comment(_SHAPES_SLOT[4:-3]))
    text = etree.tostring(element, encoding="unicode")
    head, rest = text.split(_TITLE_SLOT)
    middle, tail = rest.split(_SHAPES_SLOT)
    return Prototype(head, middle, tail, next_id, title_box)


def append_shape(tree: Any, element: Any) -> None:
    """Append `element` to a slide's p:spTree as its last shape: before the tree's p:extLst, if it has one."""
    if len(tree) and tree[-1].tag == _EXT_LST:
        tree[-1].addprevious(element)
    else:
        tree.append(element)


def add(prs: Any, layout: Any, head: str, tail: str, next_id: int) -> Any:
    """Return a new slide whose XML is `head` + the shapes drawn on it + `tail` (its first free shape id
    `next_id`), related to `layout` and listed last, as python-pptx's add_slide does."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.packuri import PackURI

    part = prs.part
    id_list = prs.slides._sldIdLst
    partname = PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml")
    slide_part = _part_class()(partname, part.package, head, tail, next_id)
    slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    rid = part._rels._add_relationship(RT.SLIDE, slide_part)  # a new part: no existing relationship to reuse
    last = int(id_list[-1].get("id")) if len(id_list) else 255  # ids only grow: the last is the largest
    entry = etree.SubElement(id_list, qn("p:sldId"))  # what add_sldId writes, without its XPath for the id
    entry.set("id", str(max(last, 255) + 1))
    entry.set(qn("r:id"), rid)
    return slide_part.slide


def pending(slide: Any) -> Any:
    """Return the slide's part while it is still XML text (shapes are appended as text), else None."""
    part = slide.part
    return part if getattr(part, "text_only", False) else None


@lru_cache(maxsize=1)
def _part_class() -> Any:
    """Return the class of slide parts kept as text (defined on first use: it subclasses python-pptx's)."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.package import Part
    from pptx.parts.slide import SlidePart
    from pptx.slide import Slide

    class TextSlidePart(SlidePart):
        """A slide part held as XML text while only the deck draws on it: shapes are appended as text and the
        text is written as the part, never parsed; anything reading the tree (python-pptx, a chart, a test)
        parses it first, and from then on it is an ordinary part."""

        def __init__(self, partname: Any, package: Any, head: str, tail: str, next_id: int) -> None:
            Part.__init__(self, partname, CT.PML_SLIDE, package)
            self._pieces: list[str] | None = [head]
            self._tail = tail
            self._tree: Any = None
            self.next_id = next_id
            self._slide: Any = None

        @property
        def text_only(self) -> bool:
            """Return True while the slide is text (no one has read its tree)."""
            return self._tree is None

        def append(self, markup: str) -> None:
            """Add a shape (XML without namespace declarations) at the end of the shape tree."""
            assert self._pieces is not None
            self._pieces.append(markup)

        @property
        def _element(self) -> Any:
            """Return the slide's tree, parsed from its text on first use."""
            if self._tree is None:
                assert self._pieces is not None
                self._tree = xml.parse("".join(self._pieces) + self._tail)
                self._pieces = None
            return self._tree

        @_element.setter
        def _element(self, value: Any) -> None:
            self._tree, self._pieces = value, None

        @property  # type: ignore[misc]
        def blob(self) -> bytes:
            """Return the part's XML: the text itself while no one has parsed it (what lxml would write)."""
            if self._pieces is not None:
                return (_DECLARATION + "".join(self._pieces) + self._tail).encode("utf-8")
            return cast(bytes, super().blob)

        @property
        def slide(self) -> Any:
            """Return the slide (its tree is parsed only when python-pptx reads it)."""
            if self._slide is None:
                self._slide = TextSlide(self)
            return self._slide

    class TextSlide(Slide):
        """A slide whose element is its part's, read (and parsed) only when used."""

        def __init__(self, part: Any) -> None:
            self._part = part

        @property
        def _element(self) -> Any:  # type: ignore[override]
            """Return the part's tree."""
            return self._part._element

    return TextSlidePart


_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""What lxml writes before a part's root element (python-pptx's serialize_part_xml)."""


class LazyShape:
    """A shape drawn on a slide still held as text: the python-pptx shape is looked up by id when first used."""

    def __init__(self, slide: Any, shape_id: int, factory: Any) -> None:
        """Remember where the shape is and how to wrap its element."""
        self._slide, self._id, self._factory, self._shape = slide, shape_id, factory, None

    def __getattr__(self, name: str) -> Any:
        """Return the attribute of the python-pptx shape (parsing the slide the first time)."""
        if self._shape is None:
            shapes = self._slide.shapes
            wanted = str(self._id)
            element = next(e for e in shapes._spTree
                           if len(e) and (e[0].find(qn("p:cNvPr")) is not None)
                           and e[0].find(qn("p:cNvPr")).get("id") == wanted)
            self._shape = self._factory(element, shapes)
        return getattr(self._shape, name)
