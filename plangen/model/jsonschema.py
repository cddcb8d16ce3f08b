"""The JSON Schema of a section class, as an editor sees YAML: sections under `$defs`, keys in a stable order."""

from __future__ import annotations

import types
from datetime import date
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from plangen.model.base import Strict
from plangen.model.fields import Bounds, FieldInfo, unwrap_annotated

_BOUND_KEYWORDS = (("ge", "minimum"), ("gt", "exclusiveMinimum"), ("le", "maximum"), ("lt", "exclusiveMaximum"),
                   ("min_length", "minLength"))


def json_schema(model: type[Strict]) -> dict[str, Any]:
    """Return the JSON Schema of `model`: every section it uses under `$defs`, keys sorted (field order kept)."""
    defs: dict[str, Any] = {}
    top = _section(model, defs)
    out: dict[str, Any] = {"$defs": defs} if defs else {}
    out.update(top)
    return _sorted(out)


def _section(model: type[Strict], defs: dict[str, Any]) -> dict[str, Any]:
    """Return the schema of one section: its fields, the required ones, no other keys."""
    properties = {name: _field(info, defs) for name, info in model.model_fields.items()}
    out: dict[str, Any] = {"additionalProperties": False, "properties": properties, "title": model.__name__,
                           "type": "object"}
    if model.__doc__:
        out["description"] = model.__doc__.strip()
    required = [name for name, info in model.model_fields.items() if info.required]
    if required:
        out["required"] = required
    return out


def _field(info: FieldInfo, defs: dict[str, Any]) -> dict[str, Any]:
    """Return the schema of one field: its type, a title from its name (not for a section) and its default."""
    out = _type(info.annotation, info.bounds, defs)
    if _section_inside(info.annotation) is None:
        out["title"] = info.name.title().replace("_", " ")
    if not info.required:
        out["default"] = _default(info.default)
    return out


def _type(annotation: Any, bounds: Bounds | None, defs: dict[str, Any]) -> dict[str, Any]:
    """Return the schema of values of type `annotation`, with `bounds` on the number or text inside it."""
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, _, bounds = unwrap_annotated(annotation, bounds)
        return _type(inner, bounds, defs)
    if origin in (Union, types.UnionType):
        inner = next(a for a in get_args(annotation) if a is not type(None))
        return {"anyOf": [_type(inner, bounds, defs), {"type": "null"}]}
    if origin is Literal:
        return {"enum": list(get_args(annotation)), "type": "string"}
    if origin is list:
        return {"items": _type(get_args(annotation)[0], None, defs), "type": "array"}
    if origin is dict:
        return {"additionalProperties": _type(get_args(annotation)[1], None, defs), "type": "object"}
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        if annotation.__name__ not in defs:
            defs[annotation.__name__] = {}
            defs[annotation.__name__] = _section(annotation, defs)
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    out: dict[str, Any] = {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
                           date: {"format": "date", "type": "string"}}[annotation].copy()
    for name, keyword in _BOUND_KEYWORDS:
        limit = getattr(bounds, name) if bounds is not None else None
        if limit is not None:
            out[keyword] = limit
    return out


def _section_inside(annotation: Any) -> type[Strict] | None:
    """Return the section class a field holds directly (through `Annotated` and `| None`), or None."""
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        return annotation
    if get_origin(annotation) in (Annotated, Union, types.UnionType):
        for arg in get_args(annotation)[:1] if get_origin(annotation) is Annotated else get_args(annotation):
            found = _section_inside(arg)
            if found is not None:
                return found
    return None


def _default(value: Any) -> Any:
    """Return a default as JSON data (a section as the mapping of its fields, a date as YYYY-MM-DD)."""
    if isinstance(value, Strict):
        return {name: _default(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_default(v) for v in value]
    if isinstance(value, dict):
        return {k: _default(v) for k, v in value.items()}
    return value


def _sorted(value: Any, parent: str | None = None) -> Any:
    """Return `value` with mapping keys sorted, except the fields under `properties` and a `default`'s keys."""
    if isinstance(value, dict):
        keys = value if parent in ("properties", "default") else sorted(value)
        return {key: _sorted(value[key], key) for key in keys}
    if isinstance(value, list):
        return [_sorted(item, parent) for item in value]
    return value
