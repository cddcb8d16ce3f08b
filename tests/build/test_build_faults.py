"""File-system faults end in one clear line naming the path and cause; a build goes on with the next client."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

from plangen.build.runner import build
from plangen.write.atomic import remove_stale_temp_files, write_bytes_atomic
from plangen.write.lock import output_lock
from tests.support.helpers import MINATO
from tests.support.plan_helpers import run_cli
from tests.support.synthetic import make_clients

FAKES = {"summary": "tests.support.synthetic:fake_summary"}


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return ./plans with three synthetic clients and cwd set to tmp_path."""
    monkeypatch.chdir(tmp_path)
    make_clients(tmp_path / "plans", 3)
    return tmp_path / "plans"


def test_a_client_whose_loading_hits_a_bug_fails_alone_with_one_job(plans: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from plangen.load import client as loader

    real = loader.load_client

    def load(path: Path | str) -> object:
        if Path(path).name == "client-0001":
            raise RuntimeError("loader bug")
        return real(path)

    monkeypatch.setattr(loader, "load_client", load)
    summary = build(jobs=1, kinds=FAKES)
    assert [r.status for r in summary.results] == ["failed", "built", "built"]
    assert summary.results[0].errors[0].startswith("plans/client-0001: internal error: RuntimeError: loader bug")


def test_an_output_folder_linked_outside_out_is_refused_and_the_others_are_built(plans: Path, tmp_path: Path) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "output" / "client-0002").symlink_to(tmp_path / "elsewhere")
    summary = build(jobs=1, kinds=FAKES)
    assert [r.status for r in summary.results] == ["built", "failed", "built"]
    assert summary.results[1].errors == ["plans/client-0002: output/client-0002 leads outside output (a link or "
                                         "`..`); refusing to write there"]
    assert list((tmp_path / "elsewhere").iterdir()) == []


CAUSES = [(errno.EROFS, "the disk is read-only"), (errno.ENOSPC, "the disk is full"),
          (errno.ENAMETOOLONG, "the file name is too long for the disk"),
          (errno.EACCES, "permission denied (the folder or file is read-only for you)")]


@pytest.mark.parametrize(("code", "cause"), CAUSES)
@pytest.mark.parametrize("command", [["kickoff", str(MINATO), "--out", "out"],
                                     ["report", str(MINATO), "--month", "2027-02", "--out", "out"],
                                     ["meetings", str(MINATO), "--out", "out"],
                                     ["portfolio", str(MINATO), "--month", "2027-02", "--out", "out"]])
def test_an_os_error_while_writing_is_one_line_naming_the_path_and_cause(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], code: int, cause: str) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code), str(src))

    monkeypatch.setattr(os, "replace", refuse)
    exit_code, _, err = run_cli(command, tmp_path)
    assert exit_code == 1
    lines = [line for line in err.splitlines() if ": warning: " not in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: cannot write out/") and lines[0].endswith(f": {cause}"), lines
    assert "Traceback" not in err
    assert not [p for p in (tmp_path / "out").rglob("*.tmp")]


def test_a_folder_where_the_deck_goes_is_named_as_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "out" / "kickoff.pptx").mkdir(parents=True)
    code, _, err = run_cli(["kickoff", str(MINATO), "--out", "out"], tmp_path)
    assert code == 1
    assert err.splitlines()[-1] == "error: cannot write out/kickoff.pptx: a folder of that name is in the way"


def test_a_file_where_the_output_folder_goes_is_named_as_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    code, _, err = run_cli(["meetings", str(MINATO), "--out", "out/kit"], tmp_path)
    assert code == 1
    assert "a file is in the way where a folder is needed" in err.splitlines()[-1]
    assert "Traceback" not in err


