"""The sections of a plan: how values read from YAML are checked and converted, and how instances behave."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, datetime
from typing import Annotated, Any

import pytest

from plangen.model import Contract, Kpi, Meeting, Notes, Plan, SupportPeriod, Team
from plangen.model.base import Strict
from plangen.model.fields import After, Field, ValidationError

PLAN = {"version": 1, "client": {"name": "Acme"}, "contract": {"start": "2027-01-01"}}


def upper(value: str) -> str:
    """Return `value` in capitals."""
    return value.upper()


class Extra(Strict):
    """A section declared as the plan's sections are, for these tests."""

    code: Annotated[str, After(upper)]
    count: int = Field(default=1, ge=1)
    tags: list[str] = Field(default=[])


def errors_of(model: type[Strict], data: Any) -> list[tuple[str, tuple[Any, ...]]]:
    """Return (type, location) of every error checking `data` against `model` finds."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(e["type"], e["loc"]) for e in caught.value.errors()]


@pytest.mark.parametrize(("raw", "value"), [(12, 12), (12.0, 12), ("12", 12), (" +12 ", 12), ("1_000", 1000),
                                            ("12.00", 12), (True, 1)])
def test_a_whole_number_may_be_written_as_int_float_or_text(raw: object, value: int) -> None:
    checked = Extra.model_validate({"code": "x", "count": raw}).count
    assert checked == value and type(checked) is int


@pytest.mark.parametrize(("raw", "kind"), [(12.5, "int_from_float"), ("12.5", "int_parsing"), ("12.", "int_parsing"),
                                           ("1e3", "int_parsing"), ("４２", "int_parsing"), ("", "int_parsing"),
                                           (float("inf"), "finite_number"), (1e20, "int_parsing_size"),
                                           ([30], "int_type")])
def test_a_whole_number_refuses_fractions_words_and_wide_digits(raw: object, kind: str) -> None:
    assert errors_of(Meeting, {"id": "m", "name": "M", "duration_minutes": raw}) == [(kind, ("duration_minutes",))]


@pytest.mark.parametrize(("raw", "value"), [(3, 3.0), ("2.5", 2.5), (" 1e3 ", 1000.0), (".5", 0.5)])
def test_a_number_may_be_written_as_int_float_or_text(raw: object, value: float) -> None:
    assert Kpi.model_validate({"id": "k", "name": "K", "baseline": raw}).baseline == value


@pytest.mark.parametrize(("raw", "kind"), [("inf", "finite_number"), (float("nan"), "finite_number"),
                                           ("1,000", "float_parsing"), ("１２", "float_parsing"),
                                           ({"a": 1}, "float_type")])
def test_a_number_is_finite_and_ascii(raw: object, kind: str) -> None:
    assert errors_of(Kpi, {"id": "k", "name": "K", "target": raw}) == [(kind, ("target",))]


def test_bounds_apply_inside_an_optional_field_and_name_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        Meeting.model_validate({"id": "m", "name": "M", "week_of_month": 6, "duration_minutes": 4})
    found = {e["loc"]: (e["type"], e["ctx"]) for e in caught.value.errors()}
    assert found == {("week_of_month",): ("less_than_equal", {"le": 5}),
                     ("duration_minutes",): ("greater_than_equal", {"ge": 5})}
    assert Meeting.model_validate({"id": "m", "name": "M", "week_of_month": None}).week_of_month is None


def test_a_date_is_read_from_text_a_date_or_a_midnight_datetime_but_never_from_a_number() -> None:
    for raw in ("2027-03-31", date(2027, 3, 31), datetime(2027, 3, 31)):
        assert Contract.model_validate({"start": raw}).start == date(2027, 3, 31)
    assert errors_of(Contract, {"start": datetime(2027, 3, 31, 10)}) == [("date_from_datetime_inexact", ("start",))]
    assert errors_of(Contract, {"start": 0}) == [("date_type", ("start",))]  # not a Unix timestamp (1970-01-01)
    assert errors_of(Contract, {"start": "2027-02-30"}) == [("value_error", ("start",))]


def test_every_error_is_found_in_one_pass_fields_in_order_then_unknown_keys() -> None:
    data = {"version": 2, "client": {"name": "", "nmae": "x"}, "kpis": [{"id": "k"}, "x"], "colour": "red"}
    assert errors_of(Plan, data) == [
        ("value_error", ("version",)), ("string_too_short", ("client", "name")),
        ("extra_forbidden", ("client", "nmae")), ("missing", ("contract",)), ("missing", ("kpis", 0, "name")),
        ("model_type", ("kpis", 1)), ("extra_forbidden", ("colour",))]


def test_a_choice_error_carries_the_choices_and_the_shape_errors_name_the_shape() -> None:
    with pytest.raises(ValidationError) as caught:
        Plan.model_validate({**PLAN, "holidays": "Skip", "kpis": {"a": 1}, "team": {"responsibilities": ["x"]}})
    found = {e["loc"]: e for e in caught.value.errors()}
    assert found[("holidays",)]["ctx"] == {"choices": ("skip", "keep")}
    assert found[("kpis",)]["type"] == "list_type" and found[("team", "responsibilities")]["type"] == "dict_type"


def test_an_after_check_converts_and_its_error_shows_the_value_as_written() -> None:
    assert Plan.model_validate({**PLAN, "style": {"accent": "#1f4e79"}}).style.accent == "1F4E79"
    with pytest.raises(ValidationError) as caught:
        Plan.model_validate({**PLAN, "version": "2"})
    assert caught.value.errors()[0]["input"] == "2"


def test_a_bare_string_decision_becomes_a_decision_with_only_its_text() -> None:
    decisions = ["継続するか", {"decision": "拡大", "options": ["A"]}]
    notes = Notes.model_validate({"month": "2027-02", "decisions": decisions})
    assert [d.decision for d in notes.decisions] == ["継続するか", "拡大"] and notes.decisions[0].options == []


def test_defaults_are_fresh_for_each_instance_and_sections_never_change() -> None:
    first, second = Team.model_validate({}), Team.model_validate({})
    assert first.client == [] and first.client is not second.client
    assert Plan.model_validate(PLAN).support_period == SupportPeriod(months=6)
    with pytest.raises(FrozenInstanceError):
        first.client = []  # type: ignore[misc]


def test_sections_compare_hash_copy_and_show_by_their_fields() -> None:
    period = SupportPeriod(start="2027-01-01", months=12)  # type: ignore[arg-type]
    assert period == SupportPeriod(start=date(2027, 1, 1), months=12) and period != SupportPeriod()
    assert hash(period) == hash(SupportPeriod(start=date(2027, 1, 1), months=12))
    assert period.model_copy(update={"months": 3}).months == 3 and period.months == 12
    assert repr(period) == "SupportPeriod(start=datetime.date(2027, 1, 1), months=12)"
    with pytest.raises(ValidationError):
        SupportPeriod(months=0)


def test_a_section_class_declares_fields_as_a_dataclass_does() -> None:
    assert Extra.model_validate({"code": "ab"}) == Extra(code="AB", count=1, tags=[])
    assert list(Extra.model_fields) == ["code", "count", "tags"] and Extra.model_fields["code"].required
    assert errors_of(Extra, {"count": 0}) == [("missing", ("code",)), ("greater_than_equal", ("count",))]


def test_a_section_checked_first_by_many_threads_at_once_gets_its_whole_checker() -> None:
    import threading

    class Late(Strict):
        """A section no thread has checked yet."""

        a: int = 0
        b: str = ""
        inner: Extra | None = None

    results: list[object] = []
    start = threading.Barrier(8)

    def check() -> None:
        start.wait()
        try:
            results.append(Late.model_validate({"a": "1", "b": "x", "inner": {"code": "q"}}))
        except ValidationError as exc:
            results.append(exc.errors())

    threads = [threading.Thread(target=check) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [Late(a=1, b="x", inner=Extra(code="Q"))] * 8
