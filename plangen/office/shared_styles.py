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
    if type(original) is not StylesPart or len(original.rels):
        return None
    kept = (source, str(original.partname), original.content_type, key)
    part = _FINISHED.get(kept)
    if part is None:
        part = _finished_part(original, finish)
        if len(_FINISHED) >= MAX_FINISHED:
            _FINISHED.clear()
        _FINISHED[kept] = part
    return {id(original): part}


def _finished_part(original: Any, finish: Callable[[Any], None] | None) -> Any:
    """Return a styles part holding a finished copy of `original`'s styles (or, without `finish`, its own), serialized
    once."""
    from docx.opc.oxml import serialize_part_xml

    element = original.element
    if finish is not None:
        element = copy.deepcopy(element)
        finish(element)
    part = _part_class()(original.partname, original.content_type, element, original.package)
    part.finished_blob = serialize_part_xml(element)
    return part


_PART_CLASS: type | None = None


def _part_class() -> type:
    """Return the class of finished styles parts: a python-docx StylesPart whose blob is its serialized bytes."""
    global _PART_CLASS
    if _PART_CLASS is None:
        from docx.parts.styles import StylesPart

        class FinishedStylesPart(StylesPart):
            finished_blob = b""

            @property
            def blob(self) -> bytes:
                return self.finished_blob

        _PART_CLASS = FinishedStylesPart
    return _PART_CLASS
