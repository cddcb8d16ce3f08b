"""`plangen new`: the scaffolded plan validates as written in both languages; bad names are usage errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from plangen.load.scaffold import create_plan, plan_text
from plangen.resources import schema_file
from tests.support.plan_helpers import filled_in, problems_of, run_cli

SECTIONS = ("version", "language", "client", "vendor", "contract", "support_period", "team", "flow", "objectives",
            "initiatives", "kpis", "milestones", "case_studies", "meetings", "health", "timezone", "risks", "style")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_new_plan_validates_with_only_example_text_warnings(tmp_path: Path, lang: str) -> None:
    code, out, err = run_cli(["new", "acme", "--lang", lang], tmp_path)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "created plans/acme/plan.yaml and plans/acme/actuals.csv"
    problems = problems_of(tmp_path / "plans" / "acme")
    assert problems
    assert all(": warning: " in p and "left from `plangen new`" in p for p in problems)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_new_plan_filled_in_validates_without_problems(tmp_path: Path, lang: str) -> None:
    folder = create_plan("acme", lang, tmp_path)
    (folder / "plan.yaml").write_text(filled_in((folder / "plan.yaml").read_text(encoding="utf-8")),
                                      encoding="utf-8")
    assert problems_of(folder) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_new_plan_shows_every_section(lang: str) -> None:
    text = plan_text("acme", lang, date(2027, 1, 1), "../../.plangen/plan.schema.json")
    top = {line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()}
    assert top == set(SECTIONS)


def test_new_writes_the_schema_into_the_workspace_and_points_the_plan_at_it(tmp_path: Path) -> None:
    code, out, _ = run_cli(["new", "acme"], tmp_path)
    assert code == 0
    assert out.splitlines()[1] == ("editors complete and check the plan with .plangen/plan.schema.json "
                                   "(the plan's first line points at it)")
    first = (tmp_path / "plans" / "acme" / "plan.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../.plangen/plan.schema.json"
    assert (tmp_path / ".plangen" / "plan.schema.json").read_bytes() == schema_file().read_bytes()


def test_new_refreshes_a_schema_left_by_another_version(tmp_path: Path) -> None:
    (tmp_path / ".plangen").mkdir()
    (tmp_path / ".plangen" / "plan.schema.json").write_text('{"title": "older plangen"}', encoding="utf-8")
    assert run_cli(["new", "acme"], tmp_path)[0] == 0
    assert (tmp_path / ".plangen" / "plan.schema.json").read_bytes() == schema_file().read_bytes()


def test_new_in_a_subfolder_uses_the_workspace_of_plangen_toml(tmp_path: Path) -> None:
    (tmp_path / "plangen.toml").write_text('plans = "clients"\n', encoding="utf-8")
    (tmp_path / "notes").mkdir()
    assert run_cli(["new", "acme"], tmp_path / "notes")[0] == 0
    plan = tmp_path / "clients" / "acme" / "plan.yaml"
    assert plan.read_text(encoding="utf-8").splitlines()[0] == ("# yaml-language-server: "
                                                               "$schema=../../.plangen/plan.schema.json")
    assert (tmp_path / ".plangen" / "plan.schema.json").is_file()
    assert not (tmp_path / "notes" / "plans").exists()


def test_new_plan_starts_on_the_first_of_next_month(tmp_path: Path) -> None:
    folder = create_plan("acme", "ja", tmp_path, today=date(2027, 12, 20))
    assert "  start: 2028-01-01\n" in (folder / "plan.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", ["Acme", "acme_co", "ac me", "../acme", "みなと"])
def test_invalid_slug_is_a_usage_error(tmp_path: Path, slug: str) -> None:
    code, out, err = run_cli(["new", slug], tmp_path)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (f"Error: invalid client name {slug!r}: use lowercase letters, digits and - only, "
                                    "starting with a letter or digit (such as minato or acme-jp)")
    assert not (tmp_path / "plans").exists()


def test_existing_folder_is_a_usage_error_and_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "plans" / "acme").mkdir(parents=True)
    (tmp_path / "plans" / "acme" / "plan.yaml").write_text("mine", encoding="utf-8")
    code, _, err = run_cli(["new", "acme"], tmp_path)
    assert code == 2
    assert err.splitlines()[-1] == ("Error: plans/acme already exists; choose another name or edit the plan there")
    assert (tmp_path / "plans" / "acme" / "plan.yaml").read_text(encoding="utf-8") == "mine"


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run_cli(["new", "acme", "--lang", "fr"], tmp_path)
    assert code == 2
    assert "'fr' is not one of 'ja', 'en'" in err
