"""Check YAML data against a model's field types: convert what fits, collect every error with its location.

The rules are those of the plan format (docs/plan-format.md): text is text; whole numbers may be written as
`12`, `12.0` or `"12"`; numbers are finite; dates are dates (strings are read by the field's `Before` function);
lists and mappings have their shape; a section knows its keys. Each error is a dict with `type`, `loc` (keys and
list indexes from the top), `msg` (English), `input` (the value found) and `ctx` (what the message needs).
"""

from __future__ import annotations

import math
import types
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from plangen.model.fields import MISSING, After, Before, Bounds, number_text, unwrap_annotated

Loc = tuple[Any, ...]
Errors = list[dict[str, Any]]
Checker = Callable[[Any, Loc, Errors], Any]

INVALID: Any = object()
"""What a checker returns for a value with an error (the error is already in the list)."""


def add_error(errors: Errors, kind: str, loc: Loc, value: Any, msg: str, **ctx: Any) -> Any:
    """Append one error and return INVALID."""
    errors.append({"type": kind, "loc": loc, "msg": msg, "input": value, "ctx": ctx})
    return INVALID


def checker_for(annotation: Any, bounds: Bounds | None, model: Callable[[type], Checker]) -> Checker:
    """Return the checker of values of type `annotation` (bounds apply to the number or text inside it).

    `model` returns the checker of a model class, so that classes can refer to each other.
    """
    origin = get_origin(annotation)
    if origin is Annotated:
        return _annotated(annotation, bounds, model)
    if origin in (Union, types.UnionType):
        return _nullable(annotation, bounds, model)
    if origin is Literal:
        return _literal(get_args(annotation))
    if origin is list:
        return _list(checker_for(get_args(annotation)[0], None, model))
    if origin is dict:
        key, item = get_args(annotation)
        return _mapping(checker_for(key, None, model), checker_for(item, None, model))
    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        return model(annotation)
    scalar = _SCALARS.get(annotation)
    if scalar is None:
        raise TypeError(f"no checker for the type {annotation!r}")
    return scalar(bounds or Bounds())


def _annotated(annotation: Any, bounds: Bounds | None, model: Callable[[type], Checker]) -> Checker:
    """Return the checker of `Annotated[T, ...]`: Before functions, T (with any Field bounds), then After functions."""
    inner, metadata, bounds = unwrap_annotated(annotation, bounds)
    check = checker_for(inner, bounds, model)
    before = [m.func for m in metadata if isinstance(m, Before)]
    after = [m.func for m in metadata if isinstance(m, After)]
    if not before and not after:
        return check

    def annotated(value: Any, loc: Loc, errors: Errors) -> Any:
        raw = value
        for func in before:
            value = _call(func, value, raw, loc, errors)
            if value is INVALID:
                return INVALID
        value = check(value, loc, errors)
        for func in after:
            if value is INVALID:
                return INVALID
            value = _call(func, value, raw, loc, errors)
        return value

    return annotated


def _call(func: Callable[[Any], Any], value: Any, raw: Any, loc: Loc, errors: Errors) -> Any:
    """Return func(value), or INVALID after recording the ValueError it raised (against `raw`, the value read)."""
    try:
        return func(value)
    except ValueError as exc:
        return add_error(errors, "value_error", loc, raw, f"Value error, {exc}", error=exc)


def _nullable(annotation: Any, bounds: Bounds | None, model: Callable[[type], Checker]) -> Checker:
    """Return the checker of `T | None`: None stays None, anything else is checked as T."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if len(args) != 1 or len(args) == len(get_args(annotation)):
        raise TypeError(f"only `T | None` unions are supported, not {annotation!r}")
    check = checker_for(args[0], bounds, model)

    def nullable(value: Any, loc: Loc, errors: Errors) -> Any:
        return None if value is None else check(value, loc, errors)

    return nullable


def _literal(choices: tuple[Any, ...]) -> Checker:
    """Return the checker of a value that must be one of the texts `choices`."""
    allowed = frozenset(choices)
    expected = " or ".join(filter(None, (", ".join(repr(c) for c in choices[:-1]), repr(choices[-1]))))

    def literal(value: Any, loc: Loc, errors: Errors) -> Any:
        if isinstance(value, str) and value in allowed:
            return value
        return add_error(errors, "literal_error", loc, value, f"Input should be {expected}", choices=choices)

    return literal


def _list(item: Checker) -> Checker:
    """Return the checker of a list whose items `item` checks."""

    def listed(value: Any, loc: Loc, errors: Errors) -> Any:
        if not isinstance(value, list | tuple):
            return add_error(errors, "list_type", loc, value, "Input should be a valid list")
        out = []
        for index, raw in enumerate(value):
            out.append(item(raw, (*loc, index), errors))
        return INVALID if any(v is INVALID for v in out) else out

    return listed


def _mapping(key: Checker, item: Checker) -> Checker:
    """Return the checker of a mapping whose keys and values `key` and `item` check."""

    def mapping(value: Any, loc: Loc, errors: Errors) -> Any:
        if not isinstance(value, Mapping):
            return add_error(errors, "dict_type", loc, value, "Input should be a valid dictionary")
        out = {}
        ok = True
        for raw_key, raw in value.items():
            checked_key = key(raw_key, (*loc, raw_key), errors)
            checked = item(raw, (*loc, raw_key), errors)
            ok = ok and checked_key is not INVALID and checked is not INVALID
            out[checked_key] = checked
        return out if ok else INVALID

    return mapping


def model_checker(cls: type, fields: Mapping[str, tuple[Checker, Any]], build: Callable[[dict[str, Any]], Any]
                  ) -> Checker:
    """Return the checker of a section: a mapping with only the keys of `fields` (name -> (checker, default)).

    A missing key takes its default (a fresh copy of an empty list or mapping); one whose default is MISSING
    is an error. Instances of `cls` pass as they are; `build` makes the instance from the checked values.
    """
    name = cls.__name__

    def section(value: Any, loc: Loc, errors: Errors) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, Mapping):
            return add_error(errors, "model_type", loc, value,
                             f"Input should be a valid dictionary or instance of {name}", class_name=name)
        out = {}
        ok = True
        for field, (check, default) in fields.items():
            if field in value:
                checked = check(value[field], (*loc, field), errors)
                ok = ok and checked is not INVALID
                out[field] = checked
            elif default is MISSING:
                add_error(errors, "missing", (*loc, field), value, "Field required")
                ok = False
            else:
                out[field] = default.copy() if isinstance(default, list | dict) else default
        for key, raw in value.items():
            if key not in fields:
                add_error(errors, "extra_forbidden", (*loc, key), raw, "Extra inputs are not permitted")
                ok = False
        return build(out) if ok else INVALID

    return section


def _text(bounds: Bounds) -> Checker:
    """Return the checker of text (at least `min_length` characters)."""
    least = bounds.min_length

    def text(value: Any, loc: Loc, errors: Errors) -> Any:
        if not isinstance(value, str):
            return add_error(errors, "string_type", loc, value, "Input should be a valid string")
        if least is not None and len(value) < least:
            return add_error(errors, "string_too_short", loc, value,
                             f"String should have at least {least} character{'s' if least != 1 else ''}",
                             min_length=least)
        return str(value)

    return text


def _whole(value: Any, loc: Loc, errors: Errors) -> Any:
    """Return `value` as an int: an int, a float with no fraction, or text holding one; else an error."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return add_error(errors, "finite_number", loc, value, "Input should be a finite number")
        if not value.is_integer():
            return add_error(errors, "int_from_float", loc, value,
                             "Input should be a valid integer, got a number with a fractional part")
        if abs(value) >= 2**63:
            return add_error(errors, "int_parsing_size", loc, value,
                             "Unable to parse input string as an integer, exceeded maximum size")
        return int(value)
    if isinstance(value, str):
        whole = _parse_whole(value)
        if whole is None:
            return add_error(errors, "int_parsing", loc, value,
                             "Input should be a valid integer, unable to parse string as an integer")
        return whole
    return add_error(errors, "int_type", loc, value, "Input should be a valid integer")


