"""The base of every section of a plan or notes file: declared fields, checked on creation, never changed after."""

from __future__ import annotations

import inspect
import threading
import typing
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, dataclass_transform

from plangen.model import checks
from plangen.model.fields import MISSING, Field, FieldInfo, ValidationError


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(Field,))
class Strict:
    """Base of every section: unknown keys are errors, values are checked on creation and never change.

    Fields are declared as annotations with an optional default (or `Field(...)` with bounds), as in a
    dataclass. `model_validate` checks data read from YAML and raises ValidationError with every error.
    """

    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    _checker: ClassVar[checks.Checker | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Collect the fields this class declares after those of its bases (a default leaves the class body)."""
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)
        for name, annotation in inspect.get_annotations(cls).items():
            if typing.get_origin(annotation) is ClassVar or name.startswith("_"):
                continue
            fields[name] = FieldInfo.declared(name, annotation, cls.__dict__.get(name, MISSING))
            if name in cls.__dict__:
                delattr(cls, name)
        cls.model_fields = fields
        cls._checker = None

    def __init__(self, **data: Any) -> None:
        """Check `data` against the fields (ValidationError lists every error) and keep the checked values."""
        checked = type(self).model_validate(data)
        object.__setattr__(self, "__dict__", checked.__dict__)

    @classmethod
    def model_validate(cls, data: Any) -> typing.Self:
        """Return an instance made from `data` (a mapping), or raise ValidationError with every error in it."""
        errors: checks.Errors = []
        value = cls.checker()(data, (), errors)
        if value is checks.INVALID:
            raise ValidationError(cls.__name__, errors)
        return typing.cast(typing.Self, value)

    @classmethod
    def checker(cls) -> checks.Checker:
        """Return the checker of this class's data, made at first use (field types are read only then)."""
        found = cls.__dict__.get("_checker")
        if found is None:
            with _MAKING_LOCK:  # another thread may be making it: wait for the finished checker
                found = cls.__dict__.get("_checker") or _MAKING.get(cls) or cls._make_checker()
        return found

    @classmethod
    def _make_checker(cls) -> checks.Checker:
        """Make, store and return the checker of this class (known while it is made, so classes may nest)."""
        fields: dict[str, tuple[checks.Checker, Any]] = {}
        made = _MAKING[cls] = checks.model_checker(cls, fields, cls._from_checked)
        try:
            hints = typing.get_type_hints(cls, include_extras=True)
            for name, info in cls.model_fields.items():
                fields[name] = (checks.checker_for(hints.get(name, info.annotation), info.bounds, _checker_of),
                                info.default)
        finally:
            del _MAKING[cls]
        cls._checker = made
        return made

    @classmethod
    def _from_checked(cls, values: dict[str, Any]) -> Strict:
        """Return an instance holding `values` (already checked)."""
        made = cls.__new__(cls)
        object.__setattr__(made, "__dict__", values)
        return made

    def model_copy(self, *, update: dict[str, Any] | None = None) -> typing.Self:
        """Return a copy with the fields in `update` replaced (not checked: for code and tests, not for input)."""
        made = type(self).__new__(type(self))
        object.__setattr__(made, "__dict__", {**self.__dict__, **(update or {})})
        return made

    def __setattr__(self, name: str, value: Any) -> None:
        """Refuse: sections never change after they are made."""
        raise FrozenInstanceError(f"cannot assign to field {name!r} of {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        """Refuse: sections never change after they are made."""
        raise FrozenInstanceError(f"cannot delete field {name!r} of {type(self).__name__}")

    def __eq__(self, other: object) -> bool:
        """Return True for an instance of the same class with equal fields."""
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        """Return a hash of the class and field values (TypeError when a field holds a list)."""
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        """Return `Name(field=value, ...)`."""
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


_MAKING_LOCK = threading.RLock()
_MAKING: dict[type, checks.Checker] = {}
"""The checkers being made (by the thread holding the lock), for classes that refer back to one being made."""


def _checker_of(cls: type) -> checks.Checker:
    """Return the checker of a model class used as a field type (made on first use)."""
    return typing.cast(type[Strict], cls).checker()
