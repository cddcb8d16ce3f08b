"""Shared DOCX toolkit: Japanese-ready A4 documents, headings, tables and pictures in the plangen design.

Every function takes the `Design` from `plangen.design.design_for(plan)`; python-docx is imported
lazily, so importing this module is cheap. The API is stable (other renderers build on it):

    doc = new_document(design, footer_text="みなと衣料")     # A4 portrait, styles, footer
    add_title(doc, "評価者報告書", design, subtitle="2027年2月")
    add_heading(doc, "KPIの進捗", design, level=1)           # levels 1-3
    add_paragraph(doc, "本文", design, size=10, bold=False, colour=None)
    add_bullets(doc, ["一つ目", "二つ目"], design)
    table = add_table(doc, ["KPI", "目標", "状況"], [["粗利率", "49.7%", "順調"]], design,
                      widths_mm=[80, 40, 50], align=["left", "right", "center"], min_row_mm=7)
                                                              # header=None: a table without header row
    shade_status_cell(table.cell(1, 2), "on_track", design)   # tinted fill; the text stays the label
    add_key_value_table(doc, [("目的", "…"), ("頻度", "毎週")], design)
    add_picture(doc, "chart.png", design, width_mm=160, caption="図1 …")
    page_break(doc)
    save(doc, Path("out.docx"))                                 # atomic write

Lower-level helpers: `configure_styles(doc, design)` (fonts with w:eastAsia on every style, docDefaults
lang eastAsia=ja-JP, heading styles without theme-font overrides), `setup_page(section)` (A4 portrait,
20 mm margins), `add_footer(section, design, text)` (text + 社外秘/Confidential + PAGE / NUMPAGES
fields), `set_run_font(run, design, ...)`, `set_cell_text(cell, text, design, ...)`, `shade_cell(cell,
fill)`, `set_repeat_header(row)`, `set_row_height(row, mm)`,
`set_col_widths(table, widths_mm)`, `status_fill(status, design)`,
`tint(hex, amount)`, `add_field(paragraph, "PAGE", design)`, `set_language(doc, design)` (relabel
every run as the design's language, e.g. after rendering a template made for another language),
`apply_fonts(doc, design)` (rename every font to the design's).

Documents opened from a template (docxtpl) can be passed to `configure_styles` as well.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from plangen.design import Design, status_fill
from plangen.office.docprops import DocProps, apply_core
from plangen.text import tr
from plangen.write.atomic import write_atomic

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

Align = Literal["left", "center", "right"]

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_MM = 20.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM
BODY_PT = 10.0
TABLE_PT = 9.0
HEADING_PT = {0: 20.0, 1: 14.0, 2: 12.0, 3: 10.5}
LIST_INDENT_PT = 22.0
"""Where a bulleted paragraph's text starts, from the margin (the List styles indent a quarter inch; a margin)."""
BOLD_WIDTH = 1.05
"""Text is measured this much wider than the bundled regular face, so that bold lines still fit."""
CELL_X_PT = 4.5
"""Left and right cell padding in points (90 twips, see `_set_cell_margins`)."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
"""WordprocessingML's namespace in Clark notation: the tags below are looked up without `qn()` or ElementPath
(both run Python per call; these loops visit every cell, paragraph and run of a document)."""
_TBL, _TBL_GRID, _GRID_COL, _TR, _TC, _TC_PR, _TC_W = (f"{_W}{tag}" for tag in (
    "tbl", "tblGrid", "gridCol", "tr", "tc", "tcPr", "tcW"))
_P, _P_PR, _P_STYLE, _R, _R_PR, _SZ, _T = (f"{_W}{tag}" for tag in ("p", "pPr", "pStyle", "r", "rPr", "sz", "t"))
_VAL, _TYPE, _WIDTH, _BR = f"{_W}val", f"{_W}type", f"{_W}w", f"{_W}br"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def new_document(design: Design, *, footer_text: str = "", confidential: bool = True) -> Document:
    """Return a new A4 portrait document with plangen styles and a page-number footer."""
    import copy

    from plangen.office import shared_styles

    base = _base_document(design)
    # the copy shares the base's styles (copied and serialized once per design; nothing changes them later),
    # so style names resolve to the same ids, looked up once per design
    doc: Document = copy.deepcopy(base, shared_styles.copy_memo(base, ("new_document", design), "base", None))
    _STYLE_IDS[doc.part] = _STYLE_IDS.setdefault(base.part, {})
    add_footer(doc.sections[0], design, footer_text, confidential=confidential)
    return doc


@lru_cache(maxsize=4)
def _base_document(design: Design) -> Document:
    """Return python-docx's default document with `configure_styles` and `setup_page` applied (kept, never changed).

    Opening the default template and configuring its 350 kB of styles is most of the time of a new
    document and depends on nothing but the design, so it is done once per design; each document is a
    copy (`new_document`).
    """
    import docx

    doc = docx.Document()
    make_valid(doc)
    configure_styles(doc, design)
    setup_page(doc.sections[0])
    return doc


def setup_page(section: Section, margin_mm: float = MARGIN_MM) -> None:
    """Make `section` A4 portrait with equal margins."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def configure_styles(doc: Document, design: Design) -> None:
    """Set fonts (with w:eastAsia), sizes and colours on the document's styles and docDefaults."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles_el = doc.styles.element
    _set_doc_defaults(styles_el, design)
    for rfonts in styles_el.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    for colour in styles_el.iter(qn("w:color")):
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            colour.attrib.pop(qn(attr), None)
    for element in styles_el.iterchildren(f"{_W}style"):  # doc.styles, without a python-docx object per style
        if element.get(_TYPE, "paragraph") in _FONTED_TYPES:  # python-docx's type of a style without one: paragraph
            _set_font_names(element.get_or_add_rPr(), design)
    named = _styles_by_name(styles_el)
    normal = named("Normal")
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor.from_string(design.ink)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    for level in (1, 2, 3):
        style = named(f"Heading {level}")
        style.font.size = Pt(HEADING_PT[level])
        style.font.bold = True
        style.font.color.rgb = RGBColor.from_string(design.accent if level < 3 else design.ink)
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    title = named("Title")
    title.font.size = Pt(HEADING_PT[0])
    title.font.bold = True
    title.font.color.rgb = RGBColor.from_string(design.accent)
    title.paragraph_format.space_after = Pt(2)
    _drop_title_border(title.element)
    subtitle = named("Subtitle")
    subtitle.font.size = Pt(11)
    subtitle.font.italic = False
    subtitle.font.color.rgb = RGBColor.from_string(design.muted)
    subtitle.paragraph_format.space_after = Pt(10)
    for name in ("Header", "Footer"):
        for tabs in named(name).element.iter(qn("w:tabs")):
            tabs.getparent().remove(tabs)  # Letter-sized centre/right stops from the default template
        named(name).font.size = Pt(8)
        named(name).font.color.rgb = RGBColor.from_string(design.muted)


_FONTED_TYPES = ("paragraph", "character", "table")
"""The style types (w:type) whose fonts `configure_styles` sets."""


def _styles_by_name(styles_el: Any) -> Any:
    """Return a function giving the style named like `doc.styles[name]` does, from one pass over the styles (python-docx
    searches them with XPath per name)."""
    from docx.styles import BabelFish
    from docx.styles.style import StyleFactory

    elements: dict[str, Any] = {}
    for element in styles_el.iterchildren(f"{_W}style"):
        for name in element.iterchildren(f"{_W}name"):
            elements.setdefault(name.get(_VAL), element)  # the first style of a name, as the XPath finds it
    return lambda name: StyleFactory(elements[BabelFish.ui2internal(name)])


def _set_doc_defaults(styles_el: Any, design: Design) -> None:
    """Write fonts and languages (eastAsia ja-JP) into w:docDefaults."""
    from docx.oxml.ns import qn

    defaults = _child(styles_el, "w:docDefaults", first=True)
    rpr = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    _set_font_names(rpr, design)
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), design.lang_tag)
    lang.set(qn("w:eastAsia"), "ja-JP")
    lang.set(qn("w:bidi"), "ar-SA")


def _child(parent: Any, tag: str, *, first: bool = False) -> Any:
    """Return `parent`'s child element `tag` (e.g. "w:rPr"), adding it (first or last) when missing."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _set_font_names(rpr: Any, design: Design) -> None:
    """Set ascii/hAnsi to the Latin font and eastAsia to the Japanese font on an rPr element."""
    rfonts = next(rpr.iterchildren(_R_FONTS), None)
    if rfonts is None:
        rfonts = _add_rfonts(rpr)
    for attr in _THEME_FONTS:
        rfonts.attrib.pop(attr, None)
    rfonts.set(f"{_W}ascii", design.font_latin)
    rfonts.set(f"{_W}hAnsi", design.font_latin)
    rfonts.set(f"{_W}eastAsia", design.font_ea)
    rfonts.set(f"{_W}cs", design.font_latin)


