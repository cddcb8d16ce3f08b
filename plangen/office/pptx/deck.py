"""A deck being built: template, fonts, colours, slides with title, footer and page number, measured shapes."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lxml import etree
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.shapes.autoshape import Shape as _Shape
from pptx.shapes.connector import Connector as _Connector

from plangen.design import Design, tint
from plangen.office.chartxml import normalise_chart_xml
from plangen.office.docprops import DocProps, apply_core
from plangen.office.pptx import slides, xml
from plangen.office.pptx import template as tpl
from plangen.office.pptx.geometry import Box, inch
from plangen.office.pptx.prototypes import ours
from plangen.office.pptx.text import (
    BULLET,
    INSET_X,
    INSET_Y,
    Fonts,
    Para,
    Style,
    as_paras,
    fit,
    inner_size,
    set_body,
    write_paragraphs,
)
from plangen.text import tr
from plangen.text.said import Said

if TYPE_CHECKING:
    from plangen.model import Style as PlanStyle

Charts = Literal["native", "image"]
SLIDE_NUMBER_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
_PH_PATH = f"*/{qn('p:nvPr')}/{qn('p:ph')}"
_OUR_PROTOTYPES: dict[str, slides.Prototype | None] = {}
"""The new slides of our own template's layouts, made once per process."""


