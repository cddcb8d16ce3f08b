"""Commands print what a CSM needs and nothing from the libraries underneath."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.helpers import MINATO


def test_image_charts_print_no_matplotlib_font_notices(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "plangen", "kickoff", str(MINATO), "--out", str(tmp_path), "--charts", "image"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    assert done.stdout.strip().endswith("kickoff.pptx")
    assert "findfont" not in done.stderr
    assert all(": warning: " in line for line in done.stderr.splitlines())