_R_FONTS = f"{_W}rFonts"
_THEME_FONTS = tuple(f"{_W}{attr}" for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))
R_PR_AFTER_FONTS = ("b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
                    "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
                    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl",
                    "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
"""The children of w:rPr that come after w:rFonts, in the schema's (and python-docx's) order."""
_AFTER_FONTS_RANK = {f"{_W}{tag}": n for n, tag in enumerate(R_PR_AFTER_FONTS)}


def _add_rfonts(rpr: Any) -> Any:
    """Add and return a w:rFonts as python-docx's `get_or_add_rFonts` does, without its ElementPath search per
    successor: before the successor that comes first in schema order (the first of its kind), else last."""
    from lxml import etree

    successor, best = None, len(_AFTER_FONTS_RANK)
    for child in rpr:
        rank = _AFTER_FONTS_RANK.get(child.tag, best) if isinstance(child.tag, str) else best
        if rank < best:
            successor, best = child, rank
    rfonts = etree.SubElement(rpr, _R_FONTS)
    if successor is not None:
        successor.addprevious(rfonts)
    return rfonts


def _drop_title_border(style_el: Any) -> None:
    """Remove the default Title style's bottom border (it looks like a stray rule)."""
    from docx.oxml.ns import qn

    for border in style_el.iter(qn("w:pBdr")):
        border.getparent().remove(border)


def set_language(doc: Document, design: Design, *, styles: bool = True) -> None:
    """Mark every run, style (not with styles=False) and the defaults with the design's language (east-Asian text
    stays ja-JP)."""
    for root in _marked_parts(doc, styles):
        _set_language_in(root, design)


def _marked_parts(doc: Document, styles: bool) -> list[Any]:
    """Return the root elements `set_language` and `apply_fonts` mark: styles (optionally), body, footers, headers."""
    parts = [doc.styles.element] if styles else []
    parts.append(doc.element)
    return parts + [s.footer._element for s in doc.sections] + [s.header._element for s in doc.sections]


def _set_language_in(root: Any, design: Design) -> None:
    """Mark every w:lang under `root` with the design's language (east-Asian text stays ja-JP)."""
    for lang in root.iter(f"{_W}lang"):
        lang.set(_VAL, design.lang_tag)
        lang.set(f"{_W}eastAsia", "ja-JP")


def finished_styles(design: Design, *, fonts: bool) -> tuple[tuple[Any, ...], Any]:
    """Return a key and a function marking a styles element as `set_language` (and with `fonts`, `apply_fonts`) do.

    For `render_docx_template(..., styles=...)`: it returns documents whose styles are already marked
    (shared between documents of the same template and key); mark the rest with `styles=False`.
    """
    def finish(styles_element: Any) -> None:
        _set_language_in(styles_element, design)
        if fonts:
            _apply_fonts_in(styles_element, design)

    return ("styles", design.lang_tag, (design.font_latin, design.font_ea) if fonts else None), finish


TC_PR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
               "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
               "tcPrChange")
"""The children of w:tcPr in the order the schema (CT_TcPr) requires."""


