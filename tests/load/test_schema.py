"""The JSON Schema of plan.yaml: committed copy is current, accepts every example, rejects broken plans."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from plangen.load.scaffold import plan_text
from plangen.load.schema import COMMITTED_LANGUAGE, plan_schema, schema_text
from plangen.resources import schema_file
from tests.support.helpers import MINATO, NORTHWIND, PLANS
from tests.support.plan_helpers import run_cli

EXAMPLES = [MINATO / "plan.yaml", NORTHWIND / "plan.yaml", *sorted(PLANS.glob("*/plan.yaml"))]


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server sees it: dates stay strings (YAML 1.2 has no timestamps)."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def editor_view(text: str) -> Any:
    """Return the YAML as an editor sees it."""
    return yaml.load(text, Loader=EditorLoader)


def validator() -> jsonschema.Draft202012Validator:
    """Return a validator for the committed schema that also checks `format: date`."""
    schema = json.loads(schema_file().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_shipped_schema_matches_the_model_in_japanese() -> None:
    assert schema_file().read_text(encoding="utf-8") == schema_text(COMMITTED_LANGUAGE)


def test_bundled_plans_point_their_editor_at_the_shipped_schema() -> None:
    for plan in sorted(PLANS.glob("*/plan.yaml")):
        first = plan.read_text(encoding="utf-8").splitlines()[0]
        target = (plan.parent / first.removeprefix("# yaml-language-server: $schema=")).resolve()
        assert target == schema_file().resolve(), plan


def test_schema_out_writes_the_file_creating_its_folders(tmp_path: Path) -> None:
    code, out, err = run_cli(["schema", "--out", "editor/schemas/plan.schema.json"], tmp_path)
    assert (code, err) == (0, "")
    assert out == "wrote editor/schemas/plan.schema.json\n"
    assert (tmp_path / "editor" / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == schema_text()


def test_schema_out_below_a_file_names_what_is_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    code, _, err = run_cli(["schema", "--out", "taken/plan.schema.json"], tmp_path)
    assert code == 1
    assert err.splitlines()[-1] == ("error: cannot write taken/plan.schema.json: a file is in the way where a "
                                    "folder is needed: taken")


def test_schema_command_prints_the_schema() -> None:
    code, out, _ = run_cli(["schema"])
    assert code == 0
    assert json.loads(out) == plan_schema()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(plan_schema())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_schema_accepts_every_example(path: Path) -> None:
    data = editor_view(path.read_text(encoding="utf-8"))
    assert list(validator().iter_errors(data)) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_schema_accepts_the_scaffolded_plan(lang: str) -> None:
    data = editor_view(plan_text("acme", lang, date(2027, 1, 1), "x"))
    assert list(validator().iter_errors(data)) == []


@pytest.mark.parametrize(("change", "message"), [
    (("  start: 2026-12-01", "  start: 2026-13-01"), "is not a 'date'"),
    (("impact: 5", "impact: 7"), "7 is greater than the maximum of 5"),
    (("kpis:\n", "kpi:\n"), "Additional properties are not allowed ('kpi' was unexpected)"),
    (("cadence: weekly", "cadence: daily"), "'daily' is not one of ['weekly', 'biweekly', 'monthly']"),
    (('time: "10:00"', 'time: "25:00"'), "does not match"),
    (("version: 1", "version: 2"), "1 was expected"),
])
def test_schema_rejects_a_broken_plan(change: tuple[str, str], message: str) -> None:
    text = (MINATO / "plan.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    errors = list(validator().iter_errors(editor_view(text.replace(*change, 1))))
    assert len(errors) == 1
    best = jsonschema.exceptions.best_match(errors)
    assert best is not None
    assert message in best.message
