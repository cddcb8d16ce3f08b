"""A deck being built: template, fonts, colours, slides with title, footer and page number, measured shapes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lxml import etree
from pptx.oxml.ns import qn

from plangen.design import Design
from plangen.labels import label
from plangen.paths import templates_dir
from plangen.pptx_kit import template as tpl
from plangen.pptx_kit.geometry import Box, inch, pt_to_emu
from plangen.pptx_kit.text import (
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

if TYPE_CHECKING:
    from plangen.model import Style as PlanStyle

Charts = Literal["native", "image"]
SLIDE_NUMBER_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"


def tint(hex_rgb: str, amount: float) -> str:
    """Return `hex_rgb` mixed with white by `amount` (0..1)."""
    rgb = [int(hex_rgb[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


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

    @classmethod
    def open(cls, design: Design, client_name: str, *, template: Path | None = None, charts: Charts = "native",
             style: PlanStyle | None = None) -> Deck:
        """Return a deck on our template, or on the user's `template` (.pptx) keeping its branding."""
        if template is None:
            prs = tpl.open_presentation(templates_dir() / "kickoff.pptx")
            tpl.set_theme(prs, design.font_latin, design.font_ea, design.accent)
            return cls(prs, design, client_name, charts=charts)
        prs = tpl.open_presentation(template)
        theme_latin, theme_ea = tpl.theme_fonts(prs)
        latin = (style.font_latin if style else None) or _usable(theme_latin) or design.font_latin
        ea = (style.font_ea if style else None) or _usable(theme_ea) or design.font_ea
        accent = (style.accent if style else None) or tpl.theme_colour(prs) or design.accent
        tpl.set_theme(prs, latin, ea, style.accent if style and style.accent else None)
        design = replace(design, font_latin=latin, font_ea=ea, accent=accent, accent_light=tint(accent, 0.85))
        return cls(prs, design, client_name, charts=charts)

    def label(self, key: str) -> str:
        """Return the shared label `key` in the deck's language."""
        return label(self.lang, key)

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
        slide = self.prs.slides.add_slide(layout)
        for ph in list(slide.placeholders):
            if ph.placeholder_format.idx != 0:
                ph._element.getparent().remove(ph._element)
        self._title(slide, title, cover)
        if not cover:
            self._footer(slide)
        return slide

    def _title(self, slide: Any, title: str, cover: bool) -> None:
        """Write the title into the title placeholder (measured), or a text box when the layout has none."""
        shape = slide.shapes.title
        size = 32.0 if cover else 24.0
        style = Style(size=size, min_size=14, bold=True, color=None if shape is not None else self.design.accent,
                      anchor="bottom")
        if shape is None:
            box = Box(self.margin, inch(0.3), self.width - 2 * self.margin, self.content.top - inch(0.45))
            self.text(slide, box, title, style)
            return
        box = Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))
        self.fill_frame(shape.text_frame._txBody, box, as_paras(title), style)

    def _footer(self, slide: Any) -> None:
        """Draw the footer: client name and confidential on the left, the page number on the right."""
        top = self.height - inch(0.45)
        muted = Style(size=9, min_size=6, color=self.design.muted, anchor="middle")
        left = Box(self.margin, top, round(self.width * 0.6), inch(0.32))
        self.text(slide, left, f"{self.client_name}  |  {self.label('confidential')}", muted)
        right = Box(self.width - self.margin - inch(1.2), top, inch(1.2), inch(0.32))
        number = len(self.prs.slides)
        shape = self.text(slide, right, str(number), replace(muted, align="right"))
        run = shape.text_frame._txBody.find(f"{qn('a:p')}/{qn('a:r')}")
        run.tag = qn("a:fld")
        run.set("id", SLIDE_NUMBER_FIELD)
        run.set("type", "slidenum")

    def fill_frame(self, tx_body: etree._Element, box: Box, paras: Sequence[Para], style: Style,
                   inset_x: int = INSET_X, inset_y: int = INSET_Y) -> float:
        """Write `paras` into a text body sized `box`, shrinking (then cutting) to fit; return the size used."""
        body_pr = tx_body.find(qn("a:bodyPr"))
        set_body(body_pr, style.anchor, inset_x, inset_y)
        width_pt, height_pt = inner_size(box.width, box.height, inset_x, inset_y)
        fitted, size, cut = fit(paras, width_pt, height_pt, style)
        if cut:
            self.warnings.append(f"text shortened to fit its box: {_preview(paras)}")
        write_paragraphs(tx_body, fitted, self.fonts, style.at(size))
        return size

    def text(self, slide: Any, box: Box, text: str | Para | Sequence[str | Para], style: Style | None = None, *,
             fill: str | None = None, line: str | None = None, shape: Any = None,
             inset_x: int = INSET_X, inset_y: int = INSET_Y) -> Any:
        """Return a new text box (or `shape` autoshape when fill/line/shape is given) with text fitted to `box`."""
        style = style or Style()
        if fill is None and line is None and shape is None:
            sp = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
        else:
            sp = self.rect(slide, box, fill=fill, line=line, shape=shape)
        self.fill_frame(sp.text_frame._txBody, box, as_paras(text), style, inset_x, inset_y)
        return sp

    def rect(self, slide: Any, box: Box, *, fill: str | None = None, line: str | None = None,
             line_pt: float = 0.75, shape: Any = None) -> Any:
        """Return a new autoshape (rectangle by default) with a flat fill and outline, no theme effects."""
        from pptx.enum.shapes import MSO_SHAPE

        sp = slide.shapes.add_shape(shape or MSO_SHAPE.RECTANGLE, box.left, box.top, box.width, box.height)
        element = sp._element
        style_el = element.find(qn("p:style"))
        if style_el is not None:
            element.remove(style_el)
        sp_pr = element.find(qn("p:spPr"))  # children so far: xfrm, prstGeom; then fill, ln (schema order)
        if fill:
            etree.SubElement(etree.SubElement(sp_pr, qn("a:solidFill")), qn("a:srgbClr")).set("val", fill)
        else:
            etree.SubElement(sp_pr, qn("a:noFill"))
        ln = etree.SubElement(sp_pr, qn("a:ln"))
        if line:
            ln.set("w", str(pt_to_emu(line_pt)))
            etree.SubElement(etree.SubElement(ln, qn("a:solidFill")), qn("a:srgbClr")).set("val", line)
        else:
            etree.SubElement(ln, qn("a:noFill"))
        return sp

    def line(self, slide: Any, x1: int, y1: int, x2: int, y2: int, *, color: str | None = None,
             width_pt: float = 1.0, elbow: bool = False, arrow: bool = False) -> Any:
        """Return a new connector from (x1, y1) to (x2, y2)."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR

        kind = MSO_CONNECTOR.ELBOW if elbow else MSO_CONNECTOR.STRAIGHT
        connector = slide.shapes.add_connector(kind, x1, y1, x2, y2)
        style_el = connector._element.find(qn("p:style"))
        if style_el is not None:
            connector._element.remove(style_el)
        connector.line.color.rgb = RGBColor.from_string(color or self.design.rule)
        connector.line.width = pt_to_emu(width_pt)
        if arrow:
            ln = connector.line._get_or_add_ln()
            etree.SubElement(ln, qn("a:tailEnd")).set("type", "triangle")
        return connector

    def table(self, title: str, columns: Sequence[Any], rows: Sequence[Sequence[Any]], **kwargs: Any) -> list[Any]:
        """Return the slides of a paginated table (see `plangen.pptx_kit.table.add_table`)."""
        from plangen.pptx_kit.table import add_table

        return add_table(self, title, columns, rows, **kwargs)

    def save(self, path: Path) -> Path:
        """Write the deck to `path`; return it."""
        self.prs.save(str(path))
        return path


def _usable(typeface: str) -> str:
    """Return a theme typeface unless it is empty or a theme reference (+mn-lt)."""
    return "" if not typeface or typeface.startswith("+") else typeface


def _preview(paras: Sequence[Para]) -> str:
    """Return the start of a text for a warning."""
    text = " ".join(p.text for p in paras)
    return text[:40] + ("…" if len(text) > 40 else "")