def make_valid(doc: Document) -> None:
    """Repair what python-docx and docxtpl write against the schema: w:zoom's percent, w:tcPr child order.

    python-docx's default settings part has `<w:zoom w:val="bestFit"/>` without the required `w:percent`;
    docxtpl's `{% cellbg %}` puts `w:shd` first in a cell's properties, before `w:tcW`. Word repairs both.
    """
    from docx.oxml.ns import qn

    for zoom in doc.settings.element.iter(qn("w:zoom")):
        if zoom.get(qn("w:percent")) is None:
            zoom.set(qn("w:percent"), "100")
    rank = {qn(f"w:{tag}"): n for n, tag in enumerate(TC_PR_ORDER)}
    for tc_pr in doc.element.body.iter(qn("w:tcPr")):
        children = list(tc_pr)
        ordered = sorted(children, key=lambda child: rank.get(child.tag, len(rank)))
        if ordered != children:
            for child in ordered:
                tc_pr.append(child)  # append moves: the children end up in schema order


def apply_fonts(doc: Document, design: Design, *, styles: bool = True) -> None:
    """Rename the fonts of every style (not with styles=False), run and footer to the design's (Latin and
    east-Asian)."""
    for root in _marked_parts(doc, styles):
        _apply_fonts_in(root, design)


def _apply_fonts_in(root: Any, design: Design) -> None:
    """Rename the fonts named by every w:rFonts under `root` to the design's."""
    latin = [f"{_W}{attr}" for attr in ("ascii", "hAnsi", "cs")]
    east_asian = f"{_W}eastAsia"
    for fonts in root.iter(f"{_W}rFonts"):
        for attr in latin:
            if fonts.get(attr) is not None:
                fonts.set(attr, design.font_latin)
        if fonts.get(east_asian) is not None:
            fonts.set(east_asian, design.font_ea)


# Property elements (w:rPr of a run, w:pPr of a table-cell paragraph) made once by the python-docx calls
# below on an empty element, keyed by what they depend on; a new run or paragraph gets a copy. The
# python-docx setters search for each child's place in the schema on every call, which made setting
# properties the bulk of a document's time; a copy is the same XML.
_PROPS: dict[tuple[Any, ...], Any] = {}


def _props_copy(key: tuple[Any, ...], make: Any) -> Any:
    """Return a copy of the property element cached under `key` (made by `make()` the first time)."""
    import copy

    element = _PROPS.get(key)
    if element is None:
        element = _PROPS[key] = make()
    return copy.deepcopy(element)


def set_run_font(run: Run, design: Design, *, size: float | None = None, bold: bool | None = None,
                 colour: str | None = None, italic: bool | None = None) -> Run:
    """Set the run's fonts (w:eastAsia included), language and optional size, weight and colour; return it."""
    r = run._r
    if r.rPr is None:  # a new run: the properties the code below writes, copied at once
        key = ("rPr", design.font_latin, design.font_ea, design.lang_tag, size, bold, colour, italic)
        r.insert(0, _props_copy(key, lambda: _new_run_properties(design, size, bold, colour, italic)))
        return run
    _set_run_font(run, design, size=size, bold=bold, colour=colour, italic=italic)
    return run


def _new_run_properties(design: Design, size: float | None, bold: bool | None, colour: str | None,
                        italic: bool | None) -> Any:
    """Return the w:rPr that `_set_run_font` gives a run without properties."""
    from docx.oxml import OxmlElement
    from docx.text.run import Run

    scratch = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    _set_run_font(scratch, design, size=size, bold=bold, colour=colour, italic=italic)
    return scratch._r.rPr


def _set_run_font(run: Run, design: Design, *, size: float | None = None, bold: bool | None = None,
                  colour: str | None = None, italic: bool | None = None) -> None:
    """Set the run's fonts, language and optional size, weight and colour through python-docx."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    rpr = run._r.get_or_add_rPr()
    _set_font_names(rpr, design)
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), design.lang_tag)
    lang.set(qn("w:eastAsia"), "ja-JP")
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if colour is not None:
        run.font.color.rgb = RGBColor.from_string(colour)


def add_field(paragraph: Paragraph, instruction: str, design: Design, *, placeholder: str = "1",
              size: float | None = None) -> None:
    """Append a field (e.g. PAGE, NUMPAGES) with a cached `placeholder` result to `paragraph`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld_char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    parts: list[Any] = [fld_char("begin")]
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    parts += [instr, fld_char("separate")]
    for element in parts:
        run = paragraph.add_run()
        set_run_font(run, design, size=size)
        run._r.append(element)
    set_run_font(paragraph.add_run(placeholder), design, size=size)
    run = paragraph.add_run()
    set_run_font(run, design, size=size)
    run._r.append(fld_char("end"))


