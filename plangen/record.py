"""`@record`: a dataclass whose methods other than `__init__` are shared functions, not code compiled per class.

`dataclasses.dataclass` compiles six small functions for every frozen class; on Python 3.11 that is about
0.75 ms a class, some 50 ms of every fresh `plangen` process for its 66 record types. A record is a real
dataclass (`dataclasses.replace`, `fields` and `asdict` work on it) whose `__init__` still comes from
`dataclasses`. `__eq__`, `__hash__` and `__repr__` behave as the dataclass ones do (fields with
`compare`/`hash`/`repr` set), and a frozen record refuses every change once made, as a frozen dataclass does
(its `__setattr__` lets `__init__` set each field once); they are made from the field names, without compiling.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)


@overload
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: T, /) -> T: ...


@overload
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(*, frozen: bool = True) -> Callable[[T], T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: T | None = None, /, *, frozen: bool = True) -> T | Callable[[T], T]:
    """Return `cls` made a dataclass (frozen unless `frozen=False`) with shared eq, hash, repr and setattr functions."""

    def make(target: T) -> T:
        own = dict(target.__dict__)
        if frozen and ("__setattr__" in own or "__delattr__" in own):
            raise TypeError(f"a frozen record cannot define __setattr__ or __delattr__: {target.__qualname__}")
        made: Any = dataclasses.dataclass(eq=False, repr=False)(target)
        fields = dataclasses.fields(made)
        if frozen:
            made.__setattr__ = _set_once(frozenset(f.name for f in fields))
            made.__delattr__ = _no_delete
        if "__eq__" not in own:
            made.__eq__ = _eq(_getter(tuple(f.name for f in fields if f.compare)))
        if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):  # no hash of the class's own
            hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
            made.__hash__ = _hash(hashed) if frozen else None
        if "__repr__" not in own:
            made.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
        return typing.cast(T, made)

    return make if cls is None else make(cls)


def _set_once(names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    """Return the `__setattr__` of a frozen record: each field set once (by `__init__`), nothing else ever."""

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if name not in names or name in self.__dict__:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    return __setattr__


def _no_delete(self: Any, name: str) -> None:
    """Refuse to delete an attribute of a frozen record."""
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """Return a function giving the tuple of an object's attributes `names`."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _eq(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, object], bool]:
    """Return `__eq__`: equal when of the very same class with equal compared fields."""

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    """Return `__hash__`: the hash of the tuple of hashed fields."""

    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    """Return `__repr__`: `QualName(field=value, ...)` over the shown fields."""

    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    return __repr__