def test_build_goes_on_with_the_next_client_after_a_write_error(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if "client-0001" in str(dst):
            raise OSError(errno.ENOSPC, "No space left on device", src)
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code, _, err = run_cli(["build", "--jobs", "1"], plans.parent)
    assert code == 1
    assert "plans/client-0001/plan.yaml: kickoff: cannot write output/client-0001/kickoff.pptx: the disk is full" \
        in err
    assert (plans.parent / "output" / "client-0003" / "kickoff.pptx").is_file()
    assert "Traceback" not in err and "internal error" not in err


def test_a_full_disk_inside_a_zip_leaves_no_exception_for_the_garbage_collector(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest turns an "Exception ignored in ZipFile.__del__" into a failure (filterwarnings = error)."""

    class FullDisk:
        def __init__(self, real: object) -> None:
            self.real = real

        def __getattr__(self, name: str) -> object:
            if name in ("write", "flush", "close"):
                def fail(*args: object) -> None:
                    if name == "close":  # like a real file: closed, though the last flush failed
                        self.real.close()  # type: ignore[attr-defined]
                    raise OSError(errno.ENOSPC, "No space left on device")
                return fail
            return getattr(self.real, name)

    real_writestr = zipfile.ZipFile.writestr

    def writestr(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        if str(self.filename).endswith(".tmp") and not isinstance(self.fp, FullDisk) and self.fp is not None:
            self.fp = FullDisk(self.fp)  # type: ignore[assignment]
        real_writestr(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    code, _, err = run_cli(["meetings", str(MINATO), "--out", "out"], tmp_path)
    monkeypatch.undo()
    import gc

    gc.collect()
    assert code == 1
    last = err.splitlines()[-1]
    assert last.startswith("error: cannot write out/meetings/") and last.endswith(".docx: the disk is full")


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid += 1


@pytest.mark.parametrize("command", [["kickoff", str(MINATO), "--out", "out"],
                                     ["report", str(MINATO), "--month", "2027-02", "--out", "out"],
                                     ["portfolio", str(MINATO), "--month", "2027-02", "--out", "out"]])
def test_temporary_files_of_a_killed_run_are_removed_by_the_next_run(tmp_path: Path, command: list[str]) -> None:
    code, _, _ = run_cli(command, tmp_path)
    assert code == 0
    written = sorted(p for p in (tmp_path / "out").rglob("*") if p.is_file())
    dead = [p.parent / f".{p.name}.{_dead_pid()}.x1y2.tmp" for p in written]
    alive = [p.parent / f".{p.name}.{os.getppid()}.a1b2.tmp" for p in written]
    for path in dead + alive:
        path.write_bytes(b"half a document")
    assert run_cli(command, tmp_path)[0] == 0
    assert not any(p.exists() for p in dead)
    assert all(p.exists() for p in alive)


def test_a_temporary_file_left_by_another_command_is_removed_too(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    left = tmp_path / "out" / f".portfolio-2027-01.xlsx.{_dead_pid()}.q1w2.tmp"
    left.write_bytes(b"half a workbook")
    assert run_cli(["kickoff", str(MINATO), "--out", "out"], tmp_path)[0] == 0
    assert not left.exists()


def test_temporary_files_are_named_per_process(tmp_path: Path) -> None:
    seen: list[str] = []

    def writer(tmp: Path) -> None:
        seen.append(tmp.name)
        tmp.write_bytes(b"x")

    from plangen.write.atomic import write_atomic

    write_atomic(tmp_path / "a.ics", writer)
    assert seen[0].startswith(f".a.ics.{os.getpid()}.") and seen[0].endswith(".tmp")
    write_bytes_atomic(tmp_path / "b.ics", b"y")
    assert remove_stale_temp_files(tmp_path) == 0


def test_a_second_build_on_the_same_output_waits_for_the_first(tmp_path: Path) -> None:
    holder = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    waited = threading.Event()
    entered = threading.Event()

    def second() -> None:
        with output_lock(tmp_path, waited.set):
            entered.set()

    thread = threading.Thread(target=second)
    thread.start()
    assert waited.wait(30)
    assert not entered.is_set()
    os.close(holder)
    thread.join(30)
    assert entered.is_set()


def test_build_says_another_build_is_running_and_then_builds(plans: Path) -> None:
    (plans.parent / "output").mkdir()
    holder = os.open(plans.parent / "output", os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    timer = threading.Timer(1.0, os.close, (holder,))
    timer.start()
    code, _, err = run_cli(["build", "--jobs", "1", str(plans / "client-0001")], plans.parent)
    timer.join()
    assert code == 0
    assert "another plangen build is writing to output; waiting for it to finish" in err


def test_plan_text_in_status_and_the_build_table_is_never_markup(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "minato"
    shutil.copytree(MINATO, folder)
    plan = folder / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("name: Coverage（ID利用率）", 'name: "[/]"')
                    .replace("name: 活用度（週次運用の実施率）", 'name: "[red]深さ[/red] [link=http://x]y"'),
                    encoding="utf-8")
    code, out, err = run_cli(["status", str(folder), "--month", "2027-02"], tmp_path)
    assert code == 0, err
    assert "[/]" in out and "[red]深さ[/red] [link=http://x]y" in out

    from plangen.build.runner import BuildSummary, ClientResult
    from plangen.cli.build import _print_table

    _print_table(BuildSummary([ClientResult("[/]", "x", "failed", errors=["e"])], 0.1, "out[red]"))
    printed = capsys.readouterr().out
    assert "[/]" in printed and "out[red]" in printed