def add_footer(section: Section, design: Design, text: str, *, confidential: bool = True) -> Paragraph:
    """Write the footer: `text` and 社外秘/Confidential on the left, 'PAGE / NUMPAGES' on the right."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.text = ""
    paragraph._p.style = _style_id(paragraph.part.package.main_document_part, "Footer")  # paragraph.style = ...
    width = (section.page_width or Mm(PAGE_WIDTH_MM)) - (section.left_margin or 0) - (section.right_margin or 0)
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    left = "　".join(part for part in (text, tr(design.lang, "doc.confidential") if confidential else "") if part)
    set_run_font(paragraph.add_run(left), design, size=8, colour=design.muted)
    set_run_font(paragraph.add_run("\t"), design, size=8)
    add_field(paragraph, "PAGE", design, size=8)
    set_run_font(paragraph.add_run(" / "), design, size=8, colour=design.muted)
    add_field(paragraph, "NUMPAGES", design, size=8)
    return paragraph


_STYLE_IDS: weakref.WeakKeyDictionary[Any, dict[str, str | None]] = weakref.WeakKeyDictionary()


def _styled_paragraph(container: Any, style: str | None) -> Paragraph:
    """Add a paragraph with the named paragraph style to a document or cell, as `add_paragraph(style=)` does.

    python-docx resolves a style name with XPath searches over styles.xml on every paragraph; the id
    is looked up once per document here and written straight into w:pStyle (None: the default style).
    """
    paragraph = container.add_paragraph()
    if style:  # python-docx's `_p.style = id` (a w:pPr, empty for None) without its search for the place
        from lxml import etree

        properties = etree.SubElement(paragraph._p, _P_PR)  # the new paragraph is empty
        style_id = _style_id(container.part, style)
        if style_id is not None:
            etree.SubElement(properties, _P_STYLE, {_VAL: style_id})
    return paragraph


def _style_id(part: Any, style: str) -> str | None:
    """Return the id of the named paragraph style for `part` (looked up once per document part)."""
    ids = _STYLE_IDS.setdefault(part, {})
    if style not in ids:
        ids[style] = paragraph_style_id(part.package.main_document_part.styles.element, style)
    return ids[style]


_ON = ("1", "true", "on")


def paragraph_style_id(styles: Any, name: str) -> str | None:
    """Return python-docx's `get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)` for the w:styles element `styles` from one
    pass over it (python-docx searches it twice per name): the id of the first style of that name, None for the
    default paragraph style; KeyError when there is none, ValueError when it is not a paragraph style."""
    from docx.styles import BabelFish

    internal = BabelFish.ui2internal(name)
    found = default = None
    for style in styles.iterchildren(f"{_W}style"):
        if found is None and any(n.get(_VAL) == internal for n in style.iterchildren(f"{_W}name")):
            found = style
        if style.get(_TYPE) == "paragraph" and style.get(f"{_W}default") in _ON:
            default = style  # the last default, as python-docx takes it
    if found is None:
        raise KeyError(f"no style with name '{name}'")
    if found.get(_TYPE, "paragraph") != "paragraph":
        raise ValueError(f"assigned style is type {found.get(_TYPE)}, need type paragraph")
    return None if found is default else found.get(f"{_W}styleId")


def add_title(doc: Document, text: str, design: Design, *, subtitle: str | None = None) -> Paragraph:
    """Add the document title (and an optional grey subtitle line); return the title paragraph."""
    paragraph = _styled_paragraph(doc, "Title")
    set_run_font(paragraph.add_run(text), design)
    if subtitle:
        sub = _styled_paragraph(doc, "Subtitle")
        set_run_font(sub.add_run(subtitle), design)
    return paragraph


def add_heading(doc: Document, text: str, design: Design, *, level: int = 1) -> Paragraph:
    """Add a heading of `level` (1-3) in the accent colour, broken between phrases when it wraps; return it."""
    level = max(1, min(level, 3))
    paragraph = _styled_paragraph(doc, f"Heading {level}")
    set_run_font(_add_lines(paragraph, text, TEXT_WIDTH_MM * 72 / 25.4, HEADING_PT[level]), design)
    return paragraph


def add_paragraph(container: Any, text: str, design: Design, *, size: float | None = None,
                  bold: bool | None = None, colour: str | None = None, style: str | None = None,
                  align: Align | None = None) -> Paragraph:
    """Add a paragraph of `text` to a document or cell; return it (in the body, broken between phrases where
    measured for the text width, so that no renderer breaks a name, a date or a number with its unit)."""
    from docx.document import Document as _Document

    paragraph = _styled_paragraph(container, style)
    if text:
        width = None
        if isinstance(container, _Document):
            width = TEXT_WIDTH_MM * 72 / 25.4 - (LIST_INDENT_PT if style and style.startswith("List") else 0)
        run = _add_lines(paragraph, text, width, size or BODY_PT)
        set_run_font(run, design, size=size, bold=bold, colour=colour)
    if align:
        _align(paragraph, align)
    return paragraph


def add_bullets(doc: Document, items: Iterable[str], design: Design, *, size: float | None = None) -> list[Paragraph]:
    """Add one bulleted paragraph per item; return them."""
    return [add_paragraph(doc, item, design, size=size, style="List Bullet") for item in items]


def page_break(doc: Document) -> None:
    """Start a new page (`save` turns the break into "page break before" on the paragraph that follows it)."""
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def breaks_before_next(doc: Document) -> int:
    """Replace each body paragraph holding nothing but a page break with "page break before" on the paragraph
    after it; return how many were replaced.

    A paragraph of its own for the break lands on a new page when the page before is full, and the break then
    leaves that page blank; the next paragraph starting a page cannot.
    """
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    moved = 0
    for paragraph in list(body.iterchildren(_P)):
        following = paragraph.getnext()
        if following is None or following.tag != _P or not _only_page_break(paragraph):
            continue
        Paragraph(following, doc._body).paragraph_format.page_break_before = True
        body.remove(paragraph)
        moved += 1
    return moved


def _only_page_break(paragraph: Any) -> bool:
    """Return True when a w:p holds exactly one run whose only content is a page break."""
    runs = [child for child in paragraph if child.tag != _P_PR]
    if len(runs) != 1 or runs[0].tag != _R:
        return False
    content = [child for child in runs[0] if child.tag != _R_PR]
    return len(content) == 1 and content[0].tag == _BR and content[0].get(_TYPE) == "page"


def _align(paragraph: Paragraph, align: Align) -> None:
    """Align a paragraph left, center or right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def _add_lines(paragraph: Paragraph, text: str, width_pt: float | None, size: float) -> Run:
    """Add `text` as one run, broken with w:br where `textfit.wrap` measured it for `width_pt` (between phrases,
    so that Word and LibreOffice never break a name, a number with its unit or a katakana word); return it."""
    if width_pt is None:
        return _add_run(paragraph, text)
    from plangen.office import textfit

    lines = textfit.split_lines(text, textfit.wrap(text, width_pt, size * BOLD_WIDTH))
    run = _add_run(paragraph, lines[0])
    for line in lines[1:]:
        measured_break(run._r)
        _add_t(run._r, line)  # `run.add_text(line)`
    return run


