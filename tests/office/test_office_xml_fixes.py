"""Schema repairs shared by every writer: unsigned chart axis ids, Word settings and cell properties in order."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from plangen.office.chartxml import C, normalise_chart_bytes, normalise_chart_xml
from plangen.office.docx_kit import make_valid

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHART = (f'<c:chartSpace xmlns:c="{C}"><c:chart><c:plotArea><c:lineChart><c:axId val="-2068027336"/>'
         '<c:axId val="-2113994440"/></c:lineChart><c:catAx><c:axId val="-2068027336"/>'
         '<c:crossAx val="-2113994440"/></c:catAx><c:valAx><c:axId val="-2113994440"/>'
         '<c:crossAx val="-2068027336"/></c:valAx></c:plotArea></c:chart></c:chartSpace>')


def _ids(root: etree._Element, tag: str) -> list[int]:
    """Return the `val` of every c:`tag` in document order."""
    return [int(el.get("val")) for el in root.iter(f"{{{C}}}{tag}")]


def test_axis_ids_become_unsigned_and_still_pair_up() -> None:
    root = normalise_chart_xml(etree.fromstring(CHART))
    ids, crosses = _ids(root, "axId"), _ids(root, "crossAx")
    assert all(0 <= value < 2**31 for value in ids + crosses)  # LibreOffice misreads ids of 2**31 and above
    assert ids[0] == ids[2] == crosses[1] and ids[1] == ids[3] == crosses[0] and ids[0] != ids[1]


def test_chart_bytes_are_normalised_the_same_way() -> None:
    root = etree.fromstring(normalise_chart_bytes(CHART.encode()))
    assert _ids(root, "axId") == _ids(normalise_chart_xml(etree.fromstring(CHART)), "axId")


def test_word_zoom_gets_its_percent_and_cell_properties_their_schema_order() -> None:
    doc = docx.Document()
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    tc_pr = cell._tc.get_or_add_tcPr()
    for child in list(tc_pr):
        tc_pr.remove(child)
    for tag, attrs in (("vAlign", 'w:val="center"'), ("shd", 'w:val="clear" w:color="auto" w:fill="FFFFFF"'),
                       ("tcW", 'w:w="1417" w:type="dxa"')):  # what docxtpl's {% cellbg %} leaves: shd before tcW
        tc_pr.append(parse_xml(f'<w:{tag} xmlns:w="{W}" {attrs}/>'))
    make_valid(doc)
    assert [etree.QName(c).localname for c in tc_pr] == ["tcW", "shd", "vAlign"]
    zoom = doc.settings.element.find(qn("w:zoom"))
    assert zoom is not None and zoom.get(qn("w:percent")) == "100"
