"""Every command honours plangen.toml, and options given on the command line win."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.util import Inches

from plangen.build import runner as builder
from plangen.build.runner import DocumentKind, RenderOptions
from tests.render.test_kickoff_roundtrip import make_corp_template
from tests.support.helpers import MINATO
from tests.support.plan_helpers import BASE, run_cli, write_client
from tests.support.synthetic import make_clients

SETTINGS = """\
plans = "clients"
output = "documents"
jobs = 3
charts = "image"
lang = "en"
pdf = true

[templates]
kickoff = "brand/corp.pptx"
report = "brand/report.pptx"
portfolio = "brand/team.pptx"
docx = "brand/meetings"
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Return a workspace with plangen.toml, its templates and one client in clients/."""
    (tmp_path / "brand" / "meetings").mkdir(parents=True)
    for name in ("corp.pptx", "report.pptx", "team.pptx"):
        make_corp_template(tmp_path / "brand" / name)
    (tmp_path / "plangen.toml").write_text(SETTINGS, encoding="utf-8")
    write_client(tmp_path / "clients", BASE)
    return tmp_path.resolve()


def capture_build(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the library's build by a recorder; return the dict its arguments land in."""
    seen: dict[str, Any] = {}

    def record(paths: Any, **kwargs: Any) -> builder.BuildSummary:
        seen.update(kwargs, paths=paths)
        return builder.BuildSummary([], 0.0, str(kwargs["out_root"]))

    monkeypatch.setattr(builder, "build", record)
    return seen


def test_build_takes_folders_jobs_templates_and_charts_from_plangen_toml(root: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen = capture_build(monkeypatch)
    (root / "clients" / "acme" / "notes").mkdir()
    assert run_cli(["build"], root / "clients" / "acme" / "notes")[0] == 0  # found from a subfolder
    assert seen["paths"] == [root / "clients"]
    assert (seen["out_root"], seen["jobs"]) == (root / "documents", 3)
    assert seen["options"] == RenderOptions(root / "brand" / "corp.pptx", root / "brand" / "report.pptx",
                                            root / "brand" / "meetings", "image")
    assert seen["pdf"] is (shutil.which("soffice") is not None or shutil.which("libreoffice") is not None)


def test_build_options_win_over_plangen_toml(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = capture_build(monkeypatch)
    own = make_corp_template(root / "own.pptx")
    assert run_cli(["build", "clients/acme", "--out", "elsewhere", "--jobs", "1", "--template", "own.pptx"],
                   root)[0] == 0
    assert (seen["paths"], seen["out_root"], seen["jobs"]) == ([Path("clients/acme")], Path("elsewhere"), 1)
    assert (seen["options"].kickoff_template, seen["options"].report_template) == (Path("own.pptx"), Path("own.pptx"))
    assert own.is_file()


def test_build_writes_into_the_configured_output_folder(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "KINDS", {"summary": DocumentKind("summary", "tests.support.synthetic:fake_summary",
                                                                   "tests.support.synthetic")})
    make_clients(root / "clients", 1)
    code, out, _ = run_cli(["build"], root)
    assert code == 0, out
    assert (root / "documents" / "acme" / "summary.json").is_file()
    assert (root / "documents" / "client-0001" / "summary.json").is_file()


def test_kickoff_uses_the_configured_template_and_output(root: Path) -> None:
    code, out, err = run_cli(["kickoff", "clients/acme"], root)
    assert code == 0, err
    deck = root / "documents" / "acme" / "kickoff.pptx"
    assert out.splitlines() == [str(deck), str(deck.with_suffix(".pdf"))]  # pdf = true in plangen.toml
    assert Presentation(str(deck)).slide_width == Inches(10)  # the corporate template's 4:3


def test_report_and_portfolio_accept_a_template(tmp_path: Path) -> None:
    shutil.copytree(MINATO, tmp_path / "plans" / "minato")
    corp = make_corp_template(tmp_path / "corp.pptx")
    code, _, err = run_cli(["report", "plans/minato", "--month", "2027-02", "--template", str(corp)], tmp_path)
    assert code == 0, err
    report = tmp_path / "output" / "minato" / "reports" / "2027-02" / "evaluator-report.pptx"
    assert Presentation(str(report)).slide_width == Inches(10)
    code, _, err = run_cli(["portfolio", "--month", "2027-02", "--template", str(corp)], tmp_path)
    assert code == 0, err
    assert Presentation(str(tmp_path / "output" / "portfolio-2027-02.pptx")).slide_width == Inches(10)


def test_portfolio_uses_the_configured_template(root: Path) -> None:
    code, _, err = run_cli(["portfolio", "--month", "2027-02"], root)
    assert code == 0, err
    assert Presentation(str(root / "documents" / "portfolio-2027-02.pptx")).slide_width == Inches(10)


def test_meetings_use_the_configured_docx_folder(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import plangen.render.meetings as meetings

    seen: dict[str, Any] = {}

    def record(client: Any, out_dir: Path, **kwargs: Any) -> Any:
        from plangen.write.output import RenderResult

        seen.update(kwargs, out_dir=out_dir)
        return RenderResult()

    monkeypatch.setattr(meetings, "render_meetings", record)
    assert run_cli(["meetings", "clients/acme"], root)[0] == 0
    assert (seen["out_dir"], seen["templates"]) == (root / "documents" / "acme", root / "brand" / "meetings")
    assert run_cli(["meetings", "clients/acme", "--templates", "brand"], root)[0] == 0
    assert seen["templates"] == Path("brand")


def test_new_and_validate_use_the_configured_plans_folder(root: Path) -> None:
    assert run_cli(["new", "beta", "--lang", "en"], root)[0] == 0
    assert (root / "clients" / "beta" / "plan.yaml").is_file()
    code, out, _ = run_cli(["validate"], root)
    assert code == 0
    assert [line.split(":")[0] for line in out.splitlines()] == [str(root / "clients" / "acme"),
                                                                  str(root / "clients" / "beta")]


def test_build_refreshes_the_workspace_schema_left_by_an_older_plangen(root: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from plangen.resources import schema_file

    capture_build(monkeypatch)
    (root / ".plangen").mkdir()
    (root / ".plangen" / "plan.schema.json").write_text("{}", encoding="utf-8")
    assert run_cli(["build"], root / "clients")[0] == 0
    assert (root / ".plangen" / "plan.schema.json").read_bytes() == schema_file().read_bytes()


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flag_prints_the_version(flag: str) -> None:
    from plangen import __version__

    assert run_cli([flag])[:2] == (0, f"plangen, version {__version__}\n")