def _add_run(paragraph: Paragraph, text: str) -> Run:
    """Return `paragraph.add_run(text)`, made directly when the text has no tab or line break (python-docx writes
    such a text as one w:t, character by character)."""
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    from docx.text.run import Run
    from lxml import etree

    r = etree.SubElement(paragraph._p, _R)
    if text:
        _add_t(r, text)
    return Run(r, paragraph)


def _add_t(r: Any, text: str) -> None:
    """Append a w:t holding `text` to the run element `r`, spaces kept when it starts or ends with one (`add_t`)."""
    from lxml import etree

    t = etree.SubElement(r, _T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_XML_SPACE, "preserve")


def measured_break(parent: Any) -> Any:
    """Append to `parent` (a w:r) and return a w:br of type textWrapping: a line break placed where the text was
    measured to wrap (the type, the default, written out so a reader can tell it from a line break the text
    itself holds)."""
    from lxml import etree

    return etree.SubElement(parent, _BR, {_TYPE: "textWrapping"})


def set_cell_text(cell: _Cell, text: str, design: Design, *, bold: bool | None = None, colour: str | None = None,
                  size: float = TABLE_PT, align: Align | None = None, width_mm: float | None = None) -> _Cell:
    """Replace the cell's content with `text` (lines split on newlines) in table font; return the cell.

    With `width_mm` (the column width) lines are broken between phrases where measured (see `_add_lines`)."""
    width_pt = None if width_mm is None else width_mm * 72 / 25.4 - 2 * CELL_X_PT
    lines = text.split("\n") if text else [""]
    paragraphs = cell.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    first = paragraphs[0]
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        if paragraph._p.pPr is None and line:  # a new paragraph: the properties below, copied at once
            paragraph._p.insert(0, _props_copy(("cell pPr", align), lambda: _new_cell_paragraph_properties(align)))
            set_run_font(_add_lines(paragraph, line, width_pt, size), design, size=size, bold=bold, colour=colour)
            continue
        _cell_paragraph_format(paragraph)
        if line:
            set_run_font(_add_lines(paragraph, line, width_pt, size), design, size=size, bold=bold, colour=colour)
        else:
            _mark_paragraph(paragraph, design, size)
        if align:
            _align(paragraph, align)
    return cell


def _cell_paragraph_format(paragraph: Paragraph) -> None:
    """Give a table-cell paragraph no space around it and 1.1 line spacing."""
    from docx.shared import Pt

    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.1


def _new_cell_paragraph_properties(align: Align | None) -> Any:
    """Return the w:pPr that `set_cell_text` gives a paragraph without properties."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    scratch = Paragraph(OxmlElement("w:p"), None)  # type: ignore[arg-type]
    _cell_paragraph_format(scratch)
    if align:
        _align(scratch, align)
    return scratch._p.pPr


def _mark_paragraph(paragraph: Paragraph, design: Design, size: float) -> None:
    """Give an empty paragraph the run properties its future text should use."""
    from docx.oxml.ns import qn

    rpr = _child(paragraph._p.get_or_add_pPr(), "w:rPr")
    _set_font_names(rpr, design)
    sz = _child(rpr, "w:sz")
    sz.set(qn("w:val"), str(round(size * 2)))


def shade_cell(cell: _Cell, fill: str) -> None:
    """Fill the cell's background with `fill` (hex RGB)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # schema order: shd comes after borders and before noWrap/tcMar/vAlign
    anchor = next((child for child in tc_pr if child.tag in {qn("w:noWrap"), qn("w:tcMar"), qn("w:textDirection"),
                                                             qn("w:tcFitText"), qn("w:vAlign"), qn("w:hideMark")}),
                  None)
    if anchor is not None:
        anchor.addprevious(shd)
    else:
        tc_pr.append(shd)


def shade_status_cell(cell: _Cell, status: str | None, design: Design) -> None:
    """Tint the cell with the status colour (the cell's text stays the status label)."""
    shade_cell(cell, status_fill(status, design))


def set_repeat_header(row: _Row) -> None:
    """Mark `row` as a header row that repeats at the top of each page, and keep it unsplit."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        if tr_pr.find(qn(tag)) is None:
            tr_pr.append(OxmlElement(tag))


def keep_row_together(row: _Row) -> None:
    """Stop a row from breaking across pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def set_col_widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fix the column widths of `table` (grid and every cell)."""
    from docx.shared import Mm

    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.gridCol_lst, widths_mm, strict=False):
        col.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _set_borders(table: Table, colour: str) -> None:
    """Draw thin borders of `colour` around and inside `table`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), colour)
        borders.append(element)
    anchor = next((child for child in tbl_pr if child.tag in {qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"),
                                                              qn("w:tblLook"), qn("w:tblCaption")}), None)
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _set_cell_margins(table: Table, top_bottom_twips: int = 40, left_right_twips: int = 90) -> None:
    """Set default cell padding of `table`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top_bottom_twips), ("left", left_right_twips), ("bottom", top_bottom_twips),
                        ("right", left_right_twips)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    anchor = next((child for child in tbl_pr if child.tag in {qn("w:tblLook"), qn("w:tblCaption")}), None)
    if anchor is not None:
        anchor.addprevious(margins)
    else:
        tbl_pr.append(margins)


def style_header_row(row: _Row, design: Design) -> None:
    """Shade `row` in the accent colour with white bold text, and make it repeat on every page."""
    for cell in row.cells:
        shade_cell(cell, design.accent)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                set_run_font(run, design, bold=True, colour="FFFFFF")
    set_repeat_header(row)


def add_table(container: Any, header: Sequence[str] | None, rows: Sequence[Sequence[str]], design: Design, *,
              widths_mm: Sequence[float] | None = None, align: Sequence[Align | None] | None = None,
              size: float = TABLE_PT, min_row_mm: float | None = None) -> Table:
    """Add a bordered table whose shaded header row repeats across pages (None: no header); return it."""
    if hasattr(container, "_body"):  # a document: the table's XML is written at once (same XML, ~5x faster)
        from lxml import etree

        try:
            return _add_table_xml(container, header, rows, design, widths_mm, align, size, min_row_mm)
        except (etree.XMLSyntaxError, _NotAsXml):  # text XML cannot hold: python-docx's own error below
            pass
    return _add_table_api(container, header, rows, design, widths_mm=widths_mm, align=align, size=size,
                          min_row_mm=min_row_mm)


def _add_table_api(container: Any, header: Sequence[str] | None, rows: Sequence[Sequence[str]], design: Design, *,
                   widths_mm: Sequence[float] | None = None, align: Sequence[Align | None] | None = None,
                   size: float = TABLE_PT, min_row_mm: float | None = None) -> Table:
    """Add the table of `add_table` through python-docx's API, cell by cell; return it."""
    cols = len(header) if header else len(rows[0])
    offset = 1 if header else 0
    table = container.add_table(rows=offset + len(rows), cols=cols)
    _set_borders(table, design.rule)
    _set_cell_margins(table)
    table_rows = list(table.rows)  # once: table.cell() and rows[i] rebuild the whole grid on every call
    if widths_mm:
        widths_mm = _widen(widths_mm, [list(header)] if header else [], rows, size)
    width: list[float | None] = list(widths_mm) if widths_mm else [None] * cols
    if header:
        for col, cell in enumerate(table_rows[0].cells):
            set_cell_text(cell, header[col], design, size=size, align=align[col] if align else None,
                          width_mm=width[col])
        style_header_row(table_rows[0], design)
    for r, values in enumerate(rows, start=offset):
        row = table_rows[r]
        for col, (cell, text) in enumerate(zip(row.cells, values, strict=False)):
            set_cell_text(cell, text, design, size=size, align=align[col] if align else None, width_mm=width[col])
        keep_row_together(row)
        if min_row_mm:
            set_row_height(row, min_row_mm)
    if widths_mm:
        set_col_widths(table, widths_mm)
    return table


