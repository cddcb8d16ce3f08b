"""Native, editable charts in Word: python-pptx's chart XML as a DOCX chart part with its embedded workbook.

Word holds a chart like PowerPoint does: a `c:chartSpace` part under `word/charts/`, the workbook behind
it under `word/embeddings/` (related from the chart part, referenced by `c:externalData`), and a
`w:drawing/wp:inline` in the text whose `a:graphicData` carries `c:chart r:id`. python-pptx writes the
chart XML and the workbook; python-docx gets the parts and relationships added here. The returned
python-pptx `Chart` styles the part in place (it is serialised when the document is saved), so one
styling function serves the deck and the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml as parse_docx_xml

if TYPE_CHECKING:
    from docx.document import Document

CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def positive_axis_ids(chart_space: Any) -> None:
    """Replace python-pptx's negative axis ids (the schema wants unsigned ints) by small positive ones."""
    ids: dict[str, str] = {}
    for element in chart_space.iter(f"{_C}axId", f"{_C}crossAx"):
        value = element.get("val")
        if value is not None and value.startswith("-"):
            element.set("val", ids.setdefault(value, str(100000 + len(ids) + 1)))


def _next_docpr_id(doc: Document) -> int:
    """Return an id for a new drawing, above every `wp:docPr` id in the document body."""
    ids = [int(v) for v in doc.element.body.xpath(".//wp:docPr/@id") if str(v).isdigit()]
    return max(ids, default=0) + 1


def add_chart(doc: Document, chart_type: Any, chart_data: Any, width_emu: int, height_emu: int) -> Any:
    """Add a native chart in a new paragraph at the end of `doc`; return its python-pptx `Chart` to style."""
    from pptx.chart.chart import Chart
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.oxml import parse_xml as parse_pptx_xml

    chart_space = parse_pptx_xml(ChartXmlWriter(chart_type, chart_data).xml.encode("utf-8"))
    positive_axis_ids(chart_space)
    document_part = doc.part
    package = document_part.package
    chart_part = XmlPart(package.next_partname("/word/charts/chart%d.xml"), CT_CHART, chart_space, package)
    workbook = Part(package.next_partname("/word/embeddings/Microsoft_Excel_Sheet%d.xlsx"), CT_XLSX,
                    chart_data.xlsx_blob, package)
    external = chart_space.get_or_add_externalData()
    external.rId = chart_part.relate_to(workbook, RT.PACKAGE)
    chart_rid = document_part.relate_to(chart_part, RT.CHART)
    number = _next_docpr_id(doc)
    inline = parse_docx_xml(
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_NS}>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{number}" name="Chart {number}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart r:id="{chart_rid}"/></a:graphicData></a:graphic>'
        "</wp:inline>")
    run = doc.add_paragraph().add_run()
    drawing = run._r.add_drawing(inline)
    assert drawing is not None
    return Chart(chart_space, chart_part)