class Deck:
    """A presentation under construction with the client's design; see the package docstring."""

    def __init__(self, prs: Any, design: Design, client_name: str, *, charts: Charts = "native") -> None:
        """Wrap an opened presentation (use `Deck.open`)."""
        self.prs = prs
        self.design = design
        self.client_name = client_name
        self.charts: Charts = charts
        self.lang = design.lang
        self.fonts = Fonts(latin=design.font_latin, ea=design.font_ea, lang=design.lang_tag)
        self.warnings: list[str] = []
        self.width: int = int(prs.slide_width)
        self.height: int = int(prs.slide_height)
        self.cover_layout = tpl.pick_layout(prs, tpl.COVER_LAYOUTS, cover=True)
        self.content_layout = tpl.pick_layout(prs, tpl.CONTENT_LAYOUTS)
        self.margin = round(self.width * 0.0375)
        self.content = self._content_box()
        self._ids: dict[Any, tuple[int, int]] = {}
        self._title_boxes: dict[int, Box] = {}
        self._footer_xml: tuple[tuple[Box, str, bool], ...] | None = None
        self._protos: dict[str, slides.Prototype | None] = {}
        """Per layout (by part name): its new slide as text, or None when it must be made by python-pptx."""
        self.properties = DocProps(title=client_name, author="", language=design.lang_tag)
        """Written into the file by `save`; callers set the document kind and author (`docprops.plan_props`)."""

    @classmethod
    def open(cls, design: Design, client_name: str, *, template: Path | None = None, charts: Charts = "native",
             style: PlanStyle | None = None, prototypes: bool = True) -> Deck:
        """Return a deck on our template, or on the user's `template` (.pptx) keeping its branding; without
        `prototypes` a deck on our template makes its first slide of each layout through python-pptx."""
        if template is None:
            prs = tpl.our_presentation()
            tpl.set_theme(prs, design.font_latin, design.font_ea, design.accent)
            deck = cls(prs, design, client_name, charts=charts)
            if not prototypes:
                return deck
            if not _OUR_PROTOTYPES:
                _OUR_PROTOTYPES.update(ours() or {})  # generated ones, when the template is the one they were made of
            deck._protos = _OUR_PROTOTYPES  # our template's new slides are the same in every deck
            return deck
        prs = tpl.open_presentation(template)
        theme_latin, theme_ea = tpl.theme_fonts(prs)
        latin = (style.font_latin if style else None) or _usable(theme_latin) or design.font_latin
        ea = (style.font_ea if style else None) or _usable(theme_ea) or design.font_ea
        accent = (style.accent if style else None) or tpl.theme_colour(prs) or design.accent
        tpl.set_theme(prs, latin, ea, style.accent if style and style.accent else None)
        design = replace(design, font_latin=latin, font_ea=ea, accent=accent, accent_light=tint(accent, 0.85))
        return cls(prs, design, client_name, charts=charts)

    def tr(self, key: str) -> str:
        """Return the shared label `key` in the deck's language."""
        return tr(self.lang, key)

    def _content_box(self) -> Box:
        """Return the area below the content layout's title and above the footer."""
        top = inch(1.3)
        for ph in self.content_layout.placeholders:
            if ph.placeholder_format.idx == 0 and ph.top is not None and ph.height is not None:
                top = int(ph.top + ph.height) + inch(0.22)
        top = min(max(top, round(self.height * 0.12)), round(self.height * 0.3))
        bottom = self.height - inch(0.62)
        return Box(self.margin, top, self.width - 2 * self.margin, bottom - top)

    @property
    def slide_box(self) -> Box:
        """Return the whole slide as a box."""
        return Box(0, 0, self.width, self.height)

    def add_slide(self, title: str, *, cover: bool = False) -> Any:
        """Return a new slide with `title`, footer (client, confidential) and page number (not on the cover)."""
        layout = self.cover_layout if cover else self.content_layout
        proto = self._protos.get(layout.part.partname)
        if proto is not None:
            return self._slide_from(layout, proto, title, cover)
        slide = self.prs.slides.add_slide(layout)
        tree = slide.shapes._spTree
        title_index = _keep_title(tree)
        title_el = None if title_index is None else tree[title_index]
        fresh = copy.deepcopy(slide._element) if title_index is not None else None
        self._title(slide, layout, title_el, title, cover)
        if fresh is not None and title_index is not None and layout.part.partname not in self._protos:
            self._protos[layout.part.partname] = slides.prototype(
                fresh, title_index, int(slide.shapes._next_shape_id), self._title_boxes[id(layout)],
                partial(set_body, anchor=_title_style(cover, self.design, True).anchor))
        if not cover:
            self._footer(slide)
        return slide

    def _slide_from(self, layout: Any, proto: slides.Prototype, title: str, cover: bool) -> Any:
        """Return a new slide made from the layout's prototype: the title measured, the footer drawn."""
        number = len(self.prs.slides) + 1
        body = self._fitted(proto.title_box, as_paras(title), _title_style(cover, self.design, True))
        shapes = "" if cover else "".join(self._footer_shapes(proto.next_id, number, declare=False))
        return slides.add(self.prs, layout, proto.start(body) + shapes, proto.tail,
                          proto.next_id + (0 if cover else 2))

    def _title(self, slide: Any, layout: Any, element: Any, title: str, cover: bool) -> None:
        """Write the title into the title placeholder (measured), or a text box when the layout has none."""
        style = _title_style(cover, self.design, element is not None)
        if element is None:
            box = Box(self.margin, inch(0.3), self.width - 2 * self.margin, self.content.top - inch(0.45))
            self.text(slide, box, title, style)
            return
        cached = self._title_boxes.get(id(layout))
        if cached is None:
            shape = slide.shapes._shape_factory(element)
            cached = Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))
            self._title_boxes[id(layout)] = cached
        box = cached
        tx_body = element.find(qn("p:txBody"))
        if tx_body is None:
            tx_body = slide.shapes._shape_factory(element).text_frame._txBody
        self.fill_frame(tx_body, box, as_paras(title), style)

    def _footer(self, slide: Any) -> None:
        """Draw the footer: client name and confidential on the left, the page number on the right."""
        number = len(self.prs.slides)
        first = self._new_id(slide)
        for markup in self._footer_shapes(first, number):
            self._append(slide, markup)
        self._ids[slide.part] = (len(slide.shapes._spTree), first + 2)

    def _footer_shapes(self, first_id: int, number: int, *, declare: bool = True) -> list[str]:
        """Return the footer's two text boxes (ids `first_id` on): client and confidential, the page `number`."""
        if self._footer_xml is None:
            top = self.height - inch(0.45)
            muted = Style(size=9, min_size=9, color=self.design.muted, anchor="middle")
            left = Box(self.margin, top, round(self.width * 0.6), inch(0.32))
            right = Box(self.width - self.margin - inch(1.2), top, inch(1.2), inch(0.32))
            text = self._body(left, as_paras(f"{self.client_name}  |  {self.tr('doc.confidential')}"), muted)
            page = self._body(right, [Para("0")], replace(muted, align="right"))
            page = page.replace("<a:r>", f'<a:fld id="{SLIDE_NUMBER_FIELD}" type="slidenum">', 1)
            page = page.replace("<a:t>0</a:t></a:r>", "<a:t>{number}</a:t></a:fld>", 1)
            self._footer_xml = ((left, text, False), (right, page, True))  # measured once per deck
        return [xml.sp(first_id + i, box, textbox=True, declare=declare,
                       body=body.replace("{number}", str(number)) if numbered else body)
                for i, (box, body, numbered) in enumerate(self._footer_xml)]

    def _new_id(self, slide: Any) -> int:
        """Return the next free shape id on `slide` (looked up once per slide, then counted)."""
        text = slides.pending(slide)
        if text is not None:
            text.next_id += 1
            return int(text.next_id - 1)
        tree = slide.shapes._spTree
        count = len(tree)
        state = self._ids.get(slide.part)
        next_id = state[1] if state is not None and state[0] == count else slide.shapes._next_shape_id
        self._ids[slide.part] = (count + 1, next_id + 1)
        return int(next_id)

    def _append(self, slide: Any, markup: str) -> Any:
        """Add `markup` (one shape, its namespaces declared) to `slide`; return its element (None while the slide
        is text: then the markup is appended as text, never parsed)."""
        text = slides.pending(slide)
        if text is not None:
            text.append(markup.replace(" " + xml.NSDECL, "", 1))
            return None
        element = xml.parse(markup)
        slides.append_shape(slide.shapes._spTree, element)
        return element

    def _body(self, box: Box, paras: Sequence[Para], style: Style, inset_x: int = INSET_X,
              inset_y: int = INSET_Y) -> str:
        """Return bodyPr + paragraphs fitted to `box` (shrunk, then cut with a warning)."""
        return xml.body_pr(style.anchor, inset_x, inset_y) + self._fitted(box, paras, style, inset_x, inset_y)

    def _fitted(self, box: Box, paras: Sequence[Para], style: Style, inset_x: int = INSET_X,
                inset_y: int = INSET_Y) -> str:
        """Return the a:p elements of `paras` fitted to `box` (shrunk, then cut with a warning)."""
        width_pt, height_pt = inner_size(box.width, box.height, inset_x, inset_y)
        fitted, size, cut = fit(paras, width_pt, height_pt, style)
        if cut:
            self.warnings.append(Said("messages.render.text_cut", preview=_preview(paras)))
        return xml.paragraphs(fitted or [Para("")], self.fonts, style.at(size), BULLET, width_pt)

    def fill_frame(self, tx_body: etree._Element, box: Box, paras: Sequence[Para], style: Style,
                   inset_x: int = INSET_X, inset_y: int = INSET_Y) -> float:
        """Write `paras` into a text body sized `box`, shrinking (then cutting) to fit; return the size used."""
        body_pr = tx_body.find(qn("a:bodyPr"))
        set_body(body_pr, style.anchor, inset_x, inset_y)
        width_pt, height_pt = inner_size(box.width, box.height, inset_x, inset_y)
        fitted, size, cut = fit(paras, width_pt, height_pt, style)
        if cut:
            self.warnings.append(Said("messages.render.text_cut", preview=_preview(paras)))
        write_paragraphs(tx_body, fitted, self.fonts, style.at(size), width_pt)
        return size

    def text(self, slide: Any, box: Box, text: str | Para | Sequence[str | Para], style: Style | None = None, *,
             fill: str | None = None, line: str | None = None, shape: Any = None,
             inset_x: int = INSET_X, inset_y: int = INSET_Y) -> Any:
        """Return a new text box (or `shape` autoshape when fill/line/shape is given) with text fitted to `box`."""
        style = style or Style()
        body = self._body(box, as_paras(text), style, inset_x, inset_y)
        textbox = fill is None and line is None and shape is None
        shape_id = self._new_id(slide)
        element = self._append(slide, xml.sp(shape_id, box, geometry=xml.prst(shape), textbox=textbox, fill=fill,
                                             line=line, body=body))
        return _shape(slide, element, shape_id, _Shape)

    def rect(self, slide: Any, box: Box, *, fill: str | None = None, line: str | None = None,
             line_pt: float = 0.75, shape: Any = None) -> Any:
        """Return a new autoshape (rectangle by default) with a flat fill and outline, no theme effects."""
        shape_id = self._new_id(slide)
        element = self._append(slide, xml.sp(shape_id, box, geometry=xml.prst(shape), fill=fill, line=line,
                                             line_pt=line_pt))
        return _shape(slide, element, shape_id, _Shape)

    def line(self, slide: Any, x1: int, y1: int, x2: int, y2: int, *, color: str | None = None,
             width_pt: float = 1.0, elbow: bool = False, arrow: bool = False) -> Any:
        """Return a new connector from (x1, y1) to (x2, y2)."""
        shape_id = self._new_id(slide)
        element = self._append(slide, xml.connector(shape_id, x1, y1, x2, y2, color=color or self.design.rule,
                                                    width_pt=width_pt, elbow=elbow, arrow=arrow))
        return _shape(slide, element, shape_id, _Connector)

    def table(self, title: str, columns: Sequence[Any], rows: Sequence[Sequence[Any]], **kwargs: Any) -> list[Any]:
        """Return the slides of a paginated table (see `plangen.office.pptx.table.add_table`)."""
        from plangen.office.pptx.table import add_table

        return add_table(self, title, columns, rows, **kwargs)

    def save(self, path: Path) -> Path:
        """Write the deck with its `properties` (dated now, never python-pptx's defaults), charts made valid."""
        from plangen.office import zipwrite

        apply_core(self.prs.core_properties, self.properties)
        for part in self.prs.part.package.iter_parts():
            if isinstance(part, ChartPart):
                normalise_chart_xml(part._element)  # python-pptx writes negative axis ids
        return zipwrite.save(self.prs, path)


