"""plangen's versions of docxtpl's steps after Jinja give exactly docxtpl's results, on odd XML too."""

from __future__ import annotations

import random
import re

import pytest
from docxtpl import DocxTemplate
from lxml import etree

from plangen.office import docxtpl_steps

FRAGMENTS = ["<w:p>", '<w:p w:rsidR="00A1">', "</w:p>", "<w:pPr><w:jc w:val=\"left\"/></w:pPr>", "<w:r>",
             '<w:r w:rsidR="1">', "</w:r>", "<w:rPr><w:b/></w:rPr>", "<w:t>", '<w:t xml:space="preserve">', "</w:t>",
             "計画", "text", "\t", "\n", "\a", "\f", "<w:tab/>", "<w:p ", ">", "<w:proofErr/>", "<w:tbl>", "<w:t/>",
             '<w:t xml:space="preserve"/>', "<w:pStyle/>", "<w:p", "</w:p"]


def _random_xml(rng: random.Random) -> str:
    """Return a random string of WordprocessingML fragments, well-formed or not (half of them paragraphs of runs)."""
    if rng.random() < 0.5:
        return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 40)))
    return "".join(_paragraph(rng) if rng.random() < 0.8 else rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 6)))


def _paragraph(rng: random.Random) -> str:
    """Return a paragraph of random runs whose text may hold tabs, newlines, \\a and form feeds."""
    def text() -> str:
        pieces = ["計画", "a b", "\t", "\n", "\a", "\f", "<w:tab/>"]
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))

    runs = "".join(f"<w:r>{rng.choice(['', '<w:rPr><w:b/></w:rPr>'])}<w:t>{text()}</w:t></w:r>"
                   for _ in range(rng.randint(0, 3)))
    return f"<w:p>{rng.choice(['', '<w:pPr><w:jc/></w:pPr>'])}{runs}</w:p>"


def test_paragraphs_are_where_docxtpls_expression_finds_them() -> None:
    rng = random.Random(7)
    pattern = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", flags=re.DOTALL)
    for _ in range(3000):
        xml = _random_xml(rng)
        assert list(docxtpl_steps.paragraphs(xml)) == [m.span() for m in pattern.finditer(xml)], xml


def test_resolve_listing_is_docxtpls() -> None:
    rng = random.Random(11)
    changed = 0
    for _ in range(3000):
        xml = _random_xml(rng)
        expected = DocxTemplate.resolve_listing(None, xml)
        assert docxtpl_steps.resolve_listing(None, xml) == expected, xml
        changed += expected != xml
    assert changed > 100  # the samples exercise the listing, not only its absence


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _cell(span: int = 1) -> str:
    """Return a table cell, spanning `span` grid columns."""
    properties = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else "<w:tcPr/>"
    return f"<w:tc>{properties}<w:p/></w:tc>"


def _table(grid: list[int | None], rows: list[list[int]], inner: str = "") -> str:
    """Return a table with grid column widths `grid` (None: no width) and rows of cells by their spans."""
    columns = "".join('<w:gridCol/>' if w is None else f'<w:gridCol w:w="{w}"/>' for w in grid)
    body = "".join("<w:tr>" + "".join(_cell(s) for s in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblGrid>{columns}</w:tblGrid>{body}{inner}</w:tbl>"


TABLES = [
    _table([3000, 3000], [[1, 1], [1, 1]]),
    _table([3000, 3000], [[1, 1, 1, 1], [1, 1]]),
    _table([1000, 2000, 3001], [[1], [1, 1]]),
    _table([1000, 2000, 3000], [[2, 1], [3]]),
    _table([1000, 2000, 3000, 500], [[2, 1]]),
    _table([None, None], [[1, 1, 1]]),
    _table([2000, 2000], [[1, 1, 1]], inner=_table([1000], [[1, 1]])),
    _table([2000, 2000, 2000], [[1]], inner=_table([1000, 1000, 1000], [[1, 1]])),
]


@pytest.mark.parametrize("table", TABLES)
def test_fix_tables_is_docxtpls(table: str) -> None:
    xml = f"<w:body {W}><w:p/>{table}<w:p/></w:body>"
    ours = etree.tostring(docxtpl_steps.fix_tables(xml))
    assert ours == etree.tostring(DocxTemplate.fix_tables(None, xml))


def test_a_table_without_grid_fails_as_with_docxtpl() -> None:
    xml = f"<w:body {W}><w:tbl><w:tr>{_cell()}</w:tr></w:tbl></w:body>"
    with pytest.raises(AttributeError) as theirs:
        DocxTemplate.fix_tables(None, xml)
    with pytest.raises(AttributeError, match=re.escape(str(theirs.value))):
        docxtpl_steps.fix_tables(xml)