def _real(value: Any, loc: Loc, errors: Errors) -> Any:
    """Return `value` as a finite float: an int, a float or text holding one; else an error."""
    if isinstance(value, str):
        parsed = _parse_number(value)
        if parsed is None:
            return add_error(errors, "float_parsing", loc, value,
                             "Input should be a valid number, unable to parse string as a number")
        value_read: float = parsed
    elif isinstance(value, int | float):
        value_read = value
    else:
        return add_error(errors, "float_type", loc, value, "Input should be a valid number")
    result = float(value_read)
    if not math.isfinite(result):
        return add_error(errors, "finite_number", loc, value, "Input should be a finite number")
    return result


def _parse_whole(text: str) -> int | None:
    """Return the whole number written in `text` (`12`, ` +12 `, `1_000`, `12.00`), or None when it holds none."""
    stripped = text.strip()
    if not stripped.isascii():
        return None
    head, dot, zeros = stripped.partition(".")
    if dot and (not zeros or zeros.strip("0")):
        return None
    try:
        return int(head)
    except ValueError:
        return None


def _parse_number(text: str) -> float | None:
    """Return the number written in `text` (surrounding spaces allowed; `inf` and `nan` too), or None."""
    stripped = text.strip()
    if not stripped.isascii():
        return None
    try:
        return float(stripped)
    except ValueError:
        return None


def _bounded(convert: Checker, bounds: Bounds) -> Checker:
    """Return `convert` followed by the numeric bounds (ge, gt, le, lt) when there are any."""
    limits = [(name, limit) for name, limit in (("ge", bounds.ge), ("gt", bounds.gt), ("le", bounds.le),
                                                ("lt", bounds.lt)) if limit is not None]
    if not limits:
        return convert

    def bounded(value: Any, loc: Loc, errors: Errors) -> Any:
        number = convert(value, loc, errors)
        if number is INVALID:
            return INVALID
        for name, limit in limits:
            if not _COMPARE[name](number, limit):
                kind, words = _BOUND_ERRORS[name]
                return add_error(errors, kind, loc, value, f"Input should be {words} {number_text(limit)}",
                                 **{name: limit})
        return number

    return bounded


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "ge": lambda a, b: a >= b, "gt": lambda a, b: a > b, "le": lambda a, b: a <= b, "lt": lambda a, b: a < b}
_BOUND_ERRORS = {"ge": ("greater_than_equal", "greater than or equal to"), "gt": ("greater_than", "greater than"),
                 "le": ("less_than_equal", "less than or equal to"), "lt": ("less_than", "less than")}


def _day(value: Any, loc: Loc, errors: Errors) -> Any:
    """Return `value` as a date: a date, or a date-time at midnight; else an error."""
    if isinstance(value, datetime):
        if value.timetz().replace(tzinfo=None) != time():
            return add_error(errors, "date_from_datetime_inexact", loc, value,
                             "Datetimes provided to dates should have zero time - e.g. be exact dates")
        return value.date()
    if isinstance(value, date):
        return value
    return add_error(errors, "date_type", loc, value, "Input should be a valid date")


_SCALARS: dict[Any, Callable[[Bounds], Checker]] = {
    str: _text,
    int: lambda bounds: _bounded(_whole, bounds),
    float: lambda bounds: _bounded(_real, bounds),
    date: lambda bounds: _day,
}
