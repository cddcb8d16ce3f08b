"""Styles shared by the documents rendered from one template: copied, marked and serialized once per design.

A template's styles.xml is 350 kB: copying it for every document, marking its language and fonts and
serializing it again on saving took a sixth of a meeting document's time, for the same result in every
document of a template and design. `copy_memo` gives `copy.deepcopy` a memo that puts one finished styles
part (kept per source of the styles and key: the bundled templates all have the same styles) in place of
the document's own; that part writes the bytes it was serialized to once. Nothing may change the styles of
such a document afterwards (the renderers mark the rest of it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

MAX_FINISHED = 8  # finished styles parts kept (one per styles source, language and font choice in use)
_FINISHED: dict[Hashable, Any] = {}


def copy_memo(skeleton: Any, source: Hashable, key: Hashable,
              finish: Callable[[Any], None] | None) -> dict[int, Any] | None:
    """Return a deepcopy memo putting the finished styles part for `key` in place of `skeleton`'s own, or None when its
    styles cannot be shared. `source` names the content of the skeleton's styles (equal for equal styles); the part
    is made by `finish` on a copy of them the first time (None: the part holds the skeleton's own styles, which
    must then never change either)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.parts.styles import StylesPart

    try:
        original = skeleton.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    except KeyError:
        return None
    if type(original) not in (StylesPart, _LAZY_CLASS) or len(original.rels):
        return None
    kept = styles_key(original, source, key)
    part = _FINISHED.get(kept)
    if part is None:
        part = _finished_part(original, finish, kept)
        if len(_FINISHED) >= MAX_FINISHED:
            _FINISHED.clear()
        _FINISHED[kept] = part
    return {id(original): part}


def styles_key(original: Any, source: Hashable, key: Hashable) -> tuple[Hashable, ...]:
    """Return what a finished styles part is kept (and shipped, `precompiled.finished_styles`) under."""
    return source, str(original.partname), original.content_type, key


def _finished_part(original: Any, finish: Callable[[Any], None] | None, kept: Hashable = None) -> Any:
    """Return a styles part holding a finished copy of `original`'s styles (or, without `finish`, its own), serialized
    once; a bundled template's ships serialized (its styles are parsed only if a document reads them)."""
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml.parser import parse_xml

    if finish is not None and kept is not None:  # finished styles may ship (bundled templates' do)
        from plangen.office import precompiled

        shipped = precompiled.finished_styles(kept)
        if shipped is not None:
            return _part_class()(original.partname, original.content_type, shipped, original.package)
    source = getattr(original, "source", None)  # a template's styles still unparsed (`open_document`)
    if finish is None:
        element = original.element
    elif source is not None and "_element" not in original.__dict__:
        element = parse_xml(source)  # a fresh tree, as a copy of the parsed one would be, at the cost of one parse
        finish(element)
    else:
        element = copy.deepcopy(original.element)
        finish(element)
    part = _part_class()(original.partname, original.content_type, serialize_part_xml(element), original.package)
    part._element = element
    return part


_PART_CLASS: type | None = None


def _part_class() -> type:
    """Return the class of finished styles parts: python-docx StylesParts whose blob is the bytes they hold."""
    global _PART_CLASS
    if _PART_CLASS is None:
        class FinishedStylesPart(_lazy_class()):  # type: ignore[misc]
            @property
            def blob(self) -> bytes:
                return self.source

        _PART_CLASS = FinishedStylesPart
    return _PART_CLASS


def open_document(data: bytes) -> Any:
    """Return python-docx's document of a .docx's bytes, its styles part parsed only when first used.

    The finished styles part of `copy_memo` takes the place of a template's own, which is then never read:
    parsing its 350 kB once per template opened was the largest part of opening one.
    """
    import io

    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.package import Unmarshaller
    from docx.opc.part import PartFactory
    from docx.opc.pkgreader import PackageReader
    from docx.package import Package
    from docx.parts.styles import StylesPart

    selector = PartFactory.__dict__.get("part_class_selector")  # python-docx's choice first, as PartFactory does

    def make_part(partname: Any, content_type: str, reltype: str, blob: bytes, package: Any) -> Any:
        if (content_type == CONTENT_TYPE.WML_STYLES and (selector is None or selector(content_type, reltype) is None)
                and PartFactory.part_type_for.get(content_type) is StylesPart):
            return _lazy_class()(partname, content_type, blob, package)
        return PartFactory(partname, content_type, reltype, blob, package)

    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(io.BytesIO(data)), package, make_part)
    part = package.main_document_part
    if part.content_type != CONTENT_TYPE.WML_DOCUMENT_MAIN:  # python-docx's check in docx.Document
        raise ValueError(f"file is not a Word file, content type is '{part.content_type}'")
    return part.document


_LAZY_CLASS: type | None = None


def _lazy_class() -> type:
    """Return the class of styles parts parsed from their stored bytes on first use (python-docx StylesParts)."""
    global _LAZY_CLASS
    if _LAZY_CLASS is None:
        from functools import cached_property

        from docx.opc.part import Part
        from docx.oxml.parser import parse_xml
        from docx.parts.styles import StylesPart

        class LazyStylesPart(StylesPart):
            def __init__(self, partname: Any, content_type: str, source: bytes, package: Any) -> None:
                Part.__init__(self, partname, content_type, package=package)
                self.source = source

            @cached_property
            def _element(self) -> Any:  # type: ignore[override]
                return parse_xml(self.source)

        _LAZY_CLASS = LazyStylesPart
    return _LAZY_CLASS
