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
