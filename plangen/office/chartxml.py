"""A native chart built once as styled chart XML plus its workbook, then placed in a deck or a Word document.

python-pptx writes the `c:chartSpace` XML and the embedded workbook from chart data; its `Chart` API styles
the XML before any part exists. The same bytes then become a slide's chart part (`add_to_slide`) or a Word
chart part (`plangen.office.docx_charts.add_chart`), so both documents show the very same chart and the
styling runs once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


@dataclass(frozen=True)
class ChartXml:
    """A styled chart: its `c:chartSpace` XML (without `c:externalData`) and its embedded workbook."""

    xml: bytes
    xlsx: bytes


def positive_axis_ids(chart_space: Any) -> None:
    """Replace python-pptx's negative axis ids (the schema wants unsigned ints) by small positive ones."""
    ids: dict[str, str] = {}
    for element in chart_space.iter(f"{_C}axId", f"{_C}crossAx"):
        value = element.get("val")
        if value is not None and value.startswith("-"):
            element.set("val", ids.setdefault(value, str(100000 + len(ids) + 1)))


def make_chart(chart_type: Any, chart_data: Any, style: Callable[[Any], None]) -> ChartXml:
    """Return the chart of `chart_type` showing `chart_data`, styled by `style(chart)` (a python-pptx Chart)."""
    from lxml import etree
    from pptx.chart.chart import Chart
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.oxml import parse_xml

    chart_space = parse_xml(ChartXmlWriter(chart_type, chart_data).xml.encode("utf-8"))
    positive_axis_ids(chart_space)
    style(Chart(chart_space, None))
    return ChartXml(etree.tostring(chart_space, xml_declaration=True, encoding="UTF-8", standalone=True),
                    chart_data.xlsx_blob)


def add_to_slide(slide: Any, left: int, top: int, width: int, height: int, chart: ChartXml) -> Any:
    """Add `chart` to `slide` as a native chart part in a graphic frame at the given place; return the frame."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.parts.chart import ChartPart

    package = slide.part.package
    part = ChartPart.load(package.next_partname(ChartPart.partname_template), CT.DML_CHART, package, chart.xml)
    part.chart_workbook.update_from_xlsx_blob(chart.xlsx)
    rid = slide.part.relate_to(part, RT.CHART)
    return slide.shapes._add_chart_graphicFrame(rid, left, top, width, height)
