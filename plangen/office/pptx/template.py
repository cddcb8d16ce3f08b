"""Templates: open ours or a user's .pptx, remove sample slides, choose layouts by name, read and set the theme."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from plangen.errors import UsageError
from plangen.text.said import Said

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
P14_SECTIONS = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"

COVER_LAYOUTS = ("Title Slide", "タイトル スライド", "タイトルスライド", "Cover", "表紙")
"""Layout names tried, in order, for the cover."""
CONTENT_LAYOUTS = ("Title Only", "タイトルのみ", "Title and Content", "タイトルとコンテンツ", "Content")
"""Layout names tried, in order, for content slides."""


def open_presentation(template: Path) -> Any:
    """Return the presentation in `template` (.pptx) with its sample slides removed; raise UsageError."""
    from pptx import Presentation

    if template.suffix.lower() != ".pptx":
        raise UsageError(Said("messages.render.pptx_only", path=template))
    try:
        prs = Presentation(str(template))
    except Exception as exc:  # python-pptx raises several types for a broken package
        raise UsageError(Said("messages.render.pptx_broken", path=template, detail=exc)) from None
    remove_all_slides(prs)
    return prs


def our_presentation() -> Any:
    """Return our own template (templates/kickoff.pptx) with no slides: a copy of it as read once per process."""
    import copy

    prs = copy.deepcopy(_our_template())
    remove_all_slides(prs)
    return prs


@lru_cache(maxsize=1)
def _our_template() -> Any:
    """Return our template as python-pptx opens it (never handed out: `our_presentation` copies it before any
    object below the parts' root elements is made, so that the copy holds no element of the original)."""
    from pptx import Presentation

    from plangen.resources import templates_dir

    return Presentation(str(templates_dir() / "kickoff.pptx"))


def remove_all_slides(prs: Any) -> None:
    """Delete every slide: drop its relationship and sldId, and clear sections that referenced it."""
    id_list = prs.slides._sldIdLst
    for entry in list(id_list):
        prs.part.drop_rel(entry.rId)
        id_list.remove(entry)
    ext_list = prs.part._element.find(qn("p:extLst"))
    if ext_list is not None:
        for ext in list(ext_list):
            if ext.get("uri") == P14_SECTIONS:
                ext_list.remove(ext)
        if len(ext_list) == 0:
            prs.part._element.remove(ext_list)


def pick_layout(prs: Any, names: Sequence[str], cover: bool = False) -> Any:
    """Return the first layout named one of `names` (case-insensitive), else a cover-like or title-only one."""
    layouts = list(prs.slide_layouts)
    by_name = {layout.name.strip().lower(): layout for layout in layouts}
    for name in names:
        if name.lower() in by_name:
            return by_name[name.lower()]
    if cover:
        from pptx.enum.shapes import PP_PLACEHOLDER

        centred = [layout for layout in layouts
                   if any(ph.placeholder_format.type == PP_PLACEHOLDER.CENTER_TITLE for ph in layout.placeholders)]
        if centred:
            return centred[0]
    titled = [layout for layout in layouts if _has_title(layout)]
    only_title = [layout for layout in titled if _content_placeholders(layout) == 1]
    return (only_title or titled or layouts)[0]


def _content_placeholders(layout: Any) -> int:
    """Return the placeholders of `layout` other than date, footer and slide number."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    chrome = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
    return sum(ph.placeholder_format.type not in chrome for ph in layout.placeholders)


def _has_title(layout: Any) -> bool:
    """Return True when `layout` has a title placeholder."""
    return any(ph.placeholder_format.idx == 0 for ph in layout.placeholders)


def _theme(prs: Any) -> tuple[Any, etree._Element]:
    """Return the theme part of the first master and its parsed XML."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    return part, etree.fromstring(part.blob)


def theme_fonts(prs: Any) -> tuple[str, str]:
    """Return the theme's minor (body) latin and ea typefaces ('' when unset)."""
    _, root = _theme(prs)
    minor = root.find(".//a:minorFont", NS)
    if minor is None:
        return "", ""
    latin, ea = minor.find("a:latin", NS), minor.find("a:ea", NS)
    return (latin.get("typeface", "") if latin is not None else "", ea.get("typeface", "") if ea is not None else "")


def theme_colour(prs: Any, slot: str = "accent1") -> str | None:
    """Return the theme colour in `slot` as hex RGB, or None when it is not an sRGB or system colour."""
    _, root = _theme(prs)
    node = root.find(f".//a:clrScheme/a:{slot}", NS)
    if node is None or len(node) == 0:
        return None
    colour = node[0]
    value = colour.get("val") if colour.tag == qn("a:srgbClr") else colour.get("lastClr")
    return value.upper() if value else None


def set_theme(prs: Any, latin: str | None, ea: str | None, accent: str | None = None) -> None:
    """Set the theme's major and minor latin/ea fonts (and accent1 when given)."""
    part, root = _theme(prs)
    for which in ("majorFont", "minorFont"):
        font = root.find(f".//a:{which}", NS)
        if font is None:
            continue
        for tag, value in (("latin", latin), ("ea", ea)):
            if value:
                node = font.find(f"a:{tag}", NS)
                if node is None:  # schema order: latin, ea, cs, font...
                    node = etree.Element(qn(f"a:{tag}"))
                    latin_node = font.find("a:latin", NS)
                    if tag == "ea" and latin_node is not None:
                        latin_node.addnext(node)
                    else:
                        font.insert(0, node)
                node.set("typeface", value)
    if accent:
        slot = root.find(".//a:clrScheme/a:accent1", NS)
        if slot is not None:
            for child in list(slot):
                slot.remove(child)
            etree.SubElement(slot, qn("a:srgbClr")).set("val", accent)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
