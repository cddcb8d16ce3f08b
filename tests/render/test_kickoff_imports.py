"""A fresh process rendering only the kickoff deck never imports the meeting kit's renderer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.helpers import MINATO


def test_kickoff_deck_needs_no_meeting_kit(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from plangen.build import runner; "
            "from plangen.load.client import load_client; "
            f"runner.render_kickoff_kind(load_client(Path({str(MINATO)!r})), Path({str(tmp_path)!r})); "
            "loaded = [m for m in ('plangen.render.meetings', 'plangen.compute.meetings') if m in sys.modules]; "
            "assert not loaded, loaded")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "kickoff.pptx").is_file()


def test_schedule_text_is_one_function() -> None:
    from plangen.compute.schedule import schedule_text
    from plangen.render.meetings import context

    assert context.schedule_text is schedule_text
