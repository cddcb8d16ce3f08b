"""What a model field declares: its type, default, bounds and the functions that check or convert its value."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NamedTuple, get_args

from plangen.errors import PlangenError

MISSING: Any = object()
"""The default of a field that has none (a required field)."""


class Bounds(NamedTuple):
    """Limits on a value: numbers between ge/gt and le/lt, text of at least `min_length` characters."""

    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    min_length: int | None = None

    def merged(self, other: Bounds | None) -> Bounds:
        """Return these bounds with every limit `other` sets taking its place."""
        if other is None:
            return self
        return Bounds._make(b if b is not None else a for a, b in zip(self, other, strict=True))


class FieldSpec(NamedTuple):
    """A field's default and bounds as written with `Field(...)` (in a class body or inside `Annotated`)."""

    default: Any = MISSING
    bounds: Bounds | None = None


def Field(default: Any = MISSING, *, ge: float | None = None, gt: float | None = None,
          le: float | None = None, lt: float | None = None, min_length: int | None = None) -> Any:
    """Return a field declaration with a default and bounds (typed Any so it can stand as a default value)."""
    bounds = Bounds(ge, gt, le, lt, min_length)
    return FieldSpec(default, None if bounds == Bounds() else bounds)


class Before(NamedTuple):
    """`Annotated` marker: `func` converts the raw value before its type is checked (ValueError = a problem)."""

    func: Callable[[Any], Any]


class After(NamedTuple):
    """`Annotated` marker: `func` checks or converts the value once its type is right (ValueError = a problem)."""

    func: Callable[[Any], Any]


class FieldInfo(NamedTuple):
    """One field of a model class: its name, type (`annotation`), default and bounds."""

    name: str
    annotation: Any
    default: Any = MISSING
    bounds: Bounds | None = None

    @property
    def required(self) -> bool:
        """Return True when the field has no default."""
        return self.default is MISSING

    def all_bounds(self) -> Bounds:
        """Return the field's bounds together with those inside its `Annotated` type (the field's win)."""
        return annotated_bounds(self.annotation).merged(self.bounds)

    @classmethod
    def declared(cls, name: str, annotation: Any, value: Any) -> FieldInfo:
        """Return the field for `name: annotation = value` in a class body (`value` MISSING when none is written)."""
        if isinstance(value, FieldSpec):
            return cls(name, annotation, value.default, value.bounds)
        return cls(name, annotation, value)


def annotated_bounds(annotation: Any) -> Bounds:
    """Return the bounds `Field(...)` markers set inside an annotation such as `Annotated[int, Field(ge=1)] | None`."""
    found = Bounds()
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, FieldSpec):
            found = found.merged(meta.bounds)
    for arg in getattr(annotation, "__args__", ()):
        found = annotated_bounds(arg).merged(found)
    return found


def unwrap_annotated(annotation: Any, bounds: Bounds | None) -> tuple[Any, tuple[Any, ...], Bounds | None]:
    """Return the type inside `Annotated[T, ...]`, its markers, and `bounds` with its `Field` bounds beneath them."""
    inner, *metadata = get_args(annotation)
    for meta in metadata:
        if isinstance(meta, FieldSpec) and meta.bounds is not None:
            bounds = meta.bounds.merged(bounds)
    return inner, tuple(metadata), bounds


def number_text(value: float) -> str:
    """Return a bound as written in messages: whole numbers without `.0`."""
    return str(int(value)) if isinstance(value, float) and math.isfinite(value) and value.is_integer() else str(value)


class ValidationError(PlangenError, ValueError):
    """Data that does not fit a model: every error found, each a dict with type, loc, msg, input and ctx.

    Loading turns these into located problems (plangen.load.validation); it never reaches a CSM as it is.
    """

    def __init__(self, title: str, errors: list[dict[str, Any]]) -> None:
        """Keep the model's name and the errors found."""
        self.title = title
        self._errors = errors
        super().__init__(f"{len(errors)} validation error{'s' if len(errors) != 1 else ''} for {title}")

    def errors(self) -> list[dict[str, Any]]:
        """Return the errors in the order found (fields in declaration order, then unknown keys)."""
        return list(self._errors)

    def __str__(self) -> str:
        """Return the summary line and one indented line per error."""
        lines = [super().__str__()]
        for err in self._errors:
            lines.append(".".join(str(p) for p in err["loc"]) or "(top)")
            lines.append(f"  {err['msg']} (got {err['input']!r})")
        return "\n".join(lines)
