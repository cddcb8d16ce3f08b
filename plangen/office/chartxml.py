"""Chart XML (DrawingML c:chartSpace) put right for every consumer: slides' chart parts and Word's alike.

python-pptx's chart templates carry negative axis ids (`<c:axId val="-2068027336"/>`), but the schema types
c:axId and c:crossAx as xs:unsignedInt, and PowerPoint and Word may repair such a chart. Every chart written
(deck or document) passes through `normalise_chart_xml` once after it is generated.
"""

from __future__ import annotations

from typing import Any

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
AXIS_ID_TAGS = (f"{{{C}}}axId", f"{{{C}}}crossAx")
"""The elements whose `val` is an axis id."""


def unsigned(value: int) -> int:
    """Return a 32-bit id as unsigned (two's complement), so that distinct ids stay distinct and pairs still match."""
    return value & 0xFFFFFFFF


def normalise_chart_xml(chart_space: Any) -> Any:
    """Make the axis ids of a c:chartSpace element (lxml) unsigned, in place; return the element."""
    for element in chart_space.iter(*AXIS_ID_TAGS):
        value = element.get("val")
        if value is not None and value.lstrip("-").isdigit() and int(value) < 0:
            element.set("val", str(unsigned(int(value))))
    return chart_space


def normalise_chart_bytes(blob: bytes) -> bytes:
    """Return a chart part's XML `blob` with unsigned axis ids (for charts handled as bytes, e.g. in Word)."""
    from lxml import etree

    root = etree.fromstring(blob)
    normalise_chart_xml(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
