"""ECMA-376 check of a written .pptx/.docx/.xlsx: schemas after Markup Compatibility, content types, relationships.

What PowerPoint, Word and Excel repair or refuse even where LibreOffice and python-pptx read a file without
complaint: every XML part whose root namespace has a schema in tests/fixtures/ooxml-schemas validates against it
after Markup Compatibility processing (ECMA-376 Part 3); every part has a content type; every internal
relationship resolves and every r:id used is declared; shape ids are unique within a slide, layout or master and
drawing ids within a Word story. Embedded packages (chart workbooks) are checked the same way.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "ooxml-schemas"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_OXML = "http://schemas.openxmlformats.org/"
BY_NS = {
    P: "pml.xsd",
    _OXML + "wordprocessingml/2006/main": "wml.xsd",
    _OXML + "spreadsheetml/2006/main": "sml.xsd",
    _OXML + "drawingml/2006/main": "dml-main.xsd",
    _OXML + "drawingml/2006/chart": "dml-chart.xsd",
    _OXML + "drawingml/2006/chartDrawing": "dml-chartDrawing.xsd",
    _OXML + "drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
    _OXML + "officeDocument/2006/extended-properties": "shared-documentPropertiesExtended.xsd",
    _OXML + "officeDocument/2006/custom-properties": "shared-documentPropertiesCustom.xsd",
    _OXML + "package/2006/metadata/core-properties": "opc-coreProperties.xsd",
    CT: "opc-contentTypes.xsd",
    PR: "opc-relationships.xsd",
}
"""Root element namespace -> the schema file that defines it."""
PACKAGES = (".pptx", ".docx", ".xlsx")


@cache
def schema(name: str) -> Any:
    """Return the compiled schema `name` (loaded once)."""
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


@cache
def known_namespaces() -> frozenset[str]:
    """Return every target namespace that a schema file here defines."""
    return frozenset(tns for f in SCHEMAS.glob("*.xsd")
                     if (tns := etree.parse(str(f)).getroot().get("targetNamespace")))


def mce(root: Any) -> Any:
    """Return `root` after Markup Compatibility: ignorable unknown content dropped, AlternateContent -> Fallback."""
    known = known_namespaces()
    ignorable = {uri for el in root.iter() if isinstance(el.tag, str)
                 for prefix in (el.get(f"{{{MC}}}Ignorable") or "").split()
                 if (uri := el.nsmap.get(prefix)) and uri not in known}
    for alt in list(root.iter(f"{{{MC}}}AlternateContent")):
        parent, fallback = alt.getparent(), alt.find(f"{{{MC}}}Fallback")
        index = parent.index(alt)
        parent.remove(alt)
        for offset, child in enumerate(list(fallback) if fallback is not None else []):
            parent.insert(index + offset, child)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).namespace in ignorable and el.getparent() is not None:
            el.getparent().remove(el)
            continue
        for name in list(el.attrib):
            if etree.QName(name).namespace in ignorable or etree.QName(name).namespace == MC:
                del el.attrib[name]
    return root


def rels_path(part: str) -> str:
    """Return the relationships part of `part`."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _content_types(z: zipfile.ZipFile, label: str) -> list[str]:
    """Return a finding for every part without a content type."""
    root = etree.fromstring(z.read("[Content_Types].xml"))
    defaults = {e.get("Extension").lower() for e in root.iter(f"{{{CT}}}Default")}
    overrides = {e.get("PartName").lstrip("/") for e in root.iter(f"{{{CT}}}Override")}
    return [f"{label}: {n}: no content type" for n in z.namelist()
            if not n.endswith("/") and n != "[Content_Types].xml"
            and n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults]


def _relationships(z: zipfile.ZipFile, part: str, root: Any, label: str) -> list[str]:
    """Return findings for relationships of `part` that point nowhere and r:ids it uses but does not declare."""
    names, declared, out = set(z.namelist()), set(), []
    if rels_path(part) in names:
        for rel in etree.fromstring(z.read(rels_path(part))).iter(f"{{{PR}}}Relationship"):
            declared.add(rel.get("Id"))
            target = rel.get("Target")
            if rel.get("TargetMode") == "External":
                continue
            resolved = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(posixpath.dirname(part), target)))
            if resolved not in names:
                out.append(f"{label}: {rels_path(part)}: {rel.get('Id')} points at missing {resolved}")
    for el in root.iter():
        if isinstance(el.tag, str):
            out += [f"{label}: {part}: {etree.QName(a).localname}={v} is not a declared relationship"
                    for a, v in el.attrib.items() if etree.QName(a).namespace == R and v not in declared]
    return out


def _duplicate_ids(part: str, root: Any, label: str) -> list[str]:
    """Return a finding for every shape id used twice in a slide/layout/master or drawing id in a Word story."""
    if etree.QName(root).namespace == P:
        ids = [el.get("id") for el in root.iter(f"{{{P}}}cNvPr")]
    else:
        ids = [el.get("id") for el in root.iter(f"{{{WP}}}docPr")]
    counts = Counter(ids)
    return [f"{label}: {part}: shape id {i} is used more than once" for i in sorted(counts, key=str) if counts[i] > 1]


def check_package(data: bytes, label: str) -> list[str]:
    """Return every finding in the package `data` (embedded packages included), one line each."""
    z = zipfile.ZipFile(io.BytesIO(data))
    if "[Content_Types].xml" not in z.namelist():
        return [f"{label}: no [Content_Types].xml"]
    out = _content_types(z, label)
    for part in sorted(z.namelist()):
        if part.lower().endswith(PACKAGES):
            out += check_package(z.read(part), f"{label}!{part}")
            continue
        if not part.endswith((".xml", ".rels")):
            continue
        try:
            root = etree.fromstring(z.read(part))
        except etree.XMLSyntaxError as exc:
            out.append(f"{label}: {part}: not well-formed XML: {exc}")
            continue
        if not part.endswith(".rels") and part != "[Content_Types].xml":
            out += _relationships(z, part, root, label) + _duplicate_ids(part, root, label)
        name = BY_NS.get(etree.QName(root).namespace or "")
        if name is None:
            continue
        checker = schema(name)
        if not checker.validate(mce(root)):
            out += [f"{label}: {part}: line {e.line}: {e.message.replace('{' + _OXML, '{')}"
                    for e in checker.error_log]
    return out


def check_file(path: Path) -> list[str]:
    """Return every finding in the Office file at `path`."""
    return check_package(path.read_bytes(), path.name)


def check_tree(folder: Path) -> dict[Path, list[str]]:
    """Return the findings of every Office file under `folder`, by file."""
    return {p: check_file(p) for p in sorted(folder.rglob("*")) if p.suffix in PACKAGES}
