"""Incremental builds: unchanged clients are skipped; each input, template or version change rebuilds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import plangen
from plangen.build import runner as builder
from plangen.build.incremental import MANIFEST_NAME
from plangen.build.runner import build
from tests.support.synthetic import ROOT, make_clients

FAKES = {"summary": "tests.support.synthetic:fake_summary", "notes": "tests.support.synthetic:fake_notes"}


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return ./plans with three synthetic clients, already built once, and private templates."""
    monkeypatch.chdir(tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "kickoff.pptx").write_bytes(b"template v1")
    monkeypatch.setattr(builder, "template_folders", lambda: [templates])
    make_clients(tmp_path / "plans", 3)
    assert len(build(jobs=1, kinds=FAKES).built) == 3
    return tmp_path / "plans"


def statuses() -> dict[str, str]:
    """Return slug -> status of a build of ./plans with the fake kinds."""
    return {r.slug: r.status for r in build(jobs=1, kinds=FAKES).results}


def test_a_second_build_skips_every_unchanged_client_without_loading_it(plans: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("an up-to-date client was loaded")

    monkeypatch.setattr(builder, "build_client", fail)
    summary = build(jobs=1, kinds=FAKES)
    assert [r.status for r in summary.results] == ["up_to_date"] * 3
    assert summary.results[0].documents[0].endswith("summary.json")
    assert any("initiatives[2].start" in w for w in summary.results[0].warnings)


def test_force_rebuilds_unchanged_clients(plans: Path) -> None:
    summary = build(jobs=1, kinds=FAKES, force=True)
    assert [r.status for r in summary.results] == ["built"] * 3


def _edit(path: Path, old: str, new: str) -> None:
    """Replace `old` by `new` in a text file, making sure it changed."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CHANGES: dict[str, Callable[[Path], object]] = {
    "plan": lambda c: _edit(c / "plan.yaml", "データ連携完了", "データ連携の完了"),
    "actuals": lambda c: _edit(c / "actuals.csv", "2027-02,gross_margin,", "2027-02,gross_margin,1"),
    "notes edited": lambda c: _edit(c / "reports" / "2027-02.yaml", "ご承認", "ご承認をお願いします"),
    "notes added": lambda c: (c / "reports" / "2027-03.yaml").write_text("month: 2027-03\nsummary: 順調\n",
                                                                        encoding="utf-8"),
    "logo added": lambda c: (c / "logo.png").write_bytes(b"\x89PNG"),
    "document deleted": lambda c: (c.parent.parent / "output" / c.name / "summary.json").unlink(),
    "document modified": lambda c: (c.parent.parent / "output" / c.name / "summary.json").write_text("{}"),
}


REASONS = {"plan": "plan.yaml changed", "actuals": "actuals.csv changed",
           "notes edited": "reports/2027-02.yaml changed",
           "notes added": "input files added or removed", "logo added": "input files added or removed",
           "document deleted": "summary.json is missing", "document modified": "summary.json was modified"}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_changed_input_or_missing_output_rebuilds_only_that_client(plans: Path, change: str) -> None:
    CHANGES[change](plans / "client-0002")
    results = build(jobs=1, kinds=FAKES).results
    assert [r.status for r in results] == ["up_to_date", "built", "up_to_date"]
    assert results[1].reason == REASONS[change]
    assert statuses() == dict.fromkeys(("client-0001", "client-0002", "client-0003"), "up_to_date")


def test_a_changed_template_rebuilds_every_client(plans: Path, tmp_path: Path) -> None:
    (tmp_path / "templates" / "kickoff.pptx").write_bytes(b"template v2")
    assert set(statuses().values()) == {"built"}
    assert set(statuses().values()) == {"up_to_date"}


def test_a_new_plangen_version_rebuilds_every_client(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plangen, "__version__", "99.0.0")
    assert set(statuses().values()) == {"built"}
    manifest = json.loads((Path("output") / "client-0001" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["version"] == "99.0.0"


def test_a_new_document_kind_rebuilds_every_client(plans: Path) -> None:
    kinds = {**FAKES, "broken": "tests.support.synthetic:fake_broken"}
    assert [r.status for r in build(jobs=1, kinds=kinds).results] == ["built", "failed", "built"]


def test_touching_a_file_without_changing_it_keeps_the_client_up_to_date(plans: Path) -> None:
    plan = plans / "client-0001" / "plan.yaml"
    os.utime(plan, ns=(plan.stat().st_atime_ns, plan.stat().st_mtime_ns + 5_000_000_000))
    assert statuses()["client-0001"] == "up_to_date"


def test_a_failed_client_is_tried_again_on_the_next_run(plans: Path) -> None:
    _edit(plans / "client-0003" / "plan.yaml", "version: 1", "version: 7")
    assert statuses()["client-0003"] == "failed"
    assert statuses()["client-0003"] == "failed"
    _edit(plans / "client-0003" / "plan.yaml", "version: 7", "version: 1")
    assert statuses()["client-0003"] == "built"


def test_a_no_op_build_imports_no_yaml_checker_or_office_library(plans: Path) -> None:
    script = (
        "import sys, json\n"
        "from plangen.build import runner as builder\n"
        f"builder.template_folders = lambda: [__import__('pathlib').Path({str(plans.parent / 'templates')!r})]\n"
        f"summary = builder.build(jobs=1, kinds={FAKES!r})\n"
        "heavy = sorted(m for m in ('pptx', 'docx', 'openpyxl', 'matplotlib', 'yaml',"
        " 'plangen.load.client')"
        " if m in sys.modules)\n"
        "print(json.dumps({'statuses': [r.status for r in summary.results], 'heavy': heavy}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=plans.parent, env=env, capture_output=True,
                          text=True, check=True, timeout=60)
    assert json.loads(done.stdout) == {"statuses": ["up_to_date"] * 3, "heavy": []}
