"""Build plangen/resources/templates/kickoff.pptx: python-pptx's default template made 16:9, with our layouts,
theme fonts and colours.

Run from the project root:  python tools/make_pptx_template.py
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plangen.office.docprops import DocProps, apply_core  # noqa: E402

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
KEEP = {"Title Slide": "Title Slide", "Title Only": "Title Only", "Blank": "Blank"}
COLOURS = {"dk2": "1F2A36", "lt2": "F3F5F8", "accent1": "1F4E79", "accent2": "C55A11", "accent3": "2E8B57",
           "accent4": "D48A00", "accent5": "5B9BD5", "accent6": "7F7F7F", "hlink": "1F4E79", "folHlink": "5B2C6F"}
WIDTH, HEIGHT = Emu(12192000), Emu(6858000)


def _q(tag: str) -> str:
    """Return the Clark name of a prefixed tag."""
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def set_theme(prs: Presentation) -> None:
    """Set the theme's name, colours and major/minor latin + ea fonts."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    root.set("name", "plangen")
    scheme = root.find(".//a:clrScheme", NS)
    scheme.set("name", "plangen")
    for name, value in COLOURS.items():
        slot = scheme.find(f"a:{name}", NS)
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, _q("a:srgbClr")).set("val", value)
    root.find(".//a:fontScheme", NS).set("name", "plangen")
    for which in ("majorFont", "minorFont"):
        font = root.find(f".//a:{which}", NS)
        font.find("a:latin", NS).set("typeface", "Segoe UI")
        font.find("a:ea", NS).set("typeface", "Meiryo")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def drop_layouts(prs: Presentation) -> None:
    """Remove every layout except those in KEEP."""
    master = prs.slide_master
    id_list = master._element.find("p:sldLayoutIdLst", NS)
    for layout in list(master.slide_layouts):
        if layout.name in KEEP:
            continue
        for entry in id_list:
            r_id = entry.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            if master.part.related_part(r_id) is layout.part:
                id_list.remove(entry)
                master.part.drop_rel(r_id)
                break


def place(shape_el: etree._Element, left: int, top: int, width: int, height: int) -> None:
    """Set the position of a placeholder element (adding its xfrm when inherited)."""
    sp_pr = shape_el.find("p:spPr", NS)
    xfrm = sp_pr.find("a:xfrm", NS)
    if xfrm is None:
        xfrm = etree.SubElement(sp_pr, _q("a:xfrm"))
        sp_pr.insert(0, xfrm)
    for child in list(xfrm):
        xfrm.remove(child)
    etree.SubElement(xfrm, _q("a:off"), x=str(left), y=str(top))
    etree.SubElement(xfrm, _q("a:ext"), cx=str(width), cy=str(height))


def style_title(master_el: etree._Element) -> None:
    """Make the master title left-aligned, 24 pt bold, in the accent colour."""
    lvl = master_el.find(".//p:titleStyle/a:lvl1pPr", NS)
    lvl.set("algn", "l")
    rpr = lvl.find("a:defRPr", NS)
    rpr.set("sz", "2400")
    rpr.set("b", "1")
    fill = rpr.find("a:solidFill", NS)
    fill.find("a:schemeClr", NS).set("val", "accent1")


def move_shapes(prs: Presentation, target_tree: etree._Element, build: object) -> None:
    """Draw shapes on a scratch slide with `build(shapes)` and move them into `target_tree` with fresh ids."""
    scratch = prs.slides.add_slide(prs.slide_layouts[-1])
    build(scratch.shapes)  # type: ignore[operator]
    next_id = 1 + max((int(c.get("id", "0")) for c in target_tree.iter(_q("p:cNvPr"))), default=1)
    for shape in list(scratch.shapes):
        element = copy.deepcopy(shape._element)
        element.find(".//p:cNvPr", NS).set("id", str(next_id))  # ids are unique within a master or layout
        next_id += 1
        target_tree.append(element)
    r_id = prs.slides._sldIdLst[-1].rId
    prs.part.drop_rel(r_id)
    prs.slides._sldIdLst.remove(prs.slides._sldIdLst[-1])


def _rect(shapes: object, left: int, top: int, width: int, height: int, scheme: str) -> None:
    """Add a borderless rectangle filled with a theme colour."""
    from pptx.enum.dml import MSO_THEME_COLOR

    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)  # type: ignore[attr-defined]
    shape.fill.solid()
    shape.fill.fore_color.theme_color = getattr(MSO_THEME_COLOR, scheme)
    shape.line.fill.background()
    shape.shadow.inherit = False


def build(target: Path) -> None:
    """Write the 16:9 kickoff template to `target`."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    set_theme(prs)
    drop_layouts(prs)
    master = prs.slide_master
    style_title(master._element)
    margin = Inches(0.5)
    for ph in master.placeholders:
        idx = ph.placeholder_format.idx
        if idx == 0:
            place(ph._element, margin, Inches(0.28), WIDTH - 2 * margin, Inches(0.72))
            ph._element.find("p:txBody/a:bodyPr", NS).set("anchor", "b")
        elif idx == 1:
            place(ph._element, margin, Inches(1.3), WIDTH - 2 * margin, Inches(5.4))
        else:
            ph._element.getparent().remove(ph._element)  # footers and page numbers are drawn per slide
    tree = master._element.find("p:cSld/p:spTree", NS)
    move_shapes(prs, tree, lambda s: (
        _rect(s, margin, Inches(1.06), WIDTH - 2 * margin, Emu(Pt(2)), "ACCENT_1"),
        _rect(s, margin, HEIGHT - Inches(0.5), WIDTH - 2 * margin, Emu(Pt(0.75)), "BACKGROUND_2"),
    ))
    for layout in master.slide_layouts:
        layout.name = KEEP[layout.name]
        for ph in list(layout.placeholders):
            idx = ph.placeholder_format.idx
            if idx >= 10:
                ph._element.getparent().remove(ph._element)
            elif layout.name == "Title Slide" and idx == 0:
                place(ph._element, Inches(1.0), Inches(2.0), WIDTH - Inches(2.0), Inches(1.4))
            elif layout.name == "Title Slide" and idx == 1:
                place(ph._element, Inches(1.0), Inches(3.5), WIDTH - Inches(2.0), Inches(0.8))
            elif layout.name == "Title Only" and idx == 0:
                place(ph._element, margin, Inches(0.28), WIDTH - 2 * margin, Inches(0.72))
        if layout.name == "Title Slide":
            layout._element.set("showMasterSp", "0")
            cover_tree = layout._element.find("p:cSld/p:spTree", NS)
            move_shapes(prs, cover_tree, lambda s: (
                _rect(s, 0, 0, Inches(0.45), HEIGHT, "ACCENT_1"),
                _rect(s, Inches(1.0), Inches(3.42), Inches(2.0), Emu(Pt(3)), "ACCENT_2"),
            ))
            title = layout.placeholders[0]._element
            lvl = title.find("p:txBody/a:lstStyle", NS)
            lvl.append(etree.fromstring(
                f'<a:lvl1pPr xmlns:a="{A}" algn="l"><a:defRPr sz="3600" b="1">'
                '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:defRPr></a:lvl1pPr>'))
            title.find("p:txBody/a:bodyPr", NS).set("anchor", "b")
    target.parent.mkdir(parents=True, exist_ok=True)
    apply_core(prs.core_properties, DocProps(title="plangen kickoff template", author="plangen", language="ja-JP"))
    prs.save(str(target))


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "plangen" / "resources" / "templates" / "kickoff.pptx"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    build(out)
    print(out)
