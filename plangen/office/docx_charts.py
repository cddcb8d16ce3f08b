"""Native, editable charts in Word: a chart's XML (the deck's) as a DOCX chart part with its embedded workbook.

Word holds a chart like PowerPoint does: a `c:chartSpace` part under `word/charts/`, the workbook behind
it under `word/embeddings/` (related from the chart part, referenced by `c:externalData`), and a
`w:drawing/wp:inline` in the text whose `a:graphicData` carries `c:chart r:id`. The chart XML and the
workbook come built (`plangen.office.chartxml.ChartXml`, styled once and shared with the deck); python-docx
gets the parts and relationships added here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml as parse_docx_xml

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.packuri import PackURI

    from plangen.office.chartxml import ChartXml

CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


DOCPR_BASE = 10000
"""Charts number their drawings from here (chart N gets DOCPR_BASE + N): clear of python-docx's picture ids."""


def add_chart(doc: Document, chart: ChartXml, width_emu: int, height_emu: int) -> None:
    """Add `chart` as a native, editable chart in a new paragraph at the end of `doc`.

    The chart part keeps `chart.xml` as bytes (lxml's serialisation, as python-docx would write it again) with
    `c:externalData` put in before the closing tag; a chart with parts that must follow it is parsed instead.
    """
    document_part = doc.part
    package = document_part.package
    names = {str(part.partname) for part in package.iter_parts()}  # one walk for both names
    chart_name = _next_partname(names, "/word/charts/chart%d.xml")
    workbook = Part(_next_partname(names, "/word/embeddings/Microsoft_Excel_Sheet%d.xlsx"), CT_XLSX, chart.xlsx,
                    package)
    end = b"</c:chartSpace>"
    if chart.xml.endswith(end) and not any(tag in chart.xml for tag in _AFTER_EXTERNAL_DATA):
        # a new part's first relationship is rId1: the workbook's
        chart_part: Part = Part(chart_name, CT_CHART, chart.xml[:-len(end)] + _EXTERNAL_DATA + end, package)
        if chart_part.relate_to(workbook, RT.PACKAGE) != "rId1":  # pragma: no cover (python-docx numbers from 1)
            raise AssertionError("the workbook relationship is not rId1")
    else:
        from docx.oxml import parse_xml as parse_chart_xml

        chart_space = parse_chart_xml(chart.xml)
        chart_part = XmlPart(chart_name, CT_CHART, chart_space, package)
        external = parse_docx_xml(f'<c:externalData {_NS} r:id="{chart_part.relate_to(workbook, RT.PACKAGE)}">'
                                  '<c:autoUpdate val="0"/></c:externalData>')
        _insert_external_data(chart_space, external)
    chart_rid = document_part.relate_to(chart_part, RT.CHART)
    number = DOCPR_BASE + int(chart_part.partname.idx or 0)
    inline = parse_docx_xml(
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_NS}>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{number}" name="Chart {number}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart r:id="{chart_rid}"/></a:graphicData></a:graphic>'
        "</wp:inline>")
    doc.add_paragraph().add_run()._r.add_drawing(inline)


_EXTERNAL_DATA = (b'<c:externalData xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                  b'r:id="rId1"><c:autoUpdate val="0"/></c:externalData>')
"""c:externalData as lxml writes the element parsed with `_NS` inside a c:chartSpace (wp stays declared)."""
_AFTER_EXTERNAL_DATA = (b"<c:printSettings", b"<c:userShapes", b"<c:extLst")


def _next_partname(names: set[str], template: str) -> PackURI:
    """Return the part name python-docx's `OpcPackage.next_partname(template)` gives in a package of `names`."""
    from docx.opc.packuri import PackURI

    for n in range(1, len(names) + 2):
        if template % n not in names:
            return PackURI(template % n)
    raise AssertionError("no free part name")  # pragma: no cover (len + 1 candidates for len names)


def _insert_external_data(chart_space: Any, external: Any) -> None:
    """Put `c:externalData` where the schema wants it: after `c:txPr` / `c:chart`, before `c:printSettings`."""
    anchor = None
    for child in chart_space:
        if child.tag in (f"{_C}chart", f"{_C}spPr", f"{_C}txPr"):
            anchor = child
    if anchor is None:
        chart_space.append(external)
    else:
        anchor.addnext(external)
