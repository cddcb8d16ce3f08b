"""`plangen build`: a bad client fails alone, its errors are listed, every other client is written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plangen.build import runner as builder
from plangen.build.incremental import MANIFEST_NAME, read_manifest
from plangen.build.runner import DocumentKind, build
from plangen.errors import UsageError
from tests.support.synthetic import make_clients

FAKES = {"summary": "tests.support.synthetic:fake_summary", "notes": "tests.support.synthetic:fake_notes"}
LOCATED = re.compile(r"^plans/client-0002/plan\.yaml:\d+:\d+: [\w.\[\]]+: .+")


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return ./plans with four synthetic clients, the second one broken, and cwd set to tmp_path."""
    monkeypatch.chdir(tmp_path)
    make_clients(tmp_path / "plans", 4)
    broken = tmp_path / "plans" / "client-0002" / "plan.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("start: 2026-12-01\n  end: 2027",
                                                                 "start: 2026-13-01\n  end: 2027", 1),
                      encoding="utf-8")
    return tmp_path / "plans"


def test_a_broken_plan_fails_alone_while_every_other_client_is_written_in_parallel(plans: Path) -> None:
    summary = build(jobs=2, kinds=FAKES)
    assert [r.slug for r in summary.failed] == ["client-0002"]
    assert [r.slug for r in summary.built] == ["client-0001", "client-0003", "client-0004"]
    for slug in ("client-0001", "client-0003", "client-0004"):
        out = Path("output") / slug
        assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["kpis"] == 5
        assert (out / "notes" / "2027-02.json").is_file()
        assert (out / MANIFEST_NAME).is_file()
    assert not (Path("output") / "client-0002" / MANIFEST_NAME).exists()
    errors = summary.errors()
    assert errors and all(LOCATED.match(line) for line in errors), errors
    assert "contract.start" in errors[0]


def test_results_keep_the_order_of_the_folders_and_count_documents(plans: Path) -> None:
    summary = build([plans / "client-0004", plans / "client-0001"], jobs=1, kinds=FAKES)
    assert [r.slug for r in summary.results] == ["client-0004", "client-0001"]
    assert all(len(r.documents) == 2 for r in summary.results)
    data = summary.as_dict()
    assert data["ok"] is True
    assert data["counts"] == {"clients": 2, "built": 2, "up_to_date": 0, "failed": 0, "documents": 4}


def test_a_renderer_bug_fails_its_client_but_its_other_documents_and_other_clients_are_written(plans: Path) -> None:
    (plans / "client-0002").rename(plans.parent / "set-aside")
    make_clients(plans, 2)  # rewrite a valid client-0002 (short name ends in 0002: fake_broken fails it)
    summary = build(jobs=1, kinds={"summary": FAKES["summary"], "broken": "tests.support.synthetic:fake_broken"})
    failed = {r.slug: r for r in summary.failed}
    assert list(failed) == ["client-0002"]
    assert "broken: internal error: RuntimeError: renderer bug" in failed["client-0002"].errors[0]
    assert (Path("output") / "client-0002" / "summary.json").is_file()
    manifest = read_manifest(Path("output") / "client-0002")  # the document's hash only, no finished build
    assert manifest is not None and set(manifest) == {"format", "files"}
    assert (Path("output") / "client-0003" / "broken-ok.json").is_file()


def test_renderer_warnings_and_plan_warnings_are_reported_per_client(plans: Path) -> None:
    result = build([plans / "client-0001"], jobs=1, kinds=FAKES).results[0]
    assert any("warning: initiatives[2].start" in w for w in result.warnings)
    assert any(w.endswith("summary: warning: fake summary warning") for w in result.warnings)


def test_two_client_folders_with_the_same_name_do_not_overwrite_each_other(plans: Path, tmp_path: Path) -> None:
    other = make_clients(tmp_path / "elsewhere", 1)[0]
    summary = build([plans / "client-0001", other], jobs=1, kinds=FAKES)
    assert [r.status for r in summary.results] == ["built", "failed"]
    assert "two clients have the folder name `client-0001`" in summary.results[1].errors[0]


def test_no_plans_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="plans"):
        build(kinds=FAKES)


def test_only_kinds_whose_renderer_module_exists_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "KINDS", {
        "summary": DocumentKind("summary", FAKES["summary"], "tests.support.synthetic"),
        "missing": DocumentKind("missing", "plangen.not_written_yet:render", "plangen.not_written_yet"),
    })
    assert builder.available_kinds() == {"summary": FAKES["summary"]}


def test_cli_build_lists_errors_last_prints_json_and_exits_1(plans: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from plangen.cli import main

    monkeypatch.setattr(builder, "KINDS", {name: DocumentKind(name, target, "tests.support.synthetic")
                                           for name, target in FAKES.items()})
    code = main(["build", "--jobs", "1", "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    data = json.loads(out)
    assert data["counts"]["failed"] == 1 and data["counts"]["built"] == 3
    assert [c["status"] for c in data["clients"]] == ["built", "failed", "built", "built"]
    error_lines = [line for line in err.splitlines() if line.startswith("plans/client-0002/")]
    assert error_lines and LOCATED.match(error_lines[0])


def test_cli_build_off_a_terminal_prints_one_summary_line(plans: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from plangen.cli import main

    monkeypatch.setattr(builder, "KINDS", {name: DocumentKind(name, target, "tests.support.synthetic")
                                           for name, target in FAKES.items()})
    (plans / "client-0002").rename(plans.parent / "set-aside")
    assert main(["build", "--jobs", "1"]) == 0
    assert main(["build", "--jobs", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert re.match(r"^3 built \(6 documents\), 0 up to date, 0 failed in \d+\.\d s$", out[0])
    assert re.match(r"^0 built \(0 documents\), 3 up to date, 0 failed in \d+\.\d s$", out[1])
