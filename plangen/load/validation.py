"""Turn the model's validation errors into located problems a CSM can act on."""

from __future__ import annotations

import re
from typing import Any

from plangen.errors import Problem, show_got
from plangen.load.hints import closest, enum_hint
from plangen.load.numbers import number_problem
from plangen.load.wording import join
from plangen.load.yamlsource import PathKey, Source
from plangen.model.base import Strict
from plangen.model.fields import Bounds, FieldInfo, ValidationError, number_text
from plangen.text import tr

_KIND = {
    "int_parsing": "messages.int",
    "int_from_float": "messages.int",
    "int_type": "messages.int",
    "float_parsing": "messages.number",
    "float_type": "messages.number",
    "string_type": "messages.text",
    "date_parsing": "messages.date",
    "date_type": "messages.date",
    "date_from_datetime_parsing": "messages.real_date",
    "date_from_datetime_inexact": "messages.date_no_time",
    "dict_type": "messages.mapping",
    "model_type": "messages.mapping",
    "model_attributes_type": "messages.mapping",
    "list_type": "messages.list",
    "missing": "messages.missing",
    "string_too_short": "messages.not_empty",
    "finite_number": "messages.finite",
}
"""Catalog keys of the sentences for the model's error types."""

# The English sentences of plangen.model's validators, and the catalog key that says each in any language
# (patterns compiled on first use: only a plan with a mistake needs them).
_VALIDATOR_SENTENCES = (
    (r"must be a date YYYY-MM-DD such as 2027-03-31", "messages.v.day_format"),
    (r"is not a real date: there is no month (?P<month>\d+)", "messages.v.no_month"),
    (r"is not a real date: (?P<month>\d{4}-\d{2}) has (?P<last>\d+) days", "messages.v.month_days"),
    (r'must be a 24-hour time "HH:MM" such as "10:00"', "messages.v.time"),
    (r'must be a colour like "#1F4E79"', "messages.v.colour"),
    (r"must be 1 \(the only format version so far\)", "messages.v.version"),
    (r"must be an IANA time zone such as Asia/Tokyo", "messages.v.timezone"),
    (r'must be a month "YYYY-MM" such as "2027-02"', "messages.v.month"),
    (r"must lie between (?P<start>[0-9-]+) and (?P<end>[0-9-]+)", "messages.v.window"),
)


def validator_sentence(lang: str, text: str) -> str:
    """Return a model validator's English sentence in `lang` (an unknown one is kept, framed as a detail)."""
    for pattern, key in _VALIDATOR_SENTENCES:
        match = re.fullmatch(pattern, text)
        if match:
            return tr(lang, key, **match.groupdict())
    return text if lang == "en" else tr(lang, "messages.invalid", detail=text)  # English needs no frame


def model_problems(src: Source, model: type[Strict], exc: ValidationError, prefix: PathKey = ()) -> list[Problem]:
    """Return one located problem per error in `exc`, for data read from `src`, in its message language."""
    out = []
    lang = src.lang
    for err in exc.errors():
        loc = (*prefix, *err["loc"])
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx") or {}
        if kind == "extra_forbidden":
            key = loc[-1]
            allowed = _allowed_keys(model, loc[len(prefix):-1])
            close = closest(str(key), allowed)
            what = (tr(lang, "messages.unknown_key.close", close=close[0]) if close else
                    tr(lang, "messages.unknown_key.allowed", allowed=join(lang, allowed)))
            out.append(src.problem(loc, what, repr(str(key)), key=True))
            continue
        if kind == "missing":
            out.append(src.problem(loc[:-1] if len(loc) > 0 else loc,
                                   tr(lang, "messages.missing_key", key=loc[-1]) if loc else
                                   tr(lang, "messages.required")))
            continue
        if kind == "literal_error":
            choices = [str(c) for c in ctx["choices"]]
            hint = enum_hint(value, choices)
            shown = (tr(lang, "messages.choices", head=join(lang, choices[:-1]), last=choices[-1])
                     if len(choices) > 1 else "".join(choices))
            what = (tr(lang, "messages.one_of.close", choices=shown, close=hint) if hint else
                    tr(lang, "messages.one_of", choices=shown))
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            what = _range_text(lang, model, loc[len(prefix):], ctx)
        elif kind == "value_error":
            what = validator_sentence(lang, str(ctx.get("error", err["msg"])))
        elif kind in _KIND:
            what = tr(lang, _KIND[kind])
            if value is None and kind in ("string_type", "int_type", "float_type", "date_type"):
                what = tr(lang, "messages.empty_value")
            elif kind in ("float_parsing", "int_parsing") and isinstance(value, str):
                what = _number_text(lang, what, value)
        else:
            detail = err["msg"][0].lower() + err["msg"][1:]
            what = detail if lang == "en" else tr(lang, "messages.invalid", detail=detail)  # msg is English
        if kind in ("dict_type", "model_type", "model_attributes_type", "list_type"):
            got = _shape(value)
        else:
            got = show_got(value)
        out.append(src.problem(loc, what, got))
    return out


def _number_text(lang: str, what: str, text: str) -> str:
    """Return the message for a value that is not a number: the actuals' rule naming the character, or a hint."""
    hint = _number_hint(lang, text)
    if hint or not re.search("[,%\uff01-\uff5e]", text):
        return what + hint
    return number_problem(text.strip(), lang)


def _number_hint(lang: str, text: str) -> str:
    """Return advice for a number written with separators, units or as a YAML 1.1 word."""
    stripped = text.strip()
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", stripped):
        return tr(lang, "messages.commas_hint", n=stripped.replace(",", ""))
    if re.fullmatch(r"[-+]?([¥$€£]\s*\d[\d.,]*|\d[\d.,]*\s*(%|円|万円|千円|pt|日|件|人|時間|[A-Za-z]+))", stripped):
        return tr(lang, "messages.unit_hint")
    if stripped.lower() in ("yes", "no", "on", "off", "true", "false", "y", "n"):
        return tr(lang, "messages.yaml_word_hint")
    return ""


def _shape(value: object) -> str:
    """Return a word for the shape of a wrongly-shaped value."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return show_got(value)


def _range_text(lang: str, model: type[Strict], loc: PathKey, ctx: dict[str, Any]) -> str:
    """Return a message such as `must be 1-5` (`1〜5 の整数で書いてください`) using the field's bounds."""
    field = _field_of(model, loc)
    bounds = field.all_bounds() if field is not None else Bounds()
    if bounds.ge is not None and bounds.le is not None:
        whole = field is not None and _is_int(field.annotation)
        return tr(lang, "messages.range_int" if whole else "messages.range", lo=number_text(bounds.ge),
                  hi=number_text(bounds.le))
    for key, word in (("ge", "messages.at_least"), ("gt", "messages.more_than"), ("le", "messages.at_most"),
                      ("lt", "messages.less_than")):
        if key in ctx:
            return tr(lang, word, n=number_text(ctx[key]))
    return tr(lang, "messages.out_of_range")


def _is_int(annotation: Any) -> bool:
    """Return True when an annotation such as `Annotated[int, ...] | None` holds whole numbers."""
    if annotation is int:
        return True
    return any(_is_int(arg) for arg in getattr(annotation, "__args__", ()) if arg is not type(None))


def _field_of(model: type[Strict], loc: PathKey) -> FieldInfo | None:
    """Return the FieldInfo at `loc` inside `model`, or None."""
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
    """Return the section class inside an annotation such as `list[Kpi] | None`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _allowed_keys(model: type[Strict], loc: PathKey) -> list[str]:
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
