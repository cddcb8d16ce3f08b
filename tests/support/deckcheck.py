"""Checks on a written deck: texts per slide, shapes inside the slide, measured text inside its box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.oxml.ns import qn

from plangen.office import textfit
from plangen.office.pptx.geometry import emu_to_pt


def open_deck(path: Path) -> Any:
    """Return the presentation at `path`."""
    return Presentation(str(path))


def frame_text(shape: Any) -> str:
    """Return a shape's text as written, without the measured line breaks (a:br, read as a vertical tab)."""
    return str(shape.text_frame.text).replace("\x0b", "")


def cell_text(cell: Any) -> str:
    """Return a slide table cell's text as written, without the measured line breaks (a:br)."""
    return str(cell.text).replace("\x0b", "")


def slide_text(slide: Any) -> str:
    """Return every text of a slide (shapes and table cells), one string; measured line breaks (a:br, read as
    a vertical tab) are removed so that a paragraph reads as written."""
    parts: list[str] = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts).replace("\x0b", "")


def titles(prs: Any) -> list[str]:
    """Return the title of every slide ('' when none)."""
    return [s.shapes.title.text_frame.text.replace("\x0b", "") if s.shapes.title is not None else ""
            for s in prs.slides]


def outside_shapes(prs: Any) -> list[str]:
    """Return 'slide n: name' for every shape that leaves the slide."""
    out = []
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.left is None:
                continue
            if (shape.left < 0 or shape.top < 0 or shape.left + shape.width > prs.slide_width
                    or shape.top + shape.height > prs.slide_height):
                out.append(f"slide {number}: {shape.name}")
    return out


def _size(tx_body: Any) -> float:
    """Return the run size (points) used in a text body."""
    rpr = tx_body.find(f".//{qn('a:rPr')}")
    if rpr is None:
        rpr = tx_body.find(f".//{qn('a:endParaRPr')}")
    return int(rpr.get("sz", "1800")) / 100 if rpr is not None else 18.0


def _lines(tx_body: Any, width_pt: float, size: float) -> int:
    """Return the measured line count of a text body."""
    count = 0
    for p in tx_body.findall(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        count += len(textfit.wrap(text, width_pt, size))
    return count


def overflowing_text(prs: Any) -> list[str]:
    """Return texts whose measured height exceeds their box or table row (PowerPoint draws without autofit)."""
    bad = []
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame and shape.width is not None and shape.text_frame.text.strip():
                body = shape.text_frame._txBody
                pr = body.find(qn("a:bodyPr"))
                assert pr.find(qn("a:normAutofit")) is None and pr.find(qn("a:spAutoFit")) is None
                lins = int(pr.get("lIns", 91440)) + int(pr.get("rIns", 91440))
                tins = int(pr.get("tIns", 45720)) + int(pr.get("bIns", 45720))
                size = _size(body)
                need = _lines(body, emu_to_pt(shape.width - lins), size) * size * textfit.LINE_SPACING
                if need > emu_to_pt(shape.height - tins) + 0.5:
                    bad.append(f"slide {number}: {shape.text_frame.text[:30]!r}")
            if shape.has_table:
                table = shape.table
                for row in table.rows:
                    for cell, column in zip(row.cells, table.columns, strict=True):
                        tc = cell._tc
                        pr = tc.tcPr
                        size = _size(tc.txBody)
                        width = emu_to_pt(column.width - int(pr.get("marL")) - int(pr.get("marR")))
                        need = _lines(tc.txBody, width, size) * size * textfit.LINE_SPACING
                        if need > emu_to_pt(row.height - int(pr.get("marT")) - int(pr.get("marB"))) + 0.5:
                            bad.append(f"slide {number}: cell {cell.text[:30]!r}")
                if shape.top + sum(r.height for r in table.rows) > prs.slide_height - 12700 * 30:
                    bad.append(f"slide {number}: table runs into the footer")
    return bad


def runs_without_ea(prs: Any) -> int:
    """Return how many runs (slides and charts) lack a:latin or a:ea."""
    missing = 0
    for slide in prs.slides:
        parts = [slide.part] + [rel.target_part for rel in slide.part.rels.values() if "chart" in rel.reltype]
        for part in parts:
            for rpr in part._element.iter(qn("a:rPr")):
                if rpr.find(qn("a:latin")) is None or rpr.find(qn("a:ea")) is None:
                    missing += 1
    return missing


SIZED = ("a:rPr", "a:defRPr", "a:endParaRPr")
"""Run properties that carry a size: runs, paragraph and list defaults, end-of-paragraph marks."""


def small_type(prs: Any, floor: float = 9.0) -> list[str]:
    """Return 'slide n: size pt: text' for every sized run under `floor` points in slides, tables and charts."""
    out = []
    for number, slide in enumerate(prs.slides, start=1):
        parts = [slide.part] + [rel.target_part for rel in slide.part.rels.values() if "chart" in rel.reltype]
        for part in parts:
            for tag in SIZED:
                for rpr in part._element.iter(qn(tag)):
                    size = rpr.get("sz")
                    if size is not None and int(size) < floor * 100:
                        paragraph = rpr.getparent() if tag == "a:endParaRPr" else rpr.getparent().getparent()
                        text = "".join(t.text or "" for t in paragraph.iter(qn("a:t")))
                        out.append(f"slide {number}: {int(size) / 100:g} pt: {text[:30]!r}")
    return out


def docx_cell_text(cell: Any) -> str:
    """Return a Word table cell's text as written: paragraphs and the text's own line breaks as newlines, the
    measured breaks (w:br of type textWrapping, see docx_kit.measured_break) left out."""
    return "\n".join(docx_paragraph_text(paragraph) for paragraph in cell.paragraphs)


def docx_paragraph_text(paragraph: Any) -> str:
    """Return a Word paragraph's text as written: its own line breaks as newlines, measured breaks left out."""
    from docx.oxml.ns import qn

    parts: list[str] = []
    for node in paragraph._p.iter(qn("w:t"), qn("w:br")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.get(qn("w:type")) != "textWrapping":
            parts.append("\n")
    return "".join(parts)
