"""`@record` behaves as `@dataclass(frozen=True)` (or plain `@dataclass`) does, with shared eq, hash and repr."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import field

import pytest

from plangen.record import record


@record
class Point:
    """A frozen record with a default and a field left out of comparison and repr."""

    x: int
    y: int = 0
    label: str = field(default="", compare=False, repr=False)


@record
class Point3(Point):
    """A record extending another: its own comparison covers the inherited fields."""

    z: int = 0


@record
class Single:
    """A record of one field."""

    only: tuple[int, ...] = ()


@record
class Empty:
    """A record with no fields."""


@record(frozen=False)
class Tally:
    """A mutable record."""

    count: int = 0
    seen: list[str] = field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class StdPoint:
    """The dataclass Point stands for."""

    x: int
    y: int = 0
    label: str = field(default="", compare=False, repr=False)


def test_a_frozen_record_compares_hashes_and_shows_as_the_dataclass_does() -> None:
    a, b = Point(1, 2, "a"), Point(1, 2, "b")
    assert a == b and hash(a) == hash(b) == hash((1, 2)) and a != Point(1, 3)
    assert repr(a) == "Point(x=1, y=2)" and repr(StdPoint(1, 2)) == "StdPoint(x=1, y=2)"
    assert (a == StdPoint(1, 2)) is False and a.__eq__(StdPoint(1, 2)) is NotImplemented
    assert len({a, b, Point(5)}) == 2


def test_a_subclass_record_compares_its_own_and_inherited_fields() -> None:
    assert Point3(1, 2, z=3) != Point3(1, 2, z=4) and Point3(1, 2, z=3) == Point3(1, 2, z=3)
    assert Point3(1, 2) != Point(1, 2) and repr(Point3(1, z=5)) == "Point3(x=1, y=0, z=5)"


def test_records_of_one_field_and_of_none_compare_by_value() -> None:
    assert Single((1,)) == Single((1,)) and hash(Single((1,))) == hash(((1,),)) and Single() != Single((2,))
    assert Empty() == Empty() and hash(Empty()) == hash(()) and repr(Empty()) == "Empty()"


def test_a_frozen_record_refuses_changes_and_works_with_dataclass_functions() -> None:
    point = Point(1)
    for change in (lambda: setattr(point, "x", 2), lambda: setattr(point, "other", 1), lambda: delattr(point, "y")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            change()
    assert point == Point(1, 0) and not hasattr(point, "other")
    assert dataclasses.replace(point, y=4) == Point(1, 4) and dataclasses.is_dataclass(point)
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "label"]
    assert dataclasses.asdict(point) == {"x": 1, "y": 0, "label": ""}
    assert pickle.loads(pickle.dumps(Point(7, 8, "l"))) == Point(7, 8)


def test_a_mutable_record_changes_compares_and_is_not_hashable() -> None:
    tally = Tally()
    tally.count += 1
    tally.seen.append("a")
    assert tally == Tally(1, ["a"]) and Tally().seen is not Tally().seen and repr(tally) == "Tally(count=1, seen=['a'])"
    with pytest.raises(TypeError):
        hash(tally)
