"""Turn pydantic validation errors into located problems a CSM can act on."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from plangen.errors import Problem, show_got
from plangen.load.numbers import number_problem
from plangen.load.yamlsource import PathKey, Source

_KIND = {
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "int_type": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "string_type": "must be text",
    "date_parsing": "must be a date YYYY-MM-DD",
    "date_type": "must be a date YYYY-MM-DD",
    "date_from_datetime_parsing": "must be a real date YYYY-MM-DD",
    "date_from_datetime_inexact": "must be a date YYYY-MM-DD without a time",
    "dict_type": "must be a mapping of `key: value` lines",
    "model_type": "must be a mapping of `key: value` lines",
    "model_attributes_type": "must be a mapping of `key: value` lines",
    "list_type": "must be a list of `- ` items",
    "missing": "is required but missing",
    "string_too_short": "must not be empty",
    "finite_number": "must be a finite number",
}


def model_problems(src: Source, model: type[BaseModel], exc: ValidationError, prefix: PathKey = ()) -> list[Problem]:
    """Return one located problem per error in `exc`, for data read from `src`."""
    out = []
    for err in exc.errors(include_url=False):
        loc = (*prefix, *_clean_loc(err["loc"]))
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx") or {}
        if kind == "extra_forbidden":
            key = loc[-1]
            allowed = _allowed_keys(model, loc[len(prefix):-1])
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            what = "unknown key"
            what += f"; did you mean `{close[0]}`?" if close else f"; allowed here: {', '.join(allowed)}"
            out.append(src.problem(loc, what, repr(str(key)), key=True))
            continue
        if kind == "missing":
            out.append(src.problem(loc[:-1] if len(loc) > 0 else loc,
                                   f"`{loc[-1]}` is required but missing" if loc else "is required"))
            continue
        if kind == "literal_error":
            expected = str(ctx.get("expected", "")).replace("'", "")
            what = f"must be one of: {expected}"
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            what = _range_text(model, loc[len(prefix):], ctx)
        elif kind == "value_error":
            what = str(ctx.get("error", err["msg"]))
        elif kind in _KIND:
            what = _KIND[kind]
            if value is None and kind in ("string_type", "int_type", "float_type", "date_type"):
                what = "is empty; write a value or remove the line"
            elif kind in ("float_parsing", "int_parsing") and isinstance(value, str):
                what = _number_text(what, value)
        else:
            what = err["msg"][0].lower() + err["msg"][1:]
        if kind in ("dict_type", "model_type", "model_attributes_type", "list_type"):
            got = _shape(value)
        else:
            got = show_got(value)
        out.append(src.problem(loc, what, got))
    return out


def _number_text(what: str, text: str) -> str:
    """Return the message for a value that is not a number: the actuals' rule naming the character, or a hint."""
    hint = _number_hint(text)
    if hint or not re.search("[,%\uff01-\uff5e]", text):
        return what + hint
    return number_problem(text.strip())


def _number_hint(text: str) -> str:
    """Return advice for a number written with separators, units or as a YAML 1.1 word."""
    stripped = text.strip()
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", stripped):
        return "; write it without commas, such as " + stripped.replace(",", "")
    if re.fullmatch(r"[-+]?([¥$€£]\s*\d[\d.,]*|\d[\d.,]*\s*(%|円|万円|千円|pt|日|件|人|時間|[A-Za-z]+))", stripped):
        return "; write the number only (the unit belongs in `unit` or `currency`)"
    if stripped.lower() in ("yes", "no", "on", "off", "true", "false", "y", "n"):
        return "; YAML words such as yes/no/on/off are text here, not numbers"
    return ""


def _clean_loc(loc: tuple[Any, ...]) -> PathKey:
    """Return the error location without pydantic's union/function markers."""
    return tuple(p for p in loc if isinstance(p, int) or not ("[" in p or p.startswith("function-")))


def _shape(value: object) -> str:
    """Return a word for the shape of a wrongly-shaped value."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return show_got(value)


def _range_text(model: type[BaseModel], loc: PathKey, ctx: dict[str, Any]) -> str:
    """Return a message such as `must be 1-5` using the field's bounds."""
    field = _field_of(model, loc)
    metas = list(getattr(field, "metadata", [])) if field else []
    if field is not None:
        metas += _annotated_metadata(field.annotation)
    lo = next((m.ge for m in metas if getattr(m, "ge", None) is not None), None)
    hi = next((m.le for m in metas if getattr(m, "le", None) is not None), None)
    if lo is not None and hi is not None:
        return f"must be {_num(lo)}-{_num(hi)}"
    for key, word in (("ge", "at least"), ("gt", "more than"), ("le", "at most"), ("lt", "less than")):
        if key in ctx:
            return f"must be {word} {_num(ctx[key])}"
    return "is out of range"


def _annotated_metadata(annotation: Any) -> list[Any]:
    """Return constraint objects found in `Annotated[...]` parts of an annotation."""
    found = list(getattr(annotation, "__metadata__", ()))
    for meta in list(found):
        found += list(getattr(meta, "metadata", []))
    for arg in getattr(annotation, "__args__", ()):
        found += _annotated_metadata(arg)
    return found


def _num(value: Any) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _field_of(model: type[BaseModel], loc: PathKey) -> Any:
    """Return the pydantic FieldInfo at `loc` inside `model`, or None."""
    current: Any = model
    info = None
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        current = _inner_model(info.annotation)
    return info


def _inner_model(annotation: Any) -> Any:
    """Return the BaseModel inside an annotation such as `list[Kpi] | None`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _allowed_keys(model: type[BaseModel], loc: PathKey) -> list[str]:
    """Return the keys allowed in the mapping at `loc` of `model`."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", {})
        if part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
    return list(getattr(current, "model_fields", {}).keys())