def _add_table_xml(doc: Document, header: Sequence[str] | None, rows: Sequence[Sequence[str]], design: Design,
                   widths_mm: Sequence[float] | None, align: Sequence[Align | None] | None, size: float,
                   min_row_mm: float | None) -> Table:
    """Add the table of `add_table` to `doc` as one parsed XML text (the XML python-docx's API writes); return it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Emu, Mm
    from docx.table import Table

    cols = len(header) if header else len(rows[0])
    if widths_mm:
        widths_mm = _widen(widths_mm, [list(header)] if header else [], rows, size)
    default = Emu(doc._block_width // cols).twips
    twips = [Mm(widths_mm[c]).twips if widths_mm and c < len(widths_mm) else default for c in range(cols)]
    # the width `set_cell_text` breaks a column's lines for (None: not measured)
    text_pt = [widths_mm[c] * 72 / 25.4 - 2 * CELL_X_PT if widths_mm and c < len(widths_mm) else None
               for c in range(cols)]
    aligns = [align[c] if align and c < len(align) else None for c in range(cols)]
    edge = f'w:val="single" w:sz="4" w:space="0" w:color="{design.rule}"'
    parts = [f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblW w:type=\"auto\" w:w=\"0\"/><w:tblBorders>",
             *(f"<w:{name} {edge}/>" for name in ("top", "left", "bottom", "right", "insideH", "insideV")),
             "</w:tblBorders>", '<w:tblLayout w:type="fixed"/>' if widths_mm else "",
             '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>'
             '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
             'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>',
             *(f'<w:gridCol w:w="{width}"/>' for width in twips), "</w:tblGrid>"]
    if header:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{design.accent}"/>'
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        parts += (_cell_xml(header[c] if c < len(header) else "", twips[c], shade, design, size, aligns[c], True,
                            text_pt[c]) for c in range(cols))
        parts.append("</w:tr>")
    height = f'<w:trHeight w:val="{Mm(min_row_mm).twips}" w:hRule="atLeast"/>' if min_row_mm else ""
    for values in rows:
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{height}</w:trPr>")
        parts += (_cell_xml(values[c] if c < len(values) else None, twips[c], "", design, size, aligns[c], False,
                            text_pt[c]) for c in range(cols))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    tbl = parse_xml("".join(parts))
    body = doc._body
    body._element._insert_tbl(tbl)
    return Table(tbl, body)


def _cell_xml(text: str | None, twips: int, shade: str, design: Design, size: float, align: Align | None,
              header: bool, width_pt: float | None) -> str:
    """Return the w:tc of a table cell `twips` wide holding `text` as `set_cell_text` writes it (None: left empty)."""
    if text is None:  # a row shorter than the table: python-docx's bare paragraph
        paragraphs = "<w:p/>"
    else:
        paragraphs = "".join(_line_xml(line, design, size, align, header, width_pt)
                             for line in (text.split("\n") or [""]))
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips}"/>{shade}</w:tcPr>{paragraphs}</w:tc>'


class _NotAsXml(Exception):
    """A cell the XML text cannot write as python-docx would (the table is built through the API instead)."""


def _line_xml(line: str, design: Design, size: float, align: Align | None, header: bool,
              width_pt: float | None) -> str:
    """Return the w:p of one line of a table cell (bold white in a header row), as `set_cell_text` writes it:
    broken with measured w:br where `_add_lines` breaks it."""
    if not line:
        key = ("empty pPr", design.font_latin, design.font_ea, size, align)
        return f"<w:p>{_xml_of(key, lambda: _new_empty_cell_paragraph_properties(design, size, align))}</w:p>"
    bold, colour = (True, "FFFFFF") if header else (None, None)
    rpr = _xml_of(("rPr", design.font_latin, design.font_ea, design.lang_tag, size, bold, colour, None),
                  lambda: _new_run_properties(design, size, bold, colour, None))
    ppr = _xml_of(("cell pPr", align), lambda: _new_cell_paragraph_properties(align))
    lines = [line]
    if width_pt is not None:
        from plangen.office import textfit

        lines = textfit.split_lines(line, textfit.wrap(line, width_pt, size * BOLD_WIDTH))
    content = []
    for piece in _run_pieces(lines[0]):  # the first line as python-docx's run text: tabs and returns apart
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece == "\r":
            content.append("<w:br/>")
        else:
            content.append(_t_xml(piece))
    for more in lines[1:]:  # further lines as `Run.add_text`: one w:t each, after a measured break
        if not more or "\r" in more:  # python-docx writes these as the XML text cannot
            raise _NotAsXml
        content.append(f'<w:br w:type="textWrapping"/>{_t_xml(more)}')
    return f"<w:p>{ppr}<w:r>{rpr}{''.join(content)}</w:r></w:p>"


def _t_xml(text: str) -> str:
    """Return the w:t of `text`, spaces kept when it starts or ends with one (as python-docx's `add_t`)."""
    from xml.sax.saxutils import escape

    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def _run_pieces(text: str) -> list[str]:
    """Return `text` cut as python-docx writes a run: text pieces, and each tab or carriage return on its own."""
    import re

    return [piece for piece in re.split(r"([\t\r])", text) if piece]


_XML_TEXT: dict[tuple[Any, ...], str] = {}


def _xml_of(key: tuple[Any, ...], make: Any) -> str:
    """Return the XML text (namespace declarations left out) of the element `make()` returns, cached under `key`."""
    text = _XML_TEXT.get(key)
    if text is None:
        import re

        from lxml import etree

        text = _XML_TEXT[key] = re.sub(r' xmlns:\w+="[^"]*"', "", etree.tostring(make(), encoding="unicode"))
    return text


def _new_empty_cell_paragraph_properties(design: Design, size: float, align: Align | None) -> Any:
    """Return the w:pPr that `set_cell_text` gives an empty line: cell spacing, alignment, the run font to come."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    scratch = Paragraph(OxmlElement("w:p"), None)  # type: ignore[arg-type]
    _cell_paragraph_format(scratch)
    _mark_paragraph(scratch, design, size)
    if align:
        _align(scratch, align)
    return scratch._p.pPr


def _widen(widths_mm: Sequence[float], header: Sequence[Sequence[str]], rows: Sequence[Sequence[str]],
           size: float) -> list[float]:
    """Return column widths in mm wide enough for the widest phrase of each column (a name, a date, a number
    with its unit), taken from columns with room to spare."""
    from plangen.office import textfit

    pt_per_mm = 72 / 25.4
    needs = [0.0] * len(widths_mm)
    for row in [*header, *rows]:
        for col, text in enumerate(row[: len(needs)]):
            widest = textfit.longest_phrase(str(text), size * BOLD_WIDTH) / (1 - textfit.SAFETY)
            needs[col] = max(needs[col], (widest + 1 + 2 * CELL_X_PT) / pt_per_mm)  # +1 pt: rounding
    return textfit.widen_columns(needs, list(widths_mm))


def keep_ending_together(doc: Document) -> None:
    """Keep the closing line (以上 / End) on the page of what comes before it: the block before it (a table with
    its heading, or a paragraph) is kept with the next paragraph, so no page holds only a row and the closing."""
    from docx.oxml.ns import qn

    body = doc.element.body
    blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]
    texts = ["".join(t.text or "" for t in el.iter(qn("w:t"))).strip() for el in blocks]
    filled = [i for i, text in enumerate(texts) if text or blocks[i].tag == qn("w:tbl")]
    if len(filled) < 2:
        return
    before = filled[-2]
    keep = [blocks[before]]
    if blocks[before].tag == qn("w:tbl"):
        heading = next((i for i in reversed(filled[:-2]) if blocks[i].tag == qn("w:p")), None)
        keep += [] if heading is None else [blocks[heading]]
    for block in keep:
        paragraphs = list(block.iter(qn("w:p"))) if block.tag == qn("w:tbl") else [block]
        for paragraph in paragraphs:
            ppr = paragraph.get_or_add_pPr()
            if ppr.find(qn("w:keepNext")) is None:
                _insert_keep_next(ppr)
        for row in block.iter(qn("w:tr")):
            tr_pr = row.get_or_add_trPr()
            if tr_pr.find(qn("w:cantSplit")) is None:
                from docx.oxml import OxmlElement

                tr_pr.insert(0, OxmlElement("w:cantSplit"))


def _grandchild(element: Any, child: str, tag: str) -> Any:
    """Return the first `tag` element of a `child` element of `element` (ElementPath's "child/tag"), or None."""
    for middle in element.iterchildren(child):
        for found in middle.iterchildren(tag):
            return found
    return None


def break_table_cells(doc: Document, default_pt: float = TABLE_PT) -> None:
    """Widen template table columns for their widest phrase, then break the text of every single-run cell
    paragraph between phrases where measured for its column (w:br), for documents filled from a template whose
    cells `set_cell_text` did not write."""
    from plangen.office import textfit

    body = doc.element.body
    for tbl in body.iter(_TBL):
        _widen_template_table(tbl, default_pt, textfit)
    for tc in body.iter(_TC):
        width = _grandchild(tc, _TC_PR, _TC_W)
        if width is None or width.get(_TYPE) != "dxa":
            continue
        width_pt = int(width.get(_WIDTH, "0")) / 20 - 2 * CELL_X_PT
        for paragraph in tc.iter(_P):
            _break_single_run(paragraph, width_pt, default_pt, textfit)


def break_body_paragraphs(doc: Document) -> None:
    """Break the text of every single-run body paragraph (not headings, not in tables) between phrases where measured
    for the text width (w:br), for documents filled from a template whose paragraphs `add_paragraph` did not write."""
    from plangen.office import textfit

    width_pt = TEXT_WIDTH_MM * 72 / 25.4
    for paragraph in doc.element.body.iterchildren(_P):
        style = _grandchild(paragraph, _P_PR, _P_STYLE)
        name = "" if style is None else style.get(_VAL, "")
        if name.startswith(("Heading", "Title", "Subtitle")):
            continue
        _break_single_run(paragraph, width_pt - (LIST_INDENT_PT if name.startswith("List") else 0.0), BODY_PT,
                          textfit)


def _break_single_run(paragraph: Any, width_pt: float, default_pt: float, textfit: Any) -> None:
    """Break a paragraph made of one plain run (w:rPr and one w:t) between phrases measured for `width_pt`; leave
    any other paragraph as it is. The run's own size wins over `default_pt`."""
    runs = list(paragraph.iterchildren(_R))
    if len(runs) != 1:
        return
    run = runs[0]
    texts = list(run.iterchildren(_T))
    if len(texts) != 1 or len(run) != (2 if next(run.iterchildren(_R_PR), None) is not None else 1):
        return
    size = _grandchild(run, _R_PR, _SZ)
    pt = int(size.get(_VAL)) / 2 if size is not None else default_pt
    _break_run(run, texts[0], width_pt, pt, textfit)


def _widen_template_table(tbl: Any, default_pt: float, textfit: Any) -> None:
    """Widen the columns of a template table (grid and cell widths, in twips) for their widest phrase, taking the
    room from columns with room to spare; tables with merged cells are left as they are."""
    grid = next(tbl.iterchildren(_TBL_GRID), None)
    cols = [] if grid is None else list(grid.iterchildren(_GRID_COL))
    rows = [list(tr.iterchildren(_TC)) for tr in tbl.iterchildren(_TR)]
    if not cols or any(len(row) != len(cols) for row in rows):
        return
    widths = [float(c.get(_WIDTH, "0")) for c in cols]
    needs = [0.0] * len(cols)
    bold_width, room = BOLD_WIDTH, 1 - textfit.SAFETY
    for row in rows:
        for col, tc in enumerate(row):
            need = needs[col]
            for run in tc.iter(_R):
                size = _grandchild(run, _R_PR, _SZ)
                pt = int(size.get(_VAL)) / 2 if size is not None else default_pt
                text = "".join(t.text or "" for t in run.iter(_T))
                widest = textfit.longest_phrase(text, pt * bold_width) / room
                need = max(need, (widest + 1 + 2 * CELL_X_PT) * 20)
            needs[col] = need
    if all(n <= w for n, w in zip(needs, widths, strict=True)):
        return
    new = [round(w) for w in textfit.widen_columns(needs, widths)]
    for col, width in zip(cols, new, strict=True):
        col.set(_WIDTH, str(width))
    for row in rows:
        for tc, width in zip(row, new, strict=True):
            tc_w = _grandchild(tc, _TC_PR, _TC_W)
            if tc_w is not None and tc_w.get(_TYPE) == "dxa":
                tc_w.set(_WIDTH, str(width))


def _break_run(run: Any, t: Any, width_pt: float, pt: float, textfit: Any) -> None:
    """Replace the w:t of `run` by its measured lines joined with w:br (when every phrase fits the column)."""
    text = t.text or ""
    if not text or not textfit.phrases_fit(text, width_pt, pt * BOLD_WIDTH):
        return  # a phrase wider than the column: measured breaks would cut it; leave the text to the renderer
    lines = textfit.split_lines(text, textfit.wrap(text, width_pt, pt * BOLD_WIDTH))
    if len(lines) < 2:
        return
    from lxml import etree

    t.text = lines[0]
    anchor = t
    for line in lines[1:]:  # made in place (SubElement), then moved: a measured break and a new w:t
        br = measured_break(run)
        nxt = etree.SubElement(run, _T, {_XML_SPACE: "preserve"})
        nxt.text = line
        anchor.addnext(br)
        br.addnext(nxt)
        anchor = nxt
    t.set(_XML_SPACE, "preserve")


def _insert_keep_next(ppr: Any) -> None:
    """Add w:keepNext to paragraph properties in schema order (after pStyle, before everything else)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:keepNext")
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(element)
    else:
        ppr.insert(0, element)


def set_row_height(row: _Row, mm: float) -> None:
    """Give `row` a minimum height of `mm` (room to write by hand); it still grows with its text."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Mm

    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def add_key_value_table(container: Any, pairs: Sequence[tuple[str, str]], design: Design, *,
                        key_width_mm: float = 35, width_mm: float = TEXT_WIDTH_MM, size: float = TABLE_PT) -> Table:
    """Add a two-column table of label/value pairs with shaded labels; return it."""
    table = container.add_table(rows=len(pairs), cols=2)
    _set_borders(table, design.rule)
    _set_cell_margins(table)
    for row, (key, value) in zip(table.rows, pairs, strict=True):
        key_cell, value_cell = row.cells
        set_cell_text(key_cell, key, design, bold=True, size=size, width_mm=key_width_mm)
        shade_cell(key_cell, design.accent_light)
        set_cell_text(value_cell, value, design, size=size, width_mm=width_mm - key_width_mm)
        keep_row_together(row)
    set_col_widths(table, [key_width_mm, width_mm - key_width_mm])
    return table


def add_picture(doc: Document, image: str | Path | IO[bytes], design: Design, *, width_mm: float = TEXT_WIDTH_MM,
                caption: str | None = None) -> Paragraph:
    """Add a centred picture `width_mm` wide, with an optional grey caption below; return its paragraph."""
    from docx.shared import Mm

    paragraph = doc.add_paragraph()
    _align(paragraph, "center")
    paragraph.paragraph_format.keep_with_next = bool(caption)
    paragraph.add_run().add_picture(str(image) if isinstance(image, Path) else image, width=Mm(width_mm))
    if caption:
        add_paragraph(doc, caption, design, size=8.5, colour=design.muted, align="center")
    return paragraph


def save(doc: Document, target: Path, props: DocProps) -> Path:
    """Save `doc` with its properties `props` (dated now) to `target` atomically; return `target`."""
    from plangen.office import zipwrite

    apply_core(doc.core_properties, props)
    breaks_before_next(doc)
    return write_atomic(target, lambda tmp: zipwrite.save(doc, tmp))
