"""Chart XML (DrawingML c:chartSpace) put right for every consumer: slides' chart parts and Word's alike.

A native chart is built once as finished chart XML plus its workbook (`ChartXml`), written directly -- the
report's charts in `plangen.render.report.charts`, the kickoff's in `plangen.office.pptx.charts` on
python-pptx's chart templates (`plangen.office.pptx.chartdata_xml`), workbooks by
`plangen.office.pptx.chartdata_xlsx` -- element for element what python-pptx's chart writer and chart API made
(the tests compare them). The same bytes then become a slide's chart part (`add_to_slide`) or a Word chart part
(`plangen.office.docx_charts.add_chart`), so both documents show the very same chart and styling runs once.

python-pptx's chart templates carry negative axis ids (`<c:axId val="-2068027336"/>`), but the schema types
c:axId and c:crossAx as xs:unsignedInt, and PowerPoint and Word may repair such a chart; made unsigned in two's
complement they exceed 2**31, which LibreOffice misreads (both axes then show one title). Charts are written
with the ids `normalise_chart_xml` gives (50000, 50001), and every deck's chart parts pass through it on save.
"""

from __future__ import annotations

from typing import Any

from plangen.record import record

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
AXIS_ID_TAGS = (f"{{{C}}}axId", f"{{{C}}}crossAx")
"""The elements whose `val` is an axis id."""


FIRST_AXIS_ID = 50000
"""Axis ids are renumbered from here: small, unsigned, and below 2**31 (LibreOffice reads an id above that as
another axis's and puts one axis title on both axes)."""


def normalise_chart_xml(chart_space: Any) -> Any:
    """Renumber the axis ids of a c:chartSpace element (lxml) as small unsigned ids, in place (pairs still match:
    one id, one new number); return the element."""
    numbers: dict[str, str] = {}
    for element in chart_space.iter(*AXIS_ID_TAGS):
        value = element.get("val")
        if value is not None and value.lstrip("-").isdigit():
            element.set("val", numbers.setdefault(value, str(FIRST_AXIS_ID + len(numbers))))
    return chart_space


def normalise_chart_bytes(blob: bytes) -> bytes:
    """Return a chart part's XML `blob` with small unsigned axis ids (for charts handled as bytes, e.g. in Word)."""
    from lxml import etree

    root = etree.fromstring(blob)
    normalise_chart_xml(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


@record
class ChartXml:
    """A styled chart: its `c:chartSpace` XML (without `c:externalData`, serialised as lxml writes it) and its
    embedded workbook."""

    xml: bytes
    xlsx: bytes


def add_to_slide(slide: Any, left: int, top: int, width: int, height: int, chart: ChartXml) -> Any:
    """Add `chart` to `slide` as a native chart part in a graphic frame at the given place; return the frame
    (python-pptx's GraphicFrame, as `SlideShapes.add_chart` returns).

    The chart and workbook part names are python-pptx's (`Package.next_partname`), found in one walk of the
    package's parts instead of one per part.
    """
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.packuri import PackURI
    from pptx.parts.chart import ChartPart
    from pptx.parts.embeddedpackage import EmbeddedXlsxPart

    package = slide.part.package
    names = {str(p.partname) for p in package.iter_parts()}
    chart_name = _next_partname(names, ChartPart.partname_template)
    xlsx_name = _next_partname(names, EmbeddedXlsxPart.partname_template)
    part = ChartPart.load(PackURI(chart_name), CT.DML_CHART, package, chart.xml)
    part.chart_workbook.xlsx_part = EmbeddedXlsxPart(PackURI(xlsx_name), CT.SML_SHEET, package, chart.xlsx)
    rid = slide.part.relate_to(part, RT.CHART)
    shapes = slide.shapes
    return shapes._shape_factory(shapes._add_chart_graphicFrame(rid, left, top, width, height))


def _next_partname(names: set[str], template: str) -> str:
    """Return the part name python-pptx's `Package.next_partname(template)` gives in a package of `names`."""
    prefix = template[: (template % 42).find("42")]
    taken = {name for name in names if name.startswith(prefix)}
    for n in range(len(taken) + 1, 0, -1):
        if template % n not in taken:
            return template % n
    raise AssertionError("no free part name")  # pragma: no cover (len + 1 candidates for len names)
