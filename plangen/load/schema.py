"""The JSON Schema of plan.yaml, as an editor sees the YAML (numbers are numbers, dates are strings).

Its descriptions (hover help in editors) are the catalog's `schema.*` words, in the message language.
"""

from __future__ import annotations

import json
from typing import Any

from plangen.text import tr
from plangen.text.catalog import namespace

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

PATTERNS: dict[tuple[str, str], str] = {
    ("Meeting", "time"): r"^([01]\d|2[0-3]):[0-5]\d$",
    ("Style", "accent"): r"^#?[0-9A-Fa-f]{6}$",
}


def descriptions(lang: str) -> dict[tuple[str, str], str]:
    """Return the hover help shown by editors in `lang`, keyed by definition name and field (`schema.<Def>.<field>`)."""
    out = {}
    for key, text in namespace(lang, "schema").items():
        model, _, name = key.partition(".")
        if name:
            out[(model, name)] = text
    return out


def plan_schema(lang: str = "en") -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of plan.yaml, its descriptions in `lang`."""
    from plangen.model import Plan
    from plangen.model.jsonschema import json_schema

    schema = json_schema(Plan)
    defs: dict[str, Any] = schema.get("$defs", {})
    texts = descriptions(lang)
    for (model, name), text in texts.items():
        owner = schema if model == "Plan" else defs[model]
        owner["properties"][name]["description"] = text
    for (model, name), pattern in PATTERNS.items():
        _set_pattern(defs[model]["properties"][name], pattern)
    schema["properties"]["version"] = {"const": 1, "type": "integer",
                                       "description": texts[("Plan", "version")]}
    out: dict[str, Any] = {
        "$schema": SCHEMA_URI,
        "title": tr(lang, "schema.title"),
        "description": tr(lang, "schema.description"),
    }
    out.update({k: v for k, v in schema.items() if k not in ("title", "description")})
    return out


def _set_pattern(prop: dict[str, Any], pattern: str) -> None:
    """Add `pattern` to the string branch of a property (which may be `anyOf` string | null)."""
    for branch in prop.get("anyOf", [prop]):
        if branch.get("type") == "string":
            branch["pattern"] = pattern


COMMITTED_LANGUAGE = "ja"
"""The language of the shipped copy plangen/resources/plan.schema.json (`plangen --lang ja schema` writes it)."""


def schema_text(lang: str = "en") -> str:
    """Return the schema as the JSON text that `plangen schema` prints (descriptions in `lang`)."""
    return json.dumps(plan_schema(lang), ensure_ascii=False, indent=2) + "\n"
