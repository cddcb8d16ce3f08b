"""Chart XML (DrawingML c:chartSpace) put right for every consumer: slides' chart parts and Word's alike.

python-pptx's chart templates carry negative axis ids (`<c:axId val="-2068027336"/>`), but the schema types
c:axId and c:crossAx as xs:unsignedInt, and PowerPoint and Word may repair such a chart; made unsigned in two's
complement they exceed 2**31, which LibreOffice misreads (both axes then show one title). Every chart written
(deck or document) passes through `normalise_chart_xml` once after it is generated, which renumbers the ids.
"""

from __future__ import annotations

from typing import Any

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