def _shape(slide: Any, element: Any, shape_id: int, factory: Any) -> Any:
    """Return the python-pptx shape of a shape just drawn (looked up when first used while the slide is text)."""
    return slides.LazyShape(slide, shape_id, factory) if element is None else factory(element, slide.shapes)


def _title_style(cover: bool, design: Design, placeholder: bool) -> Style:
    """Return the style of a slide title: in the placeholder's colour, or the accent in a text box."""
    return Style(size=32.0 if cover else 24.0, min_size=14, bold=True, color=None if placeholder else design.accent,
                 anchor="bottom")


def _keep_title(tree: Any) -> int | None:
    """Remove every placeholder but the first title from a new slide's shape tree; return the title's index."""
    title = None
    for child in list(tree):
        ph = child.find(_PH_PATH)
        if ph is None:
            continue
        if int(ph.get("idx", "0")) == 0 and title is None:
            title = child
        else:
            tree.remove(child)
    return None if title is None else tree.index(title)


def _usable(typeface: str) -> str:
    """Return a theme typeface unless it is empty or a theme reference (+mn-lt)."""
    return "" if not typeface or typeface.startswith("+") else typeface


def _preview(paras: Sequence[Para]) -> str:
    """Return the start of a text for a warning."""
    text = " ".join(p.text for p in paras)
    return text[:40] + ("…" if len(text) > 40 else "")
