"""A bare clone is enough: the tests read nothing outside the repository, and CI runs the README's command."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.support.helpers import ROOT

TESTS = ROOT / "tests"


def test_no_test_reads_a_file_outside_the_repository() -> None:
    outside = re.compile(r"""\.\./shared|/work/|parents\[[3-9]\]|Path\.home\(\)""")
    offenders = [f"{path.relative_to(ROOT)}:{number}" for path in sorted(TESTS.rglob("*.py"))
                 if path.name != Path(__file__).name
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if outside.search(line)]
    assert offenders == []


def test_ci_runs_exactly_the_readme_test_command_in_a_fresh_clone() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    extract = re.search(r'test_command="\$\((.+)\)"', script)
    assert extract is not None
    found = subprocess.run(["bash", "-c", extract[1]], cwd=ROOT, text=True, capture_output=True, check=True).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("# 2. ", 1)[1].split("```", 1)[0]
    assert found.strip() == next(line for line in block.splitlines() if line.startswith("python3 -m venv"))
    assert "pytest" in found
    assert 'git clone -q "$repo" "$work/plangen"' in script and 'work="$(mktemp -d)"' in script
