"""A document changed since plangen wrote it (by hand or by another command) is never replaced without --force."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from plangen.build import runner as builder
from plangen.build.incremental import MANIFEST_NAME, keeping_edits, read_manifest
from plangen.build.runner import DocumentKind, build
from plangen.write.atomic import write_bytes_atomic
from plangen.write.keep import Guard, file_sha256
from tests.support.plan_helpers import BASE, run_cli, write_client
from tests.support.synthetic import make_clients

FAKES = {"summary": "tests.support.synthetic:fake_summary"}
TODAY = date.today().isoformat()


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return output/client-0001 after a first build of two synthetic clients (cwd is tmp_path)."""
    monkeypatch.chdir(tmp_path)
    make_clients(tmp_path / "plans", 2)
    assert build(jobs=1, kinds=FAKES).ok
    return tmp_path / "output" / "client-0001"


def test_a_hand_edited_document_survives_a_build_and_the_new_one_is_written_beside_it(out: Path) -> None:
    original = (out / "summary.json").read_bytes()
    (out / "summary.json").write_text('{"edited": "by the CSM"}', encoding="utf-8")
    summary = build(jobs=1, kinds=FAKES)
    beside = out / f"summary.{TODAY}.json"
    assert (out / "summary.json").read_text(encoding="utf-8") == '{"edited": "by the CSM"}'
    assert beside.read_bytes() == original
    result = summary.results[0]
    assert (result.status, result.kept) == ("built", [(str(out / "summary.json"), str(beside))])
    assert result.documents == [str(beside)]
    assert [r.status for r in summary.results[1:]] == ["up_to_date"]


def test_after_keeping_an_edit_the_next_build_is_up_to_date_and_makes_no_more_copies(out: Path) -> None:
    (out / "summary.json").write_text("{}", encoding="utf-8")
    build(jobs=1, kinds=FAKES)
    assert [r.status for r in build(jobs=1, kinds=FAKES).results] == ["up_to_date", "up_to_date"]
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, f"summary.{TODAY}.json", "summary.json"]


def test_a_rebuild_replaces_its_own_copy_beside_the_edited_file_instead_of_adding_another(out: Path) -> None:
    (out / "summary.json").write_text("{}", encoding="utf-8")
    build(jobs=1, kinds=FAKES)
    result = build(jobs=1, kinds=FAKES, force=False, options=builder.RenderOptions(charts="image")).results[0]
    assert result.kept == [(str(out / "summary.json"), str(out / f"summary.{TODAY}.json"))]
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, f"summary.{TODAY}.json", "summary.json"]


def test_force_replaces_the_edited_document(out: Path) -> None:
    (out / "summary.json").write_text("{}", encoding="utf-8")
    result = build(jobs=1, kinds=FAKES, force=True).results[0]
    assert result.kept == []
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["kpis"] == 5
    assert not (out / f"summary.{TODAY}.json").exists()


def test_a_document_another_command_wrote_is_kept_by_build(out: Path) -> None:
    with keeping_edits(out, "kickoff") as guard:
        write_bytes_atomic(out / "summary.json", b'{"made": "by plangen kickoff --template corp.pptx"}')
    assert guard.kept == []  # the command run alone replaced the build's own, unedited file
    result = build(jobs=1, kinds=FAKES, force=False, options=builder.RenderOptions(charts="image")).results[0]
    assert result.kept == [(str(out / "summary.json"), str(out / f"summary.{TODAY}.json"))]
    assert b"kickoff --template" in (out / "summary.json").read_bytes()


def test_the_manifest_records_the_sha256_and_writer_of_every_document(out: Path) -> None:
    files = read_manifest(out)["files"]  # type: ignore[index]
    assert files == {"summary.json": {"sha256": file_sha256(out / "summary.json"),
                                      "size": (out / "summary.json").stat().st_size, "by": "build"}}


