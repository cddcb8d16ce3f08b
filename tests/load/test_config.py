"""plangen.toml: found upward like pyproject.toml, every problem located at once, defaults without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.errors import InputError
from plangen.load.config import Config, Templates, find_config, key_positions, load_config
from tests.support.plan_helpers import cwd

FULL = """\
# the team's workspace
plans = "clients"
output = "documents"
lang = "en"
charts = "image"
jobs = 3
pdf = true

[templates]
kickoff = "brand/corp.pptx"
report = "brand/corp.pptx"
portfolio = "brand/team.pptx"
docx = "brand/meetings"
"""


def workspace(root: Path, text: str) -> Path:
    """Write plangen.toml and the files FULL refers to under `root`; return root."""
    (root / "brand" / "meetings").mkdir(parents=True)
    for name in ("corp.pptx", "team.pptx"):
        (root / "brand" / name).write_bytes(b"PK")
    (root / "plangen.toml").write_text(text, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    """Return the problems of the workspace's plangen.toml as printed (run from `root`)."""
    with cwd(root), pytest.raises(InputError) as caught:
        load_config()
    return [str(p) for p in caught.value.problems]


def test_every_setting_is_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    root = workspace(tmp_path, FULL).resolve()
    assert load_config(root) == Config(
        root, root / "plangen.toml", root / "clients", root / "documents", "en", "image", 3, True,
        Templates(root / "brand" / "corp.pptx", root / "brand" / "corp.pptx", root / "brand" / "team.pptx",
                  root / "brand" / "meetings"))


def test_the_file_is_found_from_a_subfolder(tmp_path: Path) -> None:
    workspace(tmp_path, FULL)
    (tmp_path / "clients" / "acme").mkdir(parents=True)
    assert find_config(tmp_path / "clients" / "acme") == (tmp_path / "plangen.toml").resolve()
    assert load_config(tmp_path / "clients" / "acme").output == (tmp_path / "documents").resolve()


def test_without_a_file_every_default_holds(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config == Config(tmp_path.resolve(), None, tmp_path.resolve() / "plans", tmp_path.resolve() / "output")
    assert (config.lang, config.charts, config.jobs, config.pdf) == (None, "native", None, False)


def test_every_problem_is_listed_at_once_with_its_line_and_column(tmp_path: Path) -> None:
    text = """\
plan = "clients"
lang = "fr"
jobs = 0
pdf = "yes"
charts = "svg"

[templates]
kickoff = "brand/missing.pptx"
report = "brand/notes.txt"
docx = "brand/corp.pptx"
deck = "x.pptx"
"""
    assert problems(workspace(tmp_path, text)) == [
        "plangen.toml:1:1: plan: unknown key; did you mean `plans`? (got 'plan')",
        "plangen.toml:2:8: lang: must be one of 'ja', 'en' (got 'fr')",
        "plangen.toml:3:8: jobs: must be a whole number of at least 1, such as 2 (got '0')",
        "plangen.toml:4:7: pdf: must be true or false (without quotes) (got 'yes')",
        "plangen.toml:5:10: charts: must be one of 'native', 'image' (got 'svg')",
        "plangen.toml:8:11: templates.kickoff: no such file (brand/missing.pptx) (got 'brand/missing.pptx')",
        "plangen.toml:9:10: templates.report: must be a PowerPoint file ending in .pptx (got 'brand/notes.txt')",
        "plangen.toml:10:8: templates.docx: must be an existing folder (got 'brand/corp.pptx')",
        ("plangen.toml:11:1: templates.deck: unknown key; known keys: kickoff, report, portfolio, docx "
         "(got 'deck')"),
    ]


def test_broken_toml_is_located(tmp_path: Path) -> None:
    assert problems(workspace(tmp_path, 'plans = "clients"\noutput = documents\n')) == [
        "plangen.toml:2:10: not valid TOML: Invalid value"]


def test_key_positions_follow_tables_and_dotted_keys() -> None:
    text = 'jobs = 2\ntemplates.kickoff = "a.pptx"\n[templates]\n  "report" = "b.pptx"\n'
    positions = key_positions(text)
    assert positions["jobs"] == (1, 1, 8)
    assert positions["templates.kickoff"] == (2, 1, 21)
    assert positions["templates.report"] == (4, 3, 14)


def test_a_broken_settings_file_stops_a_command_with_its_problems(tmp_path: Path) -> None:
    from tests.support.plan_helpers import run_cli

    (tmp_path / "plangen.toml").write_text("jobs = -1\n", encoding="utf-8")
    code, _, err = run_cli(["build"], tmp_path)
    assert code == 1
    assert err.splitlines() == ["plangen.toml:1:8: jobs: must be a whole number of at least 1, such as 2 (got '-1')",
                                "1 error(s); nothing was written"]
