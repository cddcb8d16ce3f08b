"""The serve workspace without a browser: outlines without LibreOffice, stale documents, client folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plangen.office.pdf import WarmOffice
from plangen.serve.pages import client_page, index_page
from plangen.serve.workspace import Workspace, client_folders
from tests.support.helpers import NORTHWIND


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """Return a plans folder holding a copy of northwind."""
    shutil.copytree(NORTHWIND, tmp_path / "plans" / "northwind")
    return tmp_path / "plans"


def test_without_libreoffice_the_page_says_how_to_install_it_and_shows_the_outline(
        plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(plans / "nothing"))
    office = WarmOffice("en")
    assert office.start() == "none"
    workspace = Workspace(plans, office, lang="en")
    try:
        view = workspace.rebuild("northwind")
        html = client_page(workspace, view)
    finally:
        workspace.close()
    assert "Previews need LibreOffice; install it with sudo apt-get install libreoffice-impress" in html
    kickoff = next(d for d in view.documents if d.rel == "kickoff.pptx")
    assert kickoff.pages == 0
    assert kickoff.outline[:2] == ["1. Beacon Forecast Kickoff", "2. Agenda"]
    assert "<li>2. Agenda</li>" in html


def test_a_plan_that_breaks_keeps_its_documents_marked_stale(plans: Path) -> None:
    workspace = Workspace(plans, None, lang="ja")
    try:
        good = workspace.rebuild("northwind")
        documents = list(good.documents)
        plan = plans / "northwind" / "plan.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace("  industry:", "  industry：", 1), encoding="utf-8")
        broken = workspace.rebuild("northwind")
        html = client_page(workspace, broken)
    finally:
        workspace.close()
    assert broken.state == "errors" and broken.stale and broken.documents == documents
    assert "計画にエラーがあるため、このプレビューは最後に正しく作成できたときのものです（古い内容）。" in html
    assert '<td class="at">plan.yaml:7:11</td>' in html


def test_index_counts_problems_and_escapes_what_the_plan_says(plans: Path) -> None:
    plan = plans / "northwind" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("  name: Northwind Logistics Ltd.", "  name: <b>NW</b>"),
                    encoding="utf-8")
    workspace = Workspace(plans, None, lang="en")
    try:
        workspace.rebuild("northwind")
        html = index_page(workspace)
    finally:
        workspace.close()
    assert "&lt;b&gt;NW&lt;/b&gt;" in html and "<b>NW</b>" not in html


def test_client_folders_leave_out_symlinks_and_folders_without_a_plan(plans: Path, tmp_path: Path) -> None:
    shutil.copytree(NORTHWIND, tmp_path / "elsewhere")
    (plans / "linked").symlink_to(tmp_path / "elsewhere")
    (plans / "empty").mkdir()
    (plans / "planlink").mkdir()
    (plans / "planlink" / "plan.yaml").symlink_to(tmp_path / "elsewhere" / "plan.yaml")
    assert [p.name for p in client_folders(plans)] == ["northwind"]
