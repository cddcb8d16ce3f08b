"""docxtpl's steps after Jinja, done with less work and the same result (tests compare them with docxtpl's own).

`resolve_listing` turns tab, \\a, newline and form feed in text into runs and breaks. docxtpl runs regular
expressions over every paragraph and run; a paragraph without any of those characters comes out as it went
in, so only the paragraphs holding one are handed to docxtpl, found with `str.find` the way its expression
finds paragraphs. `fix_tables` evens out a table's grid columns with its widest row as docxtpl does, looking
children up with `iterchildren` instead of ElementPath.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

SPECIAL = ("\t", "\a", "\n", "\f")


def resolve_listing(template: Any, xml: str) -> str:
    """Return docxtpl's resolve_listing of `xml`, run only on the paragraphs that hold a special character."""
    from docxtpl import DocxTemplate

    specials = sorted(i for char in SPECIAL for i in _positions(xml, char))
    if not specials:
        return xml
    out: list[str] = []
    done = 0
    k = 0
    for start, end in paragraphs(xml):
        while k < len(specials) and specials[k] < start:
            k += 1
        if k == len(specials):
            break
        if specials[k] < end:  # the one paragraph, as docxtpl resolves it
            out += [xml[done:start], str(DocxTemplate.resolve_listing(template, xml[start:end]))]
            done = end
    out.append(xml[done:])
    return "".join(out)


def _positions(text: str, char: str) -> Iterator[int]:
    """Yield every index of `char` in `text`."""
    i = text.find(char)
    while i >= 0:
        yield i
        i = text.find(char, i + 1)


def paragraphs(xml: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each match of docxtpl's paragraph expression `<w:p(?: [^>]*)?>.*?</w:p>` (DOTALL)."""
    pos = 0
    while True:
        start = xml.find("<w:p", pos)
        if start < 0:
            return
        after = start + 4
        following = xml[after:after + 1]
        if following == ">":
            opened = after + 1
        elif following == " ":
            closing = xml.find(">", after)
            if closing < 0:  # no later tag can close either
                return
            opened = closing + 1
        else:  # <w:pPr>, <w:proofErr ...>: not a paragraph
            pos = after
            continue
        close = xml.find("</w:p>", opened)
        if close < 0:
            return
        pos = close + 6
        yield start, pos


def fix_tables(xml: str) -> Any:
    """Return docxtpl's fix_tables of the rendered body `xml`: the parsed tree, each table's grid fitted to its rows."""
    from lxml import etree

    tree = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
    ns = "{" + tree.nsmap["w"] + "}"
    for table in tree.iter(ns + "tbl"):
        _fix_table(table, ns)
    return tree


def _fix_table(table: Any, ns: str) -> None:
    """Add grid columns for rows with more cells than the grid, or remove those no row reaches (docxtpl's rules)."""
    from lxml import etree

    grid = next(table.iterchildren(ns + "tblGrid"), None)
    if grid is None:  # docxtpl's error on a table without grid
        raise AttributeError("'NoneType' object has no attribute 'findall'")
    columns = list(grid.iterchildren(ns + "gridCol"))
    rows = list(table.iter(ns + "tr"))
    to_add = 0
    for row in rows:
        cells = sum(1 for _ in row.iterchildren(ns + "tc"))
        if len(columns) + to_add < cells:
            to_add = cells - len(columns)
    if to_add > 0:
        width = 0.0
        new_average = None
        for column in columns:
            if column.get(ns + "w") is not None:
                width += float(column.get(ns + "w"))
        if width > 0:
            old_average = width / len(columns)
            new_average = width / (len(columns) + to_add)
            for column in columns:
                column.set(ns + "w", str(int(float(column.get(ns + "w")) * new_average / old_average)))
            for _ in range(to_add):
                etree.SubElement(grid, ns + "gridCol", {ns + "w": str(int(new_average))})
    columns = list(grid.iterchildren(ns + "gridCol"))
    widest = 0
    for row in rows:
        widest = max(widest, functools.reduce(lambda total, cell: total + _span(cell, ns),
                                              row.iterchildren(ns + "tc"), 0))
    to_remove = len(columns) - widest
    if to_remove > 0:
        removed = 0.0
        for column in columns[-to_remove:]:
            removed += float(column.get(ns + "w"))
            grid.remove(column)
        left = list(grid.iterchildren(ns + "gridCol"))
        extra = int(removed / len(left)) if left else 0
        for column in left:
            column.set(ns + "w", str(int(float(column.get(ns + "w")) + extra)))


def _span(cell: Any, ns: str) -> int:
    """Return the grid columns a cell spans (its w:gridSpan, else 1)."""
    properties = next(cell.iterchildren(ns + "tcPr"), None)
    span = None if properties is None else next(properties.iterchildren(ns + "gridSpan"), None)
    return int(span.get(ns + "val")) if span is not None else 1
