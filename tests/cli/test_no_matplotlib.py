"""The default path of every document command draws native charts and never imports matplotlib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.helpers import MINATO


@pytest.mark.parametrize("args", [
    ["report", "{plan}", "--month", "2027-02", "--out", "{out}"],
    ["status", "{plan}", "--month", "2027-02", "--json"],
    ["meetings", "{plan}", "--out", "{out}"],
    ["build", "{plan}", "--out", "{out}", "--jobs", "1", "--json"],
], ids=["report", "status", "meetings", "build"])
def test_command_never_imports_matplotlib(args: list[str], tmp_path: Path) -> None:
    argv = [a.format(plan=str(MINATO), out=str(tmp_path)) for a in args]
    code = ("import sys; from plangen.cli import main; "
            f"code = main({argv!r}); "
            "assert code == 0, code; "
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