def test_a_taken_name_beside_the_edit_gets_a_counter(tmp_path: Path) -> None:
    (tmp_path / "kickoff.pptx").write_bytes(b"edited")
    (tmp_path / "kickoff.2027-03-02.pptx").write_bytes(b"also the CSM's")
    guard = Guard(tmp_path, {}, by="build", today=date(2027, 3, 2))
    assert guard.place(tmp_path / "kickoff.pptx") == tmp_path / "kickoff.2027-03-02-2.pptx"


def test_a_manifest_of_plangen_0_1_counts_documents_of_the_recorded_size_as_plangens(out: Path) -> None:
    size = (out / "summary.json").stat().st_size
    (out / MANIFEST_NAME).write_text(json.dumps({"format": 1, "outputs": {"summary.json": size}}), encoding="utf-8")
    result = build(jobs=1, kinds=FAKES).results[0]
    assert (result.status, result.kept) == ("built", [])


def test_cli_build_says_in_its_summary_which_document_it_kept(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "KINDS", {"summary": DocumentKind("summary", FAKES["summary"],
                                                                   "tests.support.synthetic")})
    (out / "summary.json").write_text("{}", encoding="utf-8")
    code, stdout, _ = run_cli(["build", "--jobs", "1"])
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].startswith("1 built (1 documents), 1 up to date, 0 failed, 1 changed document(s) kept in ")
    assert lines[1] == (f"kept output/client-0001/summary.json: it changed since plangen wrote it; the new version "
                        f"is output/client-0001/summary.{TODAY}.json (--force replaces it)")


def test_kickoff_run_alone_keeps_a_hand_edited_deck_and_force_replaces_it(tmp_path: Path) -> None:
    write_client(tmp_path / "plans", BASE)
    deck = tmp_path / "output" / "acme" / "kickoff.pptx"
    assert run_cli(["kickoff", "plans/acme"], tmp_path)[0] == 0
    assert run_cli(["kickoff", "plans/acme"], tmp_path)[1] == f"{deck}\n"  # its own deck is simply replaced
    deck.write_bytes(b"edited in PowerPoint")
    code, stdout, _ = run_cli(["kickoff", "plans/acme"], tmp_path)
    assert code == 0
    assert deck.read_bytes() == b"edited in PowerPoint"
    assert stdout.splitlines()[-1] == (f"kept output/acme/kickoff.pptx: it changed since plangen wrote it; the new "
                                       f"version is output/acme/kickoff.{TODAY}.pptx (--force replaces it)")
    assert run_cli(["kickoff", "plans/acme", "--force"], tmp_path)[0] == 0
    assert deck.read_bytes()[:2] == b"PK"


def test_meetings_and_report_run_alone_keep_a_hand_edited_document(tmp_path: Path) -> None:
    import shutil

    from tests.support.helpers import MINATO

    shutil.copytree(MINATO, tmp_path / "plans" / "minato")
    out = tmp_path / "output" / "minato"
    assert run_cli(["meetings", "plans/minato"], tmp_path)[0] == 0
    assert run_cli(["report", "plans/minato", "--month", "2027-02"], tmp_path)[0] == 0
    weekly = next((out / "meetings").glob("*.docx"))
    report = out / "reports" / "2027-02" / "evaluator-report.docx"
    for document in (weekly, report):
        document.write_bytes(b"edited in Word")
    _, meetings_out, _ = run_cli(["meetings", "plans/minato"], tmp_path)
    _, report_out, _ = run_cli(["report", "plans/minato", "--month", "2027-02"], tmp_path)
    assert weekly.read_bytes() == report.read_bytes() == b"edited in Word"
    assert (f"kept output/minato/meetings/{weekly.name}: it changed since plangen wrote it; the new version is "
            f"output/minato/meetings/{weekly.stem}.{TODAY}.docx (--force replaces it)") in meetings_out.splitlines()
    assert (f"kept output/minato/reports/2027-02/evaluator-report.docx: it changed since plangen wrote it; the new "
            f"version is output/minato/reports/2027-02/evaluator-report.{TODAY}.docx (--force replaces it)"
            ) in report_out.splitlines()
    assert (out / "reports" / "2027-02" / f"evaluator-report.{TODAY}.docx").read_bytes()[:2] == b"PK"
