"""The wheel is the product: built from the repository, installed in a fresh venv, it writes every document
kind from an empty folder (templates, schema and fonts come from the package, nothing from the repository)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from plangen import __version__
from tests.support.helpers import ROOT

pytestmark = pytest.mark.slow  # about a minute on two cores; CI runs it (it is never deselected)


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `args` in `cwd`; fail the test with its output when it exits non-zero."""
    done = subprocess.run(args, cwd=cwd, env=env, text=True, capture_output=True, timeout=600)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a copy of the project's sources (the repository is left untouched)."""
    source = tmp_path_factory.mktemp("source")
    shutil.copy2(ROOT / "pyproject.toml", source)
    shutil.copy2(ROOT / "README.md", source)
    shutil.copytree(ROOT / "plangen", source / "plangen", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)], source)
    (built,) = dist.glob("plangen-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """Return a fresh venv with the wheel installed; its dependencies are the running environment's."""
    home = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", "--without-pip", str(home)], home)
    python = home / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
         str(wheel)], home)
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], home).stdout
                .strip())
    # Reuse the installed dependencies (no download); a path in a .pth file is added after the venv's own,
    # and the development checkout of plangen is not on it (editable installs hook in through their own .pth).
    paths = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "zz_dependencies.pth").write_text("\n".join(paths) + "\n", encoding="utf-8")
    return home


def env_of(venv: Path) -> dict[str, str]:
    """Return an environment whose `plangen` is the venv's, with nothing pointing at the repository."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def test_the_wheel_carries_templates_schema_and_typing_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for part in ("plangen/resources/templates/kickoff.pptx", "plangen/resources/templates/meeting-weekly.docx",
                 "plangen/resources/templates/meeting-evaluator.docx", "plangen/resources/plan.schema.json",
                 "plangen/py.typed", "plangen/resources/precompiled/__init__.py"):
        assert part in names
    assert any(n.startswith("plangen/resources/precompiled/code_") for n in names)  # templates compiled ahead of time


def test_the_installed_wheel_writes_every_document_kind_from_an_empty_folder(venv: Path, tmp_path: Path) -> None:
    env = env_of(venv)
    where = run(["python", "-c", "import plangen; print(plangen.__file__)"], tmp_path, env).stdout
    assert where.startswith(str(venv))
    assert run(["plangen", "-V"], tmp_path, env).stdout == f"plangen, version {__version__}\n"

    done = run(["bash", "-c", "plangen new acme && plangen build"], tmp_path, env)
    assert done.stdout.splitlines()[-1].startswith("1 built (5 documents), 0 up to date, 0 failed in ")
    assert "plans/acme/plan.yaml:10:9: warning: client.name: example text left from `plangen new`" in done.stderr
    out = tmp_path / "output" / "acme"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        ".plangen-build.json", "kickoff.pptx", "meetings/review.docx", "meetings/review.ics",
        "meetings/weekly.docx", "meetings/weekly.ics"]  # a new plan has no actuals yet, so no report
    assert (tmp_path / ".plangen" / "plan.schema.json").is_file()

    month = next(line.split()[1][:7] for line in (tmp_path / "plans" / "acme" / "plan.yaml").read_text(
        encoding="utf-8").splitlines() if line.startswith("  start: "))
    report = run(["plangen", "report", "plans/acme", "--month", month], tmp_path, env)
    assert report.stdout.splitlines() == [str(out.resolve() / "reports" / month / f"evaluator-report.{kind}")
                                          for kind in ("pptx", "docx")]
    portfolio = run(["plangen", "portfolio", "--month", month], tmp_path, env)
    assert portfolio.stdout.splitlines() == [f"wrote output/portfolio-{month}.xlsx",
                                             f"wrote output/portfolio-{month}.pptx", "1 client(s), 0 failed"]
    for document in [*out.rglob("*.pptx"), *out.rglob("*.docx"), *(tmp_path / "output").glob("portfolio-*")]:
        with zipfile.ZipFile(document) as archive:
            assert archive.testzip() is None
