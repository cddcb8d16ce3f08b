"""Chart parts get the names python-pptx and python-docx would give them, found in one walk of the package."""

from __future__ import annotations

from plangen.office import chartxml, docx_charts


def test_deck_part_names_are_python_pptx_ones() -> None:
    """With gaps and other parts around, the next chart name is python-pptx's (highest free up to count + 1)."""
    from pptx.opc.package import OpcPackage as Package

    template = "/ppt/charts/chart%d.xml"
    for names in (set(), {"/ppt/charts/chart1.xml"}, {"/ppt/charts/chart2.xml", "/ppt/slides/slide1.xml"},
                  {"/ppt/charts/chart1.xml", "/ppt/charts/chart3.xml", "/ppt/charts/chart4.xml"}):

        class Fake(Package):
            def iter_parts(self):  # type: ignore[no-untyped-def]
                return iter([type("P", (), {"partname": n})() for n in names])  # noqa: B023

        assert chartxml._next_partname(set(names), template) == Fake(None).next_partname(template)  # type: ignore[arg-type]


def test_document_part_names_are_python_docx_ones() -> None:
    """The next chart name in a Word document is python-docx's (lowest free)."""
    from docx.opc.package import OpcPackage

    template = "/word/charts/chart%d.xml"
    for names in (set(), {"/word/charts/chart1.xml"}, {"/word/charts/chart2.xml", "/word/document.xml"}):

        class Fake(OpcPackage):
            def iter_parts(self):  # type: ignore[no-untyped-def]
                return iter([type("P", (), {"partname": n})() for n in names])  # noqa: B023

        assert docx_charts._next_partname(set(names), template) == Fake().next_partname(template)


def test_word_chart_part_bytes_are_python_docx_serialisation() -> None:
    """The chart part kept as bytes is what python-docx writes for the parsed chart with c:externalData added."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from plangen.office.chartxml import ChartXml
    from plangen.render.report.charts import health_chart, look_for, trend_chart
    from tests.render.test_report_chart_xml import _content

    content = _content("minato")
    look = look_for(content)
    from plangen.compute.report.trends import monthly_trend

    trend = content.trends[0]
    for chart in (trend_chart(trend, monthly_trend(content.plan, trend), look),
                  health_chart(content.health_history, look)):
        blobs = []
        for variant in (chart, ChartXml(chart.xml + b"\n", chart.xlsx)):  # the second is parsed: not our bytes
            document = docx.Document()
            docx_charts.add_chart(document, variant, 5000000, 3000000)
            part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.CHART)
            blobs.append(part.blob)
        assert blobs[0] == blobs[1]
        assert b'<c:externalData xmlns:wp="' in blobs[0]
